#include "break_in_progress.h"

#include "player/player_controller.h"
#include "player/player_window.h"

#include <QApplication>

namespace limber {

bool isBreakInProgress()
{
    // Every player is a window of its own (parented to the main window or not); a paused or
    // finished one left open is not a break in progress, so reminders go on around it.
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        const auto* player = qobject_cast<const PlayerWindow*>(widget);
        if (player && player->isVisible() && player->controller().state() == SessionState::Running)
            return true;
    }
    return false;
}

} // namespace limber
