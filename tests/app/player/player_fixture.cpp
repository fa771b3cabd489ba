#include "player_fixture.h"

#include "player/player_controller.h"

#include <QTest>

#include <catch2/catch.hpp>

namespace limber::test {

namespace {

Exercise twist()
{
    Exercise exercise;
    exercise.id = "twist";
    exercise.name = "Seated twist";
    exercise.position = Position::Seated;
    exercise.equipment = { "chair" };
    exercise.setup = { "A sturdy chair.", "Sit tall, feet flat." };
    exercise.steps = { "Sit tall.", "Turn to the {side}.", "Look over your {side} shoulder.",
        "Unwind slowly." };
    exercise.sides = Sides::Each;
    exercise.firstSide = Side::Left;
    exercise.dose = TimedHold { 20, std::nullopt, std::nullopt };
    exercise.avoid = { "Cranking your neck." };
    exercise.cautions = { "Stop if it hurts." };
    exercise.options = { { "Easier", "Turn only half way to the {side}." } };
    return exercise;
}

Exercise lift()
{
    Exercise exercise;
    exercise.id = "lift";
    exercise.name = "Shoulder lift";
    exercise.position = Position::Standing;
    exercise.setup = { "Stand tall." };
    exercise.steps = { "Lift your shoulders.", "Lower them." };
    exercise.sides = Sides::None;
    exercise.dose
        = Reps { 3, 2, 5, { { "Lift", 2000, Breath::In }, { "Lower", 2000, Breath::Out } } };
    return exercise;
}

} // namespace

PlayerRoutine everyKindRoutine(const PlanOptions& options)
{
    PlayerRoutine routine;
    routine.name = "Every kind";
    routine.summary = "One of each segment.";
    routine.exercises.emplace("twist", twist());
    routine.exercises.emplace("lift", lift());

    Routine plain;
    plain.id = "every-kind";
    plain.name = routine.name;
    plain.leadInSeconds = 5;
    plain.switchSeconds = 5;
    for (const char* id : { "twist", "lift" }) {
        RoutineItem item;
        item.exercise = id;
        plain.items.push_back(item);
    }
    const PlanResult result = compile(
        plain, [&routine](std::string_view id) { return routine.exercise(id); }, options,
        "every-kind.json");
    REQUIRE(result);
    routine.plan = *result.plan;
    REQUIRE(routine.plan.segments.size() == 8);
    return routine;
}

int playUntil(
    PlayerController& controller, FakeClock& clock, std::int64_t start, std::int64_t untilMs)
{
    int fired = 0;
    while (controller.isTimerArmed() && *controller.timerDueAt() <= start + untilMs) {
        clock.set(*controller.timerDueAt());
        controller.refresh();
        REQUIRE(++fired < 1'000'000); // a timer that keeps coming due at once would hang here
    }
    clock.set(start + untilMs);
    controller.refresh();
    return fired;
}

ShownPlayer::ShownPlayer(QSize size)
{
    window.setAnimationsEnabled(false);
    window.resize(size);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

} // namespace limber::test
