#include <limber/history_stats.h>

#include <algorithm>
#include <cstdio>
#include <unordered_map>

namespace limber {

namespace {

constexpr std::int64_t msPerDay = 24 * 60 * 60 * 1000;
constexpr std::int64_t msPerMinute = 60 * 1000;

std::int64_t floorDiv(std::int64_t value, std::int64_t divisor)
{
    const std::int64_t quotient = value / divisor;
    return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient;
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    constexpr int lengths[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return month == 2 && isLeapYear(year) ? 29 : lengths[month - 1];
}

// The sessions' played time, summed per key, keeping the most recent name.
struct Tally {
    std::string name;
    std::int64_t nameFromUtcMs = 0;
    int count = 0;
    std::int64_t playedMs = 0;
};

void nameIt(Tally& tally, const std::string& name, std::int64_t atUtcMs)
{
    if (tally.name.empty() || atUtcMs >= tally.nameFromUtcMs) {
        if (tally.name != name)
            tally.name = name;
        tally.nameFromUtcMs = atUtcMs;
    }
}

// The tallies as counts, most first; those with nothing counted are kept only when `all`.
std::vector<PlayCount> ranked(
    const std::unordered_map<std::string, Tally>& tallies, int limit, bool all = false)
{
    std::vector<PlayCount> counts;
    counts.reserve(tallies.size());
    for (const auto& [id, tally] : tallies) {
        if (all || tally.count > 0 || tally.playedMs > 0)
            counts.push_back({ id, tally.name, tally.count, tally.playedMs });
    }
    std::sort(counts.begin(), counts.end(), [](const PlayCount& a, const PlayCount& b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (a.playedMs != b.playedMs)
            return a.playedMs > b.playedMs;
        return a.id < b.id;
    });
    if (limit >= 0 && counts.size() > static_cast<std::size_t>(limit))
        counts.resize(static_cast<std::size_t>(limit));
    return counts;
}

} // namespace

// Howard Hinnant's days_from_civil: eras of 400 years, the year starting in March so that the
// leap day is the last of it.
std::int64_t dayNumber(LocalDate date)
{
    const std::int64_t year = date.year - (date.month <= 2 ? 1 : 0);
    const std::int64_t era = floorDiv(year, 400);
    const std::int64_t yearOfEra = year - era * 400;
    const std::int64_t monthFromMarch = date.month > 2 ? date.month - 3 : date.month + 9;
    const std::int64_t dayOfYear = (153 * monthFromMarch + 2) / 5 + date.day - 1;
    const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

LocalDate dateFromDayNumber(std::int64_t days)
{
    const std::int64_t shifted = days + 719468;
    const std::int64_t era = floorDiv(shifted, 146097);
    const std::int64_t dayOfEra = shifted - era * 146097;
    const std::int64_t yearOfEra
        = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t monthFromMarch = (5 * dayOfYear + 2) / 153;
    const auto day = static_cast<int>(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
    const auto month
        = static_cast<int>(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    const auto year = static_cast<int>(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    return { year, month, day };
}

LocalDate addDays(LocalDate date, std::int64_t days)
{
    return dateFromDayNumber(dayNumber(date) + days);
}

std::int64_t daysBetween(LocalDate from, LocalDate to)
{
    return dayNumber(to) - dayNumber(from);
}

int isoWeekday(LocalDate date)
{
    // 1970-01-01 was a Thursday (4).
    const std::int64_t shifted = dayNumber(date) + 3;
    return static_cast<int>(shifted - floorDiv(shifted, 7) * 7) + 1;
}

LocalDate mondayOf(LocalDate date)
{
    return addDays(date, 1 - isoWeekday(date));
}

std::string toIsoString(LocalDate date)
{
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
    return text;
}

bool isValidDate(LocalDate date)
{
    return date.month >= 1 && date.month <= 12 && date.day >= 1
        && date.day <= daysInMonth(date.year, date.month);
}

LocalDate localDateOf(std::int64_t utcMs, int offsetMinutes)
{
    return dateFromDayNumber(floorDiv(utcMs + offsetMinutes * msPerMinute, msPerDay));
}

LocalDate localDayOf(const SessionRecord& session)
{
    return localDateOf(session.startUtcMs, session.startOffsetMinutes);
}

bool meetsGoal(const DayTotal& day, const DailyGoal& goal)
{
    if (day.sessions == 0)
        return false;
    return goal.kind == GoalKind::Minutes ? day.playedMs >= goal.amount * msPerMinute
                                          : day.sessions >= goal.amount;
}

std::vector<DayTotal> dailyTotals(const std::vector<SessionRecord>& sessions)
{
    // Each session's day number, in order: the store reads them in order, but a time-zone move
    // can put a later start on an earlier day, so they are sorted when they are not.
    struct Played {
        std::int64_t day;
        std::int64_t ms;
    };
    std::vector<Played> played;
    played.reserve(sessions.size());
    for (const SessionRecord& session : sessions) {
        if (session.playedMs > 0)
            played.push_back(
                { floorDiv(session.startUtcMs + session.startOffsetMinutes * msPerMinute, msPerDay),
                    session.playedMs });
    }
    const auto earlier = [](const Played& a, const Played& b) { return a.day < b.day; };
    if (!std::is_sorted(played.begin(), played.end(), earlier))
        std::stable_sort(played.begin(), played.end(), earlier);
    std::vector<DayTotal> days;
    std::int64_t lastDay = 0;
    for (const Played& session : played) {
        if (days.empty() || lastDay != session.day) {
            days.push_back({ dateFromDayNumber(session.day), 0, 0 });
            lastDay = session.day;
        }
        days.back().playedMs += session.ms;
        ++days.back().sessions;
    }
    return days;
}

DayTotal totalOn(const std::vector<DayTotal>& days, LocalDate date)
{
    const auto found = std::lower_bound(days.begin(), days.end(), date,
        [](const DayTotal& day, LocalDate wanted) { return day.date < wanted; });
    if (found != days.end() && found->date == date)
        return *found;
    return { date, 0, 0 };
}

int currentStreak(const std::vector<DayTotal>& days, const DailyGoal& goal, LocalDate today)
{
    LocalDate day = meetsGoal(totalOn(days, today), goal) ? today : addDays(today, -1);
    int streak = 0;
    // Walks back through the stored days only: a gap ends it.
    auto at = std::upper_bound(days.begin(), days.end(), day,
        [](LocalDate wanted, const DayTotal& total) { return wanted < total.date; });
    while (at != days.begin()) {
        --at;
        if (at->date != day || !meetsGoal(*at, goal))
            break;
        ++streak;
        day = addDays(day, -1);
    }
    return streak;
}

std::vector<WeekTotal> weeklyTotals(const std::vector<DayTotal>& days, LocalDate today, int weeks)
{
    if (weeks <= 0)
        return {};
    const LocalDate lastMonday = mondayOf(today);
    const LocalDate firstMonday = addDays(lastMonday, -7 * static_cast<std::int64_t>(weeks - 1));
    std::vector<WeekTotal> totals(static_cast<std::size_t>(weeks));
    for (int week = 0; week < weeks; ++week)
        totals[static_cast<std::size_t>(week)].monday = addDays(firstMonday, 7 * week);
    const LocalDate end = addDays(lastMonday, 7);
    for (const DayTotal& day : days) {
        if (day.date < firstMonday || !(day.date < end))
            continue;
        WeekTotal& total = totals[static_cast<std::size_t>(daysBetween(firstMonday, day.date) / 7)];
        total.playedMs += day.playedMs;
        total.sessions += day.sessions;
    }
    return totals;
}

YearGrid yearGrid(const std::vector<DayTotal>& days, LocalDate today)
{
    LocalDate yearAgo { today.year - 1, today.month, today.day };
    if (!isValidDate(yearAgo))
        yearAgo.day = daysInMonth(yearAgo.year, yearAgo.month); // 29 February a year on
    YearGrid grid;
    grid.first = mondayOf(addDays(yearAgo, 1));
    const std::int64_t count = daysBetween(grid.first, today) + 1;
    grid.days.reserve(static_cast<std::size_t>(count));
    for (std::int64_t i = 0; i < count; ++i)
        grid.days.push_back({ addDays(grid.first, i), 0, 0 });
    for (const DayTotal& day : days) {
        const std::int64_t index = daysBetween(grid.first, day.date);
        if (index >= 0 && index < count)
            grid.days[static_cast<std::size_t>(index)] = day;
    }
    return grid;
}

std::vector<PlayCount> routineCounts(const std::vector<SessionRecord>& sessions)
{
    std::unordered_map<std::string, Tally> tallies;
    for (const SessionRecord& session : sessions) {
        Tally& tally = tallies[session.routine];
        nameIt(tally, session.routineName, session.startUtcMs);
        if (session.playedMs > 0) {
            ++tally.count;
            tally.playedMs += session.playedMs;
        }
    }
    return ranked(tallies, -1, true);
}

std::vector<PlayCount> mostPlayedRoutines(const std::vector<SessionRecord>& sessions, int limit)
{
    std::vector<PlayCount> counts = routineCounts(sessions);
    const auto unplayed = std::find_if(
        counts.begin(), counts.end(), [](const PlayCount& count) { return count.count == 0; });
    counts.erase(unplayed, counts.end());
    if (limit >= 0 && counts.size() > static_cast<std::size_t>(limit))
        counts.resize(static_cast<std::size_t>(limit));
    return counts;
}

std::vector<PlayCount> mostPlayedStretches(const std::vector<SessionRecord>& sessions, int limit)
{
    std::unordered_map<std::string, Tally> tallies;
    for (const SessionRecord& session : sessions) {
        for (const StretchRecord& stretch : session.stretches) {
            if (stretch.outcome != StretchOutcome::Done && stretch.playedMs <= 0)
                continue;
            Tally& tally = tallies[stretch.exercise];
            nameIt(tally, stretch.name, session.startUtcMs);
            if (stretch.outcome == StretchOutcome::Done)
                ++tally.count;
            tally.playedMs += stretch.playedMs;
        }
    }
    return ranked(tallies, limit);
}

HistoryGlance glanceAt(const std::vector<DayTotal>& days, const DailyGoal& goal, LocalDate today)
{
    HistoryGlance glance;
    glance.today = totalOn(days, today);
    glance.todayMeetsGoal = meetsGoal(glance.today, goal);
    glance.streakDays = currentStreak(days, goal, today);
    glance.thisWeek = weeklyTotals(days, today, 1).front();
    return glance;
}

} // namespace limber
