#include "history_store.h"

#include "data_locations.h"
#include "user_files.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

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

// What an SQLite error means for the file (its primary result code).
enum class Fault { Damaged, Locked, ReadOnly, Full, Other };

Fault faultOf(int code)
{
    switch (code & 0xff) {
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Fault::Damaged;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Fault::Locked;
    case 8: // SQLITE_READONLY
    case 14: // SQLITE_CANTOPEN
    case 23: // SQLITE_AUTH
        return Fault::ReadOnly;
    case 13: // SQLITE_FULL
        return Fault::Full;
    default:
        return Fault::Other;
    }
}

Fault faultOf(const QSqlError& error)
{
    return faultOf(error.nativeErrorCode().toInt());
}

// `code` and SQLite's own words for it (`text`, or `fallback` when it is not ours to name).
QString causeOf(int code, const QString& text, const QString& fallback)
{
    switch (faultOf(code)) {
    case Fault::Damaged:
        return QObject::tr("it is not a history database (%1)").arg(text);
    case Fault::Locked:
        return QObject::tr("another program holds it locked");
    case Fault::ReadOnly:
        return QObject::tr("it cannot be written (%1)").arg(text);
    case Fault::Full:
        return QObject::tr("the disk is full");
    case Fault::Other:
        break;
    }
    return fallback;
}

QString causeOf(const QSqlError& error)
{
    return causeOf(error.nativeErrorCode().toInt(), error.databaseText(), error.text());
}

// The connection's own sqlite3 handle (QSQLITE's driver handle is a sqlite3*), for the
// reader; null when the driver is not SQLite's.
sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

// A connection of the worker thread's own to a history file the store has opened already
// (never one it creates), for as long as one load or checkpoint takes.
class WorkerConnection {
public:
    explicit WorkerConnection(const QString& path)
    {
        m_code = sqlite3_open_v2(
            QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
        // Off the GUI thread, a writer in the middle of its commit may be waited for.
        sqlite3_busy_timeout(m_db, 3'000);
    }
    ~WorkerConnection() { sqlite3_close(m_db); }
    WorkerConnection(const WorkerConnection&) = delete;
    WorkerConnection& operator=(const WorkerConnection&) = delete;

    sqlite3* db() const { return m_code == SQLITE_OK ? m_db : nullptr; }
    HistoryRead failure() const
    {
        return { {}, m_code, m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(m_code) };
    }

private:
    sqlite3* m_db = nullptr;
    int m_code = SQLITE_OK;
};

// A failure that came out of SQL run on the file, to tell apart from one of our own checks.
struct SqlFailure {
    QSqlError error;
    bool migrating = false;
};

} // namespace

struct HistoryStore::Connection {
    QSqlDatabase db;
    QSqlQuery insertSession;
    QSqlQuery insertStretch;
    QSqlQuery updateStretch;
    QSqlQuery updatePlayed;
    QSqlQuery finish;
    std::optional<SqlFailure> failure;
    QString refusal; // why a file that opened is not to be used, not even moved aside

    explicit Connection(const QString& name)
        : db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name))
    {
    }

    bool run(const QString& statement)
    {
        QSqlQuery query(db);
        if (query.exec(statement))
            return true;
        failure = SqlFailure { query.lastError() };
        return false;
    }

    bool prepare(QSqlQuery& query, const QString& statement)
    {
        query = QSqlQuery(db);
        if (query.prepare(statement))
            return true;
        failure = SqlFailure { query.lastError() };
        return false;
    }

    // The log is copied into the database when the file is opened, here, and after each
    // session's end on the worker thread, never in the middle of a stretch's write (SQLite's
    // automatic checkpoint, off, would sync the disk there now and then, for milliseconds). A
    // session's writes make a log of a few hundred kilobytes at most.
    bool checkpoint() { return run(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")); }

    std::optional<int> userVersion()
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
            failure = SqlFailure { query.lastError() };
            return std::nullopt;
        }
        return query.value(0).toInt();
    }

    bool migrate(int from)
    {
        for (int version = from; version < schemaVersion; ++version) {
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
};

QString HistoryStore::standardPath()
{
    return DataLocations::standard().historyFile;
}

HistoryStore::HistoryStore(QString path, QObject* parent)
    : HistoryStore(std::move(path), guiWaitMs, parent)
{
}

HistoryStore::HistoryStore(QString path, int lockWaitMs, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_connectionName(QStringLiteral("limber-history-%1").arg(reinterpret_cast<quintptr>(this)))
    , m_lockWaitMs(lockWaitMs)
{
    m_worker.setMaxThreadCount(1);
}

HistoryStore::~HistoryStore()
{
    // A load's result is dropped with the store (its continuation's context); a checkpoint
    // is let finish.
    m_worker.waitForDone();
    if (!m_connection)
        return;
    m_connection->db.close();
    m_connection.reset(); // the connection's last handle, before it is removed
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool HistoryStore::isAvailable()
{
    if (!m_tried) {
        m_tried = true;
        if (!open())
            m_connection.reset();
    }
    return m_connection != nullptr;
}

// Opens the file and brings its schema up to date; a damaged one is moved aside and a new
// history begins in its place, once.
bool HistoryStore::open()
{
    const QFileInfo info(m_path);
    if (info.exists() && !info.isFile()) {
        report(tr("The history file %1 is not a regular file; it was left as it is and no "
                  "history is kept.")
                   .arg(m_path));
        return false;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        report(tr("The history file %1 cannot be made: its folder cannot be created; no history "
                  "is kept.")
                   .arg(m_path));
        return false;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        m_connection = std::make_unique<Connection>(m_connectionName);
        if (useFile())
            return true;
        const SqlFailure failure = m_connection->failure.value_or(SqlFailure {});
        const QString refusal = m_connection->refusal;
        m_connection->db.close();
        m_connection.reset();
        QSqlDatabase::removeDatabase(m_connectionName);
        if (!refusal.isEmpty()) {
            report(refusal);
            return false;
        }

        const Fault fault = faultOf(failure.error);
        const bool damaged
            = fault == Fault::Damaged || (failure.migrating && fault == Fault::Other);
        const QString cause = failure.migrating && fault == Fault::Other
            ? tr("its tables cannot be brought up to date (%1)").arg(failure.error.text())
            : causeOf(failure.error);
        if (!damaged || attempt > 0) {
            report(tr("The history file %1 cannot be used: %2. It was left as it is and no "
                      "history is kept.")
                       .arg(m_path, cause));
            return false;
        }
        const QString aside = brokenFileName(m_path, QDateTime::currentDateTime());
        if (!QFile::rename(m_path, aside)) {
            report(tr("The history file %1 cannot be used: %2. It could not be moved aside, so it "
                      "was left as it is and no history is kept.")
                       .arg(m_path, cause));
            return false;
        }
        // What SQLite kept beside it belongs to the old file, not to the new one.
        for (const QString& suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::rename(m_path + suffix, aside + suffix);
        report(tr("The history file %1 could not be used: %2. It was kept as %3 and a new "
                  "history begins.")
                   .arg(m_path, cause, aside));
    }
    return false;
}

// Opens the file at m_path on a fresh connection: settings, schema, prepared statements.
bool HistoryStore::useFile()
{
    Connection& c = *m_connection;
    c.db.setDatabaseName(m_path);
    c.db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_lockWaitMs));
    if (!c.db.open()) {
        c.failure = SqlFailure { c.db.lastError() };
        return false;
    }
    const std::optional<int> version = c.userVersion();
    if (!version)
        return false;
    if (*version > schemaVersion) {
        c.refusal = tr("The history file %1 was written by a newer Limber (schema %2; this one "
                       "knows %3). It was left as it is and no history is kept.")
                        .arg(m_path)
                        .arg(*version)
                        .arg(schemaVersion);
        return false;
    }
    // Migrated first, so that a file whose migration fails is moved aside as it was found.
    // Then WAL: a reader (the History page) never waits for the recorder, nor the recorder for
    // it. NORMAL: a crash of Limber loses nothing committed; only a power cut may lose the
    // last moments.
    if (!c.migrate(*version) || !c.run(QStringLiteral("PRAGMA journal_mode = WAL"))
        || !c.run(QStringLiteral("PRAGMA synchronous = NORMAL"))
        || !c.run(QStringLiteral("PRAGMA foreign_keys = ON"))
        || !c.run(QStringLiteral("PRAGMA wal_autocheckpoint = 0")) || !c.checkpoint())
        return false;
    // A file that reads but cannot be written (read-only, or locked by a writer) says so now,
    // not at the end of the first stretch.
    if (!c.run(QStringLiteral("BEGIN IMMEDIATE")) || !c.run(QStringLiteral("COMMIT")))
        return false;
    return c.prepare(c.insertSession,
               QStringLiteral(
                   "INSERT INTO sessions (start_utc_ms, start_offset_minutes, end_utc_ms, "
                   "routine, routine_name, origin, planned_ms, played_ms, scale, pace_in_ms, "
                   "pace_out_ms, ending) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        && c.prepare(c.insertStretch,
            QStringLiteral("INSERT INTO stretches (session_id, item, exercise, name, outcome, "
                           "played_ms) VALUES (?, ?, ?, ?, ?, ?)"))
        && c.prepare(c.updateStretch,
            QStringLiteral("INSERT INTO stretches (session_id, item, exercise, name, outcome, "
                           "played_ms) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, item) "
                           "DO UPDATE SET exercise = excluded.exercise, name = excluded.name, "
                           "outcome = excluded.outcome, played_ms = excluded.played_ms"))
        && c.prepare(c.updatePlayed,
            QStringLiteral("UPDATE sessions SET played_ms = (SELECT COALESCE(SUM(played_ms), 0) "
                           "FROM stretches WHERE session_id = sessions.id) WHERE id = ?"))
        && c.prepare(c.finish,
            QStringLiteral("UPDATE sessions SET ending = ?, end_utc_ms = ?, played_ms = ? WHERE "
                           "id = ?"));
}

void HistoryStore::report(const QString& problem)
{
    spdlog::warn("{}", problem.toStdString());
    if (!m_problem.isEmpty())
        return;
    m_problem = problem;
    emit problemFound(problem);
}

namespace {

bool execute(QSqlQuery& query, const std::vector<QVariant>& values)
{
    for (std::size_t i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values[i]);
    return query.exec();
}

std::vector<QVariant> stretchValues(std::int64_t id, const StretchRecord& stretch)
{
    return { QVariant::fromValue<qint64>(id), stretch.item,
        QString::fromStdString(stretch.exercise), QString::fromStdString(stretch.name),
        QString::fromLatin1(toString(stretch.outcome)),
        QVariant::fromValue<qint64>(stretch.playedMs) };
}

QVariant int64(std::int64_t value)
{
    return QVariant::fromValue<qint64>(value);
}

} // namespace

std::int64_t HistoryStore::begin(const SessionRecord& session)
{
    if (!isAvailable())
        return 0;
    Connection& c = *m_connection;
    const auto fail = [&](const QSqlError& error) {
        QSqlQuery(c.db).exec(QStringLiteral("ROLLBACK"));
        report(tr("A session could not be written to the history file %1: %2.")
                   .arg(m_path, causeOf(error)));
        return std::int64_t { 0 };
    };
    if (!c.db.transaction())
        return fail(c.db.lastError());
    const QVariant end = session.endUtcMs ? int64(*session.endUtcMs) : QVariant();
    if (!execute(c.insertSession,
            { int64(session.startUtcMs), session.startOffsetMinutes, end,
                QString::fromStdString(session.routine),
                QString::fromStdString(session.routineName),
                QString::fromLatin1(toString(session.origin)), int64(session.plannedMs),
                int64(session.playedMs), session.scale, session.paceInMs, session.paceOutMs,
                QString::fromLatin1(toString(session.end)) }))
        return fail(c.insertSession.lastError());
    const std::int64_t id = c.insertSession.lastInsertId().toLongLong();
    for (const StretchRecord& stretch : session.stretches) {
        if (!execute(c.insertStretch, stretchValues(id, stretch)))
            return fail(c.insertStretch.lastError());
    }
    if (!c.db.commit())
        return fail(c.db.lastError());
    return id;
}

bool HistoryStore::updateStretch(std::int64_t id, const StretchRecord& stretch)
{
    if (id <= 0 || !isAvailable())
        return false;
    Connection& c = *m_connection;
    const bool ok = c.db.transaction() && execute(c.updateStretch, stretchValues(id, stretch))
        && execute(c.updatePlayed, { int64(id) }) && c.db.commit();
    if (!ok) {
        const QSqlError error = c.updateStretch.lastError().isValid()
            ? c.updateStretch.lastError()
            : (c.updatePlayed.lastError().isValid() ? c.updatePlayed.lastError()
                                                    : c.db.lastError());
        c.db.rollback();
        report(tr("A stretch could not be written to the history file %1: %2.")
                   .arg(m_path, causeOf(error)));
    }
    return ok;
}

bool HistoryStore::finish(
    std::int64_t id, SessionEnd end, std::int64_t endUtcMs, std::int64_t playedMs)
{
    if (id <= 0 || !isAvailable())
        return false;
    Connection& c = *m_connection;
    if (execute(c.finish,
            { QString::fromLatin1(toString(end)), int64(endUtcMs), int64(playedMs), int64(id) })) {
        // A checkpoint that fails leaves the log to the next one: nothing to tell.
        m_worker.start([path = m_path] {
            const WorkerConnection worker(path);
            if (worker.db())
                sqlite3_wal_checkpoint_v2(
                    worker.db(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        });
        emit sessionEnded(id);
        return true;
    }
    report(tr("The end of a session could not be written to the history file %1: %2.")
               .arg(m_path, causeOf(c.finish.lastError())));
    return false;
}

std::vector<SessionRecord> HistoryStore::sessions(const HistoryFilter& filter)
{
    if (!isAvailable())
        return {};
    HistoryRead read = readSessions(handleOf(m_connection->db), filter);
    reportRead(read);
    return std::move(read.sessions);
}

std::optional<SessionRecord> HistoryStore::session(std::int64_t id)
{
    if (!isAvailable())
        return std::nullopt;
    HistoryRead read = readSession(handleOf(m_connection->db), id);
    reportRead(read);
    if (read.sessions.empty())
        return std::nullopt;
    return std::move(read.sessions.front());
}

bool HistoryStore::loadSessions()
{
    if (!isAvailable())
        return false;
    const std::uint64_t load = ++m_latestLoad;
    QtConcurrent::run(&m_worker, [path = m_path] {
        const WorkerConnection worker(path);
        return worker.db() ? readSessions(worker.db(), {}) : worker.failure();
    }).then(this, [this, load](const HistoryRead& read) {
        if (load != m_latestLoad)
            return; // a later load is on its way, with what changed since this one began
        reportRead(read);
        emit sessionsLoaded(read.sessions);
    });
    return true;
}

void HistoryStore::reportRead(const HistoryRead& read)
{
    if (read.ok())
        return;
    const QString text = QString::fromStdString(read.errorMessage);
    report(tr("The history file %1 could not be read: %2.")
               .arg(m_path, causeOf(read.errorCode, text, text)));
}

bool HistoryStore::remove(std::int64_t id)
{
    if (!isAvailable())
        return false;
    QSqlQuery query(m_connection->db);
    query.prepare(QStringLiteral("DELETE FROM sessions WHERE id = ?"));
    query.bindValue(0, int64(id));
    if (query.exec()) {
        emit sessionRemoved(id);
        return true;
    }
    report(tr("A session could not be deleted from the history file %1: %2.")
               .arg(m_path, causeOf(query.lastError())));
    return false;
}

bool HistoryStore::removeAll()
{
    if (!isAvailable())
        return false;
    Connection& c = *m_connection;
    // The stretches go with their sessions (ON DELETE CASCADE).
    if (c.run(QStringLiteral("DELETE FROM sessions"))) {
        emit allSessionsRemoved();
        return true;
    }
    report(tr("The history in %1 could not be deleted: %2.")
               .arg(m_path, causeOf(c.failure.value_or(SqlFailure {}).error)));
    return false;
}

} // namespace limber
