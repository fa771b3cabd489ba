#include "command_line.h"

#include <limber/figure.h>

#include <QCommandLineParser>

#include <cmath>

namespace limber {

namespace {

const QCommandLineOption helpOption(
    { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help and exit."));
const QCommandLineOption versionOption(
    QStringLiteral("version"), QStringLiteral("Show the version and exit."));
const QCommandLineOption verboseOption(
    QStringLiteral("verbose"), QStringLiteral("Log debug detail to stderr and the log file."));
const QCommandLineOption listOption(
    QStringLiteral("list"), QStringLiteral("List the exercises and routines, built-in and yours."));
const QCommandLineOption jsonOption(QStringLiteral("json"),
    QStringLiteral("With --list, --plan or --history: print JSON instead of text."));
const QCommandLineOption historyOption(
    QStringLiteral("history"), QStringLiteral("Print the sessions you played, oldest first."));
const QCommandLineOption csvOption(
    QStringLiteral("csv"), QStringLiteral("With --history: print CSV, one row per stretch."));
const QCommandLineOption sinceOption(QStringLiteral("since"),
    QStringLiteral("With --history: only the sessions started on this day or later."),
    QStringLiteral("YYYY-MM-DD"));
const QCommandLineOption validateOption(QStringLiteral("validate"),
    QStringLiteral("Check exercise and routine files or folders (none: the built-in data). "
                   "Exit 0 when all are valid, 1 when any is not."));
const QCommandLineOption planOption(QStringLiteral("plan"),
    QStringLiteral("Print the timed plan of a routine (an id or a routine file)."),
    QStringLiteral("ROUTINE|FILE"));
const QCommandLineOption routineOption(QStringLiteral("routine"),
    QStringLiteral("Open the player on a routine (an id or a routine file)."),
    QStringLiteral("ROUTINE|FILE"));
const QCommandLineOption figureOption(QStringLiteral("figure"),
    QStringLiteral("Render an exercise's figure (an id or an exercise file) to --png, with no "
                   "display."),
    QStringLiteral("EXERCISE|FILE"));
const QCommandLineOption poseOption(QStringLiteral("pose"),
    QStringLiteral("With --figure: start, hold, in, out or phase-N (default: hold, or phase-1); "
                   "in reps, in and out are the phases on that breath."),
    QStringLiteral("NAME"));
const QCommandLineOption sideOption(QStringLiteral("side"),
    QStringLiteral("With --figure: the side worked on (default: the exercise's first)."),
    QStringLiteral("left|right"));
const QCommandLineOption sizeOption(QStringLiteral("size"),
    QStringLiteral("With --figure: the picture's width and height in pixels (16-4096, default "
                   "256)."),
    QStringLiteral("PX"));
const QCommandLineOption viewOption(QStringLiteral("view"),
    QStringLiteral("With --figure: front, side, three-quarter or back (default: the figure's)."),
    QStringLiteral("NAME"));
const QCommandLineOption paletteOption(QStringLiteral("palette"),
    QStringLiteral("With --figure: light or dark, the app's tones and background (default "
                   "light)."),
    QStringLiteral("light|dark"));
const QCommandLineOption pngOption(QStringLiteral("png"),
    QStringLiteral("With --figure: the PNG file to write."), QStringLiteral("OUT"));
const QCommandLineOption startOption(
    QStringLiteral("start"), QStringLiteral("With --routine: start playing at once."));
const QCommandLineOption exitWhenDoneOption(QStringLiteral("exit-when-done"),
    QStringLiteral("With --routine: quit when the routine finishes."));
const QCommandLineOption fromOption(QStringLiteral("from"),
    QStringLiteral("With --routine: where the launch comes from, for the history; a routine's "
                   "desktop shortcut says shortcut."),
    QStringLiteral("shortcut"));
const QCommandLineOption builderOption(
    QStringLiteral("builder"), QStringLiteral("Open the main window on the routine builder."));
const QCommandLineOption trayOption(QStringLiteral("tray"),
    QStringLiteral("Start in the tray with no window (as at login), where the desktop has one."));
const QCommandLineOption scaleOption(QStringLiteral("scale"),
    QStringLiteral("Multiply every hold by F (0.25-4); reps are kept."), QStringLiteral("F"));
const QCommandLineOption minutesOption(QStringLiteral("minutes"),
    QStringLiteral("Fit the routine to M minutes by scaling holds within their bounds."),
    QStringLiteral("M"));
const QCommandLineOption paceOption(QStringLiteral("pace"),
    QStringLiteral("Breath pace in seconds, e.g. 4,6 (each 1-20)."), QStringLiteral("IN,OUT"));

QList<QCommandLineOption> allOptions()
{
    return { helpOption, versionOption, verboseOption, listOption, jsonOption, validateOption,
        planOption, routineOption, figureOption, poseOption, sideOption, sizeOption, viewOption,
        paletteOption, pngOption, startOption, exitWhenDoneOption, fromOption, builderOption,
        trayOption, scaleOption, minutesOption, paceOption, historyOption, csvOption, sinceOption };
}

// Every numeric option is read here. QString::toDouble takes "nan" and "inf" as numbers, and
// a NaN fails no comparison, so only finite values are let through to the range check.
std::optional<double> numberIn(const QString& text, double low, double high)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < low || value > high)
        return std::nullopt;
    return value;
}

// Reads the tuning options shared by --plan and --routine; returns a usage error or "".
QString readTuning(const QCommandLineParser& parser, CommandLine& line)
{
    if (parser.isSet(scaleOption)) {
        line.scale = numberIn(parser.value(scaleOption), 0.25, 4.0);
        if (!line.scale)
            return QStringLiteral("--scale must be a number from 0.25 to 4, got \"%1\"")
                .arg(parser.value(scaleOption));
    }
    if (parser.isSet(minutesOption)) {
        line.minutes = numberIn(parser.value(minutesOption), 0.5, 600.0);
        if (!line.minutes)
            return QStringLiteral("--minutes must be a number from 0.5 to 600, got \"%1\"")
                .arg(parser.value(minutesOption));
    }
    if (line.scale && line.minutes)
        return QStringLiteral("--scale and --minutes cannot be used together");
    if (parser.isSet(paceOption)) {
        const QStringList parts = parser.value(paceOption).split(QLatin1Char(','));
        const auto in = parts.size() == 2 ? numberIn(parts[0], 1, 20) : std::nullopt;
        const auto out = parts.size() == 2 ? numberIn(parts[1], 1, 20) : std::nullopt;
        if (!in || !out)
            return QStringLiteral("--pace must be two numbers of seconds from 1 to 20, as IN,OUT "
                                  "(e.g. 4,6), got \"%1\"")
                .arg(parser.value(paceOption));
        line.paceInMs = static_cast<int>(*in * 1000.0 + 0.5);
        line.paceOutMs = static_cast<int>(*out * 1000.0 + 0.5);
    }
    return {};
}

QString chooseMode(const QCommandLineParser& parser, CommandLine& line)
{
    QStringList modes;
    const auto pick = [&](const QCommandLineOption& option, CommandLine::Mode mode) {
        if (parser.isSet(option)) {
            modes << QStringLiteral("--") + option.names().last();
            line.mode = mode;
        }
    };
    pick(listOption, CommandLine::Mode::List);
    pick(validateOption, CommandLine::Mode::Validate);
    pick(planOption, CommandLine::Mode::Plan);
    pick(routineOption, CommandLine::Mode::Player);
    pick(figureOption, CommandLine::Mode::Figure);
    pick(historyOption, CommandLine::Mode::History);
    if (modes.size() > 1)
        return modes.join(QStringLiteral(" and ")) + QStringLiteral(" cannot be used together");
    // Help and version win over everything else, as users expect.
    if (parser.isSet(versionOption))
        line.mode = CommandLine::Mode::Version;
    if (parser.isSet(helpOption))
        line.mode = CommandLine::Mode::Help;
    return {};
}

// Options that only make sense with one mode are refused elsewhere rather than ignored,
// so a typo like `limber --start` does not silently open the main window.
QString checkCombinations(const QCommandLineParser& parser, const CommandLine& line)
{
    using Mode = CommandLine::Mode;
    if (line.mode == Mode::Help || line.mode == Mode::Version)
        return {};
    if (parser.isSet(jsonOption) && line.mode != Mode::List && line.mode != Mode::Plan
        && line.mode != Mode::History)
        return QStringLiteral("--json goes with --list, --plan or --history");
    for (const auto* option : { &csvOption, &sinceOption })
        if (parser.isSet(*option) && line.mode != Mode::History)
            return QStringLiteral("--%1 goes with --history").arg(option->names().last());
    if (parser.isSet(csvOption) && parser.isSet(jsonOption))
        return QStringLiteral("--csv and --json cannot be used together");
    for (const auto* option : { &startOption, &exitWhenDoneOption, &fromOption })
        if (parser.isSet(*option) && line.mode != Mode::Player)
            return QStringLiteral("--%1 goes with --routine").arg(option->names().last());
    for (const auto* option : { &builderOption, &trayOption })
        if (parser.isSet(*option) && line.mode != Mode::Window)
            return QStringLiteral("--%1 opens the main window: it goes with no other mode")
                .arg(option->names().last());
    for (const auto* option : { &scaleOption, &minutesOption, &paceOption })
        if (parser.isSet(*option) && line.mode != Mode::Plan && line.mode != Mode::Player)
            return QStringLiteral("--%1 goes with --plan or --routine").arg(option->names().last());
    for (const auto* option :
        { &poseOption, &sideOption, &sizeOption, &viewOption, &paletteOption, &pngOption })
        if (parser.isSet(*option) && line.mode != Mode::Figure)
            return QStringLiteral("--%1 goes with --figure").arg(option->names().last());
    if (!parser.positionalArguments().isEmpty() && line.mode != Mode::Validate)
        return QStringLiteral("unexpected argument \"%1\"")
            .arg(parser.positionalArguments().first());
    return {};
}

// Reads --figure's options; returns a usage error or "".
QString readFigureRequest(const QCommandLineParser& parser, CommandLine& line)
{
    if (line.mode != CommandLine::Mode::Figure)
        return {};
    if (!parser.isSet(pngOption))
        return QStringLiteral("--figure needs --png OUT, the file to write");
    line.figurePng = parser.value(pngOption);
    line.figurePose = parser.value(poseOption);
    line.figureSide = parser.value(sideOption);
    if (parser.isSet(sideOption) && line.figureSide != QStringLiteral("left")
        && line.figureSide != QStringLiteral("right"))
        return QStringLiteral("--side must be left or right, got \"%1\"").arg(line.figureSide);
    if (parser.isSet(sizeOption)) {
        const auto size = numberIn(parser.value(sizeOption), 16, 4096);
        if (!size || *size != static_cast<int>(*size))
            return QStringLiteral("--size must be a whole number of pixels from 16 to 4096, got "
                                  "\"%1\"")
                .arg(parser.value(sizeOption));
        line.figureSizePx = static_cast<int>(*size);
    }
    line.figureView = parser.value(viewOption);
    if (parser.isSet(viewOption) && !figure::namedView(line.figureView.toStdString()))
        return QStringLiteral("--view must be front, side, three-quarter or back, got \"%1\"")
            .arg(line.figureView);
    const QString palette = parser.value(paletteOption);
    if (parser.isSet(paletteOption) && palette != QStringLiteral("light")
        && palette != QStringLiteral("dark"))
        return QStringLiteral("--palette must be light or dark, got \"%1\"").arg(palette);
    line.figureDark = palette == QStringLiteral("dark");
    return {};
}

// Reads --from; returns a usage error or "".
QString readLaunchSource(const QCommandLineParser& parser, CommandLine& line)
{
    if (!parser.isSet(fromOption))
        return {};
    if (parser.value(fromOption) != QStringLiteral("shortcut"))
        return QStringLiteral("--from must be shortcut, got \"%1\"").arg(parser.value(fromOption));
    line.fromShortcut = true;
    return {};
}

// Reads --since; returns a usage error or "".
QString readHistoryRequest(const QCommandLineParser& parser, CommandLine& line)
{
    if (!parser.isSet(sinceOption))
        return {};
    line.historySince = QDate::fromString(parser.value(sinceOption), Qt::ISODate);
    if (!line.historySince.isValid())
        return QStringLiteral("--since must be a day as YYYY-MM-DD, got \"%1\"")
            .arg(parser.value(sinceOption));
    return {};
}

} // namespace

CommandLine parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(allOptions());

    CommandLine line;
    if (!parser.parse(arguments)) {
        line.error = parser.errorText();
        return line;
    }
    line.verbose = parser.isSet(verboseOption);
    line.json = parser.isSet(jsonOption);
    line.csv = parser.isSet(csvOption);
    line.start = parser.isSet(startOption);
    line.exitWhenDone = parser.isSet(exitWhenDoneOption);
    line.openBuilder = parser.isSet(builderOption);
    line.startInTray = parser.isSet(trayOption);
    line.paths = parser.positionalArguments();
    line.target = parser.isSet(planOption) ? parser.value(planOption)
        : parser.isSet(figureOption)       ? parser.value(figureOption)
                                           : parser.value(routineOption);

    for (const auto& check : { chooseMode(parser, line), checkCombinations(parser, line),
             readTuning(parser, line), readFigureRequest(parser, line),
             readHistoryRequest(parser, line), readLaunchSource(parser, line) }) {
        if (!check.isEmpty()) {
            line.error = check;
            return line;
        }
    }
    return line;
}

QString commandLineHelp()
{
    QString text = QStringLiteral(
        "Usage: limber [OPTION...] [PATH...]\n"
        "Limber guides you through stretch breaks: what to do, which side, when to breathe.\n"
        "With no option it opens the main window.\n\nOptions:\n");
    for (const QCommandLineOption& option : allOptions()) {
        QStringList names;
        for (const QString& name : option.names())
            names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        QString left = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            left += QLatin1Char(' ') + option.valueName();
        text += QStringLiteral("  %1 %2\n").arg(left, -28).arg(option.description());
    }
    text += QStringLiteral(
        "\nExamples:\n"
        "  limber --routine office-break --start   start the 5-minute break at once\n"
        "  limber --validate ~/my-stretches        check your own files\n"
        "  limber --plan morning --minutes 10      the morning routine fitted to 10 minutes\n"
        "  limber --figure cat-cow --pose out --png cat-cow.png\n"
        "                                          see the cat-cow's out-breath pose\n"
        "  limber --history --csv --since 2026-01-01 > 2026.csv\n"
        "                                          this year's sessions, for a spreadsheet\n"
        "\nExit status: 0 success, 1 invalid files, 2 usage error.\n");
    return text;
}

} // namespace limber
