// The builder's edits of a routine as values, without any widget: what each does to the items,
// the name of its undo step, the row selected after it, and which edits merge into one step.
#include "library/routine_edits.h"
#include "test_support.h"

#include <limber/load.h>

#include <algorithm>
#include <catch2/catch.hpp>

namespace {

limber::Routine routineOf(const std::vector<std::string>& exercises)
{
    limber::Routine routine;
    routine.name = "Mine";
    for (const std::string& exercise : exercises) {
        limber::RoutineItem item;
        item.exercise = exercise;
        routine.items.push_back(item);
    }
    return routine;
}

std::vector<std::string> exercisesOf(const limber::Routine& routine)
{
    std::vector<std::string> exercises;
    for (const limber::RoutineItem& item : routine.items)
        exercises.push_back(item.exercise);
    return exercises;
}

} // namespace

TEST_CASE("RoutineEdits: stretches are added after a row and named in the undo step")
{
    const limber::Library library = testing::builtInLibrary();
    const limber::RoutineEdits edits(library);
    const limber::Routine routine = routineOf({ "cobra", "wall-dog" });

    const auto one = edits.insert(routine, { QStringLiteral("cat-cow") }, 1);
    REQUIRE(one);
    CHECK(exercisesOf(one->after) == std::vector<std::string> { "cobra", "cat-cow", "wall-dog" });
    CHECK(one->text == QStringLiteral("Add “Cat-cow”"));
    CHECK(one->selectRow == 1);
    CHECK(one->mergeKey == limber::mergeKeys::none);
    CHECK_FALSE(one->full);

    const auto two
        = edits.insert(routine, { QStringLiteral("cat-cow"), QStringLiteral("nope") }, 99);
    REQUIRE(two);
    CHECK(exercisesOf(two->after)
        == std::vector<std::string> { "cobra", "wall-dog", "cat-cow", "nope" });
    CHECK(two->text == QStringLiteral("Add 2 stretches"));
    CHECK(two->selectRow == 3);

    CHECK_FALSE(edits.insert(routine, {}, 0));
}

TEST_CASE("RoutineEdits: a full routine takes no more stretches and says so")
{
    const limber::Library library = testing::builtInLibrary();
    const limber::RoutineEdits edits(library);
    const limber::Routine routine
        = routineOf(std::vector<std::string>(limber::limits::maxRoutineItems - 1, "cobra"));
    const auto edit
        = edits.insert(routine, { QStringLiteral("cat-cow"), QStringLiteral("wall-dog") }, 0);
    REQUIRE(edit);
    CHECK(edit->full);
    CHECK(edit->after.items.size() == limber::limits::maxRoutineItems);
    CHECK(edit->after.items.front().exercise == "cat-cow");
}

TEST_CASE("RoutineEdits: moves and removals keep to the rows there are")
{
    const limber::Library library = testing::builtInLibrary();
    const limber::RoutineEdits edits(library);
    const limber::Routine routine = routineOf({ "cobra", "wall-dog", "cat-cow" });

    const auto down = edits.move(routine, 0, 3);
    REQUIRE(down);
    CHECK(exercisesOf(down->after) == std::vector<std::string> { "wall-dog", "cat-cow", "cobra" });
    CHECK(down->selectRow == 2);
    CHECK(down->text == QStringLiteral("Move “Cobra”"));
    CHECK_FALSE(edits.move(routine, 1, 1));
    CHECK_FALSE(edits.move(routine, 1, 2)); // before the next row: where it is
    CHECK_FALSE(edits.move(routine, 3, 0));

    const auto last = edits.remove(routine, 2);
    REQUIRE(last);
    CHECK(exercisesOf(last->after) == std::vector<std::string> { "cobra", "wall-dog" });
    CHECK(last->selectRow == 1);
    CHECK_FALSE(edits.remove(routine, 3));
    CHECK(edits.remove(routineOf({ "cobra" }), 0)->selectRow == -1);
}

TEST_CASE("RoutineEdits: each field of each item merges with itself only")
{
    const limber::Library library = testing::builtInLibrary();
    const limber::RoutineEdits edits(library);
    const limber::Routine routine = routineOf({ "cobra", "wall-dog" });
    limber::RoutineItem held = routine.items[1];
    held.seconds = 40;

    const auto changed = edits.change(routine, 1, held, 1);
    REQUIRE(changed);
    CHECK(changed->after.items[1] == held);
    CHECK(changed->selectRow == 1);
    CHECK_FALSE(edits.change(routine, 2, held, 1));

    std::vector<int> keys { limber::RoutineEdits::leadIn(routine, 5).mergeKey,
        limber::RoutineEdits::switchTime(routine, 5).mergeKey };
    for (int row = 0; row < 2; ++row)
        for (int field = 1; field <= 4; ++field)
            keys.push_back(
                edits.change(routine, row, routine.items[static_cast<std::size_t>(row)], field)
                    ->mergeKey);
    std::vector<int> distinct = keys;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    CHECK(distinct.size() == keys.size());
    CHECK(distinct.front() > limber::mergeKeys::none);
    CHECK(limber::RoutineEdits::leadIn(routine, 5).after.leadInSeconds == 5);
}
