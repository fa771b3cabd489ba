// The History page over a generated history: its numbers against sums made here another way
// (Qt's own time zones), the filters, the deletion and export signals, the empty page, the fit
// at 800×600, and Home's glance.
#include "../support/child.h"
#include "generated_history.h"
#include "history/calendar_heatmap.h"
#include "history/heat_palette.h"
#include "history/history_summary.h"
#include "history/history_text.h"
#include "history/history_view.h"
#include "history/session_list_model.h"
#include "history/week_chart.h"
#include "library/home_view.h"
#include "shared/looks.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

#include <catch2/catch.hpp>
#include <map>

using limber::test::child;

using namespace limber;

namespace {

constexpr LocalDate today { 2026, 12, 2 };
constexpr std::int64_t minute = 60 * 1000;

struct Day {
    std::int64_t playedMs = 0;
    int sessions = 0;
};

// The person's days, summed with Qt's fixed-offset time zones rather than the core's arithmetic.
std::map<QDate, Day> daysByQt(const std::vector<SessionRecord>& sessions)
{
    std::map<QDate, Day> days;
    for (const SessionRecord& session : sessions) {
        if (session.playedMs <= 0)
            continue;
        const QDate date = QDateTime::fromMSecsSinceEpoch(
            session.startUtcMs, QTimeZone(session.startOffsetMinutes * 60))
                               .date();
        days[date].playedMs += session.playedMs;
        ++days[date].sessions;
    }
    return days;
}

std::vector<SessionRecord> history()
{
    return testing::generatedHistory(today, { 200, 0, 7 });
}

} // namespace

TEST_CASE("The History page's numbers are the history's")
{
    const std::vector<SessionRecord> sessions = history();
    const std::map<QDate, Day> days = daysByQt(sessions);
    HistoryView view;
    view.setGoal({ GoalKind::Minutes, 5 });
    view.setSessions(sessions, today);

    SECTION("every day of the calendar")
    {
        const auto& calendar = child<CalendarHeatmap>(view, "history-calendar");
        int checked = 0;
        for (LocalDate date = addDays(today, -364); !(today < date); date = addDays(date, 1)) {
            const auto found = days.find(toQDate(date));
            const Day day = found == days.end() ? Day {} : found->second;
            const QString text = calendar.cellText(date);
            REQUIRE(text.startsWith(longDateText(date)));
            if (day.sessions == 0)
                REQUIRE(text.endsWith(QStringLiteral("no stretching")));
            else
                REQUIRE(text.contains(durationText(day.playedMs) + QStringLiteral(", ")
                    + sessionsText(day.sessions)));
            REQUIRE(calendar.cellColor(date) == heatColor(view.palette(), heatLevel(day.playedMs)));
            ++checked;
        }
        CHECK(checked == 365);
    }
    SECTION("every week of the chart")
    {
        const auto& chart = child<WeekChart>(view, "history-weeks");
        REQUIRE(chart.weeks().size() == HistoryView::weeksShown);
        CHECK(chart.weeks().back().monday == LocalDate { 2026, 11, 30 });
        for (const WeekTotal& week : chart.weeks()) {
            std::int64_t played = 0;
            for (int d = 0; d < 7; ++d) {
                const auto found = days.find(toQDate(addDays(week.monday, d)));
                if (found != days.end())
                    played += found->second.playedMs;
            }
            REQUIRE(week.playedMs == played);
        }
    }
    SECTION("today, the streak and this week")
    {
        const auto met = [&](QDate date) {
            const auto found = days.find(date);
            return found != days.end() && found->second.playedMs >= 5 * minute;
        };
        QDate day = met(toQDate(today)) ? toQDate(today) : toQDate(today).addDays(-1);
        int streak = 0;
        for (; met(day); day = day.addDays(-1))
            ++streak;
        CHECK(view.glance().streakDays == streak);
        std::int64_t week = 0;
        for (QDate d(2026, 11, 30); d <= QDate(2026, 12, 6); d = d.addDays(1))
            week += days.count(d) ? days.at(d).playedMs : 0;
        CHECK(view.glance().thisWeek.playedMs == week);
        const QString glance = child<QLabel>(view, "history-glance").text();
        CHECK(glance.contains(QStringLiteral("streak ") + daysText(streak)));
        CHECK(glance.contains(QStringLiteral("this week ") + durationText(week)));
    }
    SECTION("the sessions, newest first, and what the chosen one did")
    {
        auto& table = child<QTableView>(view, "history-sessions");
        REQUIRE(table.model()->rowCount() == static_cast<int>(sessions.size()));
        CHECK(table.model()->index(0, 0).data(SessionListModel::SessionIdRole).toLongLong()
            == sessions.back().id);
        table.setCurrentIndex(table.model()->index(2, 0));
        const SessionRecord& third = sessions[sessions.size() - 3];
        CHECK(child<QLabel>(view, "session-title").text()
            == QString::fromStdString(third.routineName));
        const QString stretches = child<QLabel>(view, "session-stretches").text();
        for (const StretchRecord& stretch : third.stretches)
            CHECK(stretches.contains(QString::fromStdString(stretch.name).toHtmlEscaped()));
    }
    SECTION("the routine played most comes first")
    {
        std::map<std::string, int> counts;
        for (const SessionRecord& session : sessions)
            ++counts[session.routineName];
        const auto most = std::max_element(counts.begin(), counts.end(),
            [](const auto& a, const auto& b) { return a.second < b.second; });
        const QString text = child<QLabel>(view, "most-played-routines").accessibleName();
        CHECK(text.startsWith(QStringLiteral("Routines played most: %1, %2 times")
                                  .arg(QString::fromStdString(most->first))
                                  .arg(most->second)));
    }
}

TEST_CASE("Past midnight the page moves on to the new day")
{
    const std::vector<SessionRecord> sessions = history();
    HistoryView view;
    view.setGoal({ GoalKind::Sessions, 1 });
    view.setSessions(sessions, today);
    const int streak = view.glance().streakDays;
    REQUIRE(view.glance().todayMeetsGoal);
    REQUIRE(streak > 0);
    view.setToday(addDays(today, 1));
    // Nothing yet on the new day, and the streak still reaches yesterday.
    CHECK(view.glance().today == DayTotal { addDays(today, 1), 0, 0 });
    CHECK(view.glance().streakDays == streak);
    const auto& calendar = child<CalendarHeatmap>(view, "history-calendar");
    CHECK(calendar.grid().days.back().date == addDays(today, 1));
    CHECK(child<QDateEdit>(view, "history-to").date() == toQDate(addDays(today, 1)));
    CHECK(child<QTableView>(view, "history-sessions").model()->rowCount()
        == static_cast<int>(sessions.size()));
}

TEST_CASE("The sessions are filtered by routine and by days")
{
    const std::vector<SessionRecord> sessions = history();
    HistoryView view;
    view.setSessions(sessions, today);
    auto& table = child<QTableView>(view, "history-sessions");
    auto& routine = child<QComboBox>(view, "history-routine-filter");
    const auto ofRoutine = [&](const std::string& id, QDate from, QDate to) {
        return static_cast<int>(std::count_if(sessions.begin(), sessions.end(), [&](const auto& s) {
            const QDate day = toQDate(localDayOf(s));
            return (id.empty() || s.routine == id) && day >= from && day <= to;
        }));
    };
    const QDate first = toQDate(localDayOf(sessions.front()));
    const QDate last = toQDate(today);

    routine.setCurrentIndex(routine.findData(QStringLiteral("neck-and-shoulders")));
    const int neck = ofRoutine("neck-and-shoulders", first, last);
    REQUIRE(neck > 0);
    CHECK(table.model()->rowCount() == neck);
    for (int row = 0; row < table.model()->rowCount(); ++row)
        REQUIRE(table.model()->index(row, SessionListModel::Routine).data().toString()
            == QStringLiteral("Neck and shoulders"));
    CHECK(child<QLabel>(view, "history-shown-count").text()
        == QStringLiteral("%1 of %2").arg(neck).arg(sessions.size()));

    child<QDateEdit>(view, "history-from").setDate(QDate(2026, 10, 1));
    child<QDateEdit>(view, "history-to").setDate(QDate(2026, 10, 31));
    CHECK(table.model()->rowCount()
        == ofRoutine("neck-and-shoulders", QDate(2026, 10, 1), QDate(2026, 10, 31)));
    routine.setCurrentIndex(0);
    const int october = ofRoutine("", QDate(2026, 10, 1), QDate(2026, 10, 31));
    CHECK(table.model()->rowCount() == october);
    for (int row = 0; row < table.model()->rowCount(); ++row) {
        const auto id
            = table.model()->index(row, 0).data(SessionListModel::SessionIdRole).toLongLong();
        const auto& session = sessions[static_cast<std::size_t>(id - 1)];
        REQUIRE(session.id == id);
        REQUIRE(localDayOf(session).month == 10);
    }

    // New sessions keep the routine chosen.
    routine.setCurrentIndex(routine.findData(QStringLiteral("morning")));
    view.setSessions(sessions, today);
    CHECK(routine.currentData().toString() == QStringLiteral("morning"));
    CHECK(table.model()->rowCount() == ofRoutine("morning", first, last));
}

TEST_CASE("Deleting and exporting are asked for with the right session")
{
    const std::vector<SessionRecord> sessions = history();
    HistoryView view;
    view.setSessions(sessions, today);
    view.resize(1000, 700);
    view.show();
    QSignalSpy deleteOne(&view, &HistoryView::deleteSessionRequested);
    QSignalSpy deleteAll(&view, &HistoryView::deleteAllRequested);
    QSignalSpy csv(&view, &HistoryView::exportCsvRequested);
    QSignalSpy json(&view, &HistoryView::exportJsonRequested);

    auto& table = child<QTableView>(view, "history-sessions");
    table.setCurrentIndex(table.model()->index(3, 1));
    QTest::mouseClick(&child<QPushButton>(view, "history-delete-session"), Qt::LeftButton);
    REQUIRE(deleteOne.size() == 1);
    CHECK(deleteOne.at(0).at(0).toLongLong() == sessions[sessions.size() - 4].id);

    // The same from a filtered list: the id is the row's, not the row number's.
    auto& routine = child<QComboBox>(view, "history-routine-filter");
    routine.setCurrentIndex(routine.findData(QStringLiteral("thoracic-mobility")));
    table.setCurrentIndex(table.model()->index(1, 0));
    std::vector<std::int64_t> thoracic;
    for (auto it = sessions.rbegin(); it != sessions.rend(); ++it) {
        if (it->routine == "thoracic-mobility")
            thoracic.push_back(it->id);
    }
    REQUIRE(thoracic.size() > 2);
    QTest::mouseClick(&child<QPushButton>(view, "history-delete-session"), Qt::LeftButton);
    REQUIRE(deleteOne.size() == 2);
    CHECK(deleteOne.at(1).at(0).toLongLong() == thoracic[1]);

    // The Delete key on the list asks the same for the row it is on.
    table.setCurrentIndex(table.model()->index(0, 0));
    QApplication::setActiveWindow(&view);
    table.setFocus();
    QTest::keyClick(&table, Qt::Key_Delete);
    REQUIRE(deleteOne.size() == 3);
    CHECK(deleteOne.at(2).at(0).toLongLong() == thoracic[0]);

    QTest::mouseClick(&child<QPushButton>(view, "history-delete-all"), Qt::LeftButton);
    CHECK(deleteAll.size() == 1);
    child<QAction>(view, "history-export-csv").trigger();
    child<QAction>(view, "history-export-json").trigger();
    CHECK(csv.size() == 1);
    CHECK(json.size() == 1);
    CHECK(deleteOne.size() == 3); // nothing else asked to delete a session
}

TEST_CASE("An empty history says so and offers nothing to delete")
{
    HistoryView view;
    view.setSessions({}, today);
    auto& pages = *view.findChild<QStackedWidget*>();
    CHECK(pages.currentWidget() == &child<QLabel>(view, "history-empty"));
    CHECK(
        child<QLabel>(view, "history-empty").text().startsWith(QStringLiteral("Nothing here yet")));
    CHECK_FALSE(child<QPushButton>(view, "history-delete-all").isEnabled());
    CHECK_FALSE(child<QToolButton>(view, "history-export").isEnabled());
    CHECK(view.glance().streakDays == 0);

    view.setSessions(history(), today);
    CHECK(pages.currentWidget() != &child<QLabel>(view, "history-empty"));
    CHECK(child<QPushButton>(view, "history-delete-all").isEnabled());
}

TEST_CASE("The History page fits in a window of 800×600")
{
    HistoryView view;
    view.setSessions(history(), today);
    // The main window's menu bar and tabs take about 60 pixels of the 600.
    const QSize page(800, 540);
    CHECK(view.minimumSizeHint().width() <= page.width());
    CHECK(view.minimumSizeHint().height() <= page.height());
    view.resize(page);
    view.show();
    QApplication::processEvents();

    const QRect bounds = view.rect();
    QList<QRect> parts;
    for (const char* name : { "history-calendar", "history-weeks", "history-most-played",
             "history-sessions", "history-session-details", "history-routine-filter",
             "history-from", "history-to", "history-delete-all", "history-export" }) {
        auto& part = child<QWidget>(view, name);
        INFO(name);
        REQUIRE(part.isVisible());
        const QRect placed(part.mapTo(&view, QPoint(0, 0)), part.size());
        CHECK(bounds.contains(placed));
        CHECK(part.width() >= part.minimumSizeHint().width());
        for (const QRect& other : parts)
            CHECK_FALSE(other.intersects(placed));
        parts << placed;
    }
    const auto& calendar = child<CalendarHeatmap>(view, "history-calendar");
    CHECK(calendar.rect().contains(calendar.cellRect(calendar.grid().first)));
    CHECK(calendar.rect().contains(calendar.cellRect(today)));
    const auto& table = child<QTableView>(view, "history-sessions");
    CHECK(table.viewport()->height() >= 4 * table.verticalHeader()->defaultSectionSize());
}

TEST_CASE("Home's glance shows today against the goal, the streak and the week")
{
    HistorySummary summary;
    HistoryGlance glance;
    glance.today = { today, 12 * minute + 10'000, 2 };
    glance.todayMeetsGoal = true;
    glance.streakDays = 4;
    glance.thisWeek = { { 2026, 11, 30 }, 48 * minute, 6 };
    summary.setGlance(glance, { GoalKind::Minutes, 10 });
    CHECK(child<QLabel>(summary, "summary-today").text() == QStringLiteral("12 min"));
    CHECK(child<QLabel>(summary, "summary-today-note").text()
        == QStringLiteral("goal met: 10 min a day"));
    CHECK(child<QLabel>(summary, "summary-today-note").palette().color(QPalette::WindowText)
        == accentColor(summary.palette()));
    CHECK(child<QLabel>(summary, "summary-streak").text() == QStringLiteral("4 days"));
    CHECK(child<QLabel>(summary, "summary-week").text() == QStringLiteral("48 min"));
    summary.setGlance(glance, { GoalKind::Sessions, 3 });
    CHECK(child<QLabel>(summary, "summary-today").text() == QStringLiteral("2 sessions"));
    QSignalSpy open(&summary, &HistorySummary::historyRequested);
    QTest::mouseClick(&child<QPushButton>(summary, "summary-open-history"), Qt::LeftButton);
    CHECK(open.size() == 1);

    SECTION("above the routines on Home")
    {
        Library library;
        HomeView home(library, PlanOptions {});
        auto* onHome = new HistorySummary;
        home.setHistorySummary(onHome);
        home.resize(800, 600);
        home.show();
        QApplication::processEvents();
        CHECK(onHome->parentWidget() == &home);
        CHECK(onHome->isVisible());
        const auto* routines = home.findChild<QScrollArea*>();
        REQUIRE(routines);
        CHECK(onHome->geometry().bottom() < routines->geometry().top());
    }
}

TEST_CASE("A met goal is still in the accent once Home is on screen")
{
    // Set before the window is first shown, as the history is read at start-up: showing it
    // polishes the labels, which once put back the muted colour they were made with.
    Library library;
    HomeView home(library, PlanOptions {});
    auto* onHome = new HistorySummary;
    home.setHistorySummary(onHome);
    HistoryGlance glance;
    glance.today = { today, 12 * minute, 2 };
    glance.todayMeetsGoal = true;
    onHome->setGlance(glance, { GoalKind::Minutes, 10 });
    home.show();
    QApplication::processEvents();
    auto& note = child<QLabel>(*onHome, "summary-today-note");
    CHECK(note.palette().color(QPalette::WindowText) == accentColor(onHome->palette()));
    const QImage shown = note.grab().toImage();
    bool accentDrawn = false;
    for (int y = 0; y < shown.height() && !accentDrawn; ++y)
        for (int x = 0; x < shown.width() && !accentDrawn; ++x)
            accentDrawn = shown.pixelColor(x, y) == accentColor(onHome->palette());
    CHECK(accentDrawn);
}
