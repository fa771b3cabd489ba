#include "settings_ini.h"

#include <QObject>
#include <QStringDecoder>

namespace limber {

namespace {

const QString generalGroup = QStringLiteral("General");

bool isControlByte(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return (byte < 0x20 && c != '\t') || byte == 0x7f;
}

bool isPlainKeyCharacter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_')
        || c == QLatin1Char('-') || c == QLatin1Char('.');
}

int hexDigit(QChar c)
{
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return c.unicode() - '0';
    if (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        return c.unicode() - 'a' + 10;
    if (c >= QLatin1Char('A') && c <= QLatin1Char('F'))
        return c.unicode() - 'A' + 10;
    return -1;
}

// QSettings' key escapes: %XX for a Latin-1 character, %UXXXX for any other, '\' for '/'.
// Returns false for a '%' that starts no escape.
bool unescapeKey(const QString& escaped, QString& key)
{
    key.clear();
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const QChar c = escaped[i];
        if (c == QLatin1Char('\\')) {
            key += QLatin1Char('/');
            continue;
        }
        if (c != QLatin1Char('%')) {
            key += c;
            continue;
        }
        const bool wide = i + 1 < escaped.size() && escaped[i + 1] == QLatin1Char('U');
        const qsizetype digits = wide ? 4 : 2;
        const qsizetype first = i + 1 + (wide ? 1 : 0);
        if (first + digits > escaped.size())
            return false;
        char16_t code = 0;
        for (qsizetype d = first; d < first + digits; ++d) {
            const int digit = hexDigit(escaped[d]);
            if (digit < 0)
                return false;
            code = static_cast<char16_t>(code * 16 + digit);
        }
        key += QChar(code);
        i = first + digits - 1;
    }
    return true;
}

QString escapeKey(const QString& key)
{
    QString escaped;
    for (const QChar c : key) {
        if (c == QLatin1Char('/'))
            escaped += QLatin1Char('\\');
        else if (isPlainKeyCharacter(c))
            escaped += c;
        else if (c.unicode() <= 0xff)
            escaped += QStringLiteral("%%1").arg(c.unicode(), 2, 16, QLatin1Char('0')).toUpper();
        else
            escaped += QStringLiteral("%U%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    }
    return escaped;
}

QString escapeGroup(const QString& group)
{
    // A real group called "General" must not be read back as the top level.
    if (group == generalGroup)
        return QStringLiteral("%General");
    return escapeKey(group);
}

// Escapes one text the way QSettings does; `latin1Escapes` also escapes characters above
// 0x7e, as QSettings does for the Latin-1 characters of a byte array.
QString escapeText(const QString& text, bool latin1Escapes)
{
    const bool quoted = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char(';'))
        || text.contains(QLatin1Char('=')) || text.startsWith(QLatin1Char(' '))
        || text.endsWith(QLatin1Char(' '));
    QString escaped;
    bool afterHexEscape = false;
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        // A hex escape reads every hex digit after it, so a digit that follows one is escaped too.
        const bool hexFollows = afterHexEscape && hexDigit(c) >= 0;
        afterHexEscape = false;
        switch (code) {
        case '\a':
            escaped += QStringLiteral("\\a");
            continue;
        case '\b':
            escaped += QStringLiteral("\\b");
            continue;
        case '\f':
            escaped += QStringLiteral("\\f");
            continue;
        case '\n':
            escaped += QStringLiteral("\\n");
            continue;
        case '\r':
            escaped += QStringLiteral("\\r");
            continue;
        case '\t':
            escaped += QStringLiteral("\\t");
            continue;
        case '\v':
            escaped += QStringLiteral("\\v");
            continue;
        case '"':
            escaped += QStringLiteral("\\\"");
            continue;
        case '\\':
            escaped += QStringLiteral("\\\\");
            continue;
        default:
            break;
        }
        if (code < 0x20 || code == 0x7f || (latin1Escapes && code > 0x7e) || hexFollows) {
            escaped += QStringLiteral("\\x") + QString::number(code, 16);
            afterHexEscape = true;
        } else {
            escaped += c;
        }
    }
    return quoted ? QLatin1Char('"') + escaped + QLatin1Char('"') : escaped;
}

QString escapeItem(const QString& item)
{
    // QSettings reads a leading '@' as the start of a typed value, so a text's own is doubled.
    return escapeText(item.startsWith(QLatin1Char('@')) ? QLatin1Char('@') + item : item, false);
}

// Why a line cannot be trusted as text; empty when it can.
QString lineProblem(const QByteArray& line)
{
    for (const char c : line)
        if (isControlByte(c))
            return QObject::tr("holds binary or control bytes");
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    [[maybe_unused]] const QString text = decoder.decode(line);
    if (decoder.hasError())
        return QObject::tr("is not UTF-8 text");
    return {};
}

} // namespace

IniDocument parseIni(const QByteArray& bytes)
{
    IniDocument document;
    QByteArray text = bytes;
    if (text.startsWith("\xef\xbb\xbf"))
        text.remove(0, 3);
    const QList<QByteArray> lines = text.split('\n');
    QString group;
    bool groupUsable = true;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        QByteArray line = lines[index];
        if (line.endsWith('\r'))
            line.chop(1);
        const auto report = [&](const QString& problem) {
            document.problems << QObject::tr("line %1 %2").arg(index + 1).arg(problem);
        };
        if (const QString problem = lineProblem(line); !problem.isEmpty()) {
            report(problem);
            continue;
        }
        const QString trimmed = QString::fromUtf8(line).trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char(';'))
            || trimmed.startsWith(QLatin1Char('#')))
            continue;
        if (trimmed.startsWith(QLatin1Char('['))) {
            QString name;
            groupUsable = trimmed.endsWith(QLatin1Char(']'))
                && unescapeKey(trimmed.mid(1, trimmed.size() - 2).trimmed(), name);
            if (!groupUsable) {
                // Its keys would land in the wrong group, so they are left out with it.
                report(QObject::tr("is not a [group] heading; the keys under it were ignored"));
                continue;
            }
            group = name == generalGroup ? QString() : name;
            continue;
        }
        if (!groupUsable)
            continue;
        const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
        QString key;
        if (equals <= 0 || !unescapeKey(trimmed.left(equals).trimmed(), key) || key.isEmpty()) {
            report(QObject::tr("is not a key=value line"));
            continue;
        }
        const QString value = trimmed.mid(equals + 1).trimmed();
        if (const QString error = decodeIniValue(value).error; !error.isEmpty()) {
            report(error);
            continue;
        }
        document.entries.insert(group.isEmpty() ? key : group + QLatin1Char('/') + key, value);
    }
    return document;
}

QByteArray serialiseIni(const IniEntries& entries)
{
    // QMap keeps the keys sorted, so every group's keys come one after another.
    QString general;
    QString groups;
    QString currentGroup;
    for (auto entry = entries.cbegin(); entry != entries.cend(); ++entry) {
        const qsizetype slash = entry.key().indexOf(QLatin1Char('/'));
        const QString line = escapeKey(slash < 0 ? entry.key() : entry.key().mid(slash + 1))
            + QLatin1Char('=') + entry.value() + QLatin1Char('\n');
        if (slash < 0) {
            general += line;
            continue;
        }
        const QString group = entry.key().left(slash);
        if (groups.isEmpty() || group != currentGroup) {
            if (!groups.isEmpty())
                groups += QLatin1Char('\n');
            groups += QLatin1Char('[') + escapeGroup(group) + QStringLiteral("]\n");
            currentGroup = group;
        }
        groups += line;
    }
    QString text;
    if (!general.isEmpty())
        text = QStringLiteral("[General]\n") + general
            + (groups.isEmpty() ? QString() : QStringLiteral("\n"));
    return (text + groups).toUtf8();
}

IniValue decodeIniValue(const QString& escaped)
{
    IniValue value;
    QString item;
    // Unquoted spaces around an item are not part of it; `kept` is where the item really ends.
    qsizetype kept = 0;
    bool quoted = false;
    const auto keep = [&](QChar c) {
        item += c;
        kept = item.size();
    };
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const QChar c = escaped[i];
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            kept = item.size();
        } else if (c == QLatin1Char(',') && !quoted) {
            item.truncate(kept);
            value.items << item;
            value.list = true;
            item.clear();
            kept = 0;
        } else if (c == QLatin1Char(' ') && !quoted) {
            if (!item.isEmpty())
                item += c;
        } else if (c != QLatin1Char('\\')) {
            keep(c);
        } else if (++i >= escaped.size()) {
            value.error = QObject::tr("ends with a backslash (continued lines are not read)");
            return value;
        } else {
            const QChar next = escaped[i];
            switch (next.unicode()) {
            case 'a':
                keep(QLatin1Char('\a'));
                break;
            case 'b':
                keep(QLatin1Char('\b'));
                break;
            case 'f':
                keep(QLatin1Char('\f'));
                break;
            case 'n':
                keep(QLatin1Char('\n'));
                break;
            case 'r':
                keep(QLatin1Char('\r'));
                break;
            case 't':
                keep(QLatin1Char('\t'));
                break;
            case 'v':
                keep(QLatin1Char('\v'));
                break;
            case 'x': {
                char16_t code = 0;
                qsizetype digits = 0;
                while (digits < 4 && i + 1 < escaped.size() && hexDigit(escaped[i + 1]) >= 0) {
                    code = static_cast<char16_t>(code * 16 + hexDigit(escaped[++i]));
                    ++digits;
                }
                keep(QChar(code));
                break;
            }
            default:
                if (next >= QLatin1Char('0') && next <= QLatin1Char('7')) {
                    char16_t code = static_cast<char16_t>(next.unicode() - '0');
                    for (int digits = 1;
                         digits < 3 && i + 1 < escaped.size() && escaped[i + 1] >= QLatin1Char('0')
                         && escaped[i + 1] <= QLatin1Char('7');
                         ++digits)
                        code = static_cast<char16_t>(code * 8 + (escaped[++i].unicode() - '0'));
                    keep(QChar(code));
                } else {
                    // \" \\ and any other escaped character stand for themselves.
                    keep(next);
                }
            }
        }
    }
    if (quoted) {
        value.error = QObject::tr("has a quote that is not closed");
        return value;
    }
    item.truncate(kept);
    value.items << item;
    return value;
}

QString encodeIniText(const QString& text)
{
    return escapeItem(text);
}

QString encodeIniList(const QStringList& items)
{
    if (items.isEmpty())
        return QStringLiteral("@Invalid()");
    QStringList escaped;
    for (const QString& item : items)
        escaped << escapeItem(item);
    return escaped.join(QStringLiteral(", "));
}

QString encodeIniBytes(const QByteArray& bytes)
{
    return escapeText(
        QStringLiteral("@ByteArray(") + QString::fromLatin1(bytes) + QLatin1Char(')'), true);
}

} // namespace limber
