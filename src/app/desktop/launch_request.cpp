#include "launch_request.h"

#include "cli/command_line.h"

#include <QObject>

namespace limber {

LaunchRequest launchRequestFrom(const CommandLine& line, SessionOrigin origin)
{
    LaunchRequest request;
    if (!line.error.isEmpty()) {
        request.error = line.error;
    } else if (line.mode == CommandLine::Mode::Player) {
        request.play = PlayRequest { line.target, line.start, planChangesFrom(line),
            line.fromShortcut ? SessionOrigin::Shortcut : origin };
    } else if (line.mode == CommandLine::Mode::Window) {
        request.window = { line.openBuilder, line.startInTray };
    } else {
        request.error = QObject::tr("a mode with no windows is not for the Limber running");
    }
    return request;
}

} // namespace limber
