// A freedesktop .desktop file's [Desktop Entry] group: written with the specification's
// escaping and quoting (launchers, autostart) and read back for the keys Limber looks at.
#pragma once

#include "storage/atomic_write.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace limber {

class DesktopEntry {
public:
    // Replaces the key's value, or adds it after the others.
    void set(const QString& key, const QString& value);
    // The key's value with escapes undone; "" when absent.
    QString value(const QString& key) const;
    bool contains(const QString& key) const;

    QString toText() const;
    // The [Desktop Entry] group of a file's text; other groups are skipped.
    static DesktopEntry parse(const QString& text);
    static std::optional<DesktopEntry> read(const QString& path);
    // Writes atomically (writeFileAtomically), creating the folder; an executable file is
    // what desktops ask of launchers on the Desktop.
    [[nodiscard]] WriteOutcome write(const QString& path, bool executable) const;

    // An Exec value that runs `command` (program first) as it is: arguments quoted and
    // escaped as the specification requires, '%' doubled.
    static QString execLine(const QStringList& command);

private:
    QList<std::pair<QString, QString>> m_keys; // in the order they were set
};

} // namespace limber
