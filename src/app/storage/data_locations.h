// Where Limber keeps the user's own files: exercises and routines in the XDG data dir,
// the log in the XDG state dir. Settings live in limber.conf in the XDG
// config dir (AppSettings).
#pragma once

#include <QString>

namespace limber {

struct DataLocations {
    QString userExercises; // ~/.local/share/limber/exercises
    QString userRoutines; // ~/.local/share/limber/routines
    QString logDir; // ~/.local/state/limber
    QString historyFile; // ~/.local/share/limber/history.sqlite

    // Honours XDG_DATA_HOME and XDG_STATE_HOME, so tests can point them at a temporary dir.
    static DataLocations standard();
};

} // namespace limber
