// The tray menu (driven even where there is no tray) and the reminder notice's buttons.
#include "../support/child.h"
#include "../support/fake_clock.h"
#include "desktop/reminder_notice.h"
#include "desktop/reminders.h"
#include "desktop/tray_icon.h"
#include "desktop_test_support.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using limber::test::child;

namespace {

QAction* actionNamed(QMenu& menu, const QString& text)
{
    for (QAction* action : menu.actions())
        if (action->text() == text)
            return action;
    FAIL("no action " << text.toStdString());
    return nullptr;
}

limber::ReminderRules onAllDay()
{
    return desktop_test::everyMinutes(limber::ReminderRules {}.intervalMinutes);
}

} // namespace

TEST_CASE("The tray menu starts any routine and asks to open, set up and quit")
{
    limber::test::FakeClock clocks;
    limber::Reminders reminders(clocks, [&clocks] { return clocks.wall(); });
    limber::TrayIcon tray(reminders);
    tray.setRoutines({ { QStringLiteral("office-break"), QStringLiteral("5-minute desk break") },
        { QStringLiteral("mine"), QStringLiteral("My routine") } });
    REQUIRE(child<QMenu>(tray.menu(), "tray-routines").actions().size() == 2);

    QSignalSpy start(&tray, &limber::TrayIcon::startRequested);
    child<QMenu>(tray.menu(), "tray-routines").actions()[1]->trigger();
    REQUIRE(start.count() == 1);
    CHECK(start[0][0].toString() == QStringLiteral("mine"));

    QSignalSpy open(&tray, &limber::TrayIcon::openRequested);
    QSignalSpy settings(&tray, &limber::TrayIcon::settingsRequested);
    QSignalSpy quit(&tray, &limber::TrayIcon::quitRequested);
    actionNamed(tray.menu(), QStringLiteral("&Open Limber"))->trigger();
    actionNamed(tray.menu(), QStringLiteral("S&ettings…"))->trigger();
    actionNamed(tray.menu(), QStringLiteral("&Quit"))->trigger();
    CHECK(open.count() == 1);
    CHECK(settings.count() == 1);
    CHECK(quit.count() == 1);
}

TEST_CASE("The tray shows the next break and snoozes or pauses the reminders")
{
    limber::test::FakeClock clocks;
    limber::Reminders reminders(clocks, [&clocks] { return clocks.wall(); });
    limber::TrayIcon tray(reminders);
    QMenu& menu = tray.menu();
    CHECK(child<QAction>(tray.menu(), "tray-status").text()
        == QStringLiteral("Break reminders are off"));
    CHECK_FALSE(actionNamed(menu, QStringLiteral("Remind me in &10 minutes"))->isEnabled());

    actionNamed(menu, QStringLiteral("Break &reminders"))->trigger();
    CHECK(reminders.rules().enabled);
    reminders.setRules(onAllDay());
    CHECK(child<QAction>(tray.menu(), "tray-status")
              .text()
              .startsWith(QStringLiteral("Next break at ")));
    // In minutes, never seconds: "Next break at 14:30 (in 25 min)".
    const QRegularExpression minutes(
        QStringLiteral(R"(^Next break at [^:]*\d:\d\d[^:]* \(in \d+ min\)$)"));
    INFO(child<QAction>(tray.menu(), "tray-status").text().toStdString());
    CHECK(minutes.match(child<QAction>(tray.menu(), "tray-status").text()).hasMatch());

    actionNamed(menu, QStringLiteral("Remind me in &10 minutes"))->trigger();
    CHECK(reminders.next() == clocks.wall().addSecs(10 * 60));
    actionNamed(menu, QStringLiteral("Remind me in &30 minutes"))->trigger();
    CHECK(reminders.next() == clocks.wall().addSecs(30 * 60));

    QAction* resume = actionNamed(menu, QStringLiteral("Res&ume reminders"));
    CHECK_FALSE(resume->isVisible());
    actionNamed(menu, QStringLiteral("Pause reminders for an &hour"))->trigger();
    CHECK(reminders.pausedUntil() == clocks.wall().addSecs(3600));
    CHECK(child<QAction>(tray.menu(), "tray-status")
              .text()
              .startsWith(QStringLiteral("Reminders paused until ")));
    CHECK(resume->isVisible());
    resume->trigger();
    CHECK_FALSE(reminders.pausedUntil());

    actionNamed(menu, QStringLiteral("Pause reminders until &tomorrow"))->trigger();
    CHECK(reminders.pausedUntil() == QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC));
}

TEST_CASE("The reminder notice offers Start, Snooze 10 / 30 and Skip")
{
    limber::ReminderNotice notice;
    QSignalSpy start(&notice, &limber::ReminderNotice::startRequested);
    QSignalSpy snooze(&notice, &limber::ReminderNotice::snoozeRequested);
    QSignalSpy skip(&notice, &limber::ReminderNotice::skipRequested);

    notice.showFor(QStringLiteral("5-minute desk break"));
    CHECK(notice.isVisible());
    CHECK(notice.text().contains(QStringLiteral("5-minute desk break")));
    QTest::mouseClick(&child<QPushButton>(notice, "reminder-start"), Qt::LeftButton);
    CHECK(start.count() == 1);
    CHECK_FALSE(notice.isVisible());

    notice.showFor(QStringLiteral("x"));
    QTest::mouseClick(&child<QPushButton>(notice, "reminder-snooze-10"), Qt::LeftButton);
    notice.showFor(QStringLiteral("x"));
    QTest::mouseClick(&child<QPushButton>(notice, "reminder-snooze-30"), Qt::LeftButton);
    REQUIRE(snooze.count() == 2);
    CHECK(snooze[0][0].toInt() == 10);
    CHECK(snooze[1][0].toInt() == 30);

    notice.showFor(QStringLiteral("x"));
    QTest::mouseClick(&child<QPushButton>(notice, "reminder-skip"), Qt::LeftButton);
    CHECK(skip.count() == 1);

    // Escape and closing the window are Skip too, once each.
    notice.showFor(QStringLiteral("x"));
    QTest::keyClick(&notice, Qt::Key_Escape);
    CHECK(skip.count() == 2);
    notice.showFor(QStringLiteral("x"));
    notice.close();
    CHECK(skip.count() == 3);
    CHECK(start.count() == 1);
}

TEST_CASE("The reminder notice can be closed but not minimised or maximised")
{
    limber::ReminderNotice notice;
    const Qt::WindowFlags flags = notice.windowFlags();
    CHECK(flags.testFlag(Qt::WindowStaysOnTopHint));
    CHECK(flags.testFlag(Qt::WindowCloseButtonHint));
    CHECK_FALSE(flags.testFlag(Qt::WindowMinimizeButtonHint));
    CHECK_FALSE(flags.testFlag(Qt::WindowMaximizeButtonHint));
}
