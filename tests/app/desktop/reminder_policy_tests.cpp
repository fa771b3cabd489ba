// Natural breaks and do-not-disturb on a fake pair of clocks, with the desktop's idle time,
// fullscreen window and do-not-disturb given by each test: nothing shows while the person is
// away and the interval starts again from their return; a reminder due during fullscreen or
// do-not-disturb waits until that ends or the longest wait has passed; a suspend is time away,
// counted once. Wall times are UTC so the results do not depend on the machine's time zone.
#include "desktop/reminder_policy.h"
#include "desktop_test_support.h"

#include <catch2/catch.hpp>

using limber::DesktopState;
using limber::ReminderNow;
using limber::ReminderPolicy;
using limber::ReminderRules;
using limber::ReminderSchedule;

namespace {

constexpr std::int64_t second = 1000;
constexpr std::int64_t minute = 60 * second;
constexpr std::int64_t hour = 60 * minute;

// Both clocks and the desktop's idle counter, which input resets; a suspend moves only the wall
// clock, and the idle counter runs through it only when `idleRunsInSuspend` says so.
struct FakeDesk {
    std::int64_t monotonicMs = 7'000'000;
    QDateTime wall { QDate(2026, 11, 23), QTime(10, 0), Qt::UTC }; // a Monday
    std::int64_t idleMs = 0;
    std::optional<bool> fullscreen = false;
    std::optional<bool> doNotDisturb = false;
    bool idleWatched = true;

    ReminderNow now() const { return { monotonicMs, wall }; }
    DesktopState state() const
    {
        DesktopState state { std::nullopt, fullscreen, doNotDisturb };
        if (idleWatched)
            state.idleMs = idleMs;
        return state;
    }
    void advance(std::int64_t ms)
    {
        monotonicMs += ms;
        wall = wall.addMSecs(ms);
        idleMs += ms;
    }
    void input() { idleMs = 0; }
    void suspend(std::int64_t ms, bool idleRunsInSuspend)
    {
        wall = wall.addMSecs(ms);
        if (idleRunsInSuspend)
            idleMs += ms;
    }
};

ReminderRules everyMinutes(int interval, int naturalBreakSeconds = 300, int longestWait = 30)
{
    ReminderRules rules = desktop_test::everyMinutes(interval);
    rules.naturalBreakSeconds = naturalBreakSeconds;
    rules.longestWaitMinutes = longestWait;
    return rules;
}

// Checks as the app does: after each wait the policy asks for, at most a minute, until `until`
// (the person's input comes from `typing`, called before each check). Returns when reminders
// showed.
std::vector<QDateTime> runUntil(ReminderPolicy& policy, ReminderSchedule& schedule, FakeDesk& desk,
    const QDateTime& until, const std::function<void(FakeDesk&)>& typing = {})
{
    std::vector<QDateTime> shown;
    while (desk.wall < until) {
        const std::optional<QDateTime> next = schedule.next(desk.now());
        const std::int64_t untilDue = next ? desk.wall.msecsTo(*next) : minute;
        const std::int64_t wait
            = std::clamp<std::int64_t>(policy.waitMs(untilDue, schedule.rules()), 1, minute);
        desk.advance(std::min<std::int64_t>(wait, desk.wall.msecsTo(until)));
        if (typing)
            typing(desk);
        if (policy.check(schedule, desk.now(), desk.state()))
            shown.push_back(desk.wall);
    }
    return shown;
}

} // namespace

TEST_CASE("Nothing shows while the person is away, and the interval starts from their return")
{
    FakeDesk desk;
    const QDateTime start = desk.wall;
    ReminderSchedule schedule(everyMinutes(50), desk.now());
    ReminderPolicy policy;

    // At work (typing every minute) for 10 minutes, then away for an hour: the reminder due at
    // 10:50 never shows.
    const auto typing = [&](FakeDesk& d) {
        if (d.wall < start.addSecs(10 * 60) || d.wall >= start.addSecs(70 * 60))
            d.input();
    };
    CHECK(runUntil(policy, schedule, desk, start.addSecs(65 * 60), typing).empty());
    CHECK(policy.away());

    // Back at 11:10: no reminder on arrival, the next one a full interval after the return.
    const auto shown = runUntil(policy, schedule, desk, start.addSecs(130 * 60), typing);
    CHECK_FALSE(policy.away());
    REQUIRE(shown.size() == 1);
    CHECK(shown[0] == start.addSecs(120 * 60));
}

TEST_CASE("The interval restarts from the return to the millisecond, however late it is seen")
{
    FakeDesk desk;
    ReminderSchedule schedule(everyMinutes(1, 30), desk.now());
    ReminderPolicy policy;

    // No input for 40 s: away from the 30th second, seen by the check the policy asks for.
    CHECK_FALSE(policy.check(schedule, desk.now(), desk.state()));
    CHECK(policy.waitMs(60 * second, schedule.rules()) == 30 * second);
    desk.advance(30 * second);
    CHECK_FALSE(policy.check(schedule, desk.now(), desk.state()));
    CHECK(policy.away());
    CHECK(policy.waitMs(0, schedule.rules()) == ReminderPolicy::lookAgainMs);
    desk.advance(10 * second);
    desk.input(); // the key press, at 40 s
    const QDateTime key = desk.wall;
    desk.advance(3 * second); // seen 3 s later
    CHECK_FALSE(policy.cameBack());
    CHECK_FALSE(policy.check(schedule, desk.now(), desk.state()));
    CHECK(policy.cameBack());
    CHECK(schedule.next(desk.now()) == key.addSecs(60));
}

TEST_CASE("Idle shorter than a natural break changes nothing")
{
    FakeDesk desk;
    const QDateTime start = desk.wall;
    ReminderSchedule schedule(everyMinutes(50), desk.now());
    ReminderPolicy policy;
    // Reading for four and a half minutes at a time, then a key.
    const auto reading = [](FakeDesk& d) {
        if (d.idleMs >= 270 * second)
            d.input();
    };
    const auto shown = runUntil(policy, schedule, desk, start.addSecs(51 * 60), reading);
    REQUIRE(shown.size() == 1);
    CHECK(shown[0] == start.addSecs(50 * 60));
}

TEST_CASE("The next check comes when the person would have been away for a natural break")
{
    FakeDesk desk;
    ReminderSchedule schedule(everyMinutes(50), desk.now());
    ReminderPolicy policy;
    desk.advance(10 * minute);
    desk.input();
    desk.advance(4 * minute + 30 * second); // reading, the mouse still
    CHECK_FALSE(policy.check(schedule, desk.now(), desk.state()));
    CHECK(policy.waitMs(35 * minute, schedule.rules()) == 30 * second);
    CHECK(policy.waitMs(10 * second, schedule.rules()) == 10 * second);
    desk.advance(30 * second);
    CHECK_FALSE(policy.check(schedule, desk.now(), desk.state()));
    CHECK(policy.away());
}

TEST_CASE("With no idle time on this desktop, reminders come as the schedule says")
{
    FakeDesk desk;
    desk.idleWatched = false;
    desk.fullscreen = desk.doNotDisturb = std::nullopt;
    const QDateTime start = desk.wall;
    ReminderSchedule schedule(everyMinutes(50), desk.now());
    ReminderPolicy policy;
    const auto shown = runUntil(policy, schedule, desk, start.addSecs(101 * 60));
    REQUIRE(shown.size() == 2);
    CHECK(shown[0] == start.addSecs(50 * 60));
    CHECK(shown[1] == start.addSecs(100 * 60));
    CHECK(policy.waitMs(12 * minute, schedule.rules()) == 12 * minute);
}

TEST_CASE("A reminder due during a fullscreen window waits until it leaves fullscreen")
{
    FakeDesk desk;
    const QDateTime start = desk.wall;
    ReminderSchedule schedule(everyMinutes(50), desk.now());
    ReminderPolicy policy;
    const auto typing = [](FakeDesk& d) { d.input(); };
    desk.fullscreen = true; // a presentation from 10:00 to 11:05
    CHECK(runUntil(policy, schedule, desk, start.addSecs(65 * 60), typing).empty());
    CHECK(policy.heldSince() == start.addSecs(50 * 60));

    desk.fullscreen = false;
    const auto shown = runUntil(policy, schedule, desk, start.addSecs(116 * 60), typing);
    REQUIRE(shown.size() == 2);
    CHECK(shown[0] > start.addSecs(65 * 60));
    CHECK(shown[0] <= start.addSecs(65 * 60 + 5));
    CHECK_FALSE(policy.heldSince());
    // The next interval counts from when the held reminder showed.
    CHECK(shown[1] == shown[0].addSecs(50 * 60));
}

TEST_CASE("Do not disturb holds a reminder back for the longest wait at most")
{
    FakeDesk desk;
    const QDateTime start = desk.wall;
    ReminderSchedule schedule(everyMinutes(20, 300, 30), desk.now());
    ReminderPolicy policy;
    const auto typing = [](FakeDesk& d) { d.input(); };
    desk.doNotDisturb = true; // all morning
    const auto shown = runUntil(policy, schedule, desk, start.addSecs(140 * 60), typing);
    // Due at 10:20, shown at 10:50; the next due at 11:10, shown at 11:40.
    REQUIRE(shown.size() == 2);
    CHECK(shown[0] == start.addSecs(50 * 60));
    CHECK(shown[1] == start.addSecs(100 * 60));
}

TEST_CASE("A longest wait of 0 shows a reminder at once, fullscreen or not")
{
    FakeDesk desk;
    const QDateTime start = desk.wall;
    ReminderSchedule schedule(everyMinutes(20, 300, 0), desk.now());
    ReminderPolicy policy;
    desk.fullscreen = true;
    const auto shown
        = runUntil(policy, schedule, desk, start.addSecs(21 * 60), [](FakeDesk& d) { d.input(); });
    REQUIRE(shown.size() == 1);
    CHECK(shown[0] == start.addSecs(20 * 60));
}

TEST_CASE("A held reminder is dropped when the person goes away, and forgotten on a break")
{
    FakeDesk desk;
    const QDateTime start = desk.wall;
    ReminderSchedule schedule(everyMinutes(20), desk.now());
    ReminderPolicy policy;
    desk.fullscreen = true;
    runUntil(policy, schedule, desk, start.addSecs(21 * 60), [](FakeDesk& d) { d.input(); });
    REQUIRE(policy.heldSince());
    // A film, watched without touching anything: a natural break, not a held reminder.
    runUntil(policy, schedule, desk, start.addSecs(40 * 60));
    CHECK(policy.away());
    CHECK_FALSE(policy.heldSince());

    desk.input();
    runUntil(policy, schedule, desk, start.addSecs(62 * 60), [](FakeDesk& d) { d.input(); });
    REQUIRE(policy.heldSince());
    policy.forgetHeld();
    CHECK_FALSE(policy.check(schedule, desk.now(), desk.state()));
}

TEST_CASE("A suspend is time away: a long one is a natural break, counted once")
{
    const ReminderRules rules = everyMinutes(50);

    SECTION("asleep for an hour: no reminder on waking, a full interval from the return")
    {
        FakeDesk desk;
        ReminderSchedule schedule(rules, desk.now());
        ReminderPolicy policy;
        desk.advance(40 * minute);
        desk.input();
        CHECK_FALSE(policy.check(schedule, desk.now(), desk.state()));
        desk.suspend(hour, false);
        desk.advance(2 * second);
        desk.input(); // the key that woke it
        desk.advance(1 * second);
        CHECK_FALSE(policy.check(schedule, desk.now(), desk.state()));
        CHECK(schedule.next(desk.now()) == desk.wall.addSecs(50 * 60 - 1));
    }
    SECTION("the same sleep with no idle time on this desktop fires once on waking, as before")
    {
        FakeDesk desk;
        desk.idleWatched = false;
        ReminderSchedule schedule(rules, desk.now());
        ReminderPolicy policy;
        desk.advance(40 * minute);
        CHECK_FALSE(policy.check(schedule, desk.now(), desk.state()));
        desk.suspend(hour, false);
        desk.advance(3 * second);
        CHECK(policy.check(schedule, desk.now(), desk.state()));
    }
    SECTION("three idle minutes and three asleep make a break of six minutes")
    {
        FakeDesk desk;
        ReminderSchedule schedule(rules, desk.now());
        ReminderPolicy policy;
        desk.advance(20 * minute);
        desk.input();
        desk.advance(3 * minute);
        CHECK_FALSE(policy.check(schedule, desk.now(), desk.state()));
        desk.suspend(3 * minute, false);
        desk.input();
        desk.advance(1 * second);
        CHECK_FALSE(policy.check(schedule, desk.now(), desk.state()));
        CHECK(schedule.next(desk.now()) == desk.wall.addSecs(50 * 60 - 1));
    }
    SECTION("an idle counter that ran through the sleep is not added to it again")
    {
        FakeDesk desk;
        ReminderSchedule schedule(rules, desk.now());
        ReminderPolicy policy;
        const QDateTime start = desk.wall;
        desk.advance(20 * minute);
        desk.input();
        desk.advance(1 * minute);
        CHECK_FALSE(policy.check(schedule, desk.now(), desk.state()));
        desk.suspend(2 * minute, true); // the counter now says 3 minutes: 1 + 2, not 5
        desk.advance(1 * second);
        CHECK_FALSE(policy.check(schedule, desk.now(), desk.state()));
        CHECK_FALSE(policy.away());
        // The suspend counts as elapsed time, as it always has: due 50 minutes from the start.
        CHECK(schedule.next(desk.now()) == start.addSecs(50 * 60));
    }
}
