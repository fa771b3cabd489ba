// Home's glance at the history: today's minutes against the daily goal, the current streak and
// this week's total, and a way to the History page.
#pragma once

#include <limber/history_stats.h>

#include <QFrame>

class QLabel;

namespace limber {

class HistorySummary : public QFrame {
    Q_OBJECT

public:
    explicit HistorySummary(QWidget* parent = nullptr);

    void setGlance(const HistoryGlance& glance, const DailyGoal& goal);

signals:
    void historyRequested();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QLabel* m_today = nullptr;
    QLabel* m_todayNote = nullptr;
    QLabel* m_streak = nullptr;
    QLabel* m_week = nullptr;
};

} // namespace limber
