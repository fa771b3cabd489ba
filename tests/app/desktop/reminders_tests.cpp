// Break reminders in the running app, on fake clocks: the signal comes once when due, the
// timer waits for the next reminder but never more than a minute, and the tray's status
// line says what will happen.
#include "../support/fake_clock.h"
#include "desktop/reminders.h"
#include "desktop_test_support.h"
#include "fake_desktop.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

namespace {

using limber::test::FakeClock;

using desktop_test::everyMinutes;

} // namespace

TEST_CASE("Reminders fire once when due and wait at most a minute at a time")
{
    FakeClock clocks;
    limber::Reminders reminders(clocks, [&clocks] { return clocks.wall(); });
    QSignalSpy due(&reminders, &limber::Reminders::reminderDue);
    CHECK(reminders.waitMs() == -1); // off: no timer at all
    CHECK(reminders.status() == QStringLiteral("Break reminders are off"));

    reminders.setRules(everyMinutes(1));
    CHECK(reminders.waitMs() == 60'000);
    CHECK(reminders.next() == clocks.wall().addSecs(60));

    clocks.advance(59'000);
    reminders.check();
    CHECK(due.count() == 0);
    CHECK(reminders.waitMs() == 1000);
    clocks.advance(1000);
    reminders.check();
    CHECK(due.count() == 1);
    reminders.check();
    CHECK(due.count() == 1);

    reminders.setRules(everyMinutes(50));
    CHECK(reminders.waitMs() == limber::Reminders::maxWaitMs);
}

TEST_CASE("Snooze, pause and resume from the app")
{
    FakeClock clocks;
    limber::Reminders reminders(clocks, [&clocks] { return clocks.wall(); });
    reminders.setRules(everyMinutes(50));
    QSignalSpy changed(&reminders, &limber::Reminders::changed);
    const QDateTime start = clocks.wall();

    reminders.snooze(10);
    CHECK(reminders.next() == start.addSecs(600));
    CHECK(changed.count() == 1);

    reminders.pauseForAnHour();
    CHECK(reminders.pausedUntil() == start.addSecs(3600));
    CHECK(reminders.status().startsWith(QStringLiteral("Reminders paused until ")));

    reminders.resume();
    CHECK_FALSE(reminders.pausedUntil());
    CHECK(reminders.status().startsWith(QStringLiteral("Next break at ")));

    reminders.pauseUntilTomorrow();
    CHECK(reminders.status().contains(QStringLiteral("tomorrow")));

    clocks.advance(5 * 60'000);
    reminders.resume();
    reminders.breakTaken();
    CHECK(reminders.next() == clocks.wall().addSecs(50 * 60));
}

TEST_CASE("Waking from a suspend is noticed by the next check, and fires once")
{
    FakeClock clocks;
    limber::Reminders reminders(clocks, [&clocks] { return clocks.wall(); });
    reminders.setRules(everyMinutes(50));
    QSignalSpy due(&reminders, &limber::Reminders::reminderDue);
    clocks.advance(30'000);
    clocks.suspend(3 * 3600'000);
    reminders.check(); // the timer's next minute after waking
    reminders.check();
    CHECK(due.count() == 1);
    CHECK(reminders.next() == clocks.wall().addSecs(50 * 60));
}

TEST_CASE("The app's reminders read the desktop's idle time at each check")
{
    limber::test::FakeClock clocks;
    desktop_test::FakeIdleSource idle;
    limber::Reminders reminders(clocks, [&clocks] { return clocks.wall(); });
    reminders.watch(&idle, nullptr);
    QSignalSpy due(&reminders, &limber::Reminders::reminderDue);
    reminders.check();
    CHECK(idle.asked == 0); // reminders off: the desktop is not asked

    limber::ReminderRules rules = everyMinutes(1);
    rules.naturalBreakSeconds = 30;
    reminders.setRules(rules);
    CHECK(idle.asked == 1); // switched on: looked at once
    idle.idle = 10'000;
    reminders.check();
    CHECK(idle.asked == 2);
    CHECK(reminders.waitMs() == 20'000); // when they would have been away for 30 s

    clocks.advance(20'000);
    idle.idle = 30'000;
    reminders.check();
    CHECK(reminders.status() == QStringLiteral("Away: the next break counts from your return"));
    CHECK(reminders.waitMs() == limber::ReminderPolicy::lookAgainMs);
    clocks.advance(40'000); // due now, but nobody is there
    idle.idle = 70'000;
    reminders.check();
    CHECK(due.count() == 0);

    QSignalSpy back(&reminders, &limber::Reminders::naturalBreakEnded);
    clocks.advance(5'000);
    idle.idle = 2'000; // a key 2 s ago
    reminders.check();
    CHECK(due.count() == 0);
    CHECK(back.count() == 1);
    CHECK(reminders.next() == clocks.wall().addSecs(58));
    CHECK(reminders.status().startsWith(QStringLiteral("Next break at ")));

    idle.idle.reset(); // the desktop stopped answering: the schedule alone
    clocks.advance(58'000);
    reminders.check();
    CHECK(due.count() == 1);
}

TEST_CASE("The app's reminders look at the desktop as soon as they watch it or are switched on")
{
    limber::test::FakeClock clocks;
    desktop_test::FakeIdleSource idle;
    idle.idle = 0;
    limber::Reminders reminders(clocks, [&clocks] { return clocks.wall(); });
    limber::ReminderRules rules = everyMinutes(1);
    rules.naturalBreakSeconds = 30;
    reminders.setRules(rules);
    CHECK(reminders.waitMs() == 60'000); // nothing watched yet: the schedule alone
    reminders.watch(&idle, nullptr);
    CHECK(idle.asked == 1);
    // Away from now would be seen after 30 s, before the key that ends it 10 s later.
    CHECK(reminders.waitMs() == 30'000);

    reminders.setRules(limber::ReminderRules {});
    reminders.setRules(rules);
    CHECK(idle.asked == 2);
}

TEST_CASE("The app's reminders wait for a fullscreen window, then show")
{
    limber::test::FakeClock clocks;
    desktop_test::FakeAttentionSource attention;
    attention.fullscreen = true;
    limber::Reminders reminders(clocks, [&clocks] { return clocks.wall(); });
    reminders.watch(nullptr, &attention);
    reminders.setRules(everyMinutes(1));
    QSignalSpy due(&reminders, &limber::Reminders::reminderDue);

    clocks.advance(60'000);
    reminders.check();
    CHECK(due.count() == 0);
    CHECK(reminders.status().startsWith(QStringLiteral("A break is waiting")));
    CHECK(reminders.waitMs() == limber::ReminderPolicy::lookAgainMs);

    attention.fullscreen = false;
    attention.quiet = true; // then do-not-disturb
    clocks.advance(5'000);
    reminders.check();
    CHECK(due.count() == 0);

    attention.quiet = false;
    clocks.advance(5'000);
    reminders.check();
    CHECK(due.count() == 1);
    CHECK(reminders.next() == clocks.wall().addSecs(60));

    // A held reminder is forgotten when a break starts.
    attention.fullscreen = true;
    clocks.advance(60'000);
    reminders.check();
    reminders.breakTaken();
    attention.fullscreen = false;
    clocks.advance(5'000);
    reminders.check();
    CHECK(due.count() == 1);
}
