// The history store's own connection to its file, through Qt Sql's QSQLITE driver: the schema
// and its migrations, the settings the file is used with, and the statements prepared for
// recording. Each step that fails keeps SQLite's error in `failure` for the store to judge.
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <optional>

struct sqlite3;

namespace limber {

// A failure that came out of SQL run on the file, to tell apart from one of the store's own
// checks.
struct SqlFailure {
    QSqlError error;
    bool migrating = false; // while bringing the schema up to date
};

struct HistoryConnection {
    QSqlDatabase db;
    QSqlQuery insertSession;
    QSqlQuery insertStretch;
    QSqlQuery updateStretch;
    QSqlQuery updatePlayed;
    QSqlQuery finish;
    std::optional<SqlFailure> failure;
    QString refusal; // why a file that opened is not to be used, not even moved aside

    // Registers the connection `name` (the store removes it once this is gone).
    explicit HistoryConnection(const QString& name);

    // Opens `path`, waiting at most `lockWaitMs` for a file another program holds locked.
    bool open(const QString& path, int lockWaitMs);
    // PRAGMA user_version: the schema the file has.
    std::optional<int> userVersion();
    // Brings the schema up from version `from` to HistoryStore::schemaVersion, each migration
    // in a transaction of its own.
    bool migrate(int from);
    // The settings the file is used with, its log copied in, and a write tried.
    bool configure();
    // The statements the recording runs, prepared once.
    bool prepareStatements();

    bool run(const QString& statement);
    bool prepare(QSqlQuery& query, const QString& statement);
    // The connection's own sqlite3 handle, for the reader (history_reader.h); null when the
    // driver is not SQLite's.
    sqlite3* handle() const;
};

} // namespace limber
