#include "routine_shortcuts.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace limber {

namespace {

const QString routineKey = QStringLiteral("X-Limber-Routine");
const QString filePrefix = QStringLiteral("limber-routine-");

} // namespace

ShortcutFolders ShortcutFolders::standard()
{
    return { QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QStringLiteral("/applications"),
        QStandardPaths::writableLocation(QStandardPaths::DesktopLocation) };
}

RoutineShortcuts::RoutineShortcuts(ShortcutFolders folders, QString program)
    : m_folders(std::move(folders))
    , m_program(std::move(program))
{
}

QString RoutineShortcuts::fileName(const QString& routineId)
{
    return filePrefix + routineId + QStringLiteral(".desktop");
}

DesktopEntry RoutineShortcuts::entry(const QString& routineId, const QString& routineName) const
{
    DesktopEntry entry;
    entry.set(QStringLiteral("Type"), QStringLiteral("Application"));
    entry.set(QStringLiteral("Name"), routineName);
    entry.set(QStringLiteral("GenericName"), QStringLiteral("Limber routine"));
    entry.set(QStringLiteral("Comment"), QStringLiteral("Start this routine in Limber"));
    entry.set(QStringLiteral("Icon"), QStringLiteral("io.github.limber.Limber"));
    entry.set(QStringLiteral("Exec"),
        DesktopEntry::execLine({ m_program, QStringLiteral("--routine"), routineId,
            QStringLiteral("--start"), QStringLiteral("--from"), QStringLiteral("shortcut") }));
    entry.set(QStringLiteral("Terminal"), QStringLiteral("false"));
    entry.set(QStringLiteral("Categories"), QStringLiteral("Utility;"));
    entry.set(QStringLiteral("StartupNotify"), QStringLiteral("true"));
    entry.set(QStringLiteral("StartupWMClass"), QStringLiteral("limber"));
    entry.set(routineKey, routineId);
    return entry;
}

RoutineShortcuts::Written RoutineShortcuts::create(
    const QString& routineId, const QString& routineName, bool onDesktop) const
{
    Written written;
    const DesktopEntry launcher = entry(routineId, routineName);
    QStringList folders { m_folders.applications };
    if (onDesktop)
        folders << m_folders.desktop;
    for (const QString& folder : folders) {
        const QString path = QDir(folder).filePath(fileName(routineId));
        // Desktops only run launchers on the Desktop that are executable.
        const WriteOutcome outcome = launcher.write(path, true);
        if (!outcome) {
            written.outcome = outcome;
            written.outcome.error = QStringLiteral("%1: %2").arg(path, outcome.error);
            return written;
        }
        written.paths << path;
    }
    written.outcome.ok = true;
    return written;
}

QList<RoutineShortcut> RoutineShortcuts::existing() const
{
    QList<RoutineShortcut> found;
    for (const QString& folder : { m_folders.applications, m_folders.desktop }) {
        const QDir dir(folder);
        const QStringList names
            = dir.entryList({ filePrefix + QStringLiteral("*.desktop") }, QDir::Files, QDir::Name);
        for (const QString& name : names) {
            const auto entry = DesktopEntry::read(dir.filePath(name));
            if (!entry || entry->value(routineKey).isEmpty())
                continue; // not one of ours after all
            found.append({ dir.filePath(name), entry->value(routineKey),
                entry->value(QStringLiteral("Name")) });
        }
    }
    return found;
}

QList<RoutineShortcut> RoutineShortcuts::orphaned(
    const std::function<bool(const QString&)>& exists) const
{
    QList<RoutineShortcut> orphans;
    for (const RoutineShortcut& shortcut : existing())
        if (!exists(shortcut.routineId))
            orphans.append(shortcut);
    return orphans;
}

WriteOutcome RoutineShortcuts::remove(const QList<RoutineShortcut>& shortcuts) const
{
    QStringList failed;
    for (const RoutineShortcut& shortcut : shortcuts)
        if (QFile::exists(shortcut.path) && !QFile::remove(shortcut.path))
            failed << shortcut.path;
    if (!failed.isEmpty())
        return { false, QStringLiteral("cannot remove %1").arg(failed.join(QStringLiteral(", "))),
            {} };
    return { true, {}, {} };
}

} // namespace limber
