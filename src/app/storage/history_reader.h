// Reading sessions straight from an SQLite connection into SessionRecords, for the history
// store's own connection and for its loads on a worker thread: two prepared statements (the
// sessions, then all their stretches), every column read as an integer or as UTF-8 bytes with
// no QVariant or QString between, and the stretches joined to their sessions in memory by id.
#pragma once

#include <limber/history.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace limber {

// Which sessions to read: those started in [sinceUtcMs, untilUtcMs), of one routine or all.
struct HistoryFilter {
    std::optional<std::int64_t> sinceUtcMs;
    std::optional<std::int64_t> untilUtcMs;
    std::string routine; // empty: every routine
};

// The sessions read, oldest first (by start, then id), each with its stretches in routine
// order; or, when a statement failed, SQLite's result code and message and no sessions.
struct HistoryRead {
    std::vector<SessionRecord> sessions;
    int errorCode = 0; // SQLite's extended result code; 0 when everything was read
    std::string errorMessage;

    bool ok() const { return errorCode == 0; }
};

// `db` is used on the calling thread only and left as it was found.
HistoryRead readSessions(sqlite3* db, const HistoryFilter& filter);
// The session `id` alone: one session, or none.
HistoryRead readSession(sqlite3* db, std::int64_t id);

} // namespace limber
