// The reminder timetable on a fake pair of clocks: intervals, snooze, pause, hours, days,
// a suspend gap and a wall clock set back. Wall times are UTC so the results do not depend
// on the machine's time zone.
#include "desktop/reminder_schedule.h"
#include "desktop_test_support.h"

#include <catch2/catch.hpp>

using limber::ReminderNow;
using limber::ReminderRules;
using limber::ReminderSchedule;

namespace {

constexpr std::int64_t second = 1000;
constexpr std::int64_t minute = 60 * second;
constexpr std::int64_t hour = 60 * minute;

QDateTime utc(int day, int hourOfDay, int minuteOfHour = 0)
{
    // 23 November 2026 is a Monday.
    return QDateTime(QDate(2026, 11, day), QTime(hourOfDay, minuteOfHour), Qt::UTC);
}

// Both clocks; a suspend moves only the wall clock, as a sleeping machine does.
struct FakeTime {
    std::int64_t monotonicMs = 5'000'000;
    QDateTime wall;

    ReminderNow now() const { return { monotonicMs, wall }; }
    void advance(std::int64_t ms)
    {
        monotonicMs += ms;
        wall = wall.addMSecs(ms);
    }
    void suspend(std::int64_t ms) { wall = wall.addMSecs(ms); }
};

ReminderRules allDayEveryDay(int interval = 50)
{
    return desktop_test::everyMinutes(interval);
}

ReminderRules officeHours()
{
    ReminderRules rules;
    rules.enabled = true; // 50 minutes, Monday to Friday, 9:00 to 17:00
    rules.end = QTime(17, 0);
    return rules;
}

// Checks once a minute (as the app's timer does at the least) until `until`; returns the
// times at which a reminder fired.
std::vector<QDateTime> tickUntil(ReminderSchedule& schedule, FakeTime& time, const QDateTime& until)
{
    std::vector<QDateTime> fired;
    while (time.wall < until) {
        time.advance(minute);
        if (schedule.check(time.now()))
            fired.push_back(time.wall);
    }
    return fired;
}

} // namespace

TEST_CASE("Reminders are off by default and an empty week never reminds")
{
    FakeTime time { 0, utc(23, 10) };
    ReminderSchedule off(ReminderRules {}, time.now());
    CHECK_FALSE(off.next(time.now()));
    time.advance(10 * hour);
    CHECK_FALSE(off.check(time.now()));

    ReminderRules noDays = allDayEveryDay();
    noDays.days = 0;
    ReminderSchedule never(noDays, time.now());
    CHECK_FALSE(never.next(time.now()));
}

TEST_CASE("A reminder comes every interval, exactly once each time")
{
    FakeTime time { 0, utc(23, 10) };
    ReminderSchedule schedule(allDayEveryDay(), time.now());
    CHECK(schedule.next(time.now()) == utc(23, 10, 50));

    time.advance(50 * minute - 1);
    CHECK_FALSE(schedule.check(time.now()));
    time.advance(1);
    CHECK(schedule.check(time.now()));
    CHECK_FALSE(schedule.check(time.now()));
    CHECK(schedule.next(time.now()) == utc(23, 11, 40));

    const auto fired = tickUntil(schedule, time, utc(23, 17, 29));
    REQUIRE(fired.size() == 7);
    CHECK(fired.front() == utc(23, 11, 40));
    CHECK(fired.back() == utc(23, 16, 40));
}

TEST_CASE("A one-minute interval reminds after one minute")
{
    FakeTime time { 0, utc(23, 10) };
    ReminderSchedule schedule(allDayEveryDay(1), time.now());
    time.advance(59 * second);
    CHECK_FALSE(schedule.check(time.now()));
    time.advance(1 * second);
    CHECK(schedule.check(time.now()));
}

TEST_CASE("Taking a break or skipping starts a full interval again")
{
    FakeTime time { 0, utc(23, 10) };
    ReminderSchedule schedule(allDayEveryDay(), time.now());
    time.advance(30 * minute);
    schedule.restart(time.now());
    CHECK(schedule.next(time.now()) == utc(23, 11, 20));
}

TEST_CASE("Snooze moves the reminder by exactly the chosen time")
{
    FakeTime time { 0, utc(23, 10) };
    ReminderSchedule schedule(allDayEveryDay(), time.now());
    time.advance(50 * minute);
    REQUIRE(schedule.check(time.now()));

    SECTION("ten minutes")
    {
        schedule.snooze(time.now(), 10);
        CHECK(schedule.next(time.now()) == utc(23, 11, 0));
        time.advance(10 * minute - 1);
        CHECK_FALSE(schedule.check(time.now()));
        time.advance(1);
        CHECK(schedule.check(time.now()));
        // After the snoozed reminder, the usual interval again.
        CHECK(schedule.next(time.now()) == utc(23, 11, 50));
    }
    SECTION("thirty minutes")
    {
        schedule.snooze(time.now(), 30);
        CHECK(schedule.next(time.now()) == utc(23, 11, 20));
        const auto fired = tickUntil(schedule, time, utc(23, 11, 20));
        CHECK(fired == std::vector<QDateTime> { utc(23, 11, 20) });
    }
}

TEST_CASE("A snooze keeps its time even past the day's hours")
{
    FakeTime time { 0, utc(23, 16, 55) };
    ReminderSchedule schedule(officeHours(), time.now());
    schedule.snooze(time.now(), 10);
    CHECK(schedule.next(time.now()) == utc(23, 17, 5));
    time.advance(10 * minute);
    CHECK(schedule.check(time.now()));
    // Then nothing until one interval into Tuesday's hours.
    CHECK(schedule.next(time.now()) == utc(24, 9, 50));
}

TEST_CASE("Pausing for an hour holds reminders, then counts a full interval")
{
    FakeTime time { 0, utc(23, 10) };
    ReminderSchedule schedule(allDayEveryDay(), time.now());
    time.advance(20 * minute);
    schedule.pauseForAnHour(time.now());
    CHECK(schedule.pausedUntil(time.now()) == utc(23, 11, 20));
    CHECK(schedule.next(time.now()) == utc(23, 12, 10));

    // Breaks taken while paused do not end the pause.
    schedule.restart(time.now());
    CHECK(schedule.pausedUntil(time.now()) == utc(23, 11, 20));

    const auto fired = tickUntil(schedule, time, utc(23, 12, 10));
    CHECK(fired == std::vector<QDateTime> { utc(23, 12, 10) });
    CHECK_FALSE(schedule.pausedUntil(time.now()));
}

TEST_CASE("Resuming ends a pause")
{
    FakeTime time { 0, utc(23, 10) };
    ReminderSchedule schedule(allDayEveryDay(), time.now());
    schedule.pauseForAnHour(time.now());
    time.advance(5 * minute);
    schedule.resume(time.now());
    CHECK_FALSE(schedule.pausedUntil(time.now()));
    CHECK(schedule.next(time.now()) == utc(23, 10, 55));
}

TEST_CASE("Pausing until tomorrow resumes one interval into tomorrow's hours")
{
    FakeTime time { 0, utc(23, 10, 20) };
    ReminderSchedule schedule(officeHours(), time.now());
    schedule.pauseUntilTomorrow(time.now());
    CHECK(schedule.pausedUntil(time.now()) == utc(24, 0, 0));
    CHECK(schedule.next(time.now()) == utc(24, 9, 50));
    const auto fired = tickUntil(schedule, time, utc(24, 9, 50));
    CHECK(fired == std::vector<QDateTime> { utc(24, 9, 50) });
}

TEST_CASE("Reminders keep to the chosen hours")
{
    SECTION("none after the day's end; the next day's count starts when its hours begin")
    {
        FakeTime time { 0, utc(23, 16, 30) };
        ReminderSchedule schedule(officeHours(), time.now());
        CHECK(schedule.next(time.now()) == utc(24, 9, 50));
        const auto fired = tickUntil(schedule, time, utc(24, 10, 40));
        CHECK(fired == std::vector<QDateTime> { utc(24, 9, 50), utc(24, 10, 40) });
    }
    SECTION("a count begun before the hours fires once they have begun")
    {
        FakeTime time { 0, utc(23, 7, 0) };
        ReminderSchedule schedule(officeHours(), time.now());
        CHECK(schedule.next(time.now()) == utc(23, 9, 50));
        time.advance(30 * minute);
        CHECK(schedule.next(time.now()) == utc(23, 9, 50));
    }
    SECTION("a whole working day has its reminders and none outside it")
    {
        FakeTime time { 0, utc(23, 8, 0) };
        ReminderSchedule schedule(officeHours(), time.now());
        const auto fired = tickUntil(schedule, time, utc(24, 8, 0));
        REQUIRE(fired.size() == 9); // 9:50, 10:40 … 16:30
        CHECK(fired.front() == utc(23, 9, 50));
        CHECK(fired.back() == utc(23, 16, 30));
        for (const QDateTime& at : fired)
            CHECK((at.time() >= QTime(9, 0) && at.time() < QTime(17, 0)));
    }
}

TEST_CASE("Reminders keep to the chosen days")
{
    FakeTime time { 0, utc(27, 16, 50) }; // Friday
    ReminderSchedule schedule(officeHours(), time.now());
    CHECK(schedule.next(time.now()) == utc(30, 9, 50)); // Monday

    ReminderRules weekend = officeHours();
    weekend.days = 0b1100000; // Saturday and Sunday
    schedule.setRules(weekend, time.now());
    CHECK(schedule.next(time.now()) == utc(28, 9, 50));
    const auto fired = tickUntil(schedule, time, utc(30, 12, 0));
    REQUIRE(fired.size() == 18);
    for (const QDateTime& at : fired)
        CHECK(at.date().dayOfWeek() >= Qt::Saturday);
}

TEST_CASE("After a suspend, a reminder that came due fires once, not a burst")
{
    FakeTime time { 0, utc(23, 10) };
    ReminderSchedule schedule(allDayEveryDay(), time.now());
    time.advance(20 * minute);
    // Asleep for two hours: the monotonic clock stood still, the wall clock did not.
    time.suspend(2 * hour);
    CHECK(schedule.next(time.now()) == utc(23, 10, 50));
    CHECK(schedule.check(time.now()));
    CHECK_FALSE(schedule.check(time.now()));
    CHECK(schedule.next(time.now()) == utc(23, 13, 10));
    const auto fired = tickUntil(schedule, time, utc(23, 13, 59));
    CHECK(fired == std::vector<QDateTime> { utc(23, 13, 10) });
}

TEST_CASE("A suspend that did not reach the reminder leaves it where it was")
{
    FakeTime time { 0, utc(23, 10) };
    ReminderSchedule schedule(allDayEveryDay(), time.now());
    time.advance(10 * minute);
    time.suspend(15 * minute);
    CHECK(schedule.next(time.now()) == utc(23, 10, 50));
    const auto fired = tickUntil(schedule, time, utc(23, 11, 0));
    CHECK(fired == std::vector<QDateTime> { utc(23, 10, 50) });
}

TEST_CASE("A reminder missed overnight is dropped: the new day counts afresh")
{
    FakeTime time { 0, utc(23, 16, 0) };
    ReminderSchedule schedule(officeHours(), time.now());
    time.advance(10 * minute);
    time.suspend(16 * hour + 55 * minute); // lid closed at 16:10, opened at 9:05
    CHECK_FALSE(schedule.check(time.now()));
    CHECK(schedule.next(time.now()) == utc(24, 9, 55));
    const auto fired = tickUntil(schedule, time, utc(24, 10, 0));
    CHECK(fired == std::vector<QDateTime> { utc(24, 9, 55) });
}

TEST_CASE("Waking before the hours begin counts from their opening")
{
    FakeTime time { 0, utc(23, 16, 0) };
    ReminderSchedule schedule(officeHours(), time.now());
    time.advance(10 * minute);
    time.suspend(14 * hour); // woken at 6:10 on Tuesday
    CHECK_FALSE(schedule.check(time.now()));
    CHECK(schedule.next(time.now()) == utc(24, 9, 50));
}

TEST_CASE("Setting the wall clock back does not delay a reminder")
{
    FakeTime time { 0, utc(23, 10) };
    ReminderSchedule schedule(allDayEveryDay(), time.now());
    time.advance(20 * minute);
    time.wall = time.wall.addSecs(-3600);
    time.advance(30 * minute - 1);
    CHECK_FALSE(schedule.check(time.now()));
    time.advance(1);
    CHECK(schedule.check(time.now()));
}

TEST_CASE("New rules start the count again, and keep a pause")
{
    FakeTime time { 0, utc(23, 10) };
    ReminderSchedule schedule(allDayEveryDay(), time.now());
    time.advance(40 * minute);
    schedule.setRules(allDayEveryDay(20), time.now());
    CHECK(schedule.next(time.now()) == utc(23, 11, 0));

    schedule.pauseForAnHour(time.now());
    schedule.setRules(allDayEveryDay(30), time.now());
    CHECK(schedule.pausedUntil(time.now()) == utc(23, 11, 40));
    CHECK(schedule.next(time.now()) == utc(23, 12, 10));
}

TEST_CASE("A new natural break or longest wait leaves the next reminder where it was")
{
    FakeTime time { 0, utc(23, 10) };
    ReminderSchedule schedule(allDayEveryDay(), time.now());
    time.advance(40 * minute);
    ReminderRules rules = allDayEveryDay();
    rules.naturalBreakSeconds = 60;
    rules.longestWaitMinutes = 5;
    schedule.setRules(rules, time.now());
    CHECK(schedule.rules() == rules);
    CHECK(schedule.next(time.now()) == utc(23, 10, 50));
}

TEST_CASE("After a natural break the count runs from the return, and a pause goes on")
{
    FakeTime time { 0, utc(23, 10) };
    ReminderSchedule schedule(allDayEveryDay(), time.now());
    schedule.snooze(time.now(), 10);
    time.advance(30 * minute);
    schedule.restartFrom(time.now(), 20 * second);
    CHECK(schedule.next(time.now()) == utc(23, 11, 20).addSecs(-20));

    schedule.pauseForAnHour(time.now());
    schedule.restartFrom(time.now(), 0);
    CHECK(schedule.pausedUntil(time.now()) == utc(23, 11, 30));
}
