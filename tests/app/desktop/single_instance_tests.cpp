// The single-instance hand-off between real processes: a helper that links SingleInstance
// exactly as Limber does, and the real limber binary. Every wait is a waitFor* with a limit.
#include "desktop/private_runtime_dir.h"
#include "desktop/single_instance.h"
#include "desktop_test_support.h"

#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>

#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString helper = QStringLiteral(LIMBER_INSTANCE_HELPER);

// Reads a process's output until `text` has come `count` times (or the time is up).
bool waitForCount(
    QProcess& process, const QString& text, int count, QString& seen, int timeoutMs = 20'000)
{
    while (seen.count(text) < count) {
        if (!process.waitForReadyRead(timeoutMs))
            return false;
        seen += QString::fromUtf8(process.readAll());
    }
    return true;
}

// Reads a process's output until a line containing `text` arrives (or the time is up).
bool waitForLine(QProcess& process, const QString& text, QString& seen, int timeoutMs = 20'000)
{
    return waitForCount(process, text, 1, seen, timeoutMs);
}

struct Running {
    QProcess process;
    QString output;

    explicit Running(const QString& program, const QStringList& arguments)
    {
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
    }
    ~Running()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
    Running(const Running&) = delete;
    Running& operator=(const Running&) = delete;
};

// Another user to squat as: only root can become one, so these cases need root (as in CI).
constexpr uid_t nobodyUid = 65534;
constexpr gid_t nobodyGid = 65534;

bool canActAsAnotherUser()
{
    return ::geteuid() == 0 && !desktop_test::findTool(QStringLiteral("setpriv")).isEmpty();
}

QStringList asNobody(const QString& program, const QStringList& arguments)
{
    return QStringList { QStringLiteral("--reuid=%1").arg(nobodyUid),
        QStringLiteral("--regid=%1").arg(nobodyGid), QStringLiteral("--clear-groups"), program }
    + arguments;
}

// A folder of another user's that everyone may write in, as a squatter would leave it.
QString squattersFolder(const desktop_test::TestDirs& dirs, const QString& name)
{
    const QString folder = dirs.file(name);
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(::chmod(QFile::encodeName(folder).constData(), 0777) == 0);
    REQUIRE(::chown(QFile::encodeName(folder).constData(), nobodyUid, nobodyGid) == 0);
    // The helper, run as nobody, must reach the folder through the test's own private one.
    REQUIRE(::chmod(QFile::encodeName(dirs.path()).constData(), 0755) == 0);
    return folder;
}

// Sets an environment variable for one test, or unsets it ("" as value), and puts it back.
class ScopedVariable {
public:
    ScopedVariable(const char* name, const QString& value)
        : m_name(name)
        , m_saved(qgetenv(name))
        , m_wasSet(qEnvironmentVariableIsSet(name))
    {
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value.toLocal8Bit());
    }
    ~ScopedVariable()
    {
        if (m_wasSet)
            qputenv(m_name, m_saved);
        else
            qunsetenv(m_name);
    }
    ScopedVariable(const ScopedVariable&) = delete;
    ScopedVariable& operator=(const ScopedVariable&) = delete;

private:
    const char* m_name;
    QByteArray m_saved;
    bool m_wasSet;
};

} // namespace

TEST_CASE("A second launch hands its arguments to the running one and exits 0")
{
    desktop_test::TestDirs dirs;
    const QString socket = dirs.file(QStringLiteral("runtime/test.socket"));
    Running first(helper, { socket });
    REQUIRE(waitForLine(first.process, QStringLiteral("listening"), first.output));

    QProcess second;
    second.setWorkingDirectory(dirs.path());
    second.start(helper,
        { socket, QStringLiteral("--routine"), QStringLiteral("office-break"),
            QStringLiteral("--start") });
    REQUIRE(second.waitForFinished(20'000));
    CHECK(second.exitStatus() == QProcess::NormalExit);
    CHECK(second.exitCode() == 0);
    CHECK(QString::fromUtf8(second.readAllStandardOutput()).trimmed() == QStringLiteral("handed"));

    REQUIRE(waitForLine(first.process, QStringLiteral("received:"), first.output));
    CHECK(first.output.contains(QStringLiteral("received: --routine office-break --start | ")
        + QDir(dirs.path()).canonicalPath()));

    // A second request on the same running instance works as well, then it quits on request.
    QProcess third;
    third.start(helper, { socket, QStringLiteral("quit") });
    REQUIRE(third.waitForFinished(20'000));
    CHECK(third.exitCode() == 0);
    REQUIRE(first.process.waitForFinished(20'000));
    CHECK(first.process.exitCode() == 0);
}

TEST_CASE("A socket left by a crash is recovered")
{
    desktop_test::TestDirs dirs;
    const QString socket = dirs.file(QStringLiteral("runtime/test.socket"));
    {
        Running crashed(helper, { socket });
        REQUIRE(waitForLine(crashed.process, QStringLiteral("listening"), crashed.output));
        crashed.process.kill(); // SIGKILL: no clean-up, the socket file stays
        REQUIRE(crashed.process.waitForFinished(10'000));
    }
    REQUIRE(QFileInfo::exists(socket));

    // Nobody answers on the old socket: the next launch takes over instead of handing off.
    Running next(helper, { socket });
    REQUIRE(waitForLine(next.process, QStringLiteral("listening"), next.output));
    CHECK_FALSE(next.output.contains(QStringLiteral("cannot listen")));

    QProcess after;
    after.start(helper, { socket, QStringLiteral("--builder") });
    REQUIRE(after.waitForFinished(20'000));
    CHECK(QString::fromUtf8(after.readAllStandardOutput()).trimmed() == QStringLiteral("handed"));
    REQUIRE(waitForLine(next.process, QStringLiteral("received: --builder"), next.output));
}

TEST_CASE("With nobody running, a hand-off fails at once")
{
    desktop_test::TestDirs dirs;
    limber::SingleInstance instance(dirs.file(QStringLiteral("runtime/none.socket")));
    CHECK_FALSE(instance.handOff({ QStringLiteral("--builder") }, 2000));
    CHECK(instance.listen());
    CHECK(instance.isListening());
}

TEST_CASE("The default socket lives in the user's runtime dir")
{
    desktop_test::TestDirs dirs;
    CHECK(limber::SingleInstance::defaultServerName()
        == dirs.file(QStringLiteral("runtime/limber.socket")));
}

TEST_CASE("A request's routine file is found from the folder it was launched in")
{
    desktop_test::TestDirs dirs;
    QFile file(dirs.file(QStringLiteral("mine.json")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    const limber::LaunchRequest line = limber::SingleInstance::parseRequest(
        { QStringLiteral("--routine"), QStringLiteral("mine.json"), QStringLiteral("--start") },
        dirs.path());
    REQUIRE(line.play);
    CHECK(line.play->start);
    CHECK(line.play->target == dirs.file(QStringLiteral("mine.json")));
    CHECK(line.play->origin == limber::SessionOrigin::CommandLine);

    const limber::LaunchRequest byId = limber::SingleInstance::parseRequest(
        { QStringLiteral("--routine"), QStringLiteral("morning") }, dirs.path());
    REQUIRE(byId.play);
    CHECK(byId.play->target == QStringLiteral("morning"));

    const limber::LaunchRequest builder
        = limber::SingleInstance::parseRequest({ QStringLiteral("--builder") }, dirs.path());
    CHECK_FALSE(builder.play);
    CHECK(builder.error.isEmpty());
    CHECK(builder.window.openBuilder);
    CHECK_FALSE(limber::SingleInstance::parseRequest({ QStringLiteral("--list") }, dirs.path())
                    .error.isEmpty());
}

TEST_CASE("The real limber: a second launch goes to the running window and exits 0")
{
    desktop_test::TestDirs dirs;
    const QString limber = QStringLiteral(LIMBER_EXECUTABLE);
    Running first(limber, { QStringLiteral("--verbose") });
    REQUIRE(
        waitForLine(first.process, QStringLiteral("listening for other launches"), first.output));

    QProcess second;
    second.setProcessChannelMode(QProcess::MergedChannels);
    second.start(limber,
        { QStringLiteral("--routine"), QStringLiteral("office-break"), QStringLiteral("--start") });
    REQUIRE(second.waitForFinished(30'000));
    INFO(QString::fromUtf8(second.readAll()).toStdString());
    CHECK(second.exitStatus() == QProcess::NormalExit);
    CHECK(second.exitCode() == 0);
    REQUIRE(waitForLine(first.process, QStringLiteral("opening office-break"), first.output));

    // A launch with a usage error is still refused by the second process itself.
    QProcess wrong;
    wrong.start(limber, { QStringLiteral("--routine"), QStringLiteral("no-such-routine") });
    REQUIRE(wrong.waitForFinished(30'000));
    CHECK(wrong.exitCode() == 2);
}

TEST_CASE("Only a real folder of this user's with mode 0700 is private")
{
    desktop_test::TestDirs dirs;
    const QString good = dirs.file(QStringLiteral("runtime"));
    CHECK(limber::privateDirProblem(good).isEmpty());

    const QString open = dirs.file(QStringLiteral("open"));
    REQUIRE(QDir().mkpath(open));
    REQUIRE(::chmod(QFile::encodeName(open).constData(), 0777) == 0);
    CHECK(limber::privateDirProblem(open)
        == open + QStringLiteral(" has mode 0777, not 0700 (private to its owner)"));
    REQUIRE(::chmod(QFile::encodeName(open).constData(), 0750) == 0);
    CHECK(limber::privateDirProblem(open).contains(QStringLiteral("mode 0750")));

    const QString link = dirs.file(QStringLiteral("link"));
    REQUIRE(QFile::link(good, link));
    CHECK(limber::privateDirProblem(link)
        == link + QStringLiteral(" is a symbolic link, not a folder of its own"));

    const QString file = dirs.file(QStringLiteral("file"));
    QFile(file).open(QIODevice::WriteOnly);
    CHECK(limber::privateDirProblem(file) == file + QStringLiteral(" is not a folder"));
    CHECK(limber::privateDirProblem(dirs.file(QStringLiteral("none")))
              .contains(QStringLiteral("No such file")));

    if (::geteuid() == 0) {
        const QString theirs = dirs.file(QStringLiteral("theirs"));
        REQUIRE(QDir().mkpath(theirs));
        REQUIRE(::chmod(QFile::encodeName(theirs).constData(), 0700) == 0);
        REQUIRE(::chown(QFile::encodeName(theirs).constData(), nobodyUid, nobodyGid) == 0);
        CHECK(limber::privateDirProblem(theirs)
            == theirs + QStringLiteral(" belongs to user id 65534, not to this user (0)"));
    }
}

TEST_CASE("Without a private runtime dir the socket goes in a private folder of its own")
{
    desktop_test::TestDirs dirs;
    const QString temp = dirs.file(QStringLiteral("tmp"));
    REQUIRE(QDir().mkpath(temp));
    const ScopedVariable tmpdir("TMPDIR", temp);
    const QString fallback = QDir(temp).filePath(QStringLiteral("limber-%1").arg(::getuid()));

    SECTION("XDG_RUNTIME_DIR unset: made with mode 0700")
    {
        const ScopedVariable runtime("XDG_RUNTIME_DIR", {});
        CHECK(limber::privateRuntimeDir() == fallback);
        CHECK(limber::privateDirProblem(fallback).isEmpty());
        CHECK(limber::SingleInstance::defaultServerName()
            == QDir(fallback).filePath(QStringLiteral("limber.socket")));
    }
    SECTION("XDG_RUNTIME_DIR open to others: not used")
    {
        const QString open = dirs.file(QStringLiteral("open-runtime"));
        REQUIRE(QDir().mkpath(open));
        REQUIRE(::chmod(QFile::encodeName(open).constData(), 0777) == 0);
        const ScopedVariable runtime("XDG_RUNTIME_DIR", open);
        CHECK(limber::privateRuntimeDir() == fallback);
    }
    SECTION("A fallback someone left open is refused, and Limber runs on its own")
    {
        const ScopedVariable runtime("XDG_RUNTIME_DIR", {});
        REQUIRE(QDir().mkpath(fallback));
        REQUIRE(::chmod(QFile::encodeName(fallback).constData(), 0777) == 0);
        CHECK_FALSE(limber::privateRuntimeDir());
        CHECK(limber::SingleInstance::defaultServerName().isEmpty());
        limber::SingleInstance alone;
        CHECK(alone.handOffOrListen({ QStringLiteral("--builder") })
            == limber::SingleInstance::Claim::OnItsOwn);
        CHECK_FALSE(alone.isListening());
        CHECK(QDir(fallback).isEmpty());
    }
    SECTION("A fallback of another user's is refused")
    {
        if (::geteuid() != 0) {
            WARN("skipped: only root can make a folder of another user's");
            return;
        }
        const ScopedVariable runtime("XDG_RUNTIME_DIR", {});
        REQUIRE(QDir().mkpath(fallback));
        REQUIRE(::chmod(QFile::encodeName(fallback).constData(), 0700) == 0);
        REQUIRE(::chown(QFile::encodeName(fallback).constData(), nobodyUid, nobodyGid) == 0);
        CHECK_FALSE(limber::privateRuntimeDir());
    }
}

TEST_CASE("A socket squatted by another user is never handed a launch")
{
    if (!canActAsAnotherUser()) {
        WARN("skipped: squatting as another user needs root and setpriv");
        return;
    }
    desktop_test::TestDirs dirs;
    const QString socket = QDir(squattersFolder(dirs, QStringLiteral("shared")))
                               .filePath(QStringLiteral("limber.socket"));
    Running squatter(QStringLiteral("setpriv"), asNobody(helper, { socket }));
    REQUIRE(waitForLine(squatter.process, QStringLiteral("listening"), squatter.output));

    SECTION("The client checks the server's user before sending")
    {
        Running launch(
            helper, { socket, QStringLiteral("--routine"), QStringLiteral("office-break") });
        REQUIRE(waitForLine(launch.process, QStringLiteral("not this user"), launch.output));
        CHECK(launch.output.contains(QStringLiteral("is user id 65534")));
        CHECK_FALSE(launch.output.contains(QStringLiteral("handed")));
    }
    SECTION("The server drops a client of another user unread")
    {
        // A client that skips the check, as another user's program would: the request is
        // well formed, so only the user check can stop it.
        QLocalSocket client;
        client.connectToServer(socket);
        REQUIRE(client.waitForConnected(10'000));
        QByteArray request;
        QDataStream out(&request, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << quint32 { 0x4c4d4252 } << QStringList { QStringLiteral("--builder") }
            << QDir::currentPath();
        client.write(request);
        client.waitForBytesWritten(10'000);
        REQUIRE(waitForLine(squatter.process, QStringLiteral("not this user"), squatter.output));
        CHECK(squatter.output.contains(QStringLiteral("the client on the Limber socket")));
        CHECK((client.state() == QLocalSocket::UnconnectedState
            || client.waitForDisconnected(10'000)));
        CHECK(client.bytesAvailable() == 0);
    }
    // Whatever the launch did, the squatter heard nothing. All it could have been sent has been
    // answered by now (the launch gave up, the client was dropped), so it is stopped here and
    // its output read. (Asking it to quit through its socket hung now and then: a flaky test.)
    squatter.process.kill();
    REQUIRE(squatter.process.waitForFinished(10'000));
    squatter.output += QString::fromUtf8(squatter.process.readAll());
    CHECK_FALSE(squatter.output.contains(QStringLiteral("received: --routine")));
    CHECK_FALSE(squatter.output.contains(QStringLiteral("received: --builder")));
}

TEST_CASE("The real limber with a squatted fallback folder runs on its own")
{
    desktop_test::TestDirs dirs;
    const QString temp = dirs.file(QStringLiteral("tmp"));
    REQUIRE(QDir().mkpath(temp));
    REQUIRE(::chmod(QFile::encodeName(temp).constData(), 01777) == 0);
    const ScopedVariable tmpdir("TMPDIR", temp);
    const ScopedVariable runtime("XDG_RUNTIME_DIR", {});
    const QString fallback = QDir(temp).filePath(QStringLiteral("limber-%1").arg(::getuid()));
    const QString socket = QDir(fallback).filePath(QStringLiteral("limber.socket"));

    std::unique_ptr<Running> squatter;
    if (canActAsAnotherUser()) {
        squattersFolder(dirs, QStringLiteral("tmp/limber-0"));
        squatter
            = std::make_unique<Running>(QStringLiteral("setpriv"), asNobody(helper, { socket }));
        REQUIRE(waitForLine(squatter->process, QStringLiteral("listening"), squatter->output));
    } else {
        REQUIRE(QDir().mkpath(fallback));
        REQUIRE(::chmod(QFile::encodeName(fallback).constData(), 0777) == 0);
    }

    for (const QStringList& arguments : { QStringList {},
             QStringList { QStringLiteral("--routine"), QStringLiteral("office-break"),
                 QStringLiteral("--start") } }) {
        Running limber(QStringLiteral(LIMBER_EXECUTABLE),
            QStringList { QStringLiteral("--verbose") } + arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        REQUIRE(waitForLine(
            limber.process, QStringLiteral("this Limber runs on its own"), limber.output));
        CHECK(limber.output.contains(QStringLiteral("not using ") + fallback));
        CHECK_FALSE(limber.output.contains(QStringLiteral("handed this launch")));
        CHECK(limber.process.state() == QProcess::Running);
    }
    if (squatter) {
        squatter->output += QString::fromUtf8(squatter->process.readAll());
        CHECK_FALSE(squatter->output.contains(QStringLiteral("received:")));
    }
}

namespace {

// Waits, polling both for at most `timeoutMs`, until one of two processes ends.
QProcess* firstToFinish(QProcess& a, QProcess& b, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        for (QProcess* process : { &a, &b })
            if (process->state() == QProcess::NotRunning || process->waitForFinished(25))
                return process;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The real limber: two launches of a break at once give one player, ten times over")
{
    desktop_test::TestDirs dirs;
    const QString limber = QStringLiteral(LIMBER_EXECUTABLE);
    const QStringList arguments { QStringLiteral("--routine"), QStringLiteral("office-break"),
        QStringLiteral("--start"), QStringLiteral("--verbose") };
    for (int round = 1; round <= 10; ++round) {
        INFO("round " << round);
        Running a(limber, arguments);
        Running b(limber, arguments);
        QProcess* handed = firstToFinish(a.process, b.process, 30'000);
        REQUIRE(handed);
        Running& player = handed == &a.process ? b : a;
        Running& other = handed == &a.process ? a : b;
        other.output += QString::fromUtf8(handed->readAll());
        INFO(other.output.toStdString());
        CHECK(handed->exitStatus() == QProcess::NormalExit);
        CHECK(handed->exitCode() == 0);
        CHECK(other.output.contains(QStringLiteral("handed this launch")));
        CHECK_FALSE(other.output.contains(QStringLiteral("opening a player")));

        REQUIRE(waitForLine(player.process,
            QStringLiteral("raising the player already open on office-break"), player.output));
        CHECK(player.output.count(QStringLiteral("opening a player")) == 1);
        CHECK(player.process.state() == QProcess::Running);
    }
}

TEST_CASE("The real limber: hand-offs of the break playing raise its one player")
{
    desktop_test::TestDirs dirs;
    const QString limber = QStringLiteral(LIMBER_EXECUTABLE);
    Running window(limber, { QStringLiteral("--verbose") });
    REQUIRE(
        waitForLine(window.process, QStringLiteral("listening for other launches"), window.output));
    for (int launch = 1; launch <= 3; ++launch) {
        const desktop_test::RunResult second = desktop_test::run(limber,
            { QStringLiteral("--routine"), QStringLiteral("office-break"),
                QStringLiteral("--start") },
            30'000);
        CHECK(second.exitCode == 0);
    }
    REQUIRE(waitForCount(window.process, QStringLiteral("raising the player"), 2, window.output));
    CHECK(window.output.count(QStringLiteral("opening a player on office-break")) == 1);
}
