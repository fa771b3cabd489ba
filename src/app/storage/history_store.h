// The history of sessions played, in SQLite ($XDG_DATA_HOME/limber/history.sqlite) through Qt
// Sql's QSQLITE driver, on a connection of its own. The file is opened when first used, never
// at launch. A session's row is written when it starts and brought up to date as each stretch
// ends, so a crash leaves an honest entry: a row whose end was never written reads back as
// stopped, with what it recorded.
//
// The sessions are read through the connection's own sqlite3 handle (history_reader.h), on the
// calling thread, or on a worker thread of the store's with a connection of its own
// (loadSessions), which is also where the log is copied into the database after a session
// ends: the GUI thread neither reads ten years of history nor syncs the disk.
//
// A history file that cannot be used never stops a session from playing. Not a database, or a
// schema that cannot be migrated: it is moved aside as history.sqlite.broken-YYYYMMDD-HHMMSS
// and a new history begins. Locked by another program, read-only, on a full disk, or from a
// newer Limber: it is left untouched and nothing is recorded. Either way the store reports one
// problem (the file and the cause), once.
#pragma once

#include "atomic_write.h"
#include "history_reader.h"

#include <limber/history.h>

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace limber {

struct HistoryConnection;

class HistoryStore : public QObject {
    Q_OBJECT

public:
    // PRAGMA user_version of the schema this Limber writes.
    static constexpr int schemaVersion = 1;

    // ~/.local/share/limber/history.sqlite, worked out again on each call.
    static QString standardPath();

    // Nothing is opened until the first call that needs the file.
    // A file locked by another Limber is waited for this long at most: the app's store is on
    // the GUI thread, so it waits little; `limber --history` may wait longer.
    static constexpr int guiWaitMs = 100;
    explicit HistoryStore(QString path, QObject* parent = nullptr);
    HistoryStore(QString path, int lockWaitMs, QObject* parent = nullptr);
    ~HistoryStore() override;
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    const QString& path() const { return m_path; }
    // Opens the file if not yet tried; false in the no-history mode.
    [[nodiscard]] bool isAvailable();
    // The one problem found (see above), or empty.
    const QString& problem() const { return m_problem; }

    // Stores a new session with its stretches (all as given, usually not reached) and returns
    // its id, or 0 when nothing can be recorded.
    [[nodiscard]] std::int64_t begin(const SessionRecord& session);
    // Brings one stretch of session `id` up to date (by its item), and the session's played
    // time with it: the sum of its stretches'.
    // These record in the background of a break, so a failure returns nothing: it is told
    // through problemFound, once for the store, not once for each stretch.
    void updateStretch(std::int64_t id, const StretchRecord& stretch);
    // Writes how the session ended (sessionEnded says it was).
    void finish(std::int64_t id, SessionEnd end, std::int64_t endUtcMs, std::int64_t playedMs);

    // Oldest first, each with its stretches in routine order.
    std::vector<SessionRecord> sessions(const HistoryFilter& filter = {});
    // One session, as sessions() reads it; nullopt when there is none (or it cannot be read).
    std::optional<SessionRecord> session(std::int64_t id);
    // Reads every session as sessions() does, on the store's worker thread with a connection of
    // its own, and hands them over with sessionsLoaded; a load asked for while another runs
    // replaces it (only the latest is delivered). A failure is reported as sessions() reports
    // it. False, with nothing to come, when no history can be read.
    [[nodiscard]] bool loadSessions();
    // Deletes one session, or all of them, as the person asked: a failure is returned for the
    // caller to tell them (problemFound says only the first problem the store meets), and
    // sessionRemoved or allSessionsRemoved follow a success.
    [[nodiscard]] WriteOutcome remove(std::int64_t id);
    [[nodiscard]] WriteOutcome removeAll();

signals:
    // The one problem, when it is found (also kept in problem()).
    void problemFound(const QString& problem);
    // What sessions() reads has changed: a session ended (not each stretch: the pages sum up
    // whole sessions), one was deleted, or all were.
    void sessionEnded(qint64 id);
    void sessionRemoved(qint64 id);
    void allSessionsRemoved();
    // The latest loadSessions() has read them.
    void sessionsLoaded(const std::vector<limber::SessionRecord>& sessions);

private:
    [[nodiscard]] bool open();
    [[nodiscard]] bool useFile();
    // A deletion that failed, logged and returned (not reported: the caller tells it).
    WriteOutcome failedDeletion(const QString& problem) const;
    void report(const QString& problem);
    void reportRead(const HistoryRead& read);

    QString m_path;
    QString m_connectionName;
    int m_lockWaitMs = guiWaitMs;
    std::unique_ptr<HistoryConnection>
        m_connection; // null until opened, and in the no-history mode
    bool m_tried = false;
    QString m_problem;
    std::uint64_t m_latestLoad = 0; // counts loadSessions() calls
    // One worker thread: the loads and the checkpoints, in the order asked for.
    QThreadPool m_worker;
};

} // namespace limber
