// The user's files: saved routines load back identical, bad imports change nothing, an
// unwritable folder is reported with the originals intact, and a broken file is moved aside
// only when it would be overwritten.
#include "library/builder_view.h"
#include "library/home_view.h"
#include "library/problems_view.h"
#include "library/routine_document.h"
#include "storage/library_store.h"
#include "storage/user_files.h"
#include "test_support.h"

#include <limber/load.h>

#include <QDirIterator>
#include <QPushButton>
#include <QRegularExpression>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

using namespace testing;
using limber::BuilderView;

namespace {

// The folder cannot be written to for as long as this lives. Root ignores permissions, so
// as root the checks run as "nobody" meanwhile (the folders are made readable for it).
class UnwritableFolder {
public:
    explicit UnwritableFolder(const QString& folder, const QString& top)
        : m_folder(folder)
    {
        for (QString dir = folder; dir.startsWith(top) && dir.size() >= top.size();
             dir = QFileInfo(dir).path())
            ::chmod(QFile::encodeName(dir).constData(), 0755);
        QDirIterator it(folder, QDir::Files);
        while (it.hasNext())
            ::chmod(QFile::encodeName(it.next()).constData(), 0644);
        ::chmod(QFile::encodeName(folder).constData(), 0555);
        if (::geteuid() == 0)
            m_dropped = ::seteuid(65534) == 0;
    }
    ~UnwritableFolder()
    {
        // Every test after this one would run as "nobody" without root back: stop here instead.
        if (m_dropped && ::seteuid(0) != 0)
            std::abort();
        ::chmod(QFile::encodeName(m_folder).constData(), 0755);
    }
    // False when running as root and "nobody" could not be become: nothing is unwritable then.
    bool holds() const { return ::geteuid() != 0 || m_dropped; }

    UnwritableFolder(const UnwritableFolder&) = delete;
    UnwritableFolder& operator=(const UnwritableFolder&) = delete;

private:
    QString m_folder;
    bool m_dropped = false;
};

QStringList namesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

} // namespace

TEST_CASE("a saved routine loads back identical after a restart")
{
    TestDirs dirs;
    limber::Routine saved;
    {
        Window w = openWindow(dirs);
        BuilderView& builder = w->builder();
        builder.addExercises(
            { QStringLiteral("seated-thoracic-rotation"), QStringLiteral("eagle-arms") });
        limber::Routine edited = builder.document().routine();
        edited.leadInSeconds = 8;
        edited.switchSeconds = 3;
        edited.items[0].reps = 10;
        edited.items[0].sets = 1;
        edited.items[1].seconds = 25;
        builder.document().edit(QStringLiteral("set"), edited);
        REQUIRE(builder.save());
        saved = builder.document().routine();
        CHECK(saved.id == "my-routine");
        CHECK(w.dialogs->errors.isEmpty());
    }
    Window again = openWindow(dirs);
    const limber::Routine* loaded = again->library().findRoutine("my-routine");
    REQUIRE(loaded);
    CHECK(*loaded == saved);
    CHECK(again->library().diagnostics().empty());
    // It is on Home, with a Start button.
    CHECK(again->home().findChild<QPushButton*>(QStringLiteral("start-my-routine")));
}

TEST_CASE("import and export carry a routine with the user exercises it uses")
{
    TestDirs dirs;
    const QString shared = dirs.path() + QStringLiteral("/shared");
    limber::Routine exported;
    {
        writeFile(dirs.exercises() + QStringLiteral("/my-reach.json"),
            exerciseJson(QStringLiteral("my-reach"), QStringLiteral("My reach")));
        Window w = openWindow(dirs);
        BuilderView& builder = w->builder();
        builder.addExercises({ QStringLiteral("my-reach"), QStringLiteral("cobra") });
        REQUIRE(builder.save());
        exported = builder.document().routine();
        w.dialogs->files.push_back(shared + QStringLiteral("/my-routine.json"));
        REQUIRE(builder.exportRoutine());
        // The routine and the user exercise, not the built-in one.
        CHECK(namesIn(shared)
            == QStringList({ QStringLiteral("my-reach.json"), QStringLiteral("my-routine.json") }));
    }
    // Someone else, with an empty data folder, imports it.
    TestDirs other;
    Window w = openWindow(other);
    w.dialogs->files.push_back(shared + QStringLiteral("/my-routine.json"));
    REQUIRE(w->importRoutine());
    const limber::Routine* imported = w->library().findRoutine("my-routine");
    REQUIRE(imported);
    CHECK(*imported == exported);
    REQUIRE(w->library().findExercise("my-reach"));
    CHECK(w->library().findExercise("my-reach")->name == "My reach");
    CHECK(namesIn(other.exercises()) == QStringList { QStringLiteral("my-reach.json") });

    // Importing it again asks, and keeping both adds a second routine beside the first,
    // under an id and a name of its own.
    w.dialogs->files.push_back(shared + QStringLiteral("/my-routine.json"));
    w.dialogs->sameRoutineChoices.push_back(limber::Dialogs::SameRoutine::KeepBoth);
    REQUIRE(w->importRoutine());
    REQUIRE(w->library().findRoutine("my-routine-2"));
    CHECK(w->library().findRoutine("my-routine-2")->name == exported.name + " (2)");
    CHECK(namesIn(other.exercises()) == QStringList { QStringLiteral("my-reach.json") });
}

TEST_CASE("a bad import changes nothing and shows the error")
{
    TestDirs dirs;
    writeFile(dirs.routines() + QStringLiteral("/kept.json"),
        R"({"kind":"routine","version":1,"id":"kept","name":"Kept","items":[{"exercise":"cobra"}]})");
    Window w = openWindow(dirs);
    const auto before = snapshot(dirs.path() + QStringLiteral("/data"));
    const QString bad = dirs.path() + QStringLiteral("/incoming/bad.json");

    SECTION("not JSON")
    {
        writeFile(bad, "{\"kind\": \"routine\",\n  \"version\": 1\n  \"id\": \"x\"}");
        w.dialogs->files.push_back(bad);
        CHECK_FALSE(w->importRoutine());
        REQUIRE(w.dialogs->errors.size() == 1);
        CHECK(w.dialogs->errors[0].contains(bad + QStringLiteral(":3:3: parse error")));
    }
    SECTION("an exercise it needs is missing")
    {
        writeFile(bad,
            R"({"kind":"routine","version":1,"id":"x","name":"X","items":[{"exercise":"cobra"},{"exercise":"nowhere"}]})");
        w.dialogs->files.push_back(bad);
        CHECK_FALSE(w->importRoutine());
        REQUIRE(w.dialogs->errors.size() == 1);
        CHECK(w.dialogs->errors[0].contains(
            bad + QStringLiteral(": /items/1/exercise: no exercise with id \"nowhere\"")));
    }
    SECTION("an exercise beside it is broken")
    {
        writeFile(bad,
            R"({"kind":"routine","version":1,"id":"x","name":"X","items":[{"exercise":"fine"},{"exercise":"broken"}]})");
        writeFile(QFileInfo(bad).path() + QStringLiteral("/fine.json"),
            exerciseJson(QStringLiteral("fine"), QStringLiteral("Fine")));
        writeFile(QFileInfo(bad).path() + QStringLiteral("/broken.json"),
            exerciseJson(QStringLiteral("broken"), QStringLiteral("Broken")).replace("20", "0"));
        w.dialogs->files.push_back(bad);
        CHECK_FALSE(w->importRoutine());
        REQUIRE(w.dialogs->errors.size() == 1);
        CHECK(w.dialogs->errors[0].contains(
            QStringLiteral("broken.json: /dose/hold/seconds: must be between 1 and 600, got 0")));
        CHECK_FALSE(w->library().findExercise("fine")); // not even the good one came in
    }
    SECTION("an exercise file instead of a routine")
    {
        writeFile(bad, exerciseJson(QStringLiteral("fine"), QStringLiteral("Fine")));
        w.dialogs->files.push_back(bad);
        CHECK_FALSE(w->importRoutine());
        CHECK(
            w.dialogs->errors.join(QString()).contains(QStringLiteral("this is an exercise file")));
    }
    CHECK(snapshot(dirs.path() + QStringLiteral("/data")) == before);
    CHECK(w->library().routines().size() == 6);
    // The problems view shows it too.
    CHECK(w->problems().lines().join(QLatin1Char('\n')).contains(QFileInfo(bad).path()));
}

TEST_CASE("an unwritable data folder is reported and the original files are intact")
{
    TestDirs dirs;
    const QString path = dirs.routines() + QStringLiteral("/mine.json");
    const QByteArray original
        = R"({"kind":"routine","version":1,"id":"mine","name":"Mine","items":[{"exercise":"cobra"}]})";
    writeFile(path, original);
    Window w = openWindow(dirs);
    BuilderView& builder = w->builder();
    REQUIRE(builder.openRoutine(QStringLiteral("mine")));
    builder.addExercises({ QStringLiteral("wall-dog") });
    {
        UnwritableFolder readOnly(dirs.routines(), dirs.path());
        if (!readOnly.holds()) {
            WARN("running as root without the right to become nobody: nothing to test");
            return;
        }
        CHECK_FALSE(builder.save());
    }
    CHECK(readFile(path) == original);
    CHECK(namesIn(dirs.routines()) == QStringList { QStringLiteral("mine.json") }); // no leftovers
    REQUIRE(w.dialogs->errors.size() == 1);
    CHECK(w.dialogs->errors[0].contains(path));
    CHECK(w.dialogs->errors[0].contains(QStringLiteral("cannot write")));
    CHECK(w->problems().lines().join(QLatin1Char('\n')).contains(path));
    // The edit is still there, still unsaved, and saves once the folder is writable again.
    CHECK(builder.document().isModified());
    CHECK(builder.document().routine().items.size() == 2);
    REQUIRE(builder.save());
    CHECK(w->library().findRoutine("mine")->items.size() == 2);
}

TEST_CASE("a broken file is listed with its exact error and moved aside only when it would be "
          "overwritten")
{
    TestDirs dirs;
    const QString broken = dirs.routines() + QStringLiteral("/my-routine.json");
    const QByteArray bytes = "{\"kind\": \"routine\", \"version\": 1,,}";
    writeFile(broken, bytes);
    const limber::LoadedDocument loaded
        = limber::loadDocument(bytes.toStdString(), broken.toStdString());
    REQUIRE(loaded.diagnostics.size() == 1);
    const QString exactError
        = QString::fromStdString(limber::formatDiagnostic(loaded.diagnostics[0]));

    Window w = openWindow(dirs);
    CHECK(w->problems().lines().contains(exactError));

    // Saving other things leaves it alone.
    BuilderView& builder = w->builder();
    builder.document().edit(QStringLiteral("name"), [&] {
        limber::Routine r = builder.document().routine();
        r.name = "Something else";
        r.items.push_back({ "cobra", {}, {}, {}, {}, {} });
        return r;
    }());
    REQUIRE(builder.save());
    CHECK(readFile(broken) == bytes);
    CHECK(namesIn(dirs.routines())
        == QStringList(
            { QStringLiteral("my-routine.json"), QStringLiteral("something-else.json") }));

    // A routine whose file would be that very path: the broken one goes aside first.
    REQUIRE(builder.newRoutine());
    builder.addExercises({ QStringLiteral("wall-dog") });
    CHECK(builder.document().routine().name == "My routine");
    REQUIRE(builder.save());
    CHECK(builder.document().path() == broken);
    const QStringList names = namesIn(dirs.routines());
    REQUIRE(names.size() == 3);
    const QString aside = names.filter(QStringLiteral(".broken-")).value(0);
    CHECK(QRegularExpression(QStringLiteral("^my-routine\\.json\\.broken-\\d{8}-\\d{6}$"))
              .match(aside)
              .hasMatch());
    CHECK(readFile(dirs.routines() + QLatin1Char('/') + aside) == bytes);
    CHECK(w->library().findRoutine("my-routine"));
    CHECK(w->problems().lines().join(QLatin1Char('\n')).contains(aside));
}

TEST_CASE("a routine file broken while open is moved aside when it is saved over")
{
    TestDirs dirs;
    const QString path = dirs.routines() + QStringLiteral("/mine.json");
    writeFile(path,
        R"({"kind":"routine","version":1,"id":"mine","name":"Mine","items":[{"exercise":"cobra"}]})");
    Window w = openWindow(dirs);
    BuilderView& builder = w->builder();
    REQUIRE(builder.openRoutine(QStringLiteral("mine")));
    writeFile(path, "edited by hand, badly");
    builder.addExercises({ QStringLiteral("wall-dog") });
    REQUIRE(builder.save());
    const QStringList aside = namesIn(dirs.routines()).filter(QStringLiteral("mine.json.broken-"));
    REQUIRE(aside.size() == 1);
    CHECK(readFile(dirs.routines() + QLatin1Char('/') + aside[0]) == "edited by hand, badly");
    CHECK(w->library().findRoutine("mine")->items.size() == 2);
}

TEST_CASE("writeUserFile replaces a file that loads, and never leaves a half-written one")
{
    TestDirs dirs;
    const QString path = dirs.routines() + QStringLiteral("/a.json");
    REQUIRE(limber::writeUserFile(path, "first"));
    // "first" does not load, so it is moved aside before the second write.
    const limber::WriteOutcome second
        = limber::writeUserFile(path, exerciseJson(QStringLiteral("a"), QStringLiteral("A")));
    REQUIRE(second);
    CHECK(second.movedAsideTo.startsWith(path + QStringLiteral(".broken-")));
    // A file that loads is simply replaced.
    const limber::WriteOutcome third
        = limber::writeUserFile(path, exerciseJson(QStringLiteral("a"), QStringLiteral("B")));
    REQUIRE(third);
    CHECK(third.movedAsideTo.isEmpty());
    CHECK(readFile(path).contains("\"B\""));
    CHECK(namesIn(dirs.routines()).size() == 2);
}
