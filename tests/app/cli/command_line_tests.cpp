// The launch options the desktop integration added: --builder (the menu entry's "Build a
// routine") and --tray (autostart at login).
#include "../desktop/desktop_test_support.h"
#include "cli/command_line.h"

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

TEST_CASE("NaN and infinity are usage errors naming the option and the value")
{
    const auto parse = [](const QString& option, const QString& value) {
        return parseCommandLine({ QStringLiteral("limber"), QStringLiteral("--plan"),
            QStringLiteral("morning"), option, value });
    };
    for (const QString& value : { QStringLiteral("nan"), QStringLiteral("NaN"),
             QStringLiteral("-nan"), QStringLiteral("inf"), QStringLiteral("-inf"),
             QStringLiteral("+inf"), QStringLiteral("infinity"), QStringLiteral("1e999") }) {
        INFO(value.toStdString());
        const CommandLine scale = parse(QStringLiteral("--scale"), value);
        CHECK(scale.error
            == QStringLiteral("--scale must be a number from 0.25 to 4, got \"%1\"").arg(value));
        CHECK_FALSE(scale.scale);
        const CommandLine minutes = parse(QStringLiteral("--minutes"), value);
        CHECK(minutes.error
            == QStringLiteral("--minutes must be a number from 0.5 to 600, got \"%1\"").arg(value));
        CHECK_FALSE(minutes.minutes);
        const CommandLine pace
            = parse(QStringLiteral("--pace"), value + QStringLiteral(",") + value);
        CHECK(pace.error.startsWith(QStringLiteral("--pace must be two numbers")));
        CHECK(pace.error.endsWith(QStringLiteral("got \"%1,%1\"").arg(value)));
        CHECK_FALSE(pace.paceInMs);
        const CommandLine half = parse(QStringLiteral("--pace"), QStringLiteral("4,") + value);
        CHECK(half.error.startsWith(QStringLiteral("--pace must be two numbers")));
    }
    // Finite values at the edges are still taken.
    CHECK(parse(QStringLiteral("--scale"), QStringLiteral("4")).scale == 4.0);
    CHECK(parse(QStringLiteral("--pace"), QStringLiteral("1,20")).paceOutMs == 20'000);
}
