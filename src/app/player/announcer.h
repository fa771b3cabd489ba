// Says a sentence to screen readers. Qt 6.4's AT-SPI bridge has no announcement event (that
// came in 6.8), and a label's new text reaches AT-SPI only as a name change, which Orca speaks
// for the focused object alone. What Orca does speak, wherever the focus is, is an object of
// role "notification" becoming shown (object:state-changed:showing): it reads the labels in it.
// So each sentence is a fresh notification holding a label with that sentence, shown inside
// this widget. The widget is 1 px and under its siblings: the same words are on screen already.
#pragma once

#include <QAccessible>
#include <QPointer>
#include <QString>
#include <QWidget>

namespace limber {

class Announcer : public QWidget, private QAccessible::ActivationObserver {
    Q_OBJECT

public:
    explicit Announcer(QWidget* parent = nullptr);
    ~Announcer() override;

    // Replaces the notification on show with one that says `sentence`. Empty sentences are
    // not said.
    void announce(const QString& sentence);
    QString lastSentence() const { return m_last; }

signals:
    void announced(const QString& sentence);

protected:
    bool event(QEvent* event) override;

private:
    void accessibilityActiveChanged(bool active) override;
    void present(const QString& sentence);

    QPointer<QWidget> m_current;
    QString m_last;
    // The last sentence went out while accessibility was on and the window active.
    bool m_heard = false;
};

} // namespace limber
