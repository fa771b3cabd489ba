// The reminder as the desktop's own notification, against a notification service of the
// test's own on a private bus: what Notify carries, what each action and each way of closing
// does, replacing instead of stacking, and Limber's own notice where no service (or no
// action) can do the job.
#include "../support/child.h"
#include "../support/fake_clock.h"
#include "desktop/desktop_integration.h"
#include "desktop/desktop_notifier.h"
#include "desktop/notification_image.h"
#include "desktop/player_launcher.h"
#include "desktop/reminder_notice.h"
#include "desktop/reminders.h"
#include "desktop_test_support.h"
#include "fake_notification_server.h"
#include "library/dialogs.h"
#include "library/main_window.h"
#include "private_bus.h"
#include "storage/data_locations.h"

#include <QApplication>
#include <QDBusArgument>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>
#include <memory>

using limber::test::child;

using desktop_test::FakeNotificationServer;
using desktop_test::PrivateBus;
using limber::DesktopNotifier;

namespace {

constexpr int answerMs = 10'000; // the longest a D-Bus round trip may take here

const QStringList withActions { QStringLiteral("actions"), QStringLiteral("body") };

// The bus and a server on it; nullptr (the test skipped) where dbus-daemon cannot run.
struct Bus {
    PrivateBus bus;
    std::unique_ptr<FakeNotificationServer> server;

    bool start(const QStringList& capabilities)
    {
        if (!bus.problem().isEmpty()) {
            WARN("skipped: " << bus.problem().toStdString());
            return false;
        }
        server = std::make_unique<FakeNotificationServer>(bus.connect(), capabilities);
        return true;
    }
    bool waitForNotifications(int count)
    {
        return QTest::qWaitFor([&] { return server->received().size() >= count; }, answerMs);
    }
};

bool waitFor(QSignalSpy& spy, int count)
{
    return QTest::qWaitFor([&] { return spy.count() >= count; }, answerMs);
}

} // namespace

TEST_CASE("The reminder arrives as a notification with Start and Snooze, and each does its job")
{
    Bus bus;
    if (!bus.start(withActions))
        return;
    DesktopNotifier notifier(bus.bus.connect());
    REQUIRE(notifier.isServiceAvailable());
    QSignalSpy start(&notifier, &DesktopNotifier::startRequested);
    QSignalSpy snooze(&notifier, &DesktopNotifier::snoozeRequested);
    QSignalSpy skip(&notifier, &DesktopNotifier::skipRequested);
    QSignalSpy fallback(&notifier, &DesktopNotifier::fallbackNeeded);

    notifier.showReminder(QStringLiteral("5-minute desk break"));
    REQUIRE(bus.waitForNotifications(1));
    const desktop_test::ReceivedNotification first = bus.server->received()[0];
    CHECK(first.appName == QStringLiteral("Limber"));
    CHECK(first.appIcon == QStringLiteral("io.github.limber.Limber"));
    CHECK(first.replacesId == 0);
    CHECK(first.summary == QStringLiteral("Time for a stretch break"));
    CHECK(first.body.contains(QStringLiteral("“5-minute desk break”")));
    CHECK(first.actions
        == QStringList { QStringLiteral("start"), QStringLiteral("Start"), QStringLiteral("snooze"),
            QStringLiteral("Snooze 10 min") });
    CHECK(first.expireTimeout == 0);
    CHECK(first.hints.value(QStringLiteral("desktop-entry")).toString()
        == QStringLiteral("io.github.limber.Limber"));
    // Our icon, as pixels: drawn, not blank.
    const auto image = qdbus_cast<limber::NotificationImage>(
        first.hints.value(QStringLiteral("image-data")).value<QDBusArgument>());
    const QImage icon = image.toImage();
    REQUIRE_FALSE(icon.isNull());
    CHECK(icon.width() == 64);
    CHECK(icon.pixelColor(32, 32).alpha() > 0);
    REQUIRE(QTest::qWaitFor([&] { return notifier.shownId() == first.id; }, answerMs));

    SECTION("Start asks for the break, once; the close that follows is not a Skip")
    {
        bus.server->invokeAction(first.id, QStringLiteral("start"));
        REQUIRE(waitFor(start, 1));
        QCoreApplication::processEvents();
        CHECK(snooze.isEmpty());
        CHECK(skip.isEmpty());
        CHECK(notifier.shownId() == 0);
        // Taken down, for servers that leave a notification up after its action.
        REQUIRE(QTest::qWaitFor([&] { return !bus.server->closed().isEmpty(); }, answerMs));
        CHECK(bus.server->closed() == QList<uint> { first.id });
    }
    SECTION("Snooze snoozes for 10 minutes")
    {
        bus.server->invokeAction(first.id, QStringLiteral("snooze"));
        REQUIRE(waitFor(snooze, 1));
        CHECK(snooze[0][0].toInt() == 10);
        CHECK(start.isEmpty());
    }
    SECTION("Dismissing it is Skip, as closing Limber's own notice is")
    {
        bus.server->closeNotification(first.id, 2);
        REQUIRE(waitFor(skip, 1));
        CHECK(start.isEmpty());
    }
    SECTION("Expiring is no answer at all")
    {
        bus.server->closeNotification(first.id, 1);
        REQUIRE(QTest::qWaitFor([&] { return notifier.shownId() == 0; }, answerMs));
        CHECK(skip.isEmpty());
        CHECK(fallback.isEmpty());
    }
    SECTION("The next reminder replaces this one instead of stacking")
    {
        notifier.showReminder(QStringLiteral("Morning routine"));
        REQUIRE(bus.waitForNotifications(2));
        CHECK(bus.server->received()[1].replacesId == first.id);
        CHECK(bus.server->received()[1].body.contains(QStringLiteral("Morning routine")));
    }
    SECTION("Withdrawn, it is closed on the server, and its late answers are ignored")
    {
        notifier.withdraw();
        REQUIRE(QTest::qWaitFor([&] { return !bus.server->closed().isEmpty(); }, answerMs));
        CHECK(bus.server->closed() == QList<uint> { first.id });
        bus.server->invokeAction(first.id, QStringLiteral("start"));
        // The server answers the next Notify after sending that signal, and one connection
        // delivers in order: once the answer is in, the stray signal has been handled.
        notifier.showReminder(QStringLiteral("again"));
        REQUIRE(bus.waitForNotifications(2));
        REQUIRE(QTest::qWaitFor([&] { return notifier.shownId() != 0; }, answerMs));
        CHECK(start.isEmpty());
    }
    CHECK(fallback.isEmpty());
}

TEST_CASE("Where the desktop has no tray, the notification also offers Quit Limber")
{
    Bus bus;
    if (!bus.start(withActions))
        return;
    DesktopNotifier notifier(bus.bus.connect());
    notifier.setQuitOffered(true);
    QSignalSpy quit(&notifier, &DesktopNotifier::quitRequested);
    notifier.showReminder(QStringLiteral("x"));
    REQUIRE(bus.waitForNotifications(1));
    CHECK(bus.server->received()[0].actions.mid(4)
        == QStringList { QStringLiteral("quit"), QStringLiteral("Quit Limber") });
    REQUIRE(QTest::qWaitFor([&] { return notifier.shownId() != 0; }, answerMs));
    bus.server->invokeAction(notifier.shownId(), QStringLiteral("quit"));
    CHECK(waitFor(quit, 1));
}

TEST_CASE("No notification service: Limber's own notice shows the reminder, at once")
{
    PrivateBus bus;
    if (!bus.problem().isEmpty()) {
        WARN("skipped: " << bus.problem().toStdString());
        return;
    }
    DesktopNotifier notifier(bus.connect());
    CHECK_FALSE(notifier.isServiceAvailable());
    QSignalSpy fallback(&notifier, &DesktopNotifier::fallbackNeeded);
    notifier.showReminder(QStringLiteral("5-minute desk break"));
    REQUIRE(fallback.count() == 1);
    CHECK(fallback[0][0].toString() == QStringLiteral("5-minute desk break"));

    // Nor with no bus at all.
    DesktopNotifier unconnected(QDBusConnection(QStringLiteral("limber-no-such-bus")));
    QSignalSpy alone(&unconnected, &DesktopNotifier::fallbackNeeded);
    unconnected.showReminder(QStringLiteral("x"));
    CHECK(alone.count() == 1);
}

TEST_CASE("A service that refuses the reminder: Limber's own notice shows it")
{
    Bus bus;
    if (!bus.start(withActions))
        return;
    bus.server->refuseNotifications();
    DesktopNotifier notifier(bus.bus.connect());
    QSignalSpy fallback(&notifier, &DesktopNotifier::fallbackNeeded);
    notifier.showReminder(QStringLiteral("5-minute desk break"));
    REQUIRE(waitFor(fallback, 1));
    CHECK(fallback[0][0].toString() == QStringLiteral("5-minute desk break"));
}

TEST_CASE("A server with no actions: a click on the notification opens Limber's notice")
{
    Bus bus;
    if (!bus.start({ QStringLiteral("body"), QStringLiteral("body-markup") }))
        return;
    DesktopNotifier notifier(bus.bus.connect());
    QSignalSpy fallback(&notifier, &DesktopNotifier::fallbackNeeded);
    QSignalSpy start(&notifier, &DesktopNotifier::startRequested);
    notifier.showReminder(QStringLiteral("Neck & shoulders"));
    REQUIRE(bus.waitForNotifications(1));
    const desktop_test::ReceivedNotification shown = bus.server->received()[0];
    CHECK(shown.actions.isEmpty());
    CHECK(shown.body.contains(QStringLiteral("Click")));
    // The server reads markup: the name's & is escaped.
    CHECK(shown.body.contains(QStringLiteral("Neck &amp; shoulders")));
    REQUIRE(QTest::qWaitFor([&] { return notifier.shownId() == shown.id; }, answerMs));

    // A click and the close button look the same from here: dismissed by the user.
    bus.server->closeNotification(shown.id, 2);
    REQUIRE(waitFor(fallback, 1));
    CHECK(fallback[0][0].toString() == QStringLiteral("Neck & shoulders"));
    CHECK(start.isEmpty());
}

TEST_CASE("In the running app a due reminder is a notification: its Start opens the break and "
          "its Snooze moves the next by 10 minutes")
{
    desktop_test::TestDirs dirs;
    Bus bus;
    if (!bus.start(withActions))
        return;
    limber::test::FakeClock clocks;
    limber::MainWindow window(
        limber::DataLocations::standard(), std::make_unique<limber::Dialogs>());
    limber::PlayerLauncher players(clocks, &window);
    limber::DesktopIntegration desktop(window, players, clocks,
        limber::DesktopIntegration::Surroundings { [&clocks] { return clocks.wall(); } }, nullptr);
    child<limber::DesktopNotifier>(desktop, "desktop-notifier").setBus(bus.bus.connect());
    QList<limber::PlayRequest> played;
    QObject::connect(&desktop, &limber::DesktopIntegration::playRequested, &desktop,
        [&played](const limber::PlayRequest& request) { played.append(request); });
    desktop.setReminderRules(desktop_test::everyMinutes(1));

    clocks.advance(60'000);
    child<limber::Reminders>(desktop, "reminders").check();
    REQUIRE(bus.waitForNotifications(1));
    CHECK(bus.server->received()[0].body.contains(QStringLiteral("5-minute desk break")));
    CHECK_FALSE(desktop.notice().isVisible());
    REQUIRE(QTest::qWaitFor(
        [&] { return child<limber::DesktopNotifier>(desktop, "desktop-notifier").shownId() != 0; },
        answerMs));

    bus.server->invokeAction(child<limber::DesktopNotifier>(desktop, "desktop-notifier").shownId(),
        QStringLiteral("snooze"));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return child<limber::Reminders>(desktop, "reminders").next()
                == clocks.wall().addSecs(600);
        },
        answerMs));

    clocks.advance(600'000);
    child<limber::Reminders>(desktop, "reminders").check();
    REQUIRE(bus.waitForNotifications(2));
    REQUIRE(QTest::qWaitFor(
        [&] { return child<limber::DesktopNotifier>(desktop, "desktop-notifier").shownId() != 0; },
        answerMs));
    bus.server->invokeAction(child<limber::DesktopNotifier>(desktop, "desktop-notifier").shownId(),
        QStringLiteral("start"));
    REQUIRE(QTest::qWaitFor([&] { return !played.isEmpty(); }, answerMs));
    CHECK(played[0].origin == limber::SessionOrigin::Reminder);
    CHECK(played[0].target == QStringLiteral("office-break"));
    CHECK(played[0].start);
    CHECK(child<limber::Reminders>(desktop, "reminders").next() == clocks.wall().addSecs(60));
    QApplication::setQuitOnLastWindowClosed(true);
}
