// The cue tests' main: one QApplication on the offscreen platform, no sound device whatever
// the machine has (so silence is tested the same everywhere), and settings in a folder of
// the run's own, then Catch2.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    // CTest sets it too; this covers running the executable by hand and test discovery.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("PULSE_SERVER", "unix:/nonexistent/limber-cues-tests");
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
