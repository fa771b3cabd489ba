// What in the settings file could not be used: every setting Limber keeps (reminders and
// desktop, sound and voice, practice, the player, the history, favourites, the window's place)
// read once from the file, so the problems can be logged at start and listed at the top of the
// settings dialog.
#pragma once

#include <QString>
#include <QStringList>

namespace limber {

struct SettingsProblems {
    QString path;
    QStringList problems; // empty when every setting could be used

    static SettingsProblems check();
    // One warning per problem, naming the file.
    void log() const;
};

} // namespace limber
