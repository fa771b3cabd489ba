// A launch of the player that cannot play its routine says why where the person will see it:
// on stderr always, and in a message window too when Limber was started with no terminal to
// show stderr (from a menu entry, a keyboard shortcut) on a display that can show a window.
#pragma once

#include <limber/diagnostic.h>

#include <QString>

namespace limber {

// Neither stdin nor stderr is a terminal, and there is a display (not the offscreen platform).
bool launchFailureNeedsWindow();

// Says in a message window that `target` cannot be played, and why; returns once it is closed.
// Needs a QApplication.
void showLaunchFailure(const QString& target, const Diagnostics& problems);

} // namespace limber
