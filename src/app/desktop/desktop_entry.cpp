#include "desktop_entry.h"

#include "storage/atomic_write.h"
#include "storage/regular_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace limber {

namespace {

const QString group = QStringLiteral("[Desktop Entry]");

QString escapeValue(const QString& value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            escaped += QStringLiteral("\\\\");
        else if (c == QLatin1Char('\n'))
            escaped += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            escaped += QStringLiteral("\\t");
        else if (c == QLatin1Char('\r'))
            escaped += QStringLiteral("\\r");
        else
            escaped += c;
    }
    if (escaped.startsWith(QLatin1Char(' ')))
        escaped.replace(0, 1, QStringLiteral("\\s"));
    return escaped;
}

QString unescapeValue(const QString& value)
{
    QString plain;
    plain.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] != QLatin1Char('\\') || i + 1 == value.size()) {
            plain += value[i];
            continue;
        }
        const QChar next = value[++i];
        if (next == QLatin1Char('s'))
            plain += QLatin1Char(' ');
        else if (next == QLatin1Char('n'))
            plain += QLatin1Char('\n');
        else if (next == QLatin1Char('t'))
            plain += QLatin1Char('\t');
        else if (next == QLatin1Char('r'))
            plain += QLatin1Char('\r');
        else
            plain += next;
    }
    return plain;
}

QString quoteArgument(const QString& argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    QString escaped;
    bool needsQuotes = argument.isEmpty();
    for (const QChar c : argument) {
        if (reserved.contains(c))
            needsQuotes = true;
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$')
            || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
        if (c == QLatin1Char('%'))
            escaped += QLatin1Char('%');
    }
    return needsQuotes ? QLatin1Char('"') + escaped + QLatin1Char('"') : escaped;
}

} // namespace

void DesktopEntry::set(const QString& key, const QString& value)
{
    for (auto& [name, current] : m_keys) {
        if (name == key) {
            current = value;
            return;
        }
    }
    m_keys.append({ key, value });
}

QString DesktopEntry::value(const QString& key) const
{
    for (const auto& [name, current] : m_keys)
        if (name == key)
            return current;
    return {};
}

bool DesktopEntry::contains(const QString& key) const
{
    for (const auto& entry : m_keys)
        if (entry.first == key)
            return true;
    return false;
}

QString DesktopEntry::toText() const
{
    QString text = group + QLatin1Char('\n');
    for (const auto& [key, value] : m_keys)
        text += key + QLatin1Char('=') + escapeValue(value) + QLatin1Char('\n');
    return text;
}

DesktopEntry DesktopEntry::parse(const QString& text)
{
    DesktopEntry entry;
    bool inGroup = false;
    for (const QString& rawLine : text.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            inGroup = line == group;
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (!inGroup || equals <= 0)
            continue;
        const QString key = line.left(equals).trimmed();
        if (!entry.contains(key))
            entry.m_keys.append({ key, unescapeValue(line.mid(equals + 1).trimmed()) });
    }
    return entry;
}

std::optional<DesktopEntry> DesktopEntry::read(const QString& path)
{
    // Launchers are small; anything larger is not one of ours.
    constexpr qint64 largest = 64 * 1024;
    const RegularFileRead read = readRegularFile(path, largest);
    if (!read.ok || read.bytes.size() > largest)
        return std::nullopt;
    return parse(QString::fromUtf8(read.bytes));
}

WriteOutcome DesktopEntry::write(const QString& path, bool executable) const
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return { false, QStringLiteral("cannot create the folder %1").arg(info.absolutePath()),
            {} };
    WriteOutcome written = writeFileAtomically(path, toText().toUtf8());
    if (!written)
        return written;
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner
        | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (executable)
        permissions |= QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    if (!QFile::setPermissions(path, permissions))
        return { false, QStringLiteral("cannot set the permissions of %1").arg(path), {} };
    return written;
}

QString DesktopEntry::execLine(const QStringList& command)
{
    QStringList quoted;
    for (const QString& argument : command)
        quoted << quoteArgument(argument);
    return quoted.join(QLatin1Char(' '));
}

} // namespace limber
