// Writes that meet a real fault: a full disk, a FIFO, a symbolic link onto a device or another
// user's file. Each keeps the old file byte for byte, says what failed, leaves no temporary
// file behind and never reports success.
#include "../support/full_disk.h"
#include "library/builder_view.h"
#include "library/routine_document.h"
#include "storage/atomic_write.h"
#include "storage/library_store.h"
#include "storage/user_files.h"
#include "test_support.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>
#include <future>
#include <sys/stat.h>
#include <unistd.h>

using namespace testing;
using limber::BuilderView;

namespace {

const QByteArray sentinel
    = R"({"kind":"routine","version":1,"id":"sentinel","name":"My sentinel routine","items":[{"exercise":"cobra"},{"exercise":"wall-dog"}]})";

// Every name in `folder`, hidden ones too, but not the disk's filler.
QStringList everythingIn(const QString& folder)
{
    QStringList names = QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    names.removeAll(FullDisk::fillerName());
    return names;
}

bool isCharacterDevice(const char* path)
{
    struct stat info { };
    return ::lstat(path, &info) == 0 && S_ISCHR(info.st_mode);
}

} // namespace

TEST_CASE("a full disk keeps the routine, says so, and keeps the edit unsaved")
{
    TestDirs dirs;
    FullDisk disk(dirs.routines());
    if (!disk.mounted()) {
        WARN("no full disk to test on: " << disk.reason().toStdString());
        return;
    }
    const QString path = dirs.routines() + QStringLiteral("/sentinel.json");
    writeFile(path, sentinel);
    Window w = openWindow(dirs);
    BuilderView& builder = w->builder();
    REQUIRE(builder.openRoutine(QStringLiteral("sentinel")));
    builder.addExercises({ QStringLiteral("eagle-arms") });
    disk.fill();

    CHECK_FALSE(builder.save());
    CHECK(readFile(path) == sentinel);
    CHECK(everythingIn(dirs.routines()) == QStringList { QStringLiteral("sentinel.json") });
    REQUIRE(w.dialogs->errors.size() == 1);
    CHECK(w.dialogs->errors[0].contains(path));
    CHECK(w.dialogs->errors[0].contains(QString::fromLocal8Bit(std::strerror(ENOSPC))));
    CHECK(builder.document().isModified());

    // Quitting asks, and a save that fails again keeps the window open.
    w.dialogs->unsaved.push_back(limber::Dialogs::Unsaved::Save);
    CHECK_FALSE(builder.maybeKeepChanges());
    CHECK(readFile(path) == sentinel);

    // With room again, the same edit saves.
    QFile::remove(dirs.routines() + QLatin1Char('/') + FullDisk::fillerName());
    REQUIRE(builder.save());
    CHECK(w->library().findRoutine("sentinel")->items.size() == 3);
}

TEST_CASE("a full disk leaves no empty file for a new routine, an import or an export")
{
    TestDirs dirs;
    FullDisk disk(dirs.routines());
    if (!disk.mounted()) {
        WARN("no full disk to test on: " << disk.reason().toStdString());
        return;
    }
    FullDisk exportDisk(dirs.path() + QStringLiteral("/shared"));
    REQUIRE(exportDisk.mounted());
    const QString shared = dirs.path() + QStringLiteral("/shared");
    const QString toImport = dirs.path() + QStringLiteral("/incoming/sentinel.json");
    writeFile(toImport, sentinel);

    Window w = openWindow(dirs);
    limber::LibraryStore& store = w->store();
    disk.fill();
    exportDisk.fill();

    BuilderView& builder = w->builder();
    REQUIRE(builder.newRoutine());
    builder.addExercises({ QStringLiteral("cobra") });
    CHECK_FALSE(builder.save());
    CHECK(everythingIn(dirs.routines()).isEmpty());

    const limber::LibraryStore::ImportOutcome imported
        = store.importRoutine(toImport, limber::ImportMode::ReplaceBuiltIns);
    CHECK_FALSE(imported);
    CHECK(imported.written.error.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))));
    CHECK(everythingIn(dirs.routines()).isEmpty());

    const limber::Routine* builtIn = w->library().findRoutine("office-break");
    REQUIRE(builtIn);
    const limber::WriteOutcome exported
        = store.exportRoutine(*builtIn, shared + QStringLiteral("/office-break.json"));
    CHECK_FALSE(exported);
    CHECK(everythingIn(shared).isEmpty());
}

TEST_CASE("a FIFO where a file is written is refused at once, and stays a FIFO")
{
    TestDirs dirs;
    QDir().mkpath(dirs.routines());
    const QString path = dirs.routines() + QStringLiteral("/pipe.json");
    REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0644) == 0);
    auto write
        = std::async(std::launch::async, [&] { return limber::writeUserFile(path, sentinel); });
    REQUIRE(write.wait_for(std::chrono::seconds(5)) == std::future_status::ready);
    const limber::WriteOutcome outcome = write.get();
    CHECK_FALSE(outcome);
    CHECK(outcome.error.contains(QStringLiteral("FIFO")));
    struct stat info { };
    REQUIRE(::lstat(QFile::encodeName(path).constData(), &info) == 0);
    CHECK(S_ISFIFO(info.st_mode));
    CHECK(everythingIn(dirs.routines()) == QStringList { QStringLiteral("pipe.json") });
}

TEST_CASE("writes go through a link only to the user's own regular file")
{
    TestDirs dirs;
    QDir().mkpath(dirs.routines());
    const QString link = dirs.routines() + QStringLiteral("/linked.json");
    const QByteArray linkName = QFile::encodeName(link);

    SECTION("a link onto a device is refused and the device stays")
    {
        REQUIRE(::symlink("/dev/null", linkName.constData()) == 0);
        const limber::WriteOutcome outcome = limber::writeFileAtomically(link, sentinel);
        CHECK_FALSE(outcome);
        CHECK(outcome.error.contains(QStringLiteral("device")));
        CHECK(isCharacterDevice("/dev/null"));
        CHECK(QFileInfo(link).isSymLink());
    }
    SECTION("a dangling link is refused")
    {
        REQUIRE(::symlink("nowhere.json", linkName.constData()) == 0);
        CHECK_FALSE(limber::writeFileAtomically(link, sentinel));
        CHECK_FALSE(QFileInfo::exists(dirs.routines() + QStringLiteral("/nowhere.json")));
    }
    SECTION("a link to another user's file is refused and the file is unchanged")
    {
        if (::geteuid() != 0) {
            WARN("making a file of another user needs root (CI runs as root)");
            return;
        }
        const QString theirs = dirs.path() + QStringLiteral("/theirs.json");
        writeFile(theirs, "their words");
        REQUIRE(::chown(QFile::encodeName(theirs).constData(), 65534, 65534) == 0);
        REQUIRE(::symlink(QFile::encodeName(theirs).constData(), linkName.constData()) == 0);
        const limber::WriteOutcome outcome = limber::writeFileAtomically(link, sentinel);
        CHECK_FALSE(outcome);
        CHECK(outcome.error.contains(QStringLiteral("another user")));
        CHECK(readFile(theirs) == "their words");
    }
    SECTION("a link to the user's own file is written through, and stays a link")
    {
        const QString mine = dirs.path() + QStringLiteral("/elsewhere/mine.json");
        writeFile(mine, "old");
        REQUIRE(::symlink(QFile::encodeName(mine).constData(), linkName.constData()) == 0);
        REQUIRE(limber::writeFileAtomically(link, sentinel));
        CHECK(QFileInfo(link).isSymLink());
        CHECK(readFile(mine) == sentinel);
        CHECK(everythingIn(dirs.path() + QStringLiteral("/elsewhere"))
            == QStringList { QStringLiteral("mine.json") });
    }
}
