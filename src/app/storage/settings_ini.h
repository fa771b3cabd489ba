// The INI text QSettings has been writing to limber.conf, read and written without QSettings:
// `[group]` lines, `key=value` lines whose keys are %-escaped and whose values are quoted and
// backslash-escaped the way QSettings does it, with unquoted commas separating list items.
// Values stay in their escaped form until read, so keys Limber does not know are written
// back as they were.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace limber {

// "group/key" (or "key" for QSettings' [General] group) -> the value as escaped in the file.
using IniEntries = QMap<QString, QString>;

struct IniDocument {
    IniEntries entries;
    // One line per line that was not used: "line 7: ...". Empty when every line parsed.
    QStringList problems;
};

// Reads the text of a file. A line that is not UTF-8 text, holds control bytes or is neither
// a group, a comment nor key=value is left out and named in `problems`; every other line is
// still read.
IniDocument parseIni(const QByteArray& bytes);

// The whole file, groups in order, as QSettings would read it back.
QByteArray serialiseIni(const IniEntries& entries);

// An escaped value split into its items; `list` when it had an unquoted comma.
struct IniValue {
    QStringList items;
    bool list = false;
    QString error; // a quote left open or a backslash at the end; empty when the value is fine
};
IniValue decodeIniValue(const QString& escaped);

// The escaped forms of a text, a list of texts (empty: "@Invalid()", as QSettings writes it)
// and bytes ("@ByteArray(...)").
QString encodeIniText(const QString& text);
QString encodeIniList(const QStringList& items);
QString encodeIniBytes(const QByteArray& bytes);

} // namespace limber
