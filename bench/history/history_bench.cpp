// Recording a stretch's end on the GUI thread (bench/run): a player's controller on a fake
// clock plays a routine of twenty one-second stretches a hundred times over ("play again")
// into a real HistoryStore through a SessionRecorder, and each refresh that ends a stretch is
// timed, with everything it does (the session's events, the recorder, the store's write). The
// last stretch's end ends the session too; the checkpoint that follows it runs on the store's
// worker thread, and here, with sessions back to back, the previous one's may still be running.
// The floor, timed in turn with it, is a bare SQLite insert of one row through the C API into a
// table of the same shape, in WAL with synchronous=NORMAL like the store. The budget is
// absolute: under 1 ms.
#include "../core/bench_support.h"
#include "history/session_recorder.h"
#include "player/clock.h"
#include "player/player_controller.h"
#include "player/player_routine.h"
#include "storage/history_store.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <sqlite3.h>

namespace {

constexpr int stretches = 20;
constexpr int sessions = 100;
constexpr double budgetMs = 1.0;

class BenchClock final : public limber::Clock {
public:
    std::int64_t nowMs() const override { return m_now; }
    void set(std::int64_t now) { m_now = now; }

private:
    std::int64_t m_now = 0;
};

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "history bench: %s\n", what);
    std::exit(1);
}

limber::PlayerRoutine longRoutine()
{
    limber::PlayerRoutine routine;
    routine.name = "Long";
    routine.plan.routine = "long";
    for (int item = 0; item < stretches; ++item) {
        limber::Segment segment;
        segment.exercise = "stretch-" + std::to_string(item);
        segment.item = item;
        segment.startMs = item * 1'000;
        segment.durationMs = 1'000;
        routine.plan.segments.push_back(segment);
    }
    routine.plan.totalMs = stretches * 1'000;
    return routine;
}

// The floor: one prepared insert, stepped and reset per call.
class BareInsert {
public:
    explicit BareInsert(const QString& path)
    {
        if (sqlite3_open(path.toUtf8().constData(), &m_db) != SQLITE_OK)
            fail("cannot open the floor's database");
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = NORMAL");
        exec("CREATE TABLE stretches (session_id INTEGER NOT NULL, item INTEGER NOT NULL, "
             "exercise TEXT NOT NULL, name TEXT NOT NULL, outcome TEXT NOT NULL, played_ms "
             "INTEGER NOT NULL, PRIMARY KEY (session_id, item)) WITHOUT ROWID");
        if (sqlite3_prepare_v2(m_db,
                "INSERT INTO stretches VALUES (1, ?, 'stretch', 'Stretch', "
                "'done', 1000)",
                -1, &m_insert, nullptr)
            != SQLITE_OK)
            fail("cannot prepare the floor's insert");
    }
    ~BareInsert()
    {
        sqlite3_finalize(m_insert);
        sqlite3_close(m_db);
    }
    BareInsert(const BareInsert&) = delete;
    BareInsert& operator=(const BareInsert&) = delete;

    void insert()
    {
        sqlite3_bind_int(m_insert, 1, m_next++);
        if (sqlite3_step(m_insert) != SQLITE_DONE)
            fail("the floor's insert failed");
        sqlite3_reset(m_insert);
    }

private:
    void exec(const char* statement)
    {
        if (sqlite3_exec(m_db, statement, nullptr, nullptr, nullptr) != SQLITE_OK)
            fail(statement);
    }

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_insert = nullptr;
    int m_next = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    limber::HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    BareInsert floor(dir.filePath(QStringLiteral("floor.sqlite")));
    BenchClock clock;
    const limber::PlayerRoutine routine = longRoutine();
    limber::PlayerController controller(routine.plan, clock);
    const auto* recorder = new limber::SessionRecorder(controller, routine,
        limber::SessionOrigin::MainWindow, store, [&clock] { return clock.nowMs(); });
    std::vector<double> work; // stretch ends within a session
    std::vector<double> ends; // the last stretch's end, which ends the session too
    std::vector<double> bare;
    for (int session = 0; session < sessions; ++session) {
        const std::int64_t start = session * 1'000'000;
        clock.set(start);
        controller.restart(); // the previous session finished: a new row
        if (recorder->sessionId() <= 0)
            fail("the session was not stored");
        for (int item = 1; item <= stretches; ++item) {
            clock.set(start + item * 1'000);
            auto refresh = [&] { controller.refresh(); };
            auto insert = [&] { floor.insert(); };
            (item < stretches ? work : ends).push_back(bench::timeOnce(refresh));
            bare.push_back(bench::timeOnce(insert));
        }
    }
    const std::vector<limber::SessionRecord> stored = store.sessions();
    if (stored.size() != sessions || stored.back().end != limber::SessionEnd::Finished
        || stored.back().playedMs != stretches * 1'000)
        fail("the sessions were not recorded");

    const auto row = [&bare](const char* name, std::vector<double> times) {
        std::sort(times.begin(), times.end());
        const double p99 = times[times.size() * 99 / 100];
        const bench::Timing timing { bench::median(times), bench::median(bare) };
        std::fprintf(stderr, "%s: %zu times, median %s, 99th percentile %s, max %s\n", name,
            times.size(), bench::formatMs(timing.ms).c_str(), bench::formatMs(p99).c_str(),
            bench::formatMs(times.back()).c_str());
        // The ratio is of the medians; the verdict is of the 99th percentile against 1 ms.
        std::printf("%s\t%s\t%s\t%.2f\t< %s\t%s\n", name, bench::formatMs(timing.ms).c_str(),
            bench::formatMs(timing.floorMs).c_str(), timing.ms / timing.floorMs,
            bench::formatMs(budgetMs).c_str(), p99 < budgetMs ? "OK" : "MISSED");
    };
    row("history: a stretch's end recorded (GUI thread)", work);
    row("history: a session's end recorded (checkpoint on the worker)", ends);
    std::sort(bare.begin(), bare.end());
    std::fprintf(stderr, "floor, a bare SQLite insert: median %s, 99th percentile %s\n",
        bench::formatMs(bench::median(bare)).c_str(),
        bench::formatMs(bare[bare.size() * 99 / 100]).c_str());
    std::fflush(stdout);
    return 0;
}
