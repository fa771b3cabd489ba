// The desktop watch over fake sources: idle time from the first source that answers,
// do-not-disturb on when any source says so, and the lines the settings show.
#include "desktop/desktop_watch.h"
#include "desktop_test_support.h"
#include "fake_desktop.h"

#include <catch2/catch.hpp>

using desktop_test::FakeAttentionSource;
using desktop_test::FakeIdleSource;
using limber::AttentionSource;
using limber::DesktopWatch;
using limber::IdleSource;
using limber::NamedSource;

TEST_CASE("The desktop watch asks its sources in order and says what it sees")
{
    auto x11 = std::make_unique<FakeIdleSource>();
    auto gnome = std::make_unique<FakeIdleSource>();
    auto window = std::make_unique<FakeAttentionSource>();
    auto notifications = std::make_unique<FakeAttentionSource>();
    FakeIdleSource& x11Idle = *x11;
    FakeIdleSource& gnomeIdle = *gnome;
    FakeAttentionSource& windowState = *window;
    FakeAttentionSource& notificationState = *notifications;
    std::vector<NamedSource<IdleSource>> idle;
    idle.push_back({ QStringLiteral("X11"), std::move(x11) });
    idle.push_back({ QStringLiteral("GNOME"), std::move(gnome) });
    std::vector<NamedSource<AttentionSource>> attention;
    attention.push_back({ QStringLiteral("X11"), std::move(window) });
    attention.push_back({ QStringLiteral("notifications"), std::move(notifications) });
    DesktopWatch watch(std::move(idle), std::move(attention));

    CHECK_FALSE(watch.idleMs());
    CHECK_FALSE(watch.fullscreenFocused());
    CHECK_FALSE(watch.doNotDisturb());
    CHECK(watch.seen()
        == QStringList { QStringLiteral("Idle time: not visible on this desktop"),
            QStringLiteral("Fullscreen: not visible on this desktop"),
            QStringLiteral("Do not disturb: not visible on this desktop") });

    gnomeIdle.idle = 4000;
    CHECK(watch.idleMs() == 4000);
    x11Idle.idle = 1500;
    CHECK(watch.idleMs() == 1500);

    windowState.fullscreen = false;
    notificationState.quiet = false;
    CHECK(watch.fullscreenFocused() == false);
    CHECK(watch.doNotDisturb() == false);
    notificationState.quiet = true;
    CHECK(watch.doNotDisturb() == true);
    CHECK(watch.seen()
        == QStringList { QStringLiteral("Idle time: watched (X11)"),
            QStringLiteral("Fullscreen: watched (X11)"),
            QStringLiteral("Do not disturb: watched (notifications)") });
}

TEST_CASE("A watch with no sources sees nothing")
{
    const auto none = DesktopWatch::none();
    CHECK_FALSE(none->idleMs());
    CHECK_FALSE(none->fullscreenFocused());
    CHECK_FALSE(none->doNotDisturb());
}
