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

namespace {

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
