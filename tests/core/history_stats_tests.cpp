#include <limber/history_stats.h>

#include <catch2/catch.hpp>

using namespace limber;

namespace {

constexpr std::int64_t minute = 60 * 1000;

// A session that started at hh:mm local time on `date`, where the clock was `offset` minutes
// ahead of UTC, and played `playedMinutes`.
SessionRecord sessionAt(LocalDate date, int hour, int minutes, int offset, int playedMinutes,
    const std::string& routine = "office-break")
{
    SessionRecord session;
    session.startUtcMs
        = dayNumber(date) * 24 * 60 * minute + (hour * 60 + minutes) * minute - offset * minute;
    session.startOffsetMinutes = offset;
    session.playedMs = playedMinutes * minute;
    session.plannedMs = session.playedMs;
    session.endUtcMs = session.startUtcMs + session.playedMs;
    session.routine = routine;
    session.routineName = routine;
    session.end = SessionEnd::Finished;
    return session;
}

constexpr DailyGoal fiveMinutes { GoalKind::Minutes, 5 };
constexpr DailyGoal twoSessions { GoalKind::Sessions, 2 };

} // namespace

TEST_CASE("Dates count days through leap years and eras")
{
    CHECK(dayNumber({ 1970, 1, 1 }) == 0);
    CHECK(dayNumber({ 2000, 3, 1 }) - dayNumber({ 2000, 2, 28 }) == 2);
    CHECK(dayNumber({ 2100, 3, 1 }) - dayNumber({ 2100, 2, 28 }) == 1);
    CHECK(dateFromDayNumber(-1) == LocalDate { 1969, 12, 31 });
    for (std::int64_t day = -800000; day < 800000; day += 997)
        REQUIRE(dayNumber(dateFromDayNumber(day)) == day);
    CHECK(isoWeekday({ 1970, 1, 1 }) == 4);
    CHECK(isoWeekday({ 2026, 10, 25 }) == 7);
    CHECK(isoWeekday({ 1969, 12, 29 }) == 1);
    CHECK(mondayOf({ 2026, 10, 25 }) == LocalDate { 2026, 10, 19 });
    CHECK(mondayOf({ 2026, 10, 26 }) == LocalDate { 2026, 10, 26 });
    CHECK(toIsoString({ 2026, 3, 7 }) == "2026-03-07");
    CHECK_FALSE(isValidDate({ 2026, 2, 29 }));
    CHECK(isValidDate({ 2028, 2, 29 }));
}

TEST_CASE("An empty history sums to nothing")
{
    const std::vector<DayTotal> days = dailyTotals({});
    const LocalDate today { 2026, 12, 2 };
    CHECK(days.empty());
    CHECK(totalOn(days, today) == DayTotal { today, 0, 0 });
    CHECK(currentStreak(days, fiveMinutes, today) == 0);
    const auto weeks = weeklyTotals(days, today, 4);
    REQUIRE(weeks.size() == 4);
    for (const WeekTotal& week : weeks)
        CHECK((week.playedMs == 0 && week.sessions == 0));
    const YearGrid grid = yearGrid(days, today);
    CHECK(grid.days.back().date == today);
    for (const DayTotal& day : grid.days)
        CHECK(day.sessions == 0);
    CHECK(mostPlayedRoutines({}, 5).empty());
    CHECK(mostPlayedStretches({}, 5).empty());
    const HistoryGlance glance = glanceAt(days, fiveMinutes, today);
    CHECK(glance.streakDays == 0);
    CHECK_FALSE(glance.todayMeetsGoal);
    CHECK(glance.thisWeek.monday == LocalDate { 2026, 11, 30 });
}

TEST_CASE("A session across midnight counts all of it on the day it started")
{
    const LocalDate day { 2026, 6, 10 };
    const auto days = dailyTotals({ sessionAt(day, 23, 50, 120, 20) });
    REQUIRE(days.size() == 1);
    CHECK(days[0] == DayTotal { day, 20 * minute, 1 });
    CHECK(totalOn(days, addDays(day, 1)).playedMs == 0);
    // It is the goal of the 10th, so a streak read on the 11th reaches it.
    CHECK(currentStreak(days, fiveMinutes, addDays(day, 1)) == 1);
}

TEST_CASE("Weeks and days stay the person's across the end of summer time")
{
    // Paris: +120 until 03:00 on Sunday 25 October 2026, +60 after.
    const std::vector<SessionRecord> sessions {
        sessionAt({ 2026, 10, 24 }, 0, 30, 120, 6), // Saturday just after midnight
        sessionAt({ 2026, 10, 25 }, 0, 30, 120, 7), // Sunday before the change: UTC still the 24th
        sessionAt({ 2026, 10, 25 }, 23, 30, 60, 8), // Sunday late, UTC 22:30
        sessionAt({ 2026, 10, 26 }, 0, 30, 60, 9), // Monday just after midnight: UTC the 25th
    };
    const auto days = dailyTotals(sessions);
    REQUIRE(days.size() == 3);
    CHECK(days[0] == DayTotal { { 2026, 10, 24 }, 6 * minute, 1 });
    CHECK(days[1] == DayTotal { { 2026, 10, 25 }, 15 * minute, 2 });
    CHECK(days[2] == DayTotal { { 2026, 10, 26 }, 9 * minute, 1 });

    const auto weeks = weeklyTotals(days, { 2026, 10, 27 }, 2);
    REQUIRE(weeks.size() == 2);
    CHECK(weeks[0] == WeekTotal { { 2026, 10, 19 }, 21 * minute, 3 });
    CHECK(weeks[1] == WeekTotal { { 2026, 10, 26 }, 9 * minute, 1 });
    CHECK(currentStreak(days, fiveMinutes, { 2026, 10, 26 }) == 3);
}

TEST_CASE("A move from UTC-5 to UTC+9 keeps each session on the day it was where it was played")
{
    // 21:00 in New York on the 1st is 02:00 UTC on the 2nd; 20:00 in Tokyo on the 2nd is
    // 11:00 UTC on the 2nd: one UTC day, two of the person's days.
    const std::vector<SessionRecord> sessions {
        sessionAt({ 2026, 3, 1 }, 21, 0, -300, 10),
        sessionAt({ 2026, 3, 2 }, 20, 0, 540, 10),
        sessionAt({ 2026, 3, 3 }, 7, 0, 540, 10),
    };
    const auto days = dailyTotals(sessions);
    REQUIRE(days.size() == 3);
    CHECK(days[0].date == LocalDate { 2026, 3, 1 });
    CHECK(days[1].date == LocalDate { 2026, 3, 2 });
    CHECK(days[2].date == LocalDate { 2026, 3, 3 });
    CHECK(currentStreak(days, fiveMinutes, { 2026, 3, 3 }) == 3);
}

TEST_CASE("Sessions in any order sum to the same days")
{
    std::vector<SessionRecord> sessions {
        sessionAt({ 2026, 3, 3 }, 7, 0, 0, 3),
        sessionAt({ 2026, 3, 1 }, 7, 0, 0, 4),
        sessionAt({ 2026, 3, 3 }, 9, 0, 0, 5),
    };
    const auto days = dailyTotals(sessions);
    REQUIRE(days.size() == 2);
    CHECK(days[0] == DayTotal { { 2026, 3, 1 }, 4 * minute, 1 });
    CHECK(days[1] == DayTotal { { 2026, 3, 3 }, 8 * minute, 2 });
}

TEST_CASE("A streak counts the days that meet the goal, in minutes or in sessions")
{
    const LocalDate today { 2026, 5, 20 };
    std::vector<SessionRecord> sessions;
    for (int back = 1; back <= 4; ++back) {
        sessions.push_back(sessionAt(addDays(today, -back), 8, 0, 60, 3));
        sessions.push_back(sessionAt(addDays(today, -back), 17, 0, 60, 3));
    }
    // A gap on the 5th day back, and an older run the streak never reaches.
    sessions.push_back(sessionAt(addDays(today, -6), 8, 0, 60, 30));
    sessions.push_back(sessionAt(addDays(today, -6), 9, 0, 60, 30));

    SECTION("today not yet met breaks nothing")
    {
        const auto days = dailyTotals(sessions);
        CHECK(currentStreak(days, fiveMinutes, today) == 4);
        CHECK(currentStreak(days, twoSessions, today) == 4);
        CHECK(currentStreak(days, DailyGoal { GoalKind::Minutes, 7 }, today) == 0);
        CHECK(currentStreak(days, DailyGoal { GoalKind::Sessions, 3 }, today) == 0);
    }
    SECTION("today met counts today")
    {
        sessions.push_back(sessionAt(today, 7, 0, 60, 5));
        const auto days = dailyTotals(sessions);
        CHECK(currentStreak(days, fiveMinutes, today) == 5);
        // One session today is not yet two: the streak still reaches yesterday.
        CHECK(currentStreak(days, twoSessions, today) == 4);
        const HistoryGlance glance = glanceAt(days, fiveMinutes, today);
        CHECK(glance.todayMeetsGoal);
        CHECK(glance.today.playedMs == 5 * minute);
    }
    SECTION("a day missed ends it")
    {
        const auto days = dailyTotals(sessions);
        CHECK(currentStreak(days, fiveMinutes, addDays(today, 1)) == 0);
    }
    SECTION("a session with nothing played is not a session")
    {
        sessions.push_back(sessionAt(today, 7, 0, 60, 0));
        sessions.push_back(sessionAt(today, 7, 5, 60, 0));
        const auto days = dailyTotals(sessions);
        CHECK(totalOn(days, today).sessions == 0);
        CHECK(currentStreak(days, twoSessions, today) == 4);
    }
}

TEST_CASE("Weekly totals run Monday to Sunday, oldest first, up to this week")
{
    const LocalDate today { 2026, 12, 2 }; // a Wednesday
    const std::vector<SessionRecord> sessions {
        sessionAt({ 2026, 11, 22 }, 12, 0, 60, 4), // Sunday of the week of the 16th
        sessionAt({ 2026, 11, 23 }, 12, 0, 60, 5), // Monday
        sessionAt({ 2026, 11, 29 }, 12, 0, 60, 6), // Sunday
        sessionAt({ 2026, 12, 2 }, 12, 0, 60, 7),
        sessionAt({ 2026, 12, 3 }, 12, 0, 60, 100), // tomorrow: not in any week yet
    };
    const auto weeks = weeklyTotals(dailyTotals(sessions), today, 3);
    REQUIRE(weeks.size() == 3);
    CHECK(weeks[0] == WeekTotal { { 2026, 11, 16 }, 4 * minute, 1 });
    CHECK(weeks[1] == WeekTotal { { 2026, 11, 23 }, 11 * minute, 2 });
    CHECK(weeks[2].monday == LocalDate { 2026, 11, 30 });
    CHECK(weeks[2].playedMs == 107 * minute); // the week holds all of its days
    CHECK(weeklyTotals({}, today, 0).empty());
}

TEST_CASE("The year's calendar is whole weeks from a year ago to today")
{
    const LocalDate today { 2026, 12, 2 };
    const auto days = dailyTotals({
        sessionAt({ 2025, 12, 2 }, 12, 0, 0, 9), // a year ago: in the first week, before its day
        sessionAt({ 2025, 12, 3 }, 12, 0, 0, 8),
        sessionAt(today, 12, 0, 0, 7),
    });
    const YearGrid grid = yearGrid(days, today);
    CHECK(isoWeekday(grid.first) == 1);
    CHECK(grid.first == LocalDate { 2025, 12, 1 });
    REQUIRE(grid.days.size() == static_cast<std::size_t>(daysBetween(grid.first, today) + 1));
    CHECK(grid.days.back() == DayTotal { today, 7 * minute, 1 });
    CHECK(grid.days[1] == DayTotal { { 2025, 12, 2 }, 9 * minute, 1 });
    CHECK(grid.days[2] == DayTotal { { 2025, 12, 3 }, 8 * minute, 1 });
    for (std::size_t i = 0; i < grid.days.size(); ++i)
        REQUIRE(grid.days[i].date == addDays(grid.first, static_cast<std::int64_t>(i)));
    // The 29th of February a year on.
    CHECK(yearGrid({}, { 2028, 2, 29 }).first == mondayOf({ 2027, 3, 1 }));
}

TEST_CASE("Most played routines and stretches by count, then time")
{
    auto withStretches = [](SessionRecord session, std::vector<StretchRecord> stretches) {
        session.stretches = std::move(stretches);
        return session;
    };
    const LocalDate day { 2026, 4, 1 };
    SessionRecord old = sessionAt(day, 8, 0, 0, 5, "desk");
    old.routineName = "Desk (old name)";
    SessionRecord renamed = sessionAt(addDays(day, 2), 8, 0, 0, 5, "desk");
    renamed.routineName = "Desk";
    const std::vector<SessionRecord> sessions {
        withStretches(old,
            {
                { 0, "neck-roll", "Neck roll", StretchOutcome::Done, 60000 },
                { 1, "twist", "Twist", StretchOutcome::Skipped, 10000 },
            }),
        withStretches(sessionAt(addDays(day, 1), 8, 0, 0, 20, "evening"),
            {
                { 0, "twist", "Twist", StretchOutcome::Done, 90000 },
                { 1, "fold", "Fold", StretchOutcome::NotReached, 0 },
            }),
        withStretches(renamed,
            {
                { 0, "neck-roll", "Neck roll", StretchOutcome::Done, 50000 },
                { 1, "twist", "Twist", StretchOutcome::Done, 40000 },
            }),
        sessionAt(addDays(day, 3), 8, 0, 0, 0, "never-played"),
    };
    const auto routines = mostPlayedRoutines(sessions, 10);
    REQUIRE(routines.size() == 2);
    CHECK(routines[0] == PlayCount { "desk", "Desk", 2, 10 * minute });
    CHECK(routines[1] == PlayCount { "evening", "evening", 1, 20 * minute });

    const auto all = routineCounts(sessions);
    REQUIRE(all.size() == 3);
    CHECK(all[0].id == "desk");
    CHECK(all[2] == PlayCount { "never-played", "never-played", 0, 0 });

    const auto stretches = mostPlayedStretches(sessions, 10);
    REQUIRE(stretches.size() == 2);
    CHECK(stretches[0] == PlayCount { "twist", "Twist", 2, 140000 });
    CHECK(stretches[1] == PlayCount { "neck-roll", "Neck roll", 2, 110000 });
    CHECK(mostPlayedStretches(sessions, 1).size() == 1);
}
