// The D-Bus sources against small services of the test's own (limber_desktop_bus_helper) on a
// private session bus from dbus-run-session, never the session's own bus: GNOME's idle
// monitor, the freedesktop screen saver, GNOME's inhibited actions, XFCE's do-not-disturb in
// xfconf, the notification server's Inhibited; a service that is missing or never answers reads as
// unknown, within the time limit. Skipped, and said so, when dbus-run-session is not installed.
#include "desktop/dbus_attention_sources.h"
#include "desktop/dbus_idle_sources.h"
#include "desktop/desktop_watch.h"
#include "desktop_test_support.h"

#include <QDBusConnection>
#include <QElapsedTimer>
#include <QProcess>

#include <catch2/catch.hpp>

namespace {

// The helper's services on a bus of their own, ended with the test.
class PrivateBus {
public:
    explicit PrivateBus(const QStringList& services)
    {
        m_session.start(desktop_test::findTool(QStringLiteral("dbus-run-session")),
            QStringList { QStringLiteral("--"), QStringLiteral(LIMBER_DESKTOP_BUS_HELPER) }
                + services);
        QElapsedTimer waited;
        waited.start();
        while (!m_session.canReadLine() && waited.elapsed() < 10'000
            && m_session.state() != QProcess::NotRunning)
            m_session.waitForReadyRead(500);
        const QByteArray line = m_session.readLine().trimmed();
        if (!line.startsWith("ready "))
            return;
        m_name = QStringLiteral("limber-test-bus-%1").arg(++s_buses);
        m_connection = QDBusConnection::connectToBus(QString::fromUtf8(line.mid(6)), m_name);
    }
    ~PrivateBus()
    {
        if (!m_name.isEmpty())
            QDBusConnection::disconnectFromBus(m_name);
        m_session.closeWriteChannel(); // the helper quits, and dbus-run-session with it
        if (!m_session.waitForFinished(5'000))
            m_session.kill();
        m_session.waitForFinished(5'000);
    }
    PrivateBus(const PrivateBus&) = delete;
    PrivateBus& operator=(const PrivateBus&) = delete;

    const QDBusConnection& connection() const { return m_connection; }

private:
    static inline int s_buses = 0;
    QProcess m_session;
    QString m_name;
    QDBusConnection m_connection { QString() };
};

bool busToolMissing()
{
    if (!desktop_test::findTool(QStringLiteral("dbus-run-session")).isEmpty())
        return false;
    WARN("skipped: dbus-run-session is not installed");
    return true;
}

} // namespace

TEST_CASE("Idle time from GNOME's idle monitor and the freedesktop screen saver", "[dbus]")
{
    if (busToolMissing())
        return;
    const PrivateBus bus({ QStringLiteral("--mutter-idle"), QStringLiteral("123456"),
        QStringLiteral("--screensaver-idle"), QStringLiteral("4321") });
    REQUIRE(bus.connection().isConnected());
    limber::MutterIdleSource mutter(bus.connection());
    limber::ScreenSaverIdleSource screenSaver(bus.connection());
    CHECK(mutter.idleMs() == 123456);
    CHECK(screenSaver.idleMs() == 4321);
}

TEST_CASE("Do not disturb from GNOME's inhibited actions, XFCE and the notifications", "[dbus]")
{
    if (busToolMissing())
        return;
    SECTION("a presentation keeps the session from going idle")
    {
        const PrivateBus bus({ QStringLiteral("--inhibited-actions"), QStringLiteral("12") });
        REQUIRE(bus.connection().isConnected());
        limber::GnomeAttentionSource gnome(bus.connection());
        CHECK(gnome.doNotDisturb() == true);
        CHECK_FALSE(gnome.fullscreenFocused());
    }
    SECTION("only suspend inhibited: not do-not-disturb")
    {
        const PrivateBus bus({ QStringLiteral("--inhibited-actions"), QStringLiteral("4") });
        REQUIRE(bus.connection().isConnected());
        limber::GnomeAttentionSource gnome(bus.connection());
        CHECK(gnome.doNotDisturb() == false);
    }
    SECTION("xfce4-notifyd's do-not-disturb in xfconf")
    {
        const PrivateBus on({ QStringLiteral("--xfce-do-not-disturb"), QStringLiteral("true") });
        REQUIRE(on.connection().isConnected());
        CHECK(limber::XfceAttentionSource(on.connection()).doNotDisturb() == true);
        const PrivateBus off({ QStringLiteral("--xfce-do-not-disturb"), QStringLiteral("false") });
        REQUIRE(off.connection().isConnected());
        CHECK(limber::XfceAttentionSource(off.connection()).doNotDisturb() == false);
    }
    SECTION("the notification server's Inhibited")
    {
        const PrivateBus on(
            { QStringLiteral("--notifications-inhibited"), QStringLiteral("true") });
        REQUIRE(on.connection().isConnected());
        CHECK(limber::NotificationsAttentionSource(on.connection()).doNotDisturb() == true);
        const PrivateBus off(
            { QStringLiteral("--notifications-inhibited"), QStringLiteral("false") });
        REQUIRE(off.connection().isConnected());
        CHECK(limber::NotificationsAttentionSource(off.connection()).doNotDisturb() == false);
    }
}

TEST_CASE("A service that is missing or never answers reads as unknown, soon", "[dbus]")
{
    if (busToolMissing())
        return;
    const PrivateBus bus({ QStringLiteral("--mutter-silent"), QStringLiteral("1") });
    REQUIRE(bus.connection().isConnected());
    limber::ScreenSaverIdleSource missing(bus.connection());
    limber::GnomeAttentionSource gnome(bus.connection());
    limber::NotificationsAttentionSource notifications(bus.connection());
    limber::XfceAttentionSource xfce(bus.connection());
    CHECK_FALSE(xfce.doNotDisturb());
    CHECK_FALSE(missing.idleMs());
    CHECK_FALSE(gnome.doNotDisturb());
    CHECK_FALSE(notifications.doNotDisturb());

    limber::MutterIdleSource silent(bus.connection());
    QElapsedTimer asked;
    asked.start();
    CHECK_FALSE(silent.idleMs());
    CHECK(asked.elapsed() < 2 * limber::DBusQuery::timeoutMs + 500);
}

TEST_CASE("On a GNOME-like bus the watch says what it sees", "[dbus]")
{
    if (busToolMissing())
        return;
    const PrivateBus bus({ QStringLiteral("--mutter-idle"), QStringLiteral("5000"),
        QStringLiteral("--inhibited-actions"), QStringLiteral("0") });
    REQUIRE(bus.connection().isConnected());
    std::vector<limber::NamedSource<limber::IdleSource>> idle;
    idle.push_back({ QStringLiteral("freedesktop screen saver"),
        std::make_unique<limber::ScreenSaverIdleSource>(bus.connection()) });
    idle.push_back(
        { QStringLiteral("GNOME"), std::make_unique<limber::MutterIdleSource>(bus.connection()) });
    std::vector<limber::NamedSource<limber::AttentionSource>> attention;
    attention.push_back({ QStringLiteral("GNOME"),
        std::make_unique<limber::GnomeAttentionSource>(bus.connection()) });
    limber::DesktopWatch watch(std::move(idle), std::move(attention));
    CHECK(watch.idleMs() == 5000);
    CHECK(watch.doNotDisturb() == false);
    CHECK(watch.seen()
        == QStringList { QStringLiteral("Idle time: watched (GNOME)"),
            QStringLiteral("Fullscreen: not visible on this desktop"),
            QStringLiteral("Do not disturb: watched (GNOME)") });
}
