// A real notification daemon: dunst on a private bus, drawing on a virtual X display, receives
// the running app's reminder with its Start and Snooze, and Start picked from dunst's own
// action menu (`dunstctl action`, as its keyboard shortcut does) opens the break. Skipped,
// saying why, where dunst, Xvfb or dbus-daemon is not installed.
#include "../support/child.h"
#include "../support/fake_clock.h"
#include "desktop/desktop_integration.h"
#include "desktop/desktop_notifier.h"
#include "desktop/player_launcher.h"
#include "desktop/reminder_notice.h"
#include "desktop/reminders.h"
#include "desktop_test_support.h"
#include "library/dialogs.h"
#include "library/main_window.h"
#include "private_bus.h"
#include "storage/data_locations.h"

#include <QApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <catch2/catch.hpp>
#include <memory>

using limber::test::child;

namespace {

constexpr int startMs = 15'000; // the longest dunst or Xvfb may take to be ready

// A process stopped when the test ends.
class Child {
public:
    ~Child()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(5'000))
            process.kill();
        process.waitForFinished(5'000);
    }
    QProcess process;
};

QString missingTool()
{
    for (const QString& tool : { QStringLiteral("dunst"), QStringLiteral("dunstctl"),
             QStringLiteral("Xvfb"), QStringLiteral("dbus-send") })
        if (desktop_test::findTool(tool).isEmpty())
            return tool;
    return {};
}

// The number of notifications dunst has on screen, read from its own interface.
int displayed(const QDBusConnection& bus)
{
    QDBusMessage get
        = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.Notifications"),
            QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.dunstproject.cmd0") << QStringLiteral("displayedLength");
    const QDBusReply<QVariant> reply = bus.call(get);
    return reply.isValid() ? reply.value().toInt() : -1;
}

} // namespace

TEST_CASE("dunst shows the reminder, and its Start action opens the break")
{
    if (const QString tool = missingTool(); !tool.isEmpty()) {
        WARN("skipped: " << tool.toStdString() << " is not installed (.ci/install-deps)");
        return;
    }
    desktop_test::TestDirs dirs;
    desktop_test::PrivateBus bus;
    if (!bus.problem().isEmpty()) {
        WARN("skipped: " << bus.problem().toStdString());
        return;
    }

    // A display of its own for dunst to draw on (the app itself stays offscreen).
    Child display;
    display.process.start(desktop_test::findTool(QStringLiteral("Xvfb")),
        { QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
            QStringLiteral("0"), QStringLiteral("1024x768x24"), QStringLiteral("-nolisten"),
            QStringLiteral("tcp") });
    while (!display.process.canReadLine() && display.process.waitForReadyRead(startMs)) { }
    const QString number = QString::fromUtf8(display.process.readLine()).trimmed();
    if (number.isEmpty()) {
        WARN("skipped: Xvfb did not start: "
            << QString::fromLocal8Bit(display.process.readAllStandardError()).toStdString());
        return;
    }

    // dunst's action menu runs a dmenu-like program with one line per action; this one
    // keeps the lines and answers with Start's, as a person choosing Start would.
    const QString menu = dirs.file(QStringLiteral("menu.txt"));
    const QString picker = dirs.file(QStringLiteral("pick-start.sh"));
    {
        QFile script(picker);
        REQUIRE(script.open(QIODevice::WriteOnly));
        script.write(
            QStringLiteral("#!/bin/sh\ncat > '%1'\ngrep -m1 '^#Start ' '%1'\n").arg(menu).toUtf8());
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile config(dirs.file(QStringLiteral("dunstrc")));
        REQUIRE(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("[global]\n    dmenu = %1\n").arg(picker).toUtf8());
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISPLAY"), QStringLiteral(":") + number);
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), bus.address());
    Child dunst;
    dunst.process.setProcessEnvironment(environment);
    dunst.process.setProcessChannelMode(QProcess::MergedChannels);
    dunst.process.start(desktop_test::findTool(QStringLiteral("dunst")),
        { QStringLiteral("-config"), dirs.file(QStringLiteral("dunstrc")) });
    const QDBusConnection client = bus.connect();
    const bool ready = QTest::qWaitFor(
        [&] {
            return client.interface()->isServiceRegistered(
                QStringLiteral("org.freedesktop.Notifications"));
        },
        startMs);
    if (!ready) {
        WARN("skipped: dunst did not take the notifications' name: "
            << QString::fromLocal8Bit(dunst.process.readAll()).toStdString());
        return;
    }

    limber::test::FakeClock clocks;
    limber::MainWindow window(
        limber::DataLocations::standard(), std::make_unique<limber::Dialogs>());
    limber::PlayerLauncher players(clocks, &window);
    limber::DesktopIntegration desktop(window, players, clocks,
        limber::DesktopIntegration::Surroundings { [&clocks] { return clocks.wall(); } }, nullptr);
    child<limber::DesktopNotifier>(desktop, "desktop-notifier").setBus(client);
    QList<limber::PlayRequest> played;
    QObject::connect(&desktop, &limber::DesktopIntegration::playRequested, &desktop,
        [&played](const limber::PlayRequest& request) { played.append(request); });
    desktop.setReminderRules(desktop_test::everyMinutes(1));

    clocks.advance(60'000);
    child<limber::Reminders>(desktop, "reminders").check();
    REQUIRE(QTest::qWaitFor([&] { return displayed(client) == 1; }, startMs));
    REQUIRE(QTest::qWaitFor(
        [&] { return child<limber::DesktopNotifier>(desktop, "desktop-notifier").shownId() != 0; },
        startMs));
    CHECK_FALSE(desktop.notice().isVisible());

    // dunstctl's "action" on the notification at the top opens dunst's menu of its actions.
    QProcess action;
    action.setProcessEnvironment(environment);
    action.setProcessChannelMode(QProcess::MergedChannels);
    action.start(desktop_test::findTool(QStringLiteral("dunstctl")),
        { QStringLiteral("action"), QStringLiteral("0") });
    REQUIRE(action.waitForFinished(startMs));
    INFO(QString::fromLocal8Bit(action.readAll()).toStdString());
    REQUIRE(action.exitCode() == 0);

    REQUIRE(QTest::qWaitFor([&] { return !played.isEmpty(); }, startMs));
    CHECK(played[0].origin == limber::SessionOrigin::Reminder);
    CHECK(played[0].target == QStringLiteral("office-break"));
    CHECK(played[0].start);
    // dunst was offered both of the reminder's actions.
    QFile offered(menu);
    REQUIRE(offered.open(QIODevice::ReadOnly));
    const QString lines = QString::fromUtf8(offered.readAll());
    CHECK(lines.contains(QStringLiteral("#Start (Time for a stretch break)")));
    CHECK(lines.contains(QStringLiteral("#Snooze 10 min (Time for a stretch break)")));
    // And the reminder is off the screen once the break has begun.
    CHECK(QTest::qWaitFor([&] { return displayed(client) == 0; }, startMs));
    QApplication::setQuitOnLastWindowClosed(true);
}
