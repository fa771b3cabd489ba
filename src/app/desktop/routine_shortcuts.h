// Launchers that start one routine (`limber --routine ID --start`): in the applications menu
// (XDG_DATA_HOME/applications) and, when asked, on the Desktop. Each carries the routine's
// id, so the launchers of routines deleted since can be found and offered for removal.
#pragma once

#include "desktop_entry.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace limber {

struct ShortcutFolders {
    QString applications; // ~/.local/share/applications
    QString desktop; // ~/Desktop, or wherever the user's desktop folder is

    static ShortcutFolders standard();
};

struct RoutineShortcut {
    QString path;
    QString routineId;
    QString name;
};

class RoutineShortcuts {
public:
    RoutineShortcuts(ShortcutFolders folders, QString program);

    static QString fileName(const QString& routineId);
    DesktopEntry entry(const QString& routineId, const QString& routineName) const;

    struct Written {
        QStringList paths; // those written, in the order asked for
        WriteOutcome outcome; // failed at the first file that could not be written
    };
    // Writes the launcher to the applications menu, and to the Desktop too when asked.
    [[nodiscard]] Written create(
        const QString& routineId, const QString& routineName, bool onDesktop) const;

    // Limber's routine launchers in both folders.
    QList<RoutineShortcut> existing() const;
    // Those whose routine `exists` no longer knows.
    QList<RoutineShortcut> orphaned(const std::function<bool(const QString&)>& exists) const;
    // Removes them; a failure names what could not be removed.
    [[nodiscard]] WriteOutcome remove(const QList<RoutineShortcut>& shortcuts) const;

    const ShortcutFolders& folders() const { return m_folders; }

private:
    ShortcutFolders m_folders;
    QString m_program;
};

} // namespace limber
