// The roles Qt's accessibility cannot guess for the player's own widgets: the player is a
// frame (a plain QWidget window is a "filler" to AT-SPI otherwise), and the announcer's
// sentences are notifications (see announcer.h).
#pragma once

namespace limber {

// Safe to call more than once: Qt keeps one list of factories for the process and adds a
// factory only once.
void installPlayerRoles();

} // namespace limber
