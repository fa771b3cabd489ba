// The builder's check of a routine being edited, without any widget: one compile gives the
// total, each item's length and every problem, items named by their number.
#include "library/routine_check.h"
#include "test_support.h"

#include <catch2/catch.hpp>

namespace {

limber::Routine routineOf(std::vector<limber::RoutineItem> items)
{
    limber::Routine routine;
    routine.name = "Mine";
    routine.items = std::move(items);
    return routine;
}

} // namespace

TEST_CASE("a routine that plays has its total, its items' lengths and no problems")
{
    const limber::Library library = testing::builtInLibrary();
    const limber::Routine routine
        = routineOf({ { "cobra", 20, {}, {}, {}, {} }, { "wall-dog", {}, 3, {}, {}, {} } });
    const limber::RoutineCheck check = limber::checkEditedRoutine(routine, library, {});
    const limber::PlanResult plan = limber::compile(routine, library, {}, "Mine");
    REQUIRE(plan);
    CHECK(check.canPlay());
    CHECK(check.totalMs == plan.plan->totalMs);
    REQUIRE(check.itemMs.size() == 2);
    CHECK(check.itemMs[0] + check.itemMs[1] == plan.plan->totalMs);
    CHECK(check.itemProblems == QStringList { QString(), QString() });
}

TEST_CASE("an override of the wrong kind is the problem of its item, by number")
{
    const limber::Library library = testing::builtInLibrary();
    // cat-cow is a set of reps: a hold's seconds do not fit it.
    const limber::RoutineCheck check = limber::checkEditedRoutine(
        routineOf({ { "cobra", {}, {}, {}, {}, {} }, { "cat-cow", 30, {}, {}, {}, {} } }), library,
        {});
    CHECK_FALSE(check.canPlay());
    CHECK_FALSE(check.totalMs);
    REQUIRE(check.itemProblems.size() == 2);
    CHECK(check.itemProblems[0].isEmpty());
    CHECK_FALSE(check.itemProblems[1].isEmpty());
    REQUIRE(check.problems.size() == 1);
    CHECK(check.problems[0].startsWith(QStringLiteral("Stretch 2: ")));
}

TEST_CASE("an empty routine only needs stretches, and a nameless one needs a name too")
{
    const limber::Library library = testing::builtInLibrary();
    limber::Routine empty = routineOf({});
    CHECK(limber::checkEditedRoutine(empty, library, {}).onlyNeedsStretches);
    empty.name = "  ";
    const limber::RoutineCheck nameless = limber::checkEditedRoutine(empty, library, {});
    CHECK_FALSE(nameless.onlyNeedsStretches);
    CHECK(nameless.problems.size() == 2);
}
