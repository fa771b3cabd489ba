// The one main of every tests/app executable: one QApplication on the offscreen platform,
// named as Limber is, with its settings, data and state in a folder of the run's own (tests
// that need their own folders still make TestDirs), then Catch2. The cue tests are built with
// LIMBER_TESTS_WITHOUT_SOUND_SERVER, so that silence is tested the same on every machine.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    // CTest sets it too; this covers running the executable by hand and test discovery.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef LIMBER_TESTS_WITHOUT_SOUND_SERVER
    qputenv("PULSE_SERVER", "unix:/nonexistent/limber-cues-tests");
#endif
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
