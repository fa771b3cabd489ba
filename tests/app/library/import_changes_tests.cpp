// Sharing never changes what the person has behind their back: an import says which built-in
// stretches it would replace and which routines would play differently or break, and asks; an
// export asks before replacing a file beside its target and names every file it wrote.
#include "../support/full_disk.h"
#include "library/builder_view.h"
#include "library/routine_document.h"
#include "test_support.h"

#include <limber/plan.h>

#include <QSet>
#include <QSignalSpy>

#include <catch2/catch.hpp>
#include <cstring>
#include <sys/stat.h>

using namespace testing;
using testing::FullDisk;
using Choice = limber::Dialogs::ImportChoice;

namespace {

// "Harmless" carries its own cat-cow: a 600 s hold where the built-in one is a set of reps.
QString writeHarmlessImport(const TestDirs& dirs)
{
    const QString folder = dirs.path() + QStringLiteral("/incoming");
    writeFile(folder + QStringLiteral("/cat-cow.json"),
        R"({"kind":"exercise","version":1,"id":"cat-cow","name":"Cat-cow","position":"kneeling",
            "steps":["Stay on all fours."],"sides":"none","dose":{"hold":{"seconds":600}}})");
    const QString routine = folder + QStringLiteral("/harmless.json");
    writeFile(routine,
        R"({"kind":"routine","version":1,"id":"harmless","name":"Harmless","items":[{"exercise":"cat-cow"}]})");
    return routine;
}

std::int64_t totalMs(const limber::Library& library, const std::string& routineId)
{
    const limber::Routine* routine = library.findRoutine(routineId);
    REQUIRE(routine);
    const limber::PlanResult plan = limber::compile(*routine, library, {}, routineId);
    REQUIRE(plan);
    return plan.plan->totalMs;
}

} // namespace

TEST_CASE("an import that would replace a built-in says what changes, and asks")
{
    TestDirs dirs;
    // The person's own routine uses cat-cow with a reps override, which a hold cannot take.
    writeFile(dirs.routines() + QStringLiteral("/mine.json"),
        R"({"kind":"routine","version":1,"id":"mine","name":"Mine","items":[{"exercise":"cat-cow","reps":6}]})");
    const QString file = writeHarmlessImport(dirs);
    Window w = openWindow(dirs);
    const std::int64_t morningBefore = totalMs(w->library(), "morning");
    const auto before = snapshot(dirs.path() + QStringLiteral("/data"));

    SECTION("cancel writes nothing")
    {
        w.dialogs->files.push_back(file);
        w.dialogs->importChoices.push_back(Choice::Cancel);
        CHECK_FALSE(w->importRoutine());
        CHECK(snapshot(dirs.path() + QStringLiteral("/data")) == before);
        const QString changes = w.dialogs->importChanges.join(QLatin1Char('\n'));
        CHECK(changes.contains(QStringLiteral("built-in stretch “Cat-cow” would be replaced")));
        CHECK(changes.contains(QStringLiteral("“Mine” would no longer load")));
        CHECK(changes.contains(
            QStringLiteral("“Morning” would change from %1 to")
                .arg(QString::fromStdString(limber::formatDuration(morningBefore)))));
    }
    SECTION("keeping mine brings the stretch in as a copy and changes nothing of mine")
    {
        w.dialogs->files.push_back(file);
        w.dialogs->importChoices.push_back(Choice::KeepMine);
        REQUIRE(w->importRoutine());
        CHECK(w->library().findRoutine("mine"));
        CHECK(totalMs(w->library(), "morning") == morningBefore);
        CHECK(std::holds_alternative<limber::Reps>(w->library().findExercise("cat-cow")->dose));
        const limber::Routine* harmless = w->library().findRoutine("harmless");
        REQUIRE(harmless);
        REQUIRE(harmless->items.size() == 1);
        CHECK(harmless->items[0].exercise == "cat-cow-2");
        CHECK(totalMs(w->library(), "harmless") > 600'000);
        CHECK(w->library().diagnostics().empty());
    }
    SECTION("replacing does what it said it would")
    {
        w.dialogs->files.push_back(file);
        w.dialogs->importChoices.push_back(Choice::Replace);
        REQUIRE(w->importRoutine());
        CHECK(
            std::holds_alternative<limber::TimedHold>(w->library().findExercise("cat-cow")->dose));
        CHECK_FALSE(w->library().findRoutine("mine"));
        CHECK(totalMs(w->library(), "morning") > morningBefore);
    }
}

TEST_CASE("an import that changes nothing of the person's asks nothing")
{
    TestDirs dirs;
    const QString folder = dirs.path() + QStringLiteral("/incoming");
    writeFile(folder + QStringLiteral("/my-reach.json"),
        exerciseJson(QStringLiteral("my-reach"), QStringLiteral("My reach")));
    writeFile(folder + QStringLiteral("/reach.json"),
        R"({"kind":"routine","version":1,"id":"reach","name":"Reach","items":[{"exercise":"my-reach"}]})");
    Window w = openWindow(dirs);
    w.dialogs->files.push_back(folder + QStringLiteral("/reach.json"));
    REQUIRE(w->importRoutine());
    CHECK(w.dialogs->questionsAsked == 1); // the file, nothing else
    CHECK(w->library().findRoutine("reach"));
}

TEST_CASE("export asks before replacing a file beside it and names every file it writes")
{
    TestDirs dirs;
    writeFile(dirs.exercises() + QStringLiteral("/my-ex.json"),
        exerciseJson(QStringLiteral("my-ex"), QStringLiteral("My stretch")));
    const QString desktop = dirs.path() + QStringLiteral("/Desktop");
    const QByteArray handMade = exerciseJson(QStringLiteral("my-ex"), QStringLiteral("Hand-made"));
    writeFile(desktop + QStringLiteral("/my-ex.json"), handMade);

    Window w = openWindow(dirs);
    limber::BuilderView& builder = w->builder();
    builder.addExercises({ QStringLiteral("my-ex"), QStringLiteral("cobra") });
    REQUIRE(builder.save());
    QSignalSpy messages(&builder, &limber::BuilderView::message);
    const QString target = desktop + QStringLiteral("/my-routine.json");

    w.dialogs->files.push_back(target);
    w.dialogs->confirms.push_back(false);
    CHECK_FALSE(builder.exportRoutine());
    REQUIRE(w.dialogs->confirmTexts.size() == 1);
    CHECK(w.dialogs->confirmTexts[0].contains(desktop + QStringLiteral("/my-ex.json")));
    CHECK(readFile(desktop + QStringLiteral("/my-ex.json")) == handMade);
    CHECK_FALSE(QFileInfo::exists(target));

    w.dialogs->files.push_back(target);
    w.dialogs->confirms.push_back(true);
    REQUIRE(builder.exportRoutine());
    CHECK(readFile(desktop + QStringLiteral("/my-ex.json")).contains("My stretch"));
    REQUIRE(messages.size() == 1);
    const QString said = messages[0][0].toString();
    CHECK(said.contains(target));
    CHECK(said.contains(desktop + QStringLiteral("/my-ex.json")));
}

TEST_CASE("an exercise file beside an import that is not a regular file stops the import")
{
    TestDirs dirs;
    const QString folder = dirs.path() + QStringLiteral("/incoming");
    writeFile(folder + QStringLiteral("/harmless.json"),
        R"({"kind":"routine","version":1,"id":"harmless","name":"Harmless","items":[{"exercise":"cat-cow"}]})");
    REQUIRE(::mkfifo(QFile::encodeName(folder + QStringLiteral("/cat-cow.json")).constData(), 0644)
        == 0);
    Window w = openWindow(dirs);
    const auto before = snapshot(dirs.path() + QStringLiteral("/data"));
    w.dialogs->files.push_back(folder + QStringLiteral("/harmless.json"));
    CHECK_FALSE(w->importRoutine());
    REQUIRE(w.dialogs->errors.size() == 1);
    CHECK(w.dialogs->errors[0].contains(QStringLiteral("cat-cow.json: cannot read: is a FIFO")));
    CHECK(snapshot(dirs.path() + QStringLiteral("/data")) == before);
}

namespace {

using Same = limber::Dialogs::SameRoutine;

const QByteArray stretchyMine
    = R"({"kind":"routine","version":1,"id":"stretchy","name":"Stretchy","items":[{"exercise":"cobra"}]})";

// An import of a routine with `id` and `name`, made of cat-cow (which the library has as it is).
QString writeImport(const TestDirs& dirs, const QString& id, const QString& name)
{
    const QString file = dirs.path() + QStringLiteral("/incoming/") + id + QStringLiteral(".json");
    writeFile(file,
        QStringLiteral(
            R"({"kind":"routine","version":1,"id":"%1","name":"%2","items":[{"exercise":"cat-cow"}]})")
            .arg(id, name)
            .toUtf8());
    return file;
}

// The names of all routines, to see that no two are the same.
QStringList routineNames(const limber::Library& library)
{
    QStringList names;
    for (const auto& entry : library.routines())
        names << QString::fromStdString(entry.value.name).toLower();
    return names;
}

bool namesAreDistinct(const limber::Library& library)
{
    const QStringList names = routineNames(library);
    return QSet<QString>(names.begin(), names.end()).size() == names.size();
}

} // namespace

TEST_CASE("importing a routine you have by id or by name asks: replace, keep both or cancel")
{
    TestDirs dirs;
    const QString mine = dirs.routines() + QStringLiteral("/stretchy.json");
    writeFile(mine, stretchyMine);
    // The same id and name; the same name in other letters, under another id.
    const bool byId = GENERATE(true, false);
    const QString file = byId
        ? writeImport(dirs, QStringLiteral("stretchy"), QStringLiteral("Stretchy"))
        : writeImport(dirs, QStringLiteral("limber-up"), QStringLiteral("STRETCHY"));
    const QString importedName = byId ? QStringLiteral("Stretchy") : QStringLiteral("STRETCHY");
    Window w = openWindow(dirs);
    const auto before = snapshot(dirs.path() + QStringLiteral("/data"));
    w.dialogs->files.push_back(file);

    SECTION("cancel writes nothing")
    {
        w.dialogs->sameRoutineChoices.push_back(Same::Cancel);
        CHECK_FALSE(w->importRoutine());
        CHECK(w.dialogs->sameRoutineQuestions
            == QStringList { importedName + QStringLiteral("|Stretchy|") + importedName
                + QStringLiteral(" (2)") });
        CHECK(snapshot(dirs.path() + QStringLiteral("/data")) == before);
    }
    SECTION("keep both: the import gets a name and an id of its own; mine is untouched")
    {
        w.dialogs->sameRoutineChoices.push_back(Same::KeepBoth);
        REQUIRE(w->importRoutine());
        CHECK(readFile(mine) == stretchyMine);
        const std::string newId = byId ? "stretchy-2" : "limber-up";
        const limber::Routine* kept = w->library().findRoutine(newId);
        REQUIRE(kept);
        CHECK(QString::fromStdString(kept->name) == importedName + QStringLiteral(" (2)"));
        CHECK(kept->items[0].exercise == "cat-cow");
        CHECK(w->library().findRoutine("stretchy")->items[0].exercise == "cobra");
        CHECK(namesAreDistinct(w->library()));
    }
    SECTION("replace: the import takes my routine's place, its file and its id")
    {
        w.dialogs->sameRoutineChoices.push_back(Same::Replace);
        REQUIRE(w->importRoutine());
        const limber::Routine* replaced = w->library().findRoutine("stretchy");
        REQUIRE(replaced);
        CHECK(replaced->items[0].exercise == "cat-cow");
        CHECK(readFile(mine).contains("cat-cow"));
        CHECK_FALSE(w->library().findRoutine("stretchy-2"));
        CHECK_FALSE(w->library().findRoutine("limber-up"));
        CHECK(QDir(dirs.routines()).entryList(QDir::Files)
            == QStringList { QStringLiteral("stretchy.json") });
        CHECK(namesAreDistinct(w->library()));
    }
}

TEST_CASE("an import with a built-in routine's id asks too, and keeping both names it apart")
{
    TestDirs dirs;
    const QString file = writeImport(dirs, QStringLiteral("morning"), QStringLiteral("Morning"));
    Window w = openWindow(dirs);
    w.dialogs->files.push_back(file);
    w.dialogs->sameRoutineChoices.push_back(Same::KeepBoth);
    REQUIRE(w->importRoutine());
    CHECK(w.dialogs->sameRoutineQuestions
        == QStringList { QStringLiteral("Morning|Morning|Morning (2)") });
    const limber::Routine* kept = w->library().findRoutine("morning-2");
    REQUIRE(kept);
    CHECK(kept->name == "Morning (2)");
    CHECK(namesAreDistinct(w->library()));
    // Replacing a built-in puts a file of the person's with its id in their folder.
    w.dialogs->files.push_back(file);
    w.dialogs->sameRoutineChoices.push_back(Same::Replace);
    REQUIRE(w->importRoutine());
    CHECK(w->library().findRoutineEntry("morning")->origin == limber::Origin::User);
    CHECK(w->library().findRoutine("morning")->items.size() == 1);
    CHECK(namesAreDistinct(w->library()));
}

TEST_CASE("replacing a routine keeps the old file until the new one is whole")
{
    TestDirs dirs;
    FullDisk disk(dirs.routines());
    if (!disk.mounted()) {
        WARN("no full disk to test on: " << disk.reason().toStdString());
        return;
    }
    const QString mine = dirs.routines() + QStringLiteral("/stretchy.json");
    writeFile(mine, stretchyMine);
    const QString file = writeImport(dirs, QStringLiteral("stretchy"), QStringLiteral("Stretchy"));
    Window w = openWindow(dirs);
    disk.fill();
    w.dialogs->files.push_back(file);
    w.dialogs->sameRoutineChoices.push_back(Same::Replace);
    CHECK_FALSE(w->importRoutine());
    CHECK(readFile(mine) == stretchyMine);
    REQUIRE(w.dialogs->errors.size() == 1);
    CHECK(w.dialogs->errors[0].contains(QString::fromLocal8Bit(std::strerror(ENOSPC))));
    CHECK(w->library().findRoutine("stretchy")->items[0].exercise == "cobra");
}

TEST_CASE("replacing the routine the builder shows asks about its unsaved changes, then shows it")
{
    TestDirs dirs;
    const QString mine = dirs.routines() + QStringLiteral("/stretchy.json");
    writeFile(mine, stretchyMine);
    const QString file = writeImport(dirs, QStringLiteral("stretchy"), QStringLiteral("Stretchy"));
    Window w = openWindow(dirs);
    limber::BuilderView& builder = w->builder();
    REQUIRE(builder.openRoutine(QStringLiteral("stretchy")));
    builder.addExercises({ QStringLiteral("eagle-arms") });
    REQUIRE(builder.document().isModified());

    w.dialogs->files.push_back(file);
    w.dialogs->sameRoutineChoices.push_back(Same::Replace);
    w.dialogs->unsaved.push_back(limber::Dialogs::Unsaved::Cancel);
    CHECK_FALSE(w->importRoutine());
    CHECK(readFile(mine) == stretchyMine);
    CHECK(builder.document().routine().items.size() == 2); // the edit is still there

    w.dialogs->files.push_back(file);
    w.dialogs->sameRoutineChoices.push_back(Same::Replace);
    w.dialogs->unsaved.push_back(limber::Dialogs::Unsaved::Discard);
    REQUIRE(w->importRoutine());
    // The builder shows what the file holds now, so a later save cannot undo the import.
    CHECK_FALSE(builder.document().isModified());
    REQUIRE(builder.document().routine().items.size() == 1);
    CHECK(builder.document().routine().items[0].exercise == "cat-cow");
}
