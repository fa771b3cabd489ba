// The short texts the command line and the windows show for doses, and the dose a routine
// actually plays a stretch with, read back off its plan.
#include "stretch_fixtures.h"

#include <limber/describe.h>
#include <limber/plan.h>

#include <catch2/catch.hpp>

using limber::describeDose;
using limber::describeDoseAndSides;
using limber::plannedDose;

namespace {

const std::vector<limber::Exercise> exercises { fixtures::twist(), fixtures::eagle(),
    fixtures::rotation(), fixtures::alternating() };

limber::Plan compileOk(const limber::Routine& routine, const limber::PlanOptions& options = {})
{
    limber::PlanResult result
        = limber::compile(routine, fixtures::lookup(exercises), options, "test.json");
    REQUIRE(result);
    return *result.plan;
}

} // namespace

TEST_CASE("doses read as a person would say them")
{
    CHECK(describeDose(limber::TimedHold { 45, {}, {} }) == "45 s hold");
    CHECK(describeDose(limber::BreathHold { 1, {}, {} }) == "1 breath");
    CHECK(describeDose(limber::Reps { 15, 2, 20, {} }) == "2 × 15 reps");
    CHECK(describeDose(limber::Reps { 1, 1, 0, {} }) == "1 rep");
    CHECK(describeDoseAndSides(fixtures::twist()) == "45 s hold · each side");
    CHECK(describeDoseAndSides(fixtures::alternating()) == "2 × 15 reps · alternating sides");
}

TEST_CASE("the planned dose is the routine's, with overrides and scale applied")
{
    limber::RoutineItem shortTwist = fixtures::item("twist");
    shortTwist.seconds = 30;
    limber::RoutineItem fewerReps = fixtures::item("rotation");
    fewerReps.reps = 5;
    fewerReps.sets = 1;
    const limber::Routine routine
        = fixtures::routine(5, 4, { shortTwist, fixtures::item("eagle"), fewerReps });
    const limber::Plan plan = compileOk(routine);
    // Segments: 0 lead-in, 1 twist left, 2 switch, 3 twist right, 4 lead-in, 5 eagle,
    // 6 lead-in, 7 rotation set.
    const limber::Exercise twist = fixtures::twist();
    CHECK(describeDoseAndSides(twist, plannedDose(plan, 1, twist)) == "30 s hold · each side");
    const limber::Exercise eagle = fixtures::eagle();
    CHECK(describeDose(plannedDose(plan, 5, eagle)) == "3 breaths");
    const limber::Exercise rotation = fixtures::rotation();
    CHECK(describeDose(plannedDose(plan, 7, rotation)) == "5 reps");

    // Doubled holds: the twist 60 s, eagle 6 breaths; reps never scale.
    limber::PlanOptions doubled;
    doubled.scale = 2;
    const limber::Plan longer = compileOk(routine, doubled);
    CHECK(describeDose(plannedDose(longer, 1, twist)) == "60 s hold");
    CHECK(describeDose(plannedDose(longer, 5, eagle)) == "6 breaths");
    CHECK(describeDose(plannedDose(longer, 7, rotation)) == "5 reps");

    // Not a hold or a set, or past the end: the exercise's own dose.
    CHECK(plannedDose(plan, 0, twist) == limber::Dose { twist.dose });
    CHECK(plannedDose(plan, plan.segments.size(), eagle) == limber::Dose { eagle.dose });
}
