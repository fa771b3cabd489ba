// The closing page tells the truth: a stretch passed with Next is skipped, not done, and named;
// a stopped routine shows no time left.
#include "../support/child.h"
#include "../support/fake_clock.h"
#include "catch_qt.h"
#include "player/player_controller.h"
#include "player/player_window.h"
#include "player_fixture.h"

#include <QLabel>
#include <QTest>

#include <catch2/catch.hpp>

using limber::test::child;

using limber::PlayerWindow;
using limber::SessionState;
using limber::test::FakeClock;
using limber::test::s;

namespace {

QString shown(const PlayerWindow& window, const char* name)
{
    const auto& label = child<QLabel>(window, QLatin1String(name));
    return label.isVisible() ? label.text() : QString();
}

} // namespace

TEST_CASE(
    "The closing page counts stretches passed with Next as skipped, by name", "[player][closing]")
{
    FakeClock clock;
    PlayerWindow window(limber::test::everyKindRoutine(), clock);
    window.setAnimationsEnabled(false);
    window.resize(1000, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto& controller = window.controller();
    const std::int64_t start = clock.nowMs();
    controller.start();

    SECTION("Next through the twist, the lift played out: one done, the twist skipped")
    {
        for (int step = 1; step <= 4; ++step) { // lead-in, left hold, switch, right hold
            clock.set(start + step * 1'000);
            QTest::keyClick(&window, Qt::Key_Right);
        }
        limber::test::playUntil(controller, clock, start, 4'000 + 34'000);
        REQUIRE(controller.state() == SessionState::Finished);
        CHECK(shown(window, "closing-title") == s("Well done"));
        CHECK(shown(window, "closing-done") == s("1 of 2 stretches done"));
        CHECK(shown(window, "closing-skipped") == s("Skipped: Seated twist"));
    }
    SECTION("Next past a lead-in only loses nothing of the stretch")
    {
        clock.set(start + 1'000);
        QTest::keyClick(&window, Qt::Key_Right);
        limber::test::playUntil(controller, clock, start, 80'000);
        REQUIRE(controller.state() == SessionState::Finished);
        CHECK(shown(window, "closing-done") == s("2 of 2 stretches done"));
        CHECK(shown(window, "closing-skipped") == s("Nothing skipped"));
    }
    SECTION("stopped: what was played, and no time left")
    {
        limber::test::playUntil(controller, clock, start, 10'000);
        CHECK(shown(window, "time-left-text") == s("1:14 left"));
        controller.stop();
        CHECK(shown(window, "closing-title") == s("Stopped"));
        CHECK(shown(window, "closing-done") == s("0 of 2 stretches done"));
        CHECK(shown(window, "closing-time") == s("Time: 0:10"));
        CHECK(shown(window, "time-left-text").isEmpty());
    }
}
