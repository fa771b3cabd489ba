#include "history_connection.h"

#include "history_store.h"

#include <QSqlDriver>
#include <QVariant>

#include <array>
#include <spdlog/spdlog.h>
#include <vector>

namespace limber {

namespace {

// Each migration takes the schema from version i to i + 1. They are applied in order, each in
// one transaction with its new user_version, and never changed once released: a file of any
// earlier version is brought up to date by running the ones it has not had.
const std::array<std::vector<const char*>, HistoryStore::schemaVersion> migrations { {
    {
        "CREATE TABLE sessions ("
        " id INTEGER PRIMARY KEY,"
        " start_utc_ms INTEGER NOT NULL,"
        " start_offset_minutes INTEGER NOT NULL,"
        " end_utc_ms INTEGER,"
        " routine TEXT NOT NULL,"
        " routine_name TEXT NOT NULL,"
        " origin TEXT NOT NULL,"
        " planned_ms INTEGER NOT NULL,"
        " played_ms INTEGER NOT NULL,"
        " scale REAL NOT NULL,"
        " pace_in_ms INTEGER NOT NULL,"
        " pace_out_ms INTEGER NOT NULL,"
        " ending TEXT NOT NULL)",
        "CREATE INDEX sessions_by_start ON sessions (start_utc_ms)",
        "CREATE TABLE stretches ("
        " session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
        " item INTEGER NOT NULL,"
        " exercise TEXT NOT NULL,"
        " name TEXT NOT NULL,"
        " outcome TEXT NOT NULL,"
        " played_ms INTEGER NOT NULL,"
        " PRIMARY KEY (session_id, item)) WITHOUT ROWID",
    },
} };

} // namespace

HistoryConnection::HistoryConnection(const QString& name)
    : db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name))
{
}

bool HistoryConnection::open(const QString& path, int lockWaitMs)
{
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(lockWaitMs));
    if (db.open())
        return true;
    failure = SqlFailure { db.lastError() };
    return false;
}

bool HistoryConnection::run(const QString& statement)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    failure = SqlFailure { query.lastError() };
    return false;
}

bool HistoryConnection::prepare(QSqlQuery& query, const QString& statement)
{
    query = QSqlQuery(db);
    if (query.prepare(statement))
        return true;
    failure = SqlFailure { query.lastError() };
    return false;
}

std::optional<int> HistoryConnection::userVersion()
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        failure = SqlFailure { query.lastError() };
        return std::nullopt;
    }
    return query.value(0).toInt();
}

bool HistoryConnection::migrate(int from)
{
    for (int version = from; version < HistoryStore::schemaVersion; ++version) {
        bool ok = run(QStringLiteral("BEGIN IMMEDIATE"));
        // Another Limber (a player, `limber --history`) may have migrated the file since
        // `from` was read: read it again under the write lock, or its second CREATE TABLE
        // would look like a damaged file and have it moved aside.
        const std::optional<int> now = ok ? userVersion() : std::nullopt;
        if (ok && now && *now > version) {
            if (!run(QStringLiteral("COMMIT")))
                return false;
            version = *now - 1;
            continue;
        }
        ok = ok && now.has_value();
        for (const char* statement : migrations[static_cast<std::size_t>(version)])
            ok = ok && run(QString::fromLatin1(statement));
        ok = ok && run(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        ok = ok && run(QStringLiteral("COMMIT"));
        if (!ok) {
            failure->migrating = true;
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        spdlog::info("history: schema {} → {}", version, version + 1);
    }
    return true;
}

bool HistoryConnection::configure()
{
    // WAL: a reader (the History page) never waits for the recorder, nor the recorder for it.
    // NORMAL: a crash of Limber loses nothing committed; only a power cut may lose the last
    // moments. The log is copied into the database when the file is opened, here, and after
    // each session's end on the worker thread, never in the middle of a stretch's write
    // (SQLite's automatic checkpoint, off, would sync the disk there now and then, for
    // milliseconds). A session's writes make a log of a few hundred kilobytes at most.
    if (!run(QStringLiteral("PRAGMA journal_mode = WAL"))
        || !run(QStringLiteral("PRAGMA synchronous = NORMAL"))
        || !run(QStringLiteral("PRAGMA foreign_keys = ON"))
        || !run(QStringLiteral("PRAGMA wal_autocheckpoint = 0"))
        || !run(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        return false;
    // A file that reads but cannot be written (read-only, or locked by a writer) says so now,
    // not at the end of the first stretch.
    return run(QStringLiteral("BEGIN IMMEDIATE")) && run(QStringLiteral("COMMIT"));
}

bool HistoryConnection::prepareStatements()
{
    return prepare(insertSession,
               QStringLiteral(
                   "INSERT INTO sessions (start_utc_ms, start_offset_minutes, end_utc_ms, "
                   "routine, routine_name, origin, planned_ms, played_ms, scale, pace_in_ms, "
                   "pace_out_ms, ending) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        && prepare(insertStretch,
            QStringLiteral("INSERT INTO stretches (session_id, item, exercise, name, outcome, "
                           "played_ms) VALUES (?, ?, ?, ?, ?, ?)"))
        && prepare(updateStretch,
            QStringLiteral("INSERT INTO stretches (session_id, item, exercise, name, outcome, "
                           "played_ms) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, item) "
                           "DO UPDATE SET exercise = excluded.exercise, name = excluded.name, "
                           "outcome = excluded.outcome, played_ms = excluded.played_ms"))
        && prepare(updatePlayed,
            QStringLiteral("UPDATE sessions SET played_ms = (SELECT COALESCE(SUM(played_ms), 0) "
                           "FROM stretches WHERE session_id = sessions.id) WHERE id = ?"))
        && prepare(finish,
            QStringLiteral("UPDATE sessions SET ending = ?, end_utc_ms = ?, played_ms = ? WHERE "
                           "id = ?"));
}

sqlite3* HistoryConnection::handle() const
{
    // QSQLITE's driver handle is a sqlite3*.
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace limber
