// The launch options the desktop integration added: --builder (the menu entry's "Build a
// routine") and --tray (autostart at login).
#include "cli/command_line.h"
#include "desktop_test_support.h"

#include <catch2/catch.hpp>

using limber::CommandLine;
using limber::parseCommandLine;

TEST_CASE("The options --builder and --tray open the main window")
{
    const CommandLine builder
        = parseCommandLine({ QStringLiteral("limber"), QStringLiteral("--builder") });
    CHECK(builder.error.isEmpty());
    CHECK(builder.mode == CommandLine::Mode::Window);
    CHECK(builder.openBuilder);

    const CommandLine tray
        = parseCommandLine({ QStringLiteral("limber"), QStringLiteral("--tray") });
    CHECK(tray.error.isEmpty());
    CHECK(tray.startInTray);
    CHECK_FALSE(tray.openBuilder);
}

TEST_CASE("The options --builder and --tray go with no other mode")
{
    const CommandLine mixed = parseCommandLine({ QStringLiteral("limber"),
        QStringLiteral("--routine"), QStringLiteral("morning"), QStringLiteral("--tray") });
    CHECK(
        mixed.error == QStringLiteral("--tray opens the main window: it goes with no other mode"));
    const CommandLine listed = parseCommandLine(
        { QStringLiteral("limber"), QStringLiteral("--list"), QStringLiteral("--builder") });
    CHECK_FALSE(listed.error.isEmpty());
    CHECK(limber::commandLineHelp().contains(QStringLiteral("--builder")));
}
