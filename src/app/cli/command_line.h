// What the user asked for on the command line: which mode and its options, checked, or a
// usage error. Parsed without a Q(Core)Application, because the mode decides which to make.
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace limber {

struct CommandLine {
    enum class Mode { Window, Help, Version, List, Validate, Plan, Player, Figure, History };

    Mode mode = Mode::Window;
    bool json = false;
    bool csv = false; // --history --csv
    bool verbose = false;
    bool start = false;
    bool exitWhenDone = false;
    bool fromShortcut = false; // --from shortcut: a routine's desktop shortcut launched it
    bool openBuilder = false; // --builder: the main window opens on the routine builder
    bool startInTray = false; // --tray: no window at first, only the tray icon (at login)
    QStringList paths; // --validate
    QString target; // --plan / --routine: a routine id or a routine file; --figure: an exercise's
    // --figure: the pose, side, size and view to render, checked for their form only (which
    // poses exist is the exercise's to say), and the PNG to write.
    QString figurePose; // empty: the hold, or a reps exercise's first phase
    QString figureSide; // "left", "right", or empty for the exercise's first side
    int figureSizePx = 256;
    QString figureView; // a named view, or empty for the figure's own
    bool figureDark = false; // --palette dark: the app's dark tones on a dark background
    QString figurePng;
    std::optional<double> scale;
    std::optional<double> minutes;
    std::optional<int> paceInMs;
    std::optional<int> paceOutMs;
    QDate historySince; // --history --since: a local day; null for the whole history
    QString error; // a usage error: print it with a hint to --help and exit 2

    // The modes that need no display: they run under QCoreApplication.
    bool isHeadless() const { return mode != Mode::Window && mode != Mode::Player; }
};

CommandLine parseCommandLine(const QStringList& arguments);
QString commandLineHelp();

} // namespace limber
