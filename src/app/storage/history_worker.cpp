#include "history_worker.h"

#include <QFile>

#include <sqlite3.h>

namespace limber {

namespace {

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

} // namespace

HistoryRead readSessionsOnWorker(const QString& path)
{
    const WorkerConnection worker(path);
    return worker.db() ? readSessions(worker.db(), {}) : worker.failure();
}

void checkpointOnWorker(const QString& path)
{
    const WorkerConnection worker(path);
    if (worker.db())
        sqlite3_wal_checkpoint_v2(
            worker.db(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
}

} // namespace limber
