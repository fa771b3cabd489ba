// limber.conf read and written by AppSettings: files QSettings wrote read back the same, every
// bad value gives its default and one problem, a FIFO or a device there never blocks and is
// never written, a file that cannot be parsed is moved aside before a rewrite, and a full
// disk leaves the old file as it was.
#include "../support/child.h"
#include "../support/fake_clock.h"
#include "../support/full_disk.h"
#include "cues/cue_settings.h"
#include "desktop/desktop_integration.h"
#include "desktop/desktop_settings.h"
#include "desktop/player_launcher.h"
#include "desktop/settings_dialog.h"
#include "desktop/settings_problems.h"
#include "desktop_test_support.h"
#include "history/history_settings.h"
#include "library/dialogs.h"
#include "library/main_window.h"
#include "storage/app_settings.h"
#include "storage/data_locations.h"
#include "storage/favourites.h"
#include "storage/player_settings.h"
#include "storage/practice_settings.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>

#include <catch2/catch.hpp>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <future>
#include <memory>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using limber::test::child;

namespace {

QString settingsPath()
{
    return limber::AppSettings::standardPath();
}

void writeSettingsText(const QByteArray& text)
{
    QDir().mkpath(QFileInfo(settingsPath()).absolutePath());
    QFile file(settingsPath());
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(text) == text.size());
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList everythingIn(const QString& folder)
{
    QStringList names = QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    names.removeAll(testing::FullDisk::fillerName());
    return names;
}

bool isCharacterDevice(const char* path)
{
    struct stat info { };
    return ::lstat(path, &info) == 0 && S_ISCHR(info.st_mode);
}

// Runs `work` on a thread of its own and fails the test if it has not ended within five
// seconds, so a read that blocks shows as a failure, not as a hung test run. The thread is
// left behind on failure: joining it would hang just the same.
template <typename Work> auto withinFiveSeconds(Work work)
{
    using Result = decltype(work());
    auto promise = std::make_shared<std::promise<Result>>();
    std::future<Result> result = promise->get_future();
    std::thread([promise, work]() mutable { promise->set_value(work()); }).detach();
    REQUIRE(result.wait_for(std::chrono::seconds(5)) == std::future_status::ready);
    return result.get();
}

bool anyContains(const QStringList& problems, const QString& part)
{
    return std::any_of(problems.begin(), problems.end(),
        [&](const QString& problem) { return problem.contains(part); });
}

} // namespace

TEST_CASE("a settings file QSettings wrote reads back the same values")
{
    desktop_test::TestDirs dirs;
    // Raw bytes with NULs and the characters INI quoting cares about.
    static constexpr char geometryBytes[] = "\x01\xd9\xd0\xcb\x00\x03\x00\x00\xff\x7f a\"\\,=";
    const QByteArray geometry(geometryBytes, sizeof geometryBytes - 1);
    const QString voiceName = QStringLiteral("@en, \"us\"; x=y\\z \u00e9\u65e5 ");
    {
        QSettings old(settingsPath(), QSettings::IniFormat);
        old.setValue(QStringLiteral("reminders/enabled"), true);
        old.setValue(QStringLiteral("reminders/interval_minutes"), 25);
        old.setValue(QStringLiteral("reminders/days"), 0b1000001);
        old.setValue(QStringLiteral("reminders/start"), QStringLiteral("07:30"));
        old.setValue(QStringLiteral("reminders/end"), QStringLiteral("21:15"));
        old.setValue(QStringLiteral("reminders/routine"), QStringLiteral("neck-release"));
        old.setValue(QStringLiteral("reminders/natural_break_seconds"), 30);
        old.setValue(QStringLiteral("reminders/longest_wait_minutes"), 0);
        old.setValue(QStringLiteral("player/full_screen"), true);
        old.setValue(QStringLiteral("desktop/tray_notice_shown"), true);
        old.setValue(QStringLiteral("cues/sounds"), false);
        old.setValue(QStringLiteral("cues/volume"), 35);
        old.setValue(QStringLiteral("cues/breath_tones"), true);
        old.setValue(QStringLiteral("cues/voice"), false);
        old.setValue(QStringLiteral("cues/voice_name"), voiceName);
        old.setValue(QStringLiteral("cues/rate"), -0.3);
        old.setValue(QStringLiteral("cues/speak_breath_cues"), false);
        old.setValue(QStringLiteral("cues/speak_rep_counts"), false);
        old.setValue(QStringLiteral("practice/breath_in_ms"), 4500);
        old.setValue(QStringLiteral("practice/breath_out_ms"), 6000);
        old.setValue(QStringLiteral("practice/hold_scale"), 1.25);
        old.setValue(QStringLiteral("practice/lead_in_seconds"), 3);
        old.setValue(QStringLiteral("library/favourites"),
            QStringList { QStringLiteral("cat-cow"), QStringLiteral("neck-roll") });
        old.setValue(QStringLiteral("window/geometry"), geometry);
        old.setValue(QStringLiteral("window/tab"), 2);
        old.setValue(QStringLiteral("someone/else"), QStringLiteral("kept, as it was"));
    }

    limber::AppSettings file = limber::AppSettings::load();
    const limber::DesktopSettings desktop = limber::DesktopSettings::read(file);
    CHECK(desktop.reminders.enabled);
    CHECK(desktop.reminders.intervalMinutes == 25);
    CHECK(desktop.reminders.days == 0b1000001);
    CHECK(desktop.reminders.start == QTime(7, 30));
    CHECK(desktop.reminders.end == QTime(21, 15));
    CHECK(desktop.reminders.naturalBreakSeconds == 30);
    CHECK(desktop.reminders.longestWaitMinutes == 0);
    CHECK(desktop.reminderRoutine == QStringLiteral("neck-release"));
    CHECK(desktop.trayNoticeShown);
    CHECK(limber::PlayerSettings::read(file).fullScreen);
    const limber::CueSettings cues = limber::CueSettings::read(file);
    CHECK_FALSE(cues.sounds);
    CHECK(cues.volume == 35);
    CHECK(cues.breathTones);
    CHECK_FALSE(cues.voice);
    CHECK(cues.voiceName == voiceName);
    CHECK(cues.rate == -0.3);
    CHECK_FALSE(cues.speakBreathCues);
    CHECK_FALSE(cues.speakRepCounts);
    const limber::PracticeSettings practice = limber::PracticeSettings::read(file);
    CHECK(practice.paceInMs == 4500);
    CHECK(practice.paceOutMs == 6000);
    CHECK(practice.scale == 1.25);
    CHECK(practice.leadInSeconds == 3);
    CHECK_FALSE(practice.switchSeconds);
    CHECK(limber::Favourites::read(file)
        == QStringList { QStringLiteral("cat-cow"), QStringLiteral("neck-roll") });
    const limber::MainWindow::SavedPlace place = limber::MainWindow::readSavedPlace(file);
    CHECK(place.geometry == geometry);
    CHECK(place.tab == 2);
    CHECK(file.problems().isEmpty());

    SECTION("what Limber writes, QSettings reads back the same, other keys kept")
    {
        limber::CueSettings changed = cues;
        changed.voiceName = QStringLiteral("@a, \"b\"\t\u00e9");
        changed.rate = 0.1;
        REQUIRE(changed.save());
        limber::AppSettings again = limber::AppSettings::load();
        again.setBytes(QStringLiteral("window/geometry"), geometry);
        again.setList(QStringLiteral("library/favourites"),
            { QStringLiteral("a,b"), QStringLiteral(" x "), QStringLiteral("@c") });
        again.setList(QStringLiteral("library/none"), {});
        REQUIRE(again.save());

        const QSettings read(settingsPath(), QSettings::IniFormat);
        CHECK(read.value(QStringLiteral("cues/voice_name")).toString() == changed.voiceName);
        CHECK(read.value(QStringLiteral("cues/rate")).toDouble() == 0.1);
        CHECK(read.value(QStringLiteral("cues/volume")).toInt() == 35);
        CHECK(read.value(QStringLiteral("reminders/routine")).toString()
            == QStringLiteral("neck-release"));
        CHECK(read.value(QStringLiteral("window/geometry")).toByteArray() == geometry);
        CHECK(read.value(QStringLiteral("library/favourites")).toStringList()
            == QStringList { QStringLiteral("a,b"), QStringLiteral(" x "), QStringLiteral("@c") });
        CHECK(read.value(QStringLiteral("library/none")).toStringList().isEmpty());
        CHECK(read.value(QStringLiteral("someone/else")).toString()
            == QStringLiteral("kept, as it was"));
        CHECK(limber::CueSettings::load() == changed);
    }
}

TEST_CASE("every bad value gives its default and one problem naming the key and the value")
{
    desktop_test::TestDirs dirs;
    struct Case {
        const char* group;
        const char* key;
        const char* value;
        const char* why;
    };
    const Case cases[] = {
        { "reminders", "enabled", "banana", "is not true or false; using false" },
        { "reminders", "enabled", "", "is not true or false; using false" },
        { "reminders", "enabled", "1", "is not true or false; using false" },
        { "reminders", "interval_minutes", "0", "is not between 1 and 240; using 50" },
        { "reminders", "interval_minutes", "1e12", "is not a whole number; using 50" },
        { "reminders", "interval_minutes", "-5", "is not between 1 and 240; using 50" },
        { "reminders", "interval_minutes", "99999999999999999999999",
            "is not a whole number; using 50" },
        { "reminders", "interval_minutes", "banana", "is not a whole number; using 50" },
        { "reminders", "interval_minutes", "", "is not a whole number; using 50" },
        { "reminders", "days", "128", "is not between 0 and 127" },
        { "reminders", "start", "25:00", "is not a time of day (HH:mm); using 09:00" },
        { "reminders", "end", "banana", "is not a time of day (HH:mm); using 18:00" },
        { "reminders", "routine", "../../../etc/passwd", "is not an id" },
        { "reminders", "routine", "", "is not an id" },
        { "player", "full_screen", "yes", "is not true or false" },
        { "cues", "volume", "banana", "is not a whole number; using 70" },
        { "cues", "volume", "101", "is not between 0 and 100; using 70" },
        { "cues", "volume", "-1", "is not between 0 and 100; using 70" },
        { "cues", "rate", "nan", "is not a number; using 0" },
        { "cues", "rate", "inf", "is not a number; using 0" },
        { "cues", "rate", "2", "is not between -1 and 1; using 0" },
        { "cues", "voice_name", "a, b", "is a list, not one value" },
        { "practice", "breath_in_ms", "100", "is not between" },
        { "practice", "hold_scale", "1e12", "is not between 0.25 and 4" },
        { "practice", "hold_scale", "nan", "is not a number" },
        { "practice", "lead_in_seconds", "61",
            "is not between 0 and 60; using each routine's own" },
        { "history", "goal_minutes", "0", "is not between 1 and 240; using 5" },
        { "history", "enabled", "maybe", "is not true or false; using true" },
        { "window", "tab", "7", "is not between 0 and 3; using 0" },
        { "window", "geometry", "banana", "is not a byte array" },
    };
    for (const Case& bad : cases) {
        const QString key
            = QString::fromLatin1(bad.group) + QLatin1Char('/') + QString::fromLatin1(bad.key);
        DYNAMIC_SECTION(key.toStdString() << "=" << bad.value)
        {
            writeSettingsText(
                QByteArray("[") + bad.group + "]\n" + bad.key + "=" + bad.value + "\n");
            const limber::SettingsProblems found = limber::SettingsProblems::check();
            const QString expected
                = key + QStringLiteral(": \"") + QString::fromLatin1(bad.value) + QLatin1Char('"');
            CAPTURE(found.problems);
            REQUIRE(found.problems.size() == 1);
            CHECK(found.problems[0].startsWith(expected));
            CHECK(found.problems[0].contains(QString::fromLatin1(bad.why)));
            CHECK(found.path == settingsPath());

            // Each type gives its default for the bad value.
            CHECK(limber::DesktopSettings::load() == limber::DesktopSettings {});
            CHECK(limber::CueSettings::load() == limber::CueSettings {});
            CHECK(limber::PracticeSettings::load() == limber::PracticeSettings {});
            CHECK(limber::PlayerSettings::load() == limber::PlayerSettings {});
            CHECK(limber::HistorySettings::load() == limber::HistorySettings {});
        }
    }
}

TEST_CASE("the favourites keep the ids and leave out what is not one")
{
    desktop_test::TestDirs dirs;
    writeSettingsText("[library]\nfavourites=cat-cow, ../etc/passwd, neck-roll\n");
    limber::AppSettings file = limber::AppSettings::load();
    CHECK(limber::Favourites::read(file)
        == QStringList { QStringLiteral("cat-cow"), QStringLiteral("neck-roll") });
    CHECK(file.problems()
        == QStringList { QStringLiteral("library/favourites: \"../etc/passwd\" is not an id "
                                        "(1-64 lowercase letters, digits and '-'); left out") });
}

TEST_CASE("a binary chunk costs only its own line, and the file is moved aside before a rewrite")
{
    desktop_test::TestDirs dirs;
    const QByteArray text = QByteArray("[reminders]\nenabled=true\n")
        + QByteArray("\x00\xff\xfe binary\x01\x02", 12)
        + "\ninterval_minutes=20\nroutine=neck-release\n";
    writeSettingsText(text);

    limber::AppSettings file = limber::AppSettings::load();
    const limber::DesktopSettings read = limber::DesktopSettings::read(file);
    CHECK(read.reminders.enabled);
    CHECK(read.reminders.intervalMinutes == 20);
    CHECK(read.reminderRoutine == QStringLiteral("neck-release"));
    CAPTURE(file.problems());
    CHECK(anyContains(file.problems(), QStringLiteral("limber.conf line 3 holds binary")));
    CHECK(anyContains(file.problems(), QStringLiteral("cannot be parsed")));

    limber::DesktopSettings changed = read;
    changed.trayNoticeShown = true;
    const limber::WriteOutcome saved = changed.save();
    REQUIRE(saved);
    REQUIRE_FALSE(saved.movedAsideTo.isEmpty());
    CHECK(
        QFileInfo(saved.movedAsideTo).fileName().startsWith(QStringLiteral("limber.conf.broken-")));
    CHECK(QFileInfo(saved.movedAsideTo).fileName().size()
        == QStringLiteral("limber.conf.broken-YYYYMMDD-HHMMSS").size());
    CHECK(readBytes(saved.movedAsideTo) == text);
    CHECK(limber::DesktopSettings::load() == changed);
    CHECK(limber::SettingsProblems::check().problems.isEmpty());

    // Saved again: the file parses now, so nothing more is moved aside.
    const limber::WriteOutcome again = changed.save();
    REQUIRE(again);
    CHECK(again.movedAsideTo.isEmpty());
    CHECK(everythingIn(QFileInfo(settingsPath()).absolutePath()).size() == 2);
}

TEST_CASE("text that is not UTF-8, or lines that do not parse, are reported and kept aside")
{
    desktop_test::TestDirs dirs;
    const QByteArray text = GENERATE(QByteArray("[cues]\nvolume=40\nvoice_name=caf\xe9\n"),
        QByteArray("[cues]\nvolume=40\njust words\n"),
        QByteArray("[cues]\nvolume=40\nvoice_name=\"open\n"));
    writeSettingsText(text);
    limber::AppSettings file = limber::AppSettings::load();
    CHECK(limber::CueSettings::read(file).volume == 40);
    CAPTURE(file.problems());
    CHECK(anyContains(file.problems(), QStringLiteral("limber.conf line 3 ")));
    REQUIRE(limber::CueSettings {}.save());
    QStringList aside = QDir(QFileInfo(settingsPath()).absolutePath())
                            .entryList({ QStringLiteral("limber.conf.broken-*") });
    REQUIRE(aside.size() == 1);
    CHECK(
        readBytes(QFileInfo(settingsPath()).absolutePath() + QLatin1Char('/') + aside[0]) == text);
}

TEST_CASE("a FIFO as limber.conf is reported at once, the defaults used, and never written")
{
    desktop_test::TestDirs dirs;
    QDir().mkpath(QFileInfo(settingsPath()).absolutePath());
    REQUIRE(::mkfifo(QFile::encodeName(settingsPath()).constData(), 0644) == 0);

    const limber::SettingsProblems found
        = withinFiveSeconds([] { return limber::SettingsProblems::check(); });
    REQUIRE(found.problems.size() == 1);
    CHECK(found.problems[0].contains(QStringLiteral("FIFO")));
    CHECK(withinFiveSeconds([] { return limber::DesktopSettings::load(); })
        == limber::DesktopSettings {});

    limber::DesktopSettings changed;
    changed.reminders.enabled = true;
    const limber::WriteOutcome saved = withinFiveSeconds([changed] { return changed.save(); });
    CHECK_FALSE(saved);
    CHECK(saved.error.contains(QStringLiteral("FIFO")));
    struct stat info { };
    REQUIRE(::lstat(QFile::encodeName(settingsPath()).constData(), &info) == 0);
    CHECK(S_ISFIFO(info.st_mode));
    CHECK(everythingIn(QFileInfo(settingsPath()).absolutePath())
        == QStringList { QStringLiteral("limber.conf") });
}

TEST_CASE("a folder, or a file over 64 KiB, as limber.conf gives the defaults and a problem")
{
    desktop_test::TestDirs dirs;
    SECTION("a folder stays a folder")
    {
        QDir().mkpath(settingsPath());
        limber::AppSettings file = limber::AppSettings::load();
        CHECK(anyContains(file.problems(), QStringLiteral("is a folder")));
        CHECK_FALSE(limber::PracticeSettings {}.save());
        CHECK(QFileInfo(settingsPath()).isDir());
    }
    SECTION("a file too large is not read, and kept aside before a rewrite")
    {
        const QByteArray large = "[cues]\nvolume=10\n" + QByteArray(70 * 1024, ';') + "\n";
        writeSettingsText(large);
        CHECK(limber::CueSettings::load().volume == limber::CueSettings {}.volume);
        CHECK(anyContains(
            limber::SettingsProblems::check().problems, QStringLiteral("larger than 64 KiB")));
        const limber::WriteOutcome saved = limber::CueSettings {}.save();
        REQUIRE(saved);
        CHECK(readBytes(saved.movedAsideTo) == large);
    }
}

TEST_CASE("limber.conf linked to a device or to another user's file is not replaced")
{
    desktop_test::TestDirs dirs;
    QDir().mkpath(QFileInfo(settingsPath()).absolutePath());
    const QByteArray link = QFile::encodeName(settingsPath());

    SECTION("a link to /dev/null")
    {
        REQUIRE(::symlink("/dev/null", link.constData()) == 0);
        const limber::SettingsProblems found
            = withinFiveSeconds([] { return limber::SettingsProblems::check(); });
        CHECK(anyContains(found.problems, QStringLiteral("is a device")));
        const limber::WriteOutcome saved = limber::DesktopSettings {}.save();
        CHECK_FALSE(saved);
        CHECK(isCharacterDevice("/dev/null"));
        CHECK(QFileInfo(settingsPath()).isSymLink());
    }
    SECTION("a link to /dev/zero does not read forever")
    {
        REQUIRE(::symlink("/dev/zero", link.constData()) == 0);
        CHECK(withinFiveSeconds([] { return limber::CueSettings::load(); })
            == limber::CueSettings {});
        CHECK_FALSE(limber::CueSettings {}.save());
        CHECK(isCharacterDevice("/dev/zero"));
    }
    SECTION("a link to a file of another user")
    {
        if (::geteuid() != 0) {
            WARN("making a file of another user needs root (CI runs as root)");
            return;
        }
        const QString theirs = dirs.path() + QStringLiteral("/theirs.conf");
        const QByteArray their = "[cues]\nvolume=20\n";
        {
            QFile file(theirs);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write(their);
        }
        REQUIRE(::chown(QFile::encodeName(theirs).constData(), 65534, 65534) == 0);
        REQUIRE(::symlink(QFile::encodeName(theirs).constData(), link.constData()) == 0);
        const limber::WriteOutcome saved = limber::CueSettings {}.save();
        CHECK_FALSE(saved);
        CHECK(saved.error.contains(QStringLiteral("another user")));
        CHECK(readBytes(theirs) == their);
        CHECK(QFileInfo(settingsPath()).isSymLink());
    }
}

TEST_CASE("on a full disk saving the settings fails, and the old file stays byte for byte")
{
    desktop_test::TestDirs dirs;
    const QString folder = QFileInfo(settingsPath()).absolutePath();
    testing::FullDisk disk(folder);
    if (!disk.mounted()) {
        WARN("no full disk to test on: " << disk.reason().toStdString());
        return;
    }
    limber::DesktopSettings before;
    before.reminders.intervalMinutes = 30;
    REQUIRE(before.save());
    const QByteArray old = readBytes(settingsPath());
    disk.fill();

    limber::DesktopSettings changed = before;
    changed.reminders.enabled = true;
    const limber::WriteOutcome saved = changed.save();
    CHECK_FALSE(saved);
    CHECK(saved.error.contains(settingsPath()));
    CHECK(saved.error.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))));
    CHECK(readBytes(settingsPath()) == old);
    CHECK(everythingIn(folder) == QStringList { QStringLiteral("limber.conf") });
    CHECK(limber::DesktopSettings::load() == before);
}

TEST_CASE("the settings dialog lists what in the file could not be used")
{
    desktop_test::TestDirs dirs;
    limber::test::FakeClock clocks;
    writeSettingsText("[reminders]\nenabled=banana\n[cues]\nvolume=loud\n");
    limber::MainWindow window(
        limber::DataLocations::standard(), std::make_unique<limber::Dialogs>());
    limber::PlayerLauncher players(clocks, &window);
    limber::DesktopIntegration desktop(window, players, clocks,
        limber::DesktopIntegration::Surroundings { [&] { return clocks.wall(); } }, nullptr);
    CHECK_FALSE(desktop.settings().reminders.enabled);

    limber::SettingsDialog* dialog = desktop.openSettings();
    auto& notice = child<QLabel>(*dialog, QStringLiteral("settings-file-problems"));
    CHECK(notice.isVisible());
    CHECK(notice.text().contains(settingsPath()));
    CHECK(notice.text().contains(
        QStringLiteral("reminders/enabled: \"banana\" is not true or false; using false")));
    CHECK(notice.text().contains(
        QStringLiteral("cues/volume: \"loud\" is not a whole number; using 70")));

    // A change that cannot be saved says so in the open dialog.
    QFile::remove(settingsPath());
    QDir().mkpath(settingsPath()); // a folder where the file goes: every save is refused
    limber::ReminderRules rules = desktop.settings().reminders;
    rules.intervalMinutes = 15;
    desktop.setReminderRules(rules);
    auto& saveProblem = child<QLabel>(*dialog, QStringLiteral("settings-save-problem"));
    CHECK(saveProblem.isVisible());
    CHECK(saveProblem.text().contains(QStringLiteral("was not saved")));
    CHECK(saveProblem.text().contains(QStringLiteral("is a folder")));
    dialog->close();
    QApplication::setQuitOnLastWindowClosed(true);
}
