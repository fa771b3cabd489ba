// The end of a routine: what was done, how long it took, what was skipped; Again and Close.
#pragma once

#include <limber/session.h>

#include <QWidget>

class QLabel;
class QPushButton;

namespace limber {

class ClosingPage : public QWidget {
    Q_OBJECT

public:
    explicit ClosingPage(QWidget* parent = nullptr);

    // `skipped` names the stretches skipped, in order.
    void showSummary(const SessionSummary& summary, bool stoppedEarly, const QStringList& skipped);
    // Says under the summary that the history could not record this break, and why; an empty
    // problem takes the line away (a new session begins).
    void showHistoryProblem(const QString& problem);
    QPushButton* againButton() const { return m_again; }
    // The page as one sentence for a screen reader: "Well done, 5 of 5 stretches done. …"
    QString spokenSummary() const;

signals:
    void againChosen();
    void closeChosen();

private:
    QLabel* m_title = nullptr;
    QLabel* m_done = nullptr;
    QLabel* m_time = nullptr;
    QLabel* m_skipped = nullptr;
    QLabel* m_history = nullptr;
    QPushButton* m_again = nullptr;
};

} // namespace limber
