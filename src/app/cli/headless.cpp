// Dispatches the display-free modes; --help and --version need no data at all.
#include "cli_modes.h"
#include "command_line.h"

#include <QCoreApplication>

#include <iostream>

namespace limber {

int runHeadlessMode(const CommandLine& line, const DataLocations& locations)
{
    switch (line.mode) {
    case CommandLine::Mode::Help:
        std::cout << commandLineHelp().toStdString();
        return 0;
    case CommandLine::Mode::Version:
        std::cout << "limber " << QCoreApplication::applicationVersion().toStdString() << '\n';
        return 0;
    case CommandLine::Mode::List:
        return runList(line, locations);
    case CommandLine::Mode::Validate:
        return runValidate(line);
    case CommandLine::Mode::Plan:
        return runPlan(line, locations);
    case CommandLine::Mode::Figure:
        return runFigure(line, locations);
    case CommandLine::Mode::History:
        return runHistory(line, locations);
    case CommandLine::Mode::Window:
    case CommandLine::Mode::Player:
        break;
    }
    return 2;
}

} // namespace limber
