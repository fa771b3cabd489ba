// The history from the outside: the real binary plays a short routine of the test's own on the
// offscreen platform with private XDG folders, and `limber --history` tells what it did, also
// after a `kill -9` half way through.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>
#include <csignal>
#include <memory>
#include <sys/stat.h>
#include <vector>

namespace {

// Four stretches: 1 s, 2 × 1 s, then two long ones that a test can kill the player in.
const QByteArray shortRoutine = R"({
  "kind": "routine",
  "version": 1,
  "id": "history-test",
  "name": "History test",
  "summary": "Short holds for the history tests.",
  "lead_in_seconds": 0,
  "switch_seconds": 0,
  "items": [
    { "exercise": "chin-to-chest", "seconds": 1 },
    { "exercise": "seated-thoracic-twist", "seconds": 1 },
    { "exercise": "chin-to-chest", "seconds": %LONG% },
    { "exercise": "chin-to-chest", "seconds": %LONG% }
  ]
})";

class Home {
public:
    Home()
    {
        REQUIRE(m_dir.isValid());
        QDir(m_dir.path()).mkpath(QStringLiteral("runtime"));
        ::chmod(QFile::encodeName(path(QStringLiteral("runtime"))).constData(), 0700);
    }

    QString path(const QString& relative) const { return m_dir.filePath(relative); }

    QString routine(int longSeconds) const
    {
        const QString file = path(QStringLiteral("history-test.json"));
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        QByteArray bytes = shortRoutine;
        out.write(bytes.replace("%LONG%", QByteArray::number(longSeconds)));
        return file;
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        // No sound server: the player plays on silently, as it does without one.
        env.insert(QStringLiteral("PULSE_SERVER"), path(QStringLiteral("no-pulse")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), path(QStringLiteral("state")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), path(QStringLiteral("runtime")));
        return env;
    }

    void startPlayer(QProcess& process, const QStringList& arguments) const
    {
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(LIMBER_EXECUTABLE), arguments);
        REQUIRE(process.waitForStarted(10'000));
    }

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    Run limber(const QStringList& arguments) const
    {
        QProcess process;
        startPlayer(process, arguments);
        REQUIRE(process.waitForFinished(30'000));
        return { process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError()) };
    }

    // The sessions `limber --history --json` prints.
    QJsonArray history() const
    {
        const Run run = limber({ QStringLiteral("--history"), QStringLiteral("--json") });
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return QJsonDocument::fromJson(run.out)[QStringLiteral("sessions")].toArray();
    }

private:
    QTemporaryDir m_dir;
};

int countOutcome(const QJsonObject& session, const QString& outcome)
{
    int count = 0;
    for (const QJsonValue& stretch : session[QStringLiteral("stretches")].toArray())
        count += stretch[QStringLiteral("outcome")].toString() == outcome;
    return count;
}

double stretchesPlayedMs(const QJsonObject& session)
{
    double sum = 0;
    for (const QJsonValue& stretch : session[QStringLiteral("stretches")].toArray())
        sum += stretch[QStringLiteral("played_ms")].toDouble();
    return sum;
}

} // namespace

TEST_CASE("a routine played to its end shows as finished, its played time that of its plan")
{
    Home home;
    const Home::Run played = home.limber({ QStringLiteral("--routine"), home.routine(1),
        QStringLiteral("--start"), QStringLiteral("--exit-when-done") });
    INFO(played.err.toStdString());
    REQUIRE(played.exitCode == 0);

    const QJsonArray sessions = home.history();
    REQUIRE(sessions.size() == 1);
    const QJsonObject session = sessions[0].toObject();
    CHECK(session[QStringLiteral("end")].toString() == QStringLiteral("finished"));
    CHECK(session[QStringLiteral("origin")].toString() == QStringLiteral("command-line"));
    CHECK(session[QStringLiteral("routine")].toString() == QStringLiteral("history-test"));
    const double planned = session[QStringLiteral("planned_ms")].toDouble();
    CHECK(planned == 5'000);
    CHECK(std::abs(session[QStringLiteral("played_ms")].toDouble() - planned) <= 1'000);
    CHECK(countOutcome(session, QStringLiteral("done")) == 4);
    CHECK(stretchesPlayedMs(session) == session[QStringLiteral("played_ms")].toDouble());
}

TEST_CASE("a player killed half way leaves its session stopped with the stretches done so far")
{
    Home home;
    QProcess player;
    home.startPlayer(
        player, { QStringLiteral("--routine"), home.routine(60), QStringLiteral("--start") });

    // Until the store shows the first two stretches done, within a deadline.
    QElapsedTimer waited;
    waited.start();
    int doneBefore = 0;
    while (doneBefore < 2) {
        REQUIRE(waited.elapsed() < 30'000);
        REQUIRE(player.state() == QProcess::Running);
        if (QFileInfo::exists(home.path(QStringLiteral("data/limber/history.sqlite")))) {
            const QJsonArray sessions = home.history();
            if (!sessions.isEmpty())
                doneBefore = countOutcome(sessions[0].toObject(), QStringLiteral("done"));
        }
        if (doneBefore < 2)
            QThread::msleep(50);
    }
    ::kill(static_cast<pid_t>(player.processId()), SIGKILL);
    REQUIRE(player.waitForFinished(10'000));
    CHECK(player.exitStatus() == QProcess::CrashExit);

    const QJsonArray sessions = home.history();
    REQUIRE(sessions.size() == 1);
    const QJsonObject session = sessions[0].toObject();
    CHECK(session[QStringLiteral("end")].toString() == QStringLiteral("stopped"));
    CHECK(session[QStringLiteral("end_utc_ms")].isNull());
    const QJsonArray stretches = session[QStringLiteral("stretches")].toArray();
    REQUIRE(stretches.size() == 4);
    CHECK(stretches[0][QStringLiteral("outcome")].toString() == QStringLiteral("done"));
    CHECK(stretches[0][QStringLiteral("played_ms")].toDouble() == 1'000);
    CHECK(stretches[1][QStringLiteral("outcome")].toString() == QStringLiteral("done"));
    CHECK(stretches[1][QStringLiteral("played_ms")].toDouble() == 2'000);
    CHECK(stretches[3][QStringLiteral("outcome")].toString() == QStringLiteral("not-reached"));
    CHECK(session[QStringLiteral("played_ms")].toDouble() == stretchesPlayedMs(session));
}

TEST_CASE("players started at once on a new history all record into it and none moves it aside")
{
    // Found at merge: two Limbers migrating a new file at once, the second's CREATE TABLE failed
    // and read as a damaged file, which was moved aside.
    Home home;
    const QString routine = home.routine(1);
    std::vector<std::unique_ptr<QProcess>> players;
    for (int i = 0; i < 3; ++i) {
        players.push_back(std::make_unique<QProcess>());
        home.startPlayer(*players.back(),
            { QStringLiteral("--routine"), routine, QStringLiteral("--start"),
                QStringLiteral("--exit-when-done") });
    }
    for (const auto& player : players) {
        REQUIRE(player->waitForFinished(30'000));
        INFO(QString::fromUtf8(player->readAllStandardError()).toStdString());
        CHECK(player->exitCode() == 0);
    }
    const QStringList aside = QDir(home.path(QStringLiteral("data/limber")))
                                  .entryList({ QStringLiteral("*.broken-*") }, QDir::Files);
    CHECK(aside.isEmpty());
    const QJsonArray sessions = home.history();
    REQUIRE(sessions.size() == 3);
    for (const QJsonValue& session : sessions)
        CHECK(session[QStringLiteral("end")].toString() == QStringLiteral("finished"));
}

TEST_CASE("limber --history with no history yet prints nothing and makes no file")
{
    Home home;
    const Home::Run run = home.limber({ QStringLiteral("--history") });
    CHECK(run.exitCode == 0);
    CHECK(run.out.isEmpty());
    CHECK_FALSE(QFileInfo::exists(home.path(QStringLiteral("data/limber/history.sqlite"))));
}

TEST_CASE("limber --history's options are checked")
{
    Home home;
    for (const QStringList& arguments : { QStringList { QStringLiteral("--csv") },
             QStringList { QStringLiteral("--since"), QStringLiteral("2026-01-01") },
             QStringList {
                 QStringLiteral("--history"), QStringLiteral("--csv"), QStringLiteral("--json") },
             QStringList { QStringLiteral("--history"), QStringLiteral("--since"),
                 QStringLiteral("May") } }) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const Home::Run run = home.limber(arguments);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("Try 'limber --help'")));
    }
}

TEST_CASE("with history turned off in the settings a routine played leaves no history")
{
    Home home;
    QDir(home.path(QStringLiteral("config"))).mkpath(QStringLiteral("limber"));
    QFile settings(home.path(QStringLiteral("config/limber/limber.conf")));
    REQUIRE(settings.open(QIODevice::WriteOnly));
    settings.write("[history]\nenabled=false\n");
    settings.close();

    const Home::Run played = home.limber({ QStringLiteral("--routine"), home.routine(1),
        QStringLiteral("--start"), QStringLiteral("--exit-when-done") });
    REQUIRE(played.exitCode == 0);
    CHECK_FALSE(QFileInfo::exists(home.path(QStringLiteral("data/limber/history.sqlite"))));
    CHECK(home.history().isEmpty());
}
