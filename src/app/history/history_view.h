// The History page: the last twelve months as a calendar, minutes per week, the routines and
// stretches played most, and every session (filtered by routine and days) with what it did.
// It shows what it is given and asks for deletions and exports by signals; the store does them.
#pragma once

#include <limber/history.h>
#include <limber/history_stats.h>

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace limber {

class CalendarHeatmap;
class MostPlayed;
class SessionDetails;
class SessionListModel;
class WeekChart;

class HistoryView : public QWidget {
    Q_OBJECT

public:
    // Weeks in the bar chart, half a year.
    static constexpr int weeksShown = 26;
    // Rows in each most-played list.
    static constexpr int mostPlayedShown = 5;

    explicit HistoryView(QWidget* parent = nullptr);

    // The whole history and the person's today; the sums are made once here.
    void setSessions(std::vector<SessionRecord> sessions, LocalDate today);
    // Until the first sessions are given: the page says they are on their way, rather than
    // that there are none.
    void setLoading();
    // A new day with the same sessions (past midnight): the calendar, weeks and glance move on.
    void setToday(LocalDate today);
    void setGoal(const DailyGoal& goal);
    const DailyGoal& goal() const { return m_goal; }
    // Today, the streak and this week, as the header shows them (and Home may).
    const HistoryGlance& glance() const { return m_glance; }

signals:
    void deleteSessionRequested(qint64 sessionId);
    void deleteAllRequested();
    void exportCsvRequested();
    void exportJsonRequested();
    // The glance changed: new sessions, a new day or a new goal.
    void glanceChanged(const limber::HistoryGlance& glance);

private:
    QWidget* createContent();
    void fillRoutineFilter(std::vector<PlayCount> routines);
    void fillDateRange();
    void applyFilter();
    void showSelected();
    void updateGlance();

    DailyGoal m_goal;
    LocalDate m_today;
    std::vector<DayTotal> m_days;
    HistoryGlance m_glance;

    QLabel* m_glanceLabel = nullptr;
    QToolButton* m_export = nullptr;
    QPushButton* m_deleteAll = nullptr;
    QStackedWidget* m_pages = nullptr;
    CalendarHeatmap* m_calendar = nullptr;
    WeekChart* m_weeks = nullptr;
    MostPlayed* m_mostPlayed = nullptr;
    QComboBox* m_routineFilter = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_shownCount = nullptr;
    QTableView* m_table = nullptr;
    SessionListModel* m_model = nullptr;
    SessionDetails* m_details = nullptr;
};

} // namespace limber
