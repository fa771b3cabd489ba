// What an SQLite error means for the history file, and the words the store tells the person:
// damaged (moved aside), locked, read-only, full, or something else (SQLite's own words).
#pragma once

#include <QString>

class QSqlError;

namespace limber {

// What an error means for the file, by its primary result code.
enum class HistoryFault { Damaged, Locked, ReadOnly, Full, Other };

HistoryFault faultOf(int code);
HistoryFault faultOf(const QSqlError& error);

// Why the file cannot be used, for a sentence about it: `code` and SQLite's own words for it
// (`text`, or `fallback` when the fault is not one of ours to name).
QString causeOf(int code, const QString& text, const QString& fallback);
QString causeOf(const QSqlError& error);

} // namespace limber
