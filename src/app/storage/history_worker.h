// What the history store's worker thread does with the file, each on a plain sqlite3
// connection of its own that lasts as long as the task: reading every session, and copying the
// write-ahead log into the database after a session ends. The file is one the store has opened
// already; these never create it.
#pragma once

#include "history_reader.h"

#include <QString>

namespace limber {

// Every session in the file at `path`, as HistoryStore::sessions() reads them; or why not.
HistoryRead readSessionsOnWorker(const QString& path);

// Copies the log into the database (a passive checkpoint). One that fails leaves the log to
// the next one: nothing is lost, so nothing is told.
void checkpointOnWorker(const QString& path);

} // namespace limber
