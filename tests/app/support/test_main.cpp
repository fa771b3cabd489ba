// The one main of every tests/app executable: one QApplication on the offscreen platform,
// named as Limber is, with its settings, data and state in a folder of the run's own (tests
// that need their own folders still make TestDirs), and no way to the session bus of whoever
// runs them, then Catch2. The cue tests are built with LIMBER_TESTS_WITHOUT_SOUND_SERVER, so
// that silence is tested the same on every machine; the history's with LIMBER_TESTS_TIME_ZONE,
// set here rather than in CTest's ENVIRONMENT, which test discovery splits at the ';'.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <ctime>

int main(int argc, char** argv)
{
    // CTest sets it too; this covers running the executable by hand and test discovery.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef LIMBER_TESTS_WITHOUT_SOUND_SERVER
    qputenv("PULSE_SERVER", "unix:/nonexistent/limber-cues-tests");
#endif
#ifdef LIMBER_TESTS_TIME_ZONE
    qputenv("TZ", LIMBER_TESTS_TIME_ZONE);
    tzset();
#endif
    // No test reaches the desktop's session bus (a reminder would pop up on the screen of
    // whoever runs them): those that need a bus start their own (desktop/private_bus.h).
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/limber-tests-have-no-session-bus");
    const QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_STATE_HOME", QFile::encodeName(home.filePath(QStringLiteral("state"))));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("limber"));
    return Catch::Session().run(argc, argv);
}
