// Opening the History page with ten years of daily use (36,500 sessions, ten a day): a new
// HistoryView given the sessions (the sums of days, weeks, calendar and most played, and the
// list's rows), then the same with its first drawing; each against the floor of copying the same
// sessions, since setSessions takes its vector by value and so both pay that copy. Then giving
// an open page the history again, which also frees the one it had, against a copy that frees
// an old copy likewise. Offscreen and without a database: reading the store has its own bench.
// Last, the page opened from a real history file: the sessions read through the store (its
// reader on the sqlite3 handle, as its worker thread reads them for the app), then given to a new
// page, against the floor of a bare SQLite query (the C API) that steps through the same rows and
// columns and keeps nothing.
// Rows for bench/run on stdout, what was measured on stderr.
#include "../core/bench_support.h"
#include "generated_history.h"
#include "history/history_view.h"
#include "storage/history_store.h"

#include <QApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <sqlite3.h>

namespace {

constexpr limber::LocalDate today { 2026, 12, 2 };
constexpr int repetitions = 9;
constexpr double budget = 3.0;

[[noreturn]] void fail(const char* what, sqlite3* db)
{
    std::fprintf(stderr, "history view bench: %s: %s\n", what, db ? sqlite3_errmsg(db) : "");
    std::exit(1);
}

// Writes `sessions` into the store's own tables in one transaction (the store's API writes one
// row at a time, as a player does, which would take minutes here).
void fill(const QString& path, const std::vector<limber::SessionRecord>& sessions)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toLocal8Bit().constData(), &db) != SQLITE_OK)
        fail("open", db);
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* session = nullptr;
    sqlite3_stmt* stretch = nullptr;
    if (sqlite3_prepare_v2(db,
            "INSERT INTO sessions (id, start_utc_ms, start_offset_minutes, end_utc_ms, routine, "
            "routine_name, origin, planned_ms, played_ms, scale, pace_in_ms, pace_out_ms, ending) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            -1, &session, nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v2(db,
               "INSERT INTO stretches (session_id, item, exercise, name, outcome, played_ms) "
               "VALUES (?, ?, ?, ?, ?, ?)",
               -1, &stretch, nullptr)
            != SQLITE_OK)
        fail("prepare", db);
    std::int64_t id = 0;
    for (const limber::SessionRecord& s : sessions) {
        ++id;
        sqlite3_bind_int64(session, 1, id);
        sqlite3_bind_int64(session, 2, s.startUtcMs);
        sqlite3_bind_int(session, 3, s.startOffsetMinutes);
        sqlite3_bind_int64(session, 4, s.endUtcMs.value_or(s.startUtcMs));
        sqlite3_bind_text(session, 5, s.routine.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(session, 6, s.routineName.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(session, 7, limber::toString(s.origin), -1, SQLITE_STATIC);
        sqlite3_bind_int64(session, 8, s.plannedMs);
        sqlite3_bind_int64(session, 9, s.playedMs);
        sqlite3_bind_double(session, 10, s.scale);
        sqlite3_bind_int(session, 11, s.paceInMs);
        sqlite3_bind_int(session, 12, s.paceOutMs);
        sqlite3_bind_text(session, 13, limber::toString(s.end), -1, SQLITE_STATIC);
        if (sqlite3_step(session) != SQLITE_DONE)
            fail("insert a session", db);
        sqlite3_reset(session);
        for (const limber::StretchRecord& t : s.stretches) {
            sqlite3_bind_int64(stretch, 1, id);
            sqlite3_bind_int(stretch, 2, t.item);
            sqlite3_bind_text(stretch, 3, t.exercise.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(stretch, 4, t.name.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(stretch, 5, limber::toString(t.outcome), -1, SQLITE_STATIC);
            sqlite3_bind_int64(stretch, 6, t.playedMs);
            if (sqlite3_step(stretch) != SQLITE_DONE)
                fail("insert a stretch", db);
            sqlite3_reset(stretch);
        }
    }
    sqlite3_finalize(session);
    sqlite3_finalize(stretch);
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        fail("commit", db);
    sqlite3_close(db);
}

// The floor: the store's two queries, every row stepped and every column read, nothing kept.
std::size_t bareQuery(sqlite3* db)
{
    std::size_t bytes = 0;
    for (const char* sql : { "SELECT id, start_utc_ms, start_offset_minutes, end_utc_ms, routine, "
                             "routine_name, origin, planned_ms, played_ms, scale, pace_in_ms, "
                             "pace_out_ms, ending FROM sessions ORDER BY start_utc_ms, id",
             "SELECT session_id, item, exercise, name, outcome, played_ms FROM stretches ORDER "
             "BY session_id, item" }) {
        sqlite3_stmt* query = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &query, nullptr) != SQLITE_OK)
            fail("prepare the floor", db);
        while (sqlite3_step(query) == SQLITE_ROW) {
            for (int column = 0; column < sqlite3_column_count(query); ++column) {
                if (sqlite3_column_type(query, column) == SQLITE_TEXT)
                    bytes += static_cast<std::size_t>(sqlite3_column_bytes(query, column));
                else
                    bytes += static_cast<std::size_t>(sqlite3_column_int64(query, column));
            }
        }
        sqlite3_finalize(query);
    }
    return bytes;
}

} // namespace

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const std::vector<limber::SessionRecord> sessions
        = limber::testing::generatedHistory(today, { 3650, 10, 1 });
    std::fprintf(stderr, "history view: %zu generated sessions over 3650 days, offscreen\n",
        sessions.size());

    const auto copyFloor = [&] { return std::vector<limber::SessionRecord>(sessions); };
    const auto open = [&] {
        auto view = std::make_unique<limber::HistoryView>();
        view->resize(1200, 780);
        view->setSessions(sessions, today);
        return view; // destroyed after the clock is read, as the floor's copy is
    };
    bench::printRow("history view: open with 36,500 sessions",
        bench::compare(repetitions, open, copyFloor), budget);

    const auto openAndDraw = [&] {
        auto view = open();
        view->show();
        bench::keep(static_cast<std::size_t>(view->grab().width()));
        return view;
    };
    bench::printRow("history view: open + first drawing",
        bench::compare(repetitions, openAndDraw, copyFloor), budget);

    limber::HistoryView view;
    view.setSessions(sessions, today);
    std::vector<limber::SessionRecord> old = sessions;
    const auto reload = [&] { view.setSessions(sessions, today); };
    // A fresh copy in place of the old one, and the old one freed, as setSessions does.
    const auto replaceFloor = [&] {
        std::vector<limber::SessionRecord> fresh = sessions;
        old.swap(fresh);
    };
    bench::printRow("history view: the history again, on an open page",
        bench::compare(repetitions, reload, replaceFloor), budget);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    limber::HistoryStore store(path);
    if (!store.isAvailable())
        fail("the store did not open its file", nullptr);
    fill(path, sessions);
    if (store.sessions().size() != sessions.size())
        fail("the store does not read back what was written", nullptr);
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toLocal8Bit().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK)
        fail("open the floor's connection", db);
    const auto openFromFile = [&] {
        auto page = std::make_unique<limber::HistoryView>();
        page->resize(1200, 780);
        page->setSessions(store.sessions(), today);
        return page;
    };
    bench::printRow("history page: read 36,500 sessions from SQLite and open",
        bench::compare(repetitions, openFromFile, [&] { bench::keep(bareQuery(db)); }), budget);
    sqlite3_close(db);
    return 0;
}
