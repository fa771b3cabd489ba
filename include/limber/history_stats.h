// The sums of a history: sessions become the person's days, a streak, weeks, a year's calendar
// and what they played most. Pure functions of the sessions and a local "today"; no clock.
//
// The rules, exact enough to recompute by hand:
// - A session's local day is the calendar date of startUtcMs + startOffsetMinutes. All of a
//   session counts on the day it started, even if it ran past midnight; a session keeps the day
//   it had where it was played, so daylight-saving changes and time-zone moves move nothing.
// - A day's minutes are the sum of its sessions' playedMs (pauses were never counted). Its
//   sessions are those with playedMs > 0: a session stopped before anything played is no practice.
// - A day meets the goal when its played time reaches amount minutes (GoalKind::Minutes) or its
//   sessions reach amount (GoalKind::Sessions). A goal of 0 is met by any day with a session.
// - The current streak, as of `today`, is the number of consecutive days that meet the goal,
//   ending today if today meets it, else ending yesterday (a day not yet done breaks nothing).
// - Weeks are ISO weeks, Monday to Sunday, in local days; the last week is the one with today.
// - The year's calendar runs from the Monday on or before the day a year before today (plus one
//   day) to today: whole weeks as columns, Monday on top, like a wall calendar turned on its side.
#pragma once

#include <limber/history.h>

#include <compare>
#include <cstdint>
#include <string>
#include <vector>

namespace limber {

// A calendar date where the person was (proleptic Gregorian).
struct LocalDate {
    int year = 1970;
    int month = 1; // 1..12
    int day = 1; // 1..31

    auto operator<=>(const LocalDate&) const = default;
};

// Days since 1970-01-01 and back.
std::int64_t dayNumber(LocalDate date);
LocalDate dateFromDayNumber(std::int64_t days);
LocalDate addDays(LocalDate date, std::int64_t days);
std::int64_t daysBetween(LocalDate from, LocalDate to); // to - from
// 1 = Monday … 7 = Sunday.
int isoWeekday(LocalDate date);
LocalDate mondayOf(LocalDate date);
// "2026-10-25".
std::string toIsoString(LocalDate date);
// Checks the calendar: 2026-02-30 is not a date.
bool isValidDate(LocalDate date);
// The local date of a moment given in UTC ms with the local offset at that moment.
LocalDate localDateOf(std::int64_t utcMs, int offsetMinutes);
LocalDate localDayOf(const SessionRecord& session);

enum class GoalKind { Minutes, Sessions };

struct DailyGoal {
    GoalKind kind = GoalKind::Minutes;
    int amount = 5;

    bool operator==(const DailyGoal&) const = default;
};

struct DayTotal {
    LocalDate date;
    std::int64_t playedMs = 0;
    int sessions = 0;

    bool operator==(const DayTotal&) const = default;
};

bool meetsGoal(const DayTotal& day, const DailyGoal& goal);

// The days that have at least one session with played time, oldest first.
std::vector<DayTotal> dailyTotals(const std::vector<SessionRecord>& sessions);
// The total of `date` from dailyTotals' result (zeros when nothing was played that day).
DayTotal totalOn(const std::vector<DayTotal>& days, LocalDate date);
int currentStreak(const std::vector<DayTotal>& days, const DailyGoal& goal, LocalDate today);

struct WeekTotal {
    LocalDate monday;
    std::int64_t playedMs = 0;
    int sessions = 0;

    bool operator==(const WeekTotal&) const = default;
};

// The last `weeks` ISO weeks, oldest first, the last one holding today; weeks with nothing are
// there with zeros.
std::vector<WeekTotal> weeklyTotals(const std::vector<DayTotal>& days, LocalDate today, int weeks);

// Every day of the year's calendar (see the rules above), zeros included: days[i] is first + i.
struct YearGrid {
    LocalDate first; // a Monday
    std::vector<DayTotal> days; // through today
};
YearGrid yearGrid(const std::vector<DayTotal>& days, LocalDate today);

// How often something was played and for how long. For a routine: its sessions with played time
// and their time. For a stretch: the times it was done, and all the time spent on it (done,
// skipped part way or not). The name is the one it had most recently.
struct PlayCount {
    std::string id;
    std::string name;
    int count = 0;
    std::int64_t playedMs = 0;

    bool operator==(const PlayCount&) const = default;
};

// Every routine the sessions name, most played first (by count, then time, then id); one whose
// sessions all played nothing is last, with a count of 0.
std::vector<PlayCount> routineCounts(const std::vector<SessionRecord>& sessions);
// Most played first (by count, then time, then id), only what was played; at most `limit`.
std::vector<PlayCount> mostPlayedRoutines(const std::vector<SessionRecord>& sessions, int limit);
std::vector<PlayCount> mostPlayedStretches(const std::vector<SessionRecord>& sessions, int limit);

// What Home shows at a glance.
struct HistoryGlance {
    DayTotal today;
    bool todayMeetsGoal = false;
    int streakDays = 0;
    WeekTotal thisWeek;
};
HistoryGlance glanceAt(const std::vector<DayTotal>& days, const DailyGoal& goal, LocalDate today);

} // namespace limber
