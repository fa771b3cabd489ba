// The single-instance hand-off between real processes: a helper that links SingleInstance
// exactly as Limber does, and the real limber binary. Every wait is a waitFor* with a limit.
#include "desktop/single_instance.h"
#include "desktop_test_support.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <catch2/catch.hpp>

namespace {

const QString helper = QStringLiteral(LIMBER_INSTANCE_HELPER);

// Reads a process's output until a line containing `text` arrives (or the time is up).
bool waitForLine(QProcess& process, const QString& text, QString& seen, int timeoutMs = 20'000)
{
    while (!seen.contains(text)) {
        if (!process.waitForReadyRead(timeoutMs))
            return false;
        seen += QString::fromUtf8(process.readAll());
    }
    return true;
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
    const limber::CommandLine line = limber::SingleInstance::parseRequest(
        { QStringLiteral("--routine"), QStringLiteral("mine.json"), QStringLiteral("--start") },
        dirs.path());
    CHECK(line.mode == limber::CommandLine::Mode::Player);
    CHECK(line.start);
    CHECK(line.target == dirs.file(QStringLiteral("mine.json")));

    const limber::CommandLine byId = limber::SingleInstance::parseRequest(
        { QStringLiteral("--routine"), QStringLiteral("morning") }, dirs.path());
    CHECK(byId.target == QStringLiteral("morning"));
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
