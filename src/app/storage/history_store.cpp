#include "history_store.h"

#include "data_locations.h"
#include "history_connection.h"
#include "history_faults.h"
#include "history_worker.h"
#include "shared/words.h"
#include "user_files.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QVariant>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace limber {

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
        m_connection = std::make_unique<HistoryConnection>(m_connectionName);
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

        const HistoryFault fault = faultOf(failure.error);
        const bool damaged
            = fault == HistoryFault::Damaged || (failure.migrating && fault == HistoryFault::Other);
        const QString cause = failure.migrating && fault == HistoryFault::Other
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

// Opens the file at m_path on a fresh connection: schema, settings, prepared statements.
bool HistoryStore::useFile()
{
    HistoryConnection& c = *m_connection;
    if (!c.open(m_path, m_lockWaitMs))
        return false;
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
    return c.migrate(*version) && c.configure() && c.prepareStatements();
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
    return { QVariant::fromValue<qint64>(id), stretch.item, qs(stretch.exercise), qs(stretch.name),
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
    HistoryConnection& c = *m_connection;
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
            { int64(session.startUtcMs), session.startOffsetMinutes, end, qs(session.routine),
                qs(session.routineName), QString::fromLatin1(toString(session.origin)),
                int64(session.plannedMs), int64(session.playedMs), session.scale, session.paceInMs,
                session.paceOutMs, QString::fromLatin1(toString(session.end)) }))
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

void HistoryStore::updateStretch(std::int64_t id, const StretchRecord& stretch)
{
    if (id <= 0 || !isAvailable())
        return; // told when begin() or opening failed
    HistoryConnection& c = *m_connection;
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
}

void HistoryStore::finish(
    std::int64_t id, SessionEnd end, std::int64_t endUtcMs, std::int64_t playedMs)
{
    if (id <= 0 || !isAvailable())
        return; // told when begin() or opening failed
    HistoryConnection& c = *m_connection;
    if (execute(c.finish,
            { QString::fromLatin1(toString(end)), int64(endUtcMs), int64(playedMs), int64(id) })) {
        m_worker.start([path = m_path] { checkpointOnWorker(path); });
        emit sessionEnded(id);
        return;
    }
    report(tr("The end of a session could not be written to the history file %1: %2.")
               .arg(m_path, causeOf(c.finish.lastError())));
}

std::vector<SessionRecord> HistoryStore::sessions(const HistoryFilter& filter)
{
    if (!isAvailable())
        return {};
    HistoryRead read = readSessions(m_connection->handle(), filter);
    reportRead(read);
    return std::move(read.sessions);
}

std::optional<SessionRecord> HistoryStore::session(std::int64_t id)
{
    if (!isAvailable())
        return std::nullopt;
    HistoryRead read = readSession(m_connection->handle(), id);
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
        return readSessionsOnWorker(path);
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
    const QString text = qs(read.errorMessage);
    report(tr("The history file %1 could not be read: %2.")
               .arg(m_path, causeOf(read.errorCode, text, text)));
}

WriteOutcome HistoryStore::remove(std::int64_t id)
{
    if (!isAvailable())
        return failedDeletion(m_problem);
    QSqlQuery query(m_connection->db);
    query.prepare(QStringLiteral("DELETE FROM sessions WHERE id = ?"));
    query.bindValue(0, int64(id));
    if (!query.exec())
        return failedDeletion(tr("A session could not be deleted from the history file %1: %2.")
                                  .arg(m_path, causeOf(query.lastError())));
    emit sessionRemoved(id);
    return { true, {}, {} };
}

WriteOutcome HistoryStore::removeAll()
{
    if (!isAvailable())
        return failedDeletion(m_problem);
    HistoryConnection& c = *m_connection;
    // The stretches go with their sessions (ON DELETE CASCADE).
    if (!c.run(QStringLiteral("DELETE FROM sessions")))
        return failedDeletion(tr("The history in %1 could not be deleted: %2.")
                                  .arg(m_path, causeOf(c.failure.value_or(SqlFailure {}).error)));
    emit allSessionsRemoved();
    return { true, {}, {} };
}

WriteOutcome HistoryStore::failedDeletion(const QString& problem) const
{
    spdlog::warn("{}", problem.toStdString());
    return { false, problem, {} };
}

} // namespace limber
