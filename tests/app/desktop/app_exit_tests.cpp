// The real binary, start to finish: a short routine played to its end with --exit-when-done
// must end with exit code 0 and nothing on stderr from the sanitizers. In the sanitizer build
// (LIMBER_SANITIZE) this is LeakSanitizer's check that the player, the cue layer and all they
// made are released at exit; in the normal build, that it exits. (The main window, the tray
// and the settings are made and destroyed in-process by the GUI tests, which LeakSanitizer
// checks at their own exit.)
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

class Launch {
public:
    Launch()
    {
        REQUIRE(m_home.isValid());
        QDir(m_home.path()).mkpath(QStringLiteral("runtime"));
        QFile::setPermissions(m_home.filePath(QStringLiteral("runtime")),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    QString path(const QString& relative) const { return m_home.filePath(relative); }

    // Runs limber with `arguments` to its end.
    void run(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // A private runtime dir: no Limber already running can take the launch over.
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), path(QStringLiteral("runtime")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), path(QStringLiteral("state")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        // No sound server: the cue layer takes its silent path, which must release all too.
        env.insert(
            QStringLiteral("PULSE_SERVER"), QStringLiteral("unix:") + path(QStringLiteral("none")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LIMBER_EXECUTABLE), arguments);
        REQUIRE(process.waitForFinished(60'000));
        m_exitStatus = process.exitStatus();
        m_exitCode = process.exitCode();
        m_err = QString::fromLocal8Bit(process.readAllStandardError());
    }

    void checkCleanExit() const
    {
        INFO(m_err.toStdString());
        CHECK(m_exitStatus == QProcess::NormalExit);
        CHECK(m_exitCode == 0);
        CHECK_FALSE(m_err.contains(QStringLiteral("LeakSanitizer")));
        CHECK_FALSE(m_err.contains(QStringLiteral("AddressSanitizer")));
        CHECK_FALSE(m_err.contains(QStringLiteral("runtime error")));
    }

private:
    QTemporaryDir m_home;
    QProcess::ExitStatus m_exitStatus = QProcess::CrashExit;
    int m_exitCode = -1;
    QString m_err;
};

} // namespace

TEST_CASE("A routine played to its end exits cleanly, every object released")
{
    Launch launch;
    // Three seconds of real time: a 1 s lead-in and a 2 s hold, so every kind of cue the
    // player and the cue layer make comes and goes (start, ticks, the closing page).
    QFile routine(launch.path(QStringLiteral("short.json")));
    REQUIRE(routine.open(QIODevice::WriteOnly));
    routine.write(
        R"({ "kind": "routine", "version": 1, "id": "short", "name": "Short", "lead_in_seconds": 1,
        "switch_seconds": 0, "items": [ { "exercise": "chin-to-chest", "seconds": 2 } ] })");
    routine.close();
    launch.run({ QStringLiteral("--routine"), routine.fileName(), QStringLiteral("--start"),
        QStringLiteral("--exit-when-done") });
    launch.checkCleanExit();
}
