// Break reminders in the running app, on fake clocks: the signal comes once when due, the
// timer waits for the next reminder but never more than a minute, and the tray's status
// line says what will happen.
#include "../support/fake_clock.h"
#include "desktop/reminders.h"
#include "desktop_test_support.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

namespace {

using limber::test::FakeClock;

limber::ReminderRules everyMinutes(int minutes)
{
    limber::ReminderRules rules;
    rules.enabled = true;
    rules.intervalMinutes = minutes;
    rules.days = limber::ReminderRules::everyDay;
    rules.start = rules.end = QTime(0, 0);
    return rules;
}

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
