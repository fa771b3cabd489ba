// Says a sentence to screen readers. Qt 6.4's AT-SPI bridge has no announcement event (that
// came in 6.8), and a label's new text reaches AT-SPI only as a name change, which Orca speaks
// for the focused object alone. What Orca does speak, wherever the focus is, is an object of
// role "notification" becoming shown (object:state-changed:showing): it reads the labels in it.
// So each sentence is a fresh notification holding a label with that sentence, shown inside
// this widget. The widget is 1 px and under its siblings: the same words are on screen already.
#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

namespace limber {

class Announcer : public QWidget {
    Q_OBJECT

public:
    explicit Announcer(QWidget* parent = nullptr);

    // Replaces the notification on show with one that says `sentence`. Empty sentences are
    // not said.
    void announce(const QString& sentence);
    QString lastSentence() const { return m_last; }

signals:
    void announced(const QString& sentence);

private:
    QPointer<QWidget> m_current;
    QString m_last;
};

} // namespace limber
