// Desktop shortcuts for routines and the autostart entry: where they go, what they run, that
// desktop-file-validate accepts them (when installed), and the removal of orphans.
#include "../support/child.h"
#include "cli/command_line.h"
#include "desktop/autostart.h"
#include "desktop/launch_request.h"
#include "desktop/launcher.h"
#include "desktop/routine_shortcuts.h"
#include "desktop/shortcut_dialog.h"
#include "desktop_test_support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>

#include <catch2/catch.hpp>

using limber::test::child;

using limber::DesktopEntry;
using limber::RoutineShortcuts;
using limber::ShortcutFolders;

namespace {

void checkValid(const QString& path)
{
    const QString validator = desktop_test::findTool(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty()) {
        WARN("desktop-file-validate is not installed (package desktop-file-utils): skipped");
        return;
    }
    const auto result = desktop_test::run(validator, { path });
    INFO(path.toStdString() << ": " << result.output.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.output.trimmed().isEmpty());
}

QString readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("Standard shortcut folders follow XDG_DATA_HOME and the desktop folder")
{
    desktop_test::TestDirs dirs;
    const ShortcutFolders folders = ShortcutFolders::standard();
    CHECK(folders.applications == dirs.file(QStringLiteral("data/applications")));
    CHECK(folders.desktop == dirs.file(QStringLiteral("home/Desktop")));
}

TEST_CASE("A routine shortcut starts the routine and passes desktop-file-validate")
{
    desktop_test::TestDirs dirs;
    const RoutineShortcuts shortcuts(ShortcutFolders::standard(), QStringLiteral("limber"));

    SECTION("in the applications menu only")
    {
        const auto written
            = shortcuts.create(QStringLiteral("morning"), QStringLiteral("Morning flow"), false);
        REQUIRE(written.outcome.ok);
        const QString path
            = dirs.file(QStringLiteral("data/applications/limber-routine-morning.desktop"));
        CHECK(written.paths == QStringList { path });
        CHECK_FALSE(QFileInfo::exists(
            dirs.file(QStringLiteral("home/Desktop/limber-routine-morning.desktop"))));
        const QString text = readAll(path);
        CHECK(text.contains(
            QStringLiteral("\nExec=limber --routine morning --start --from shortcut\n")));
        CHECK(text.contains(QStringLiteral("\nName=Morning flow\n")));
        CHECK(text.contains(QStringLiteral("\nIcon=io.github.limber.Limber\n")));
        checkValid(path);
    }
    SECTION("and on the Desktop, executable")
    {
        const auto written = shortcuts.create(
            QStringLiteral("office-break"), QStringLiteral("5-minute desk break"), true);
        REQUIRE(written.outcome.ok);
        REQUIRE(written.paths.size() == 2);
        const QString onDesktop
            = dirs.file(QStringLiteral("home/Desktop/limber-routine-office-break.desktop"));
        CHECK(written.paths[1] == onDesktop);
        CHECK(QFileInfo(onDesktop).isExecutable());
        const QString exec = DesktopEntry::read(onDesktop)->value(QStringLiteral("Exec"));
        CHECK(exec == QStringLiteral("limber --routine office-break --start --from shortcut"));
        // What that line asks for, as a launch: the history will say a shortcut started it.
        const limber::LaunchRequest launch
            = limber::launchRequestFrom(limber::parseCommandLine(exec.split(QLatin1Char(' '))),
                limber::SessionOrigin::CommandLine);
        REQUIRE(launch.play);
        CHECK(launch.play->origin == limber::SessionOrigin::Shortcut);
        CHECK(launch.play->start);
        checkValid(onDesktop);
    }
}

TEST_CASE("A shortcut to a build outside PATH runs it by its full path, quoted")
{
    desktop_test::TestDirs dirs;
    const RoutineShortcuts shortcuts(
        ShortcutFolders::standard(), QStringLiteral("/opt/my builds/limber"));
    const auto written
        = shortcuts.create(QStringLiteral("morning"), QStringLiteral("Morning"), false);
    REQUIRE(written.outcome.ok);
    CHECK(readAll(written.paths[0])
              .contains(QStringLiteral(
                  "\nExec=\"/opt/my builds/limber\" --routine morning --start --from shortcut\n")));
    checkValid(written.paths[0]);

    // The test binary is not the limber on PATH: its own full path is used.
    CHECK(limber::launcherProgramFor(QStringLiteral(LIMBER_EXECUTABLE))
        == QFileInfo(QStringLiteral(LIMBER_EXECUTABLE)).canonicalFilePath());
}

TEST_CASE("Shortcuts of deleted routines are found and removed: others are left alone")
{
    desktop_test::TestDirs dirs;
    const RoutineShortcuts shortcuts(ShortcutFolders::standard(), QStringLiteral("limber"));
    REQUIRE(
        shortcuts.create(QStringLiteral("morning"), QStringLiteral("Morning"), true).outcome.ok);
    REQUIRE(shortcuts.create(QStringLiteral("my-old-one"), QStringLiteral("My old one"), true)
                .outcome.ok);
    // Someone else's launcher that happens to share the name pattern but is not ours.
    QFile foreign(dirs.file(QStringLiteral("data/applications/limber-routine-foreign.desktop")));
    REQUIRE(foreign.open(QIODevice::WriteOnly));
    foreign.write("[Desktop Entry]\nType=Application\nName=Foreign\nExec=foreign\n");
    foreign.close();

    CHECK(shortcuts.existing().size() == 4);
    const auto orphans
        = shortcuts.orphaned([](const QString& id) { return id == QStringLiteral("morning"); });
    REQUIRE(orphans.size() == 2);
    for (const auto& orphan : orphans) {
        CHECK(orphan.routineId == QStringLiteral("my-old-one"));
        CHECK(orphan.name == QStringLiteral("My old one"));
    }
    CHECK(shortcuts.remove(orphans));
    CHECK(shortcuts.existing().size() == 2);
    CHECK(foreign.exists());
}

TEST_CASE("The shortcut dialog creates a shortcut for any routine and clears orphans")
{
    desktop_test::TestDirs dirs;
    const RoutineShortcuts shortcuts(ShortcutFolders::standard(), QStringLiteral("limber"));
    REQUIRE(shortcuts.create(QStringLiteral("gone"), QStringLiteral("Gone"), false).outcome.ok);

    limber::ShortcutDialog dialog(shortcuts,
        { { QStringLiteral("office-break"), QStringLiteral("5-minute desk break") },
            { QStringLiteral("mine"), QStringLiteral("My routine") } },
        QStringLiteral("mine"));
    CHECK(child<QComboBox>(dialog, "shortcut-routine").currentData().toString()
        == QStringLiteral("mine"));
    CHECK(dialog.orphanCount() == 1);

    child<QCheckBox>(dialog, "shortcut-on-desktop").setChecked(true);
    child<QPushButton>(dialog, "shortcut-create").click();
    CHECK(dialog.result().contains(QStringLiteral("on your Desktop")));
    CHECK(QFileInfo::exists(
        dirs.file(QStringLiteral("data/applications/limber-routine-mine.desktop"))));
    CHECK(QFileInfo::exists(dirs.file(QStringLiteral("home/Desktop/limber-routine-mine.desktop"))));

    child<QPushButton>(dialog, "shortcut-remove-orphans").click();
    CHECK(dialog.orphanCount() == 0);
    CHECK_FALSE(QFileInfo::exists(
        dirs.file(QStringLiteral("data/applications/limber-routine-gone.desktop"))));
}

TEST_CASE("Autostart writes a valid entry that starts in the tray, and removes it")
{
    desktop_test::TestDirs dirs;
    CHECK(limber::autostartPath()
        == dirs.file(QStringLiteral("config/autostart/io.github.limber.Limber.desktop")));
    CHECK_FALSE(limber::isAutostartEnabled());

    REQUIRE(limber::setAutostartEnabled(true, QStringLiteral("limber")));
    CHECK(limber::isAutostartEnabled());
    CHECK(readAll(limber::autostartPath()).contains(QStringLiteral("\nExec=limber --tray\n")));
    checkValid(limber::autostartPath());

    REQUIRE(limber::setAutostartEnabled(false, QStringLiteral("limber")));
    CHECK_FALSE(limber::isAutostartEnabled());
    CHECK_FALSE(QFileInfo::exists(limber::autostartPath()));
}
