// What the user asked for on the command line: which mode and its options, checked, or a
// usage error. Parsed without a Q(Core)Application, because the mode decides which to make.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace limber {

struct CommandLine {
    enum class Mode { Window, Help, Version, List, Validate, Plan, Player };

    Mode mode = Mode::Window;
    bool json = false;
    bool verbose = false;
    bool start = false;
    bool exitWhenDone = false;
    bool openBuilder = false; // --builder: the main window opens on the routine builder
    bool startInTray = false; // --tray: no window at first, only the tray icon (at login)
    QStringList paths; // --validate
    QString target; // --plan / --routine: a routine id or a routine file
    std::optional<double> scale;
    std::optional<double> minutes;
    std::optional<int> paceInMs;
    std::optional<int> paceOutMs;
    QString error; // a usage error: print it with a hint to --help and exit 2

    // The modes that need no display: they run under QCoreApplication.
    bool isHeadless() const { return mode != Mode::Window && mode != Mode::Player; }
};

CommandLine parseCommandLine(const QStringList& arguments);
QString commandLineHelp();

} // namespace limber
