// The .desktop writer: escaping, Exec quoting, reading back, and files that validate.
#include "desktop/desktop_entry.h"
#include "desktop_test_support.h"

#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using limber::DesktopEntry;

TEST_CASE("Exec lines quote what the specification reserves")
{
    CHECK(DesktopEntry::execLine({ QStringLiteral("limber"), QStringLiteral("--routine"),
              QStringLiteral("morning"), QStringLiteral("--start") })
        == QStringLiteral("limber --routine morning --start"));
    CHECK(DesktopEntry::execLine({ QStringLiteral("/opt/my apps/limber") })
        == QStringLiteral("\"/opt/my apps/limber\""));
    CHECK(DesktopEntry::execLine({ QStringLiteral("/a$b/\"q\"/limber") })
        == QStringLiteral("\"/a\\$b/\\\"q\\\"/limber\""));
    CHECK(DesktopEntry::execLine({ QStringLiteral("100%") }) == QStringLiteral("100%%"));
    CHECK(DesktopEntry::execLine({ QString() }) == QStringLiteral("\"\""));
}

TEST_CASE("Values are escaped on writing and read back as they were")
{
    DesktopEntry entry;
    entry.set(QStringLiteral("Type"), QStringLiteral("Application"));
    entry.set(QStringLiteral("Name"), QStringLiteral("Back\\slash\nand tab\t"));
    entry.set(QStringLiteral("Exec"), DesktopEntry::execLine({ QStringLiteral("/x\\y/limber") }));
    entry.set(QStringLiteral("Type"), QStringLiteral("Application")); // replaced, not repeated

    const QString text = entry.toText();
    CHECK(text.startsWith(QStringLiteral("[Desktop Entry]\nType=Application\n")));
    CHECK(text.count(QStringLiteral("Type=")) == 1);
    CHECK(text.contains(QStringLiteral("Name=Back\\\\slash\\nand tab\\t\n")));
    // Quoting first (one backslash before the backslash), then string escaping doubles both.
    CHECK(text.contains(QStringLiteral("Exec=\"/x\\\\\\\\y/limber\"\n")));

    const DesktopEntry back = DesktopEntry::parse(text);
    CHECK(back.value(QStringLiteral("Name")) == QStringLiteral("Back\\slash\nand tab\t"));
    CHECK(back.value(QStringLiteral("Exec")) == QStringLiteral("\"/x\\\\y/limber\""));
}

TEST_CASE("Reading keeps to the [Desktop Entry] group")
{
    const DesktopEntry entry = DesktopEntry::parse(QStringLiteral(
        "# a comment\n[Desktop Entry]\nName=Limber\nExec=limber\n\n[Desktop Action x]\n"
        "Name=Other\nExec=other\n"));
    CHECK(entry.value(QStringLiteral("Name")) == QStringLiteral("Limber"));
    CHECK(entry.value(QStringLiteral("Exec")) == QStringLiteral("limber"));
    CHECK_FALSE(entry.contains(QStringLiteral("Missing")));
}

TEST_CASE("Writing is atomic, makes the folder, and marks launchers executable")
{
    desktop_test::TestDirs dirs;
    DesktopEntry entry;
    entry.set(QStringLiteral("Type"), QStringLiteral("Application"));
    entry.set(QStringLiteral("Name"), QStringLiteral("Limber"));
    entry.set(QStringLiteral("Exec"), QStringLiteral("limber"));

    const QString path = dirs.file(QStringLiteral("new/folder/limber.desktop"));
    CHECK(entry.write(path, true));
    CHECK(QFileInfo(path).isExecutable());
    CHECK(DesktopEntry::read(path)->value(QStringLiteral("Exec")) == QStringLiteral("limber"));

    CHECK(entry.write(path, false));
    CHECK_FALSE(QFileInfo(path).isExecutable());

    const QString blocked = dirs.file(QStringLiteral("a-file"));
    QFile file(blocked);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    const limber::WriteOutcome refused
        = entry.write(blocked + QStringLiteral("/under/it.desktop"), false);
    CHECK_FALSE(refused);
    CHECK_FALSE(refused.error.isEmpty());
}
