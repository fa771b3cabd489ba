// The Library: ids across files, user overrides of built-ins, and the routine checks that
// need the exercises (unknown ids, overrides that do not fit the dose).
#include <limber/library.h>
#include <limber/load.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace limber;

namespace {

std::string exercise(const std::string& id, const std::string& dose, const std::string& name = "X")
{
    return R"({"kind": "exercise", "version": 1, "id": ")" + id + R"(", "name": ")" + name
        + R"(", "position": "seated", "steps": ["Do it."], "sides": "none", "dose": )" + dose + "}";
}

const std::string timedHold = R"({"hold": {"seconds": 30}})";
const std::string breathHold = R"({"hold": {"breaths": 5}})";
const std::string reps = R"({"reps": {"count": 5, "phases": [{"cue": "Go", "seconds": 2}]}})";

std::string routine(const std::string& id, const std::string& items)
{
    return R"({"kind": "routine", "version": 1, "id": ")" + id + R"(", "name": "R", "items": )"
        + items + "}";
}

std::vector<std::string> lines(const Diagnostics& diagnostics)
{
    std::vector<std::string> result;
    for (const Diagnostic& d : diagnostics)
        result.push_back(formatDiagnostic(d));
    return result;
}

std::vector<std::string> routineIds(const Library& library)
{
    std::vector<std::string> ids;
    for (const auto& entry : library.routines())
        ids.push_back(entry.value.id);
    return ids;
}

} // namespace

TEST_CASE("a second file with an id already used in the same origin is refused")
{
    Library library;
    library.addFile(exercise("twist", timedHold, "First"), "a.json", Origin::BuiltIn);
    library.addFile(exercise("twist", timedHold, "Second"), "b.json", Origin::BuiltIn);
    library.addFile(routine("break", R"([{"exercise": "twist"}])"), "r1.json", Origin::User);
    library.addFile(routine("break", R"([{"exercise": "twist"}])"), "r2.json", Origin::User);
    library.resolve();

    CHECK(lines(library.diagnostics())
        == std::vector<std::string> {
            R"(b.json: /id: duplicate exercise id "twist" (also in a.json))",
            R"(r2.json: /id: duplicate routine id "break" (also in r1.json))",
        });
    REQUIRE(library.exercises().size() == 1);
    CHECK(library.exercises()[0].value.name == "First");
    CHECK(routineIds(library) == std::vector<std::string> { "break" });
    CHECK(library.findRoutineEntry("break")->source == "r1.json");
}

TEST_CASE("a user file replaces a built-in with the same id, with a warning naming it")
{
    Library library;
    library.addFile(
        exercise("twist", timedHold, "Built-in"), "data/exercises/twist.json", Origin::BuiltIn);
    library.addFile(exercise("twist", breathHold, "Mine"), "my/twist.json", Origin::User);
    library.resolve();

    CHECK(lines(library.diagnostics())
        == std::vector<std::string> { "my/twist.json: /id: warning: replaces the built-in exercise "
                                      "\"twist\" (data/exercises/twist.json)" });
    CHECK_FALSE(hasErrors(library.diagnostics()));
    REQUIRE(library.exercises().size() == 1);
    const LibraryEntry<Exercise>& entry = library.exercises()[0];
    CHECK(entry.value.name == "Mine");
    CHECK(entry.source == "my/twist.json");
    CHECK(entry.origin == Origin::User);
    CHECK(entry.overridesBuiltIn);
    CHECK(library.findExercise("twist") == &entry.value);

    SECTION("also when the built-in comes after the user's file")
    {
        library.addFile(
            exercise("twist", timedHold, "Late built-in"), "data/late.json", Origin::BuiltIn);
        CHECK(library.findExercise("twist")->name == "Mine");
        CHECK(lines(library.diagnostics()).back()
            == "my/twist.json: /id: warning: replaces the built-in exercise \"twist\" "
               "(data/late.json)");
    }
}

TEST_CASE("a routine naming an unknown exercise fails at that item")
{
    Library library;
    library.addFile(exercise("cat-cow", reps), "cat.json", Origin::BuiltIn);
    library.addFile(
        routine(
            "r", R"([{"exercise": "cat-cow"}, {"exercise": "cat-cow"}, {"exercise": "cat-cwo"}])"),
        "my-routine.json", Origin::User);
    library.resolve();

    CHECK(lines(library.diagnostics())
        == std::vector<std::string> {
            R"(my-routine.json: /items/2/exercise: no exercise with id "cat-cwo")" });
    CHECK(library.routines().empty());
    CHECK(library.findRoutine("r") == nullptr);
}

TEST_CASE("overrides must fit the kind of dose of their exercise")
{
    Library library;
    library.addFile(exercise("timed", timedHold), "timed.json", Origin::BuiltIn);
    library.addFile(exercise("counted", breathHold), "counted.json", Origin::BuiltIn);
    library.addFile(exercise("reps", reps), "reps.json", Origin::BuiltIn);

    const auto check = [&](const std::string& items, const std::vector<std::string>& expected) {
        const LoadedDocument loaded = loadDocument(routine("r", items), "r.json");
        const auto* value = std::get_if<Routine>(&loaded.value);
        REQUIRE(value != nullptr);
        CHECK(lines(library.checkRoutine(*value, "r.json")) == expected);
    };

    SECTION("seconds and breaths fit any hold: they switch its measure")
    {
        check(R"([{"exercise": "timed", "seconds": 20}, {"exercise": "timed", "breaths": 3},
                  {"exercise": "counted", "seconds": 20}, {"exercise": "counted", "breaths": 3}])",
            {});
    }
    SECTION("reps, sets and rest_seconds fit reps")
    {
        check(R"([{"exercise": "reps", "reps": 3, "sets": 2, "rest_seconds": 10}])", {});
    }
    SECTION("reps, sets and rest_seconds do not fit a hold")
    {
        check(
            R"([{"exercise": "timed", "reps": 3}, {"exercise": "counted", "sets": 2, "rest_seconds": 5}])",
            { R"(r.json: /items/0/reps: "reps" does not apply to a hold)",
                R"(r.json: /items/1/sets: "sets" does not apply to a hold)",
                R"(r.json: /items/1/rest_seconds: "rest_seconds" does not apply to a hold)" });
    }
    SECTION("seconds and breaths do not fit reps")
    {
        check(R"([{"exercise": "reps", "seconds": 30}, {"exercise": "reps", "breaths": 3}])",
            { R"(r.json: /items/0/seconds: "seconds" does not apply to a reps dose)",
                R"(r.json: /items/1/breaths: "breaths" does not apply to a reps dose)" });
    }
}

TEST_CASE("one bad file never stops the others, and resolve drops only the bad routine")
{
    Library library;
    library.addFile(exercise("twist", timedHold), "twist.json", Origin::BuiltIn);
    library.addFile("{ not json", "broken.json", Origin::BuiltIn);
    library.addUnreadableFile("locked.json", "permission denied");
    library.addFile(exercise("roll", reps), "roll.json", Origin::BuiltIn);
    library.addFile(routine("good", R"([{"exercise": "twist"}, {"exercise": "roll", "sets": 2}])"),
        "good.json", Origin::BuiltIn);
    library.addFile(
        routine("bad", R"([{"exercise": "twist", "reps": 4}])"), "bad.json", Origin::BuiltIn);
    library.addFile(
        routine("also-good", R"([{"exercise": "roll"}])"), "also-good.json", Origin::BuiltIn);
    library.resolve();

    CHECK(library.exercises().size() == 2);
    CHECK(routineIds(library) == std::vector<std::string> { "good", "also-good" });
    CHECK(library.findRoutine("bad") == nullptr);
    CHECK(library.findRoutine("good") != nullptr);
    CHECK(lines(library.diagnostics())
        == std::vector<std::string> {
            "broken.json:1:3: parse error: expected a field name in double quotes",
            "locked.json: cannot read: permission denied",
            R"(bad.json: /items/0/reps: "reps" does not apply to a hold)",
        });

    SECTION("resolving again starts from scratch, so a fixed reference heals")
    {
        library.addFile(routine("late", R"([{"exercise": "stretch"}])"), "late.json", Origin::User);
        library.resolve();
        CHECK(routineIds(library) == std::vector<std::string> { "good", "also-good" });
        library.addFile(exercise("stretch", breathHold), "stretch.json", Origin::User);
        library.resolve();
        CHECK(routineIds(library) == std::vector<std::string> { "good", "also-good", "late" });
        CHECK(lines(library.diagnostics()).size() == 3);
    }
}

TEST_CASE("diagnostics are grouped by file in the order the files were added")
{
    Library library;
    library.addFile(routine("a", R"([{"exercise": "nope"}])"), "a.json", Origin::User);
    library.addFile("[", "b.json", Origin::User);
    library.resolve();
    CHECK(lines(library.diagnostics())
        == std::vector<std::string> { R"(a.json: /items/0/exercise: no exercise with id "nope")",
            "b.json:1:2: parse error: unexpected end of input" });
}

TEST_CASE("every one of thousands of exercises and routines is found by its id")
{
    Library library;
    for (int i = 0; i < 2000; ++i) {
        const std::string id = "e" + std::to_string(i);
        library.addFile(exercise(id, timedHold), id + ".json", Origin::BuiltIn);
    }
    for (int i = 0; i < 200; ++i) {
        const std::string id = "r" + std::to_string(i);
        library.addFile(routine(id, R"([{"exercise": "e)" + std::to_string(i * 7) + R"("}])"),
            id + ".json", Origin::User);
    }
    library.resolve();
    CHECK(library.diagnostics().empty());

    int found = 0;
    for (const LibraryEntry<Exercise>& entry : library.exercises())
        found += library.findExercise(entry.value.id) == &entry.value ? 1 : 0;
    for (const LibraryEntry<Routine>& entry : library.routines())
        found += library.findRoutine(entry.value.id) == &entry.value ? 1 : 0;
    CHECK(found == 2200);
    CHECK(library.findExercise("e2000") == nullptr);
    CHECK(library.findRoutine("r200") == nullptr);
}

TEST_CASE("a file added after resolve() sets the routine checks aside until the next resolve()")
{
    Library library;
    library.addFile(routine("break", R"([{"exercise": "twist"}])"), "break.json", Origin::User);
    library.resolve();
    CHECK(lines(library.diagnostics())
        == std::vector<std::string> {
            R"(break.json: /items/0/exercise: no exercise with id "twist")" });

    library.addFile(exercise("twist", timedHold), "twist.json", Origin::User);
    CHECK(library.diagnostics().empty());
    library.resolve();
    CHECK(library.diagnostics().empty());
    CHECK(routineIds(library) == std::vector<std::string> { "break" });
}
