// The controller with a fake clock: what it emits, when its one timer is armed, and that a
// paused or finished player arms nothing at all.
#include "../support/fake_clock.h"
#include "player/player_controller.h"
#include "player_fixture.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using limber::PlayerController;
using limber::SessionState;
using limber::test::everyKindRoutine;
using limber::test::FakeClock;
using limber::test::playUntil;

TEST_CASE("The controller arms its timer only for the changes a hold shows", "[controller]")
{
    FakeClock clock;
    PlayerController controller(everyKindRoutine().plan, clock);
    const std::int64_t start = clock.nowMs();
    controller.start();
    playUntil(controller, clock, start, 5'000); // through the lead-in, to the hold's start

    // The 20 s hold: a countdown second (of the hold and of the routine, which line up) and
    // four breath cues, three of them on whole seconds. Nothing else may wake the player.
    const int before = controller.timerArmCount();
    const int fired = playUntil(controller, clock, start, 25'000);
    const int holdSeconds = 20;
    const int cues = 4;
    CHECK(fired == holdSeconds);
    CHECK(controller.timerArmCount() - before <= holdSeconds + cues);
}

TEST_CASE("The timer is due exactly at the next visible change", "[controller]")
{
    FakeClock clock;
    PlayerController controller(everyKindRoutine().plan, clock);
    const std::int64_t start = clock.nowMs();
    CHECK_FALSE(controller.isTimerArmed()); // Ready: nothing to wait for

    controller.start();
    REQUIRE(controller.isTimerArmed());
    CHECK(*controller.timerDueAt() == start + 1'000);

    clock.set(start + 1'400); // a late wake-up does not shift the next one
    controller.refresh();
    CHECK(*controller.timerDueAt() == start + 2'000);
}

TEST_CASE("Paused and finished players arm no timer", "[controller]")
{
    FakeClock clock;
    PlayerController controller(everyKindRoutine().plan, clock);
    const std::int64_t start = clock.nowMs();
    controller.start();
    playUntil(controller, clock, start, 7'300);
    const std::int64_t remaining = controller.session().segmentRemainingMs(controller.now());

    controller.pause();
    CHECK(controller.state() == SessionState::Paused);
    CHECK_FALSE(controller.isTimerArmed());
    const int arms = controller.timerArmCount();
    clock.advance(60'000);
    controller.refresh();
    CHECK(controller.session().segmentRemainingMs(controller.now()) == remaining);
    CHECK_FALSE(controller.isTimerArmed());
    CHECK(controller.timerArmCount() == arms);

    controller.resume();
    CHECK(controller.isTimerArmed());
    playUntil(controller, clock, clock.nowMs(), 200'000);
    CHECK(controller.state() == SessionState::Finished);
    CHECK_FALSE(controller.isTimerArmed());
}

TEST_CASE("An animation frame brings the timer forward only while running", "[controller]")
{
    FakeClock clock;
    PlayerController controller(everyKindRoutine().plan, clock);
    controller.setAnimationFrameMs(40);
    CHECK_FALSE(controller.isTimerArmed());

    const std::int64_t start = clock.nowMs();
    controller.start();
    CHECK(*controller.timerDueAt() == start + 40);
    const int fired = playUntil(controller, clock, start, 1'000);
    CHECK(fired == 25); // 40 ms frames; the second's change falls on one of them

    controller.pause();
    CHECK_FALSE(controller.isTimerArmed());
    controller.setAnimationFrameMs(std::nullopt);
    controller.resume();
    CHECK(*controller.timerDueAt() == clock.nowMs() + 1'000);
}

TEST_CASE("The controller forwards the session's events as signals", "[controller]")
{
    FakeClock clock;
    PlayerController controller(everyKindRoutine().plan, clock);
    QSignalSpy segments(&controller, &PlayerController::segmentStarted);
    QSignalSpy switches(&controller, &PlayerController::sideSwitch);
    QSignalSpy cues(&controller, &PlayerController::cue);
    QSignalSpy countdowns(&controller, &PlayerController::countdown);
    QSignalSpy exercises(&controller, &PlayerController::exerciseDone);
    QSignalSpy done(&controller, &PlayerController::routineDone);
    QSignalSpy states(&controller, &PlayerController::stateChanged);

    const std::int64_t start = clock.nowMs();
    controller.start();
    playUntil(controller, clock, start, 84'000);

    CHECK(segments.count() == 8);
    CHECK(switches.count() == 1);
    CHECK(switches.at(0).at(0).toInt() == 2);
    CHECK(cues.count() == 4 + 4 + 6 + 6);
    CHECK(countdowns.count() == 3 * 6); // 3, 2, 1 of every lead-in, hold and set
    CHECK(exercises.count() == 2);
    CHECK(done.count() == 1);
    REQUIRE(states.count() == 2);
    CHECK(states.at(1).at(0).value<SessionState>() == SessionState::Finished);
}

TEST_CASE("Again plays the routine as built, without the extensions", "[controller]")
{
    FakeClock clock;
    PlayerController controller(everyKindRoutine().plan, clock);
    controller.start();
    controller.extend();
    CHECK(controller.session().plan().totalMs == 94'000);
    controller.stop();
    CHECK_FALSE(controller.isTimerArmed());

    controller.restart();
    CHECK(controller.state() == SessionState::Running);
    CHECK(controller.session().plan().totalMs == 84'000);
}
