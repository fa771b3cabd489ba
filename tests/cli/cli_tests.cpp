// Runs the real `limber` binary in its display-free modes and checks exit codes and output.
// The platform plugin is set to one that does not exist: if any of these modes made a GUI
// application, Qt would abort, so passing proves they need no display.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

class Cli {
public:
    Cli()
    {
        REQUIRE(m_home.isValid());
        QDir(m_home.path()).mkpath(QStringLiteral("data/limber/exercises"));
        QDir(m_home.path()).mkpath(QStringLiteral("data/limber/routines"));
    }

    QString path(const QString& relative) const { return m_home.filePath(relative); }

    void write(const QString& relative, const QByteArray& bytes) const
    {
        QFile file(path(relative));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    Run run(const QStringList& arguments) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), path(QStringLiteral("state")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LIMBER_EXECUTABLE), arguments);
        REQUIRE(process.waitForFinished(30000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()) };
    }

private:
    QTemporaryDir m_home;
};

QJsonObject jsonObject(const QString& text)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(document.isObject());
    return document.object();
}

QSet<QString> ids(const QJsonArray& array)
{
    QSet<QString> result;
    for (const QJsonValue& value : array)
        result.insert(value.toObject().value(QStringLiteral("id")).toString());
    return result;
}

} // namespace

TEST_CASE("limber --version and --help succeed and say what they should")
{
    Cli cli;
    const Run version = cli.run({ QStringLiteral("--version") });
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("limber ")));

    const Run help = cli.run({ QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    for (const char* option :
        { "--list", "--validate", "--plan", "--routine", "--figure", "--json", "--verbose" })
        CHECK(help.out.contains(QString::fromLatin1(option)));
}

TEST_CASE("usage errors exit 2 with a clear message and a hint")
{
    Cli cli;
    const auto expectUsageError = [&](const QStringList& arguments, const QString& message) {
        const Run run = cli.run(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << " → " << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(message));
        CHECK(run.err.contains(QStringLiteral("limber --help")));
        CHECK(run.out.isEmpty());
    };
    expectUsageError(
        { QStringLiteral("--frobnicate") }, QStringLiteral("Unknown option 'frobnicate'"));
    expectUsageError({ QStringLiteral("--list"), QStringLiteral("--validate") },
        QStringLiteral("--list and --validate cannot be used together"));
    expectUsageError({ QStringLiteral("--plan") }, QStringLiteral("Missing value after '--plan'"));
    expectUsageError({ QStringLiteral("--plan"), QStringLiteral("morning"),
                         QStringLiteral("--scale"), QStringLiteral("9") },
        QStringLiteral("--scale must be a number from 0.25 to 4"));
    expectUsageError({ QStringLiteral("--plan"), QStringLiteral("morning"),
                         QStringLiteral("--pace"), QStringLiteral("4") },
        QStringLiteral("--pace must be two numbers"));
    expectUsageError({ QStringLiteral("--start") }, QStringLiteral("--start goes with --routine"));
    expectUsageError({ QStringLiteral("--from"), QStringLiteral("shortcut") },
        QStringLiteral("--from goes with --routine"));
    expectUsageError({ QStringLiteral("--routine"), QStringLiteral("morning"),
                         QStringLiteral("--from"), QStringLiteral("desk") },
        QStringLiteral("--from must be shortcut, got \"desk\""));
    expectUsageError({ QStringLiteral("stray") }, QStringLiteral("unexpected argument \"stray\""));
}

TEST_CASE("limber --validate with no path checks the built-in data and finds it valid")
{
    const Run run = Cli().run({ QStringLiteral("--validate") });
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("23 files checked: all valid")));
}

TEST_CASE("limber --validate names the file, the pointer and the problem, and exits 1")
{
    Cli cli;
    cli.write(QStringLiteral("bad.json"),
        R"({"kind": "exercise", "version": 1, "id": "my-stretch", "name": "Mine",
            "position": "seated", "steps": ["Reach."], "sides": "none",
            "dose": {"hold": {"seconds": 0}}})");
    const Run run = cli.run({ cli.path(QStringLiteral("bad.json")) });
    CHECK(run.exitCode == 2); // a path with no mode is a usage error

    const Run validate
        = cli.run({ QStringLiteral("--validate"), cli.path(QStringLiteral("bad.json")) });
    CHECK(validate.exitCode == 1);
    CHECK(validate.out
        == cli.path(QStringLiteral("bad.json"))
            + QStringLiteral(": /dose/hold/seconds: must be between 1 and 600, got 0\n"));
}

TEST_CASE("limber --validate reports a syntax error with its line and column")
{
    Cli cli;
    cli.write(QStringLiteral("broken.json"), "{\n  \"kind\": \"exercise\"\n  \"id\": \"x\"\n}\n");
    const Run run
        = cli.run({ QStringLiteral("--validate"), cli.path(QStringLiteral("broken.json")) });
    CHECK(run.exitCode == 1);
    CHECK(run.out.startsWith(
        cli.path(QStringLiteral("broken.json")) + QStringLiteral(":3:3: parse error")));
}

TEST_CASE("limber --validate checks a folder: one bad file never hides the good ones")
{
    Cli cli;
    QDir(cli.path({})).mkpath(QStringLiteral("mine"));
    cli.write(QStringLiteral("mine/good.json"),
        R"({"kind": "routine", "version": 1, "id": "my-break", "name": "Mine",
            "items": [{"exercise": "cat-cow"}]})");
    cli.write(QStringLiteral("mine/typo.json"),
        R"({"kind": "routine", "version": 1, "id": "my-typo", "name": "Typo",
            "items": [{"exercise": "cat-cow"}, {"exercise": "cat-cwo"}]})");
    const Run run = cli.run({ QStringLiteral("--validate"), cli.path(QStringLiteral("mine")) });
    CHECK(run.exitCode == 1);
    CHECK(run.out
        == cli.path(QStringLiteral("mine/typo.json"))
            + QStringLiteral(": /items/1/exercise: no exercise with id \"cat-cwo\"\n"));
    CHECK(run.err.contains(QStringLiteral("2 files checked")));

    const Run missing
        = cli.run({ QStringLiteral("--validate"), cli.path(QStringLiteral("nowhere")) });
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("no such file or folder")));
}

TEST_CASE("limber --list --json lists all 18 stretches and 5 routines, then the user's own")
{
    Cli cli;
    const Run run = cli.run({ QStringLiteral("--list"), QStringLiteral("--json") });
    REQUIRE(run.exitCode == 0);
    const QJsonObject list = jsonObject(run.out);
    const QSet<QString> exercises = ids(list.value(QStringLiteral("exercises")).toArray());
    CHECK(exercises
        == QSet<QString> { QStringLiteral("seated-thoracic-twist"), QStringLiteral("chair-twist"),
            QStringLiteral("eagle-arms"), QStringLiteral("downward-dog"),
            QStringLiteral("wall-dog"), QStringLiteral("childs-pose"), QStringLiteral("cat-cow"),
            QStringLiteral("thread-the-needle"), QStringLiteral("cross-body-shoulder"),
            QStringLiteral("chin-to-chest"), QStringLiteral("standing-side-reach"),
            QStringLiteral("standing-forward-fold"), QStringLiteral("cobra"),
            QStringLiteral("rounded-back-reach"), QStringLiteral("head-turn-down"),
            QStringLiteral("lateral-neck-flexion"), QStringLiteral("shoulder-blade-squeeze"),
            QStringLiteral("seated-thoracic-rotation") });
    CHECK(ids(list.value(QStringLiteral("routines")).toArray())
        == QSet<QString> { QStringLiteral("office-break"), QStringLiteral("morning"),
            QStringLiteral("upper-back-relief"), QStringLiteral("neck-and-shoulders"),
            QStringLiteral("thoracic-mobility") });

    cli.write(QStringLiteral("data/limber/routines/mine.json"),
        R"({"kind": "routine", "version": 1, "id": "my-break", "name": "Mine",
            "items": [{"exercise": "cat-cow"}]})");
    const QJsonObject withMine
        = jsonObject(cli.run({ QStringLiteral("--list"), QStringLiteral("--json") }).out);
    const QJsonArray routines = withMine.value(QStringLiteral("routines")).toArray();
    CHECK(routines.size() == 6);
    CHECK(ids(routines).contains(QStringLiteral("my-break")));
}

TEST_CASE("limber --list in text shows each routine's length")
{
    const Run run = Cli().run({ QStringLiteral("--list") });
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Exercises (18)")));
    CHECK(run.out.contains(QStringLiteral("Routines (5)")));
    const QString officeLine
        = run.out.section(QStringLiteral("office-break"), 1, 1).section(QLatin1Char('\n'), 0, 0);
    CHECK(officeLine.contains(QStringLiteral("5:00")));
}

TEST_CASE("limber --plan office-break lasts between 4:45 and 5:15")
{
    const Run run = Cli().run(
        { QStringLiteral("--plan"), QStringLiteral("office-break"), QStringLiteral("--json") });
    REQUIRE(run.exitCode == 0);
    const qint64 total = jsonObject(run.out).value(QStringLiteral("total_ms")).toInteger();
    CHECK(total >= 285000);
    CHECK(total <= 315000);

    const Run text = Cli().run({ QStringLiteral("--plan"), QStringLiteral("office-break") });
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("lead-in")));
    CHECK(text.out.contains(QStringLiteral("shoulder-blade-squeeze")));
}

TEST_CASE("limber --plan thoracic-mobility shows 2 sets of 15 reps per side with rest between")
{
    const Run run = Cli().run({ QStringLiteral("--plan"), QStringLiteral("thoracic-mobility"),
        QStringLiteral("--json") });
    REQUIRE(run.exitCode == 0);
    QStringList drill; // the kinds of the rotation drill's segments, in order
    for (const QJsonValue& value :
        jsonObject(run.out).value(QStringLiteral("segments")).toArray()) {
        const QJsonObject segment = value.toObject();
        if (segment.value(QStringLiteral("exercise")).toString()
            != QStringLiteral("seated-thoracic-rotation"))
            continue;
        const QString kind = segment.value(QStringLiteral("kind")).toString();
        drill << kind;
        if (kind != QStringLiteral("set"))
            continue;
        CHECK(segment.value(QStringLiteral("reps")).toInt() == 15);
        int left = 0;
        int right = 0;
        for (const QJsonValue& cue : segment.value(QStringLiteral("cues")).toArray()) {
            const QJsonObject c = cue.toObject();
            if (c.value(QStringLiteral("text"))
                    .toString()
                    .startsWith(QStringLiteral("Turn to the")))
                (c.value(QStringLiteral("side")).toString() == QStringLiteral("left") ? left
                                                                                      : right)++;
        }
        CHECK(left == 15);
        CHECK(right == 15);
    }
    CHECK(drill
        == QStringList { QStringLiteral("lead-in"), QStringLiteral("set"), QStringLiteral("rest"),
            QStringLiteral("set") });
}

TEST_CASE("limber --plan of an unknown routine exits 2, of a bad file exits 1, each saying why")
{
    Cli cli;
    const Run unknown = cli.run({ QStringLiteral("--plan"), QStringLiteral("no-such-routine") });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("no-such-routine")));

    cli.write(QStringLiteral("typo.json"),
        R"({"kind": "routine", "version": 1, "id": "my-typo", "name": "Typo",
            "items": [{"exercise": "cat-cwo"}]})");
    const Run typo = cli.run({ QStringLiteral("--plan"), cli.path(QStringLiteral("typo.json")) });
    CHECK(typo.exitCode == 1);
    CHECK(typo.err.contains(QStringLiteral("/items/0/exercise: no exercise with id \"cat-cwo\"")));
}

TEST_CASE("limber refuses NaN and infinity as usage errors, naming the argument")
{
    Cli cli;
    const auto expectRefused = [&](const QString& mode, const QString& option,
                                   const QString& value) {
        const QStringList arguments { mode, QStringLiteral("office-break"), option, value };
        const Run run = cli.run(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << " → " << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(option + QStringLiteral(" must be")));
        CHECK(run.err.contains(QStringLiteral("got \"%1\"").arg(value)));
        CHECK_FALSE(run.err.contains(QStringLiteral("office-break.json")));
        CHECK(run.out.isEmpty());
    };
    const QString plan = QStringLiteral("--plan");
    expectRefused(plan, QStringLiteral("--scale"), QStringLiteral("nan"));
    expectRefused(plan, QStringLiteral("--scale"), QStringLiteral("inf"));
    expectRefused(plan, QStringLiteral("--scale"), QStringLiteral("-inf"));
    expectRefused(plan, QStringLiteral("--scale"), QStringLiteral("1e999"));
    expectRefused(plan, QStringLiteral("--minutes"), QStringLiteral("nan"));
    expectRefused(plan, QStringLiteral("--minutes"), QStringLiteral("-inf"));
    expectRefused(plan, QStringLiteral("--pace"), QStringLiteral("nan,nan"));
    expectRefused(plan, QStringLiteral("--pace"), QStringLiteral("4,inf"));
    // The player is refused before any window is made (the platform does not exist here).
    expectRefused(QStringLiteral("--routine"), QStringLiteral("--scale"), QStringLiteral("nan"));
    expectRefused(QStringLiteral("--routine"), QStringLiteral("--pace"), QStringLiteral("nan,nan"));
}

// Special files on the command line. A read that blocked would hold the process past run()'s
// wait, which fails the test instead of hanging it.
namespace {

void makeFifo(const QString& path)
{
    REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0644) == 0);
}

// The player's accent in a light palette (player_style.cpp), the tone of the figure's near side.
const QRgb nearTone = qRgb(0x17, 0x76, 0x6c);

int pixelsOf(const QImage& image, QRgb colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += image.pixel(x, y) == colour ? 1 : 0;
    return count;
}

} // namespace

TEST_CASE("limber --validate of a FIFO, a device or a socket names it as an error at once")
{
    Cli cli;
    const QString fifo = cli.path(QStringLiteral("pipe.json"));
    makeFifo(fifo);
    const Run pipe = cli.run({ QStringLiteral("--validate"), fifo });
    CHECK(pipe.exitCode == 1);
    CHECK(pipe.out
        == fifo + QStringLiteral(": cannot read: is a FIFO (named pipe), not a regular file\n"));
    CHECK(pipe.err.contains(QStringLiteral("1 file checked: some are invalid")));

    const Run zero = cli.run({ QStringLiteral("--validate"), QStringLiteral("/dev/zero") });
    CHECK(zero.exitCode == 1);
    CHECK(zero.out
        == QStringLiteral(
            "/dev/zero: cannot read: is a device (character special file), not a regular file\n"));

    // The test's end of a pipe, or a terminal: either way not a file, and not waited on.
    const Run input = cli.run({ QStringLiteral("--validate"), QStringLiteral("/dev/stdin") });
    CHECK(input.exitCode == 1);
    CHECK(input.out.startsWith(QStringLiteral("/dev/stdin: cannot read: is a ")));
    CHECK_FALSE(input.err.contains(QStringLiteral("all valid")));

    const QString socketPath = cli.path(QStringLiteral("s.json"));
    const int listening = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    REQUIRE(listening >= 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray socketBytes = QFile::encodeName(socketPath);
    REQUIRE(static_cast<std::size_t>(socketBytes.size()) < sizeof address.sun_path);
    std::copy(socketBytes.begin(), socketBytes.end(), address.sun_path);
    REQUIRE(::bind(listening, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0);
    const Run socket = cli.run({ QStringLiteral("--validate"), socketPath });
    ::close(listening);
    CHECK(socket.exitCode == 1);
    CHECK(socket.out
        == socketPath + QStringLiteral(": cannot read: is a socket, not a regular file\n"));
}

TEST_CASE("limber --validate of a folder with no .json in it is a usage error, not all valid")
{
    Cli cli;
    QDir(cli.path({})).mkpath(QStringLiteral("empty"));
    const Run empty = cli.run({ QStringLiteral("--validate"), cli.path(QStringLiteral("empty")) });
    CHECK(empty.exitCode == 2);
    CHECK(empty.err.contains(QStringLiteral("no .json file in this folder or below it: ")
        + cli.path(QStringLiteral("empty"))));
    CHECK_FALSE(empty.err.contains(QStringLiteral("all valid")));

    cli.write(QStringLiteral("empty/notes.txt"), "not a stretch");
    const Run notes = cli.run({ QStringLiteral("--validate"), cli.path(QStringLiteral("empty")) });
    CHECK(notes.exitCode == 2);
}

TEST_CASE("limber --validate of a folder names each file it cannot read, one line each")
{
    Cli cli;
    QDir(cli.path({})).mkpath(QStringLiteral("mine"));
    const QString mine = cli.path(QStringLiteral("mine"));
    makeFifo(mine + QStringLiteral("/pipe.json"));
    REQUIRE(::symlink(
                "nowhere.json", QFile::encodeName(mine + QStringLiteral("/gone.json")).constData())
        == 0);
    cli.write(QStringLiteral("mine/new\nline.json"), "{");
    // A name that is not UTF-8, made from its bytes and removed by hand: Qt cannot name it.
    const QByteArray latin1 = QFile::encodeName(mine) + "/caf\xe9.json";
    const int fd = ::open(latin1.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
    REQUIRE(fd >= 0);
    ::close(fd);
    const Run run = cli.run({ QStringLiteral("--validate"), mine });
    ::unlink(latin1.constData());
    CHECK(run.exitCode == 1);
    CHECK(run.out
        == mine
            + QStringLiteral("/caf\\xe9.json: cannot read: the name is not valid UTF-8 (rename the "
                             "file to load it)\n")
            + mine
            + QStringLiteral(
                "/gone.json: cannot read: is a symbolic link to something that does not exist\n")
            + mine + QStringLiteral("/new\\nline.json:1:2: parse error: unexpected end of input\n")
            + mine
            + QStringLiteral(
                "/pipe.json: cannot read: is a FIFO (named pipe), not a regular file\n"));
    CHECK(run.err.contains(QStringLiteral("4 files checked: some are invalid")));
}

TEST_CASE("limber --plan and --routine of a FIFO say what it is and exit 2 without waiting")
{
    Cli cli;
    for (const QString& name : { QStringLiteral("pipe.json"), QStringLiteral("pipe") }) {
        const QString fifo = cli.path(name);
        makeFifo(fifo);
        for (const QString& mode : { QStringLiteral("--plan"), QStringLiteral("--routine") }) {
            const Run run = cli.run({ mode, fifo });
            INFO(mode.toStdString() << ' ' << name.toStdString() << " → " << run.err.toStdString());
            CHECK(run.exitCode == 2);
            CHECK(run.err.contains(fifo
                + QStringLiteral(": cannot read: is a FIFO (named pipe), not a regular file")));
            CHECK(run.out.isEmpty());
        }
    }
}

TEST_CASE("limber --figure writes a PNG of a pose with no display")
{
    Cli cli;
    const QString out = cli.path(QStringLiteral("cat-cow.png"));
    const Run run = cli.run({ QStringLiteral("--figure"), QStringLiteral("cat-cow"),
        QStringLiteral("--pose"), QStringLiteral("out"), QStringLiteral("--size"),
        QStringLiteral("200"), QStringLiteral("--png"), out });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    const QImage image(out);
    REQUIRE(!image.isNull());
    CHECK(image.size() == QSize(200, 200));
    // Solid near-tone pixels: the figure is there, not just a background.
    CHECK(pixelsOf(image, nearTone) > 200);
    // The corner is the background, inside the margin.
    CHECK(image.pixel(0, 0) != nearTone);
}

TEST_CASE("limber --figure --palette dark draws the dark tones on a dark background")
{
    Cli cli;
    const auto render = [&cli](const QString& name, QStringList palette) {
        const QString out = cli.path(name);
        const Run run = cli.run(QStringList { QStringLiteral("--figure"), QStringLiteral("cat-cow"),
                                    QStringLiteral("--png"), out }
            + palette);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return QImage(out);
    };
    const QImage light = render(QStringLiteral("light.png"), {});
    const QImage dark = render(
        QStringLiteral("dark.png"), { QStringLiteral("--palette"), QStringLiteral("dark") });
    CHECK(render(QStringLiteral("light-named.png"),
              { QStringLiteral("--palette"), QStringLiteral("light") })
        == light);
    CHECK(qGray(light.pixel(0, 0)) > 200);
    CHECK(qGray(dark.pixel(0, 0)) < 60);
    // The dark palette's accent, a lighter teal, is the figure's near tone.
    CHECK(pixelsOf(dark, qRgb(0x5e, 0xc4, 0xb4)) > 200);
    CHECK(pixelsOf(dark, nearTone) == 0);

    const Run wrong = cli.run(
        { QStringLiteral("--figure"), QStringLiteral("cat-cow"), QStringLiteral("--palette"),
            QStringLiteral("blue"), QStringLiteral("--png"), cli.path(QStringLiteral("x.png")) });
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("--palette must be light or dark, got \"blue\"")));
}

TEST_CASE("limber --figure of a user's file without a figure renders its neutral figure")
{
    Cli cli;
    cli.write(QStringLiteral("plain.json"),
        R"({"kind": "exercise", "version": 1, "id": "plain", "name": "Plain",
            "position": "standing", "steps": ["Stand tall."], "sides": "none",
            "dose": {"hold": {"seconds": 20}}})");
    const QString out = cli.path(QStringLiteral("plain.png"));
    const Run run = cli.run({ QStringLiteral("--figure"), cli.path(QStringLiteral("plain.json")),
        QStringLiteral("--png"), out });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(pixelsOf(QImage(out), nearTone) > 100);
}

TEST_CASE("limber --figure refuses a pose, side, size or view it does not know, exiting 2")
{
    Cli cli;
    const QString out = cli.path(QStringLiteral("x.png"));
    const auto expectUsageError = [&](QStringList arguments, const QString& message) {
        arguments << QStringLiteral("--png") << out;
        const Run run = cli.run(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << " → " << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(message));
        CHECK_FALSE(QFile::exists(out));
    };
    expectUsageError({ QStringLiteral("--figure"), QStringLiteral("cat-cow"),
                         QStringLiteral("--pose"), QStringLiteral("hold") },
        QStringLiteral(
            "\"hold\" is not a pose of cat-cow; its poses are start, phase-1, phase-2, in, out"));
    expectUsageError({ QStringLiteral("--figure"), QStringLiteral("cobra"),
                         QStringLiteral("--side"), QStringLiteral("up") },
        QStringLiteral("--side must be left or right"));
    expectUsageError({ QStringLiteral("--figure"), QStringLiteral("cobra"),
                         QStringLiteral("--size"), QStringLiteral("8") },
        QStringLiteral("--size must be a whole number of pixels from 16 to 4096"));
    expectUsageError({ QStringLiteral("--figure"), QStringLiteral("cobra"),
                         QStringLiteral("--view"), QStringLiteral("top") },
        QStringLiteral("--view must be front, side, three-quarter or back"));
    expectUsageError({ QStringLiteral("--figure"), QStringLiteral("no-such-stretch") },
        QStringLiteral("no exercise with id \"no-such-stretch\""));
    const Run noPng = cli.run({ QStringLiteral("--figure"), QStringLiteral("cobra") });
    CHECK(noPng.exitCode == 2);
    CHECK(noPng.err.contains(QStringLiteral("--figure needs --png OUT")));
    const Run stray = cli.run({ QStringLiteral("--plan"), QStringLiteral("morning"),
        QStringLiteral("--pose"), QStringLiteral("in") });
    CHECK(stray.exitCode == 2);
    CHECK(stray.err.contains(QStringLiteral("--pose goes with --figure")));
}
