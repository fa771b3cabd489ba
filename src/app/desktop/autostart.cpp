#include "autostart.h"

#include "desktop_entry.h"

#include <QFile>
#include <QStandardPaths>

namespace limber {

QString autostartPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/autostart/io.github.limber.Limber.desktop");
}

bool isAutostartEnabled()
{
    const auto entry = DesktopEntry::read(autostartPath());
    return entry && entry->value(QStringLiteral("Hidden")) != QStringLiteral("true");
}

WriteOutcome setAutostartEnabled(bool enabled, const QString& program)
{
    const QString path = autostartPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path))
            return { false, QStringLiteral("cannot remove %1").arg(path), {} };
        return { true, {}, {} };
    }
    DesktopEntry entry;
    entry.set(QStringLiteral("Type"), QStringLiteral("Application"));
    entry.set(QStringLiteral("Name"), QStringLiteral("Limber"));
    entry.set(QStringLiteral("Comment"), QStringLiteral("Break reminders in the tray"));
    entry.set(QStringLiteral("Icon"), QStringLiteral("io.github.limber.Limber"));
    entry.set(
        QStringLiteral("Exec"), DesktopEntry::execLine({ program, QStringLiteral("--tray") }));
    entry.set(QStringLiteral("Terminal"), QStringLiteral("false"));
    entry.set(QStringLiteral("X-GNOME-Autostart-enabled"), QStringLiteral("true"));
    return entry.write(path, false);
}

} // namespace limber
