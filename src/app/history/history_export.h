// The history out of the app, for `limber --history` and the History page's Export: plain text
// for people, CSV (one row per stretch, its session's columns repeated) and JSON (sessions with
// their stretches) for other programs. Local times are those where each session was played:
// its start in UTC with the offset recorded then.
#pragma once

#include "storage/atomic_write.h"

#include <limber/history.h>

#include <QByteArray>
#include <QString>

#include <vector>

namespace limber {

enum class HistoryFormat { Text, Csv, Json };

QByteArray formatHistory(const std::vector<SessionRecord>& sessions, HistoryFormat format);

// Writes the sessions to `path` in `format` through writeFileAtomically: all or nothing.
[[nodiscard]] WriteOutcome exportHistory(
    const std::vector<SessionRecord>& sessions, HistoryFormat format, const QString& path);

// The session's local start as ISO 8601 with its offset: "2026-10-25T02:30:00+02:00".
QString localStart(const SessionRecord& session);

} // namespace limber
