#include "history_reader.h"

#include <algorithm>
#include <array>
#include <sqlite3.h>
#include <string_view>
#include <utility>

namespace limber {

namespace {

// One prepared statement, finalized when it goes.
class Statement {
public:
    Statement(sqlite3* db, const std::string& sql)
    {
        m_code
            = sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool prepared() const { return m_code == SQLITE_OK; }
    sqlite3_stmt* get() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
    int m_code = SQLITE_OK;
};

// The filter as SQL conditions on the sessions table `s`, and their values in order.
struct Conditions {
    std::string where;
    std::vector<std::int64_t> numbers; // bound first, in order
    const std::string* text = nullptr; // the routine, bound last
};

Conditions conditionsOf(const HistoryFilter& filter)
{
    Conditions c;
    const auto add = [&c](const char* condition) {
        c.where += c.where.empty() ? " WHERE " : " AND ";
        c.where += condition;
    };
    if (filter.sinceUtcMs) {
        add("s.start_utc_ms >= ?");
        c.numbers.push_back(*filter.sinceUtcMs);
    }
    if (filter.untilUtcMs) {
        add("s.start_utc_ms < ?");
        c.numbers.push_back(*filter.untilUtcMs);
    }
    if (!filter.routine.empty()) {
        add("s.routine = ?");
        c.text = &filter.routine;
    }
    return c;
}

void bind(sqlite3_stmt* stmt, const Conditions& c)
{
    int at = 1;
    for (const std::int64_t number : c.numbers)
        sqlite3_bind_int64(stmt, at++, number);
    if (c.text)
        sqlite3_bind_text(
            stmt, at, c.text->data(), static_cast<int>(c.text->size()), SQLITE_STATIC);
}

std::string_view textOf(sqlite3_stmt* stmt, int column)
{
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
    if (!bytes)
        return {};
    return { bytes, static_cast<std::size_t>(sqlite3_column_bytes(stmt, column)) };
}

// The value whose name (toString) is `text`, compared in place: no string is made per row.
template <typename Enum, std::size_t N>
std::optional<Enum> parse(std::string_view text, const std::array<Enum, N>& values)
{
    for (const Enum value : values) {
        if (text == toString(value))
            return value;
    }
    return std::nullopt;
}

constexpr std::array origins { SessionOrigin::MainWindow, SessionOrigin::Tray,
    SessionOrigin::Reminder, SessionOrigin::Shortcut, SessionOrigin::CommandLine };
constexpr std::array ends { SessionEnd::InProgress, SessionEnd::Finished, SessionEnd::Stopped,
    SessionEnd::Closed };
constexpr std::array outcomes { StretchOutcome::Done, StretchOutcome::Skipped,
    StretchOutcome::NotReached };

SessionRecord sessionAt(sqlite3_stmt* stmt)
{
    SessionRecord session;
    session.id = sqlite3_column_int64(stmt, 0);
    session.startUtcMs = sqlite3_column_int64(stmt, 1);
    session.startOffsetMinutes = sqlite3_column_int(stmt, 2);
    if (sqlite3_column_type(stmt, 3) != SQLITE_NULL)
        session.endUtcMs = sqlite3_column_int64(stmt, 3);
    session.routine = textOf(stmt, 4);
    session.routineName = textOf(stmt, 5);
    session.origin = parse(textOf(stmt, 6), origins).value_or(SessionOrigin::MainWindow);
    session.plannedMs = sqlite3_column_int64(stmt, 7);
    session.playedMs = sqlite3_column_int64(stmt, 8);
    session.scale = sqlite3_column_double(stmt, 9);
    session.paceInMs = sqlite3_column_int(stmt, 10);
    session.paceOutMs = sqlite3_column_int(stmt, 11);
    // A session whose end was never written was cut short: it stopped where it got to.
    const SessionEnd end = parse(textOf(stmt, 12), ends).value_or(SessionEnd::Stopped);
    session.end = end == SessionEnd::InProgress ? SessionEnd::Stopped : end;
    return session;
}

StretchRecord stretchAt(sqlite3_stmt* stmt)
{
    StretchRecord stretch;
    stretch.item = sqlite3_column_int(stmt, 1);
    stretch.exercise = textOf(stmt, 2);
    stretch.name = textOf(stmt, 3);
    stretch.outcome = parse(textOf(stmt, 4), outcomes).value_or(StretchOutcome::NotReached);
    stretch.playedMs = sqlite3_column_int64(stmt, 5);
    return stretch;
}

HistoryRead failure(sqlite3* db)
{
    HistoryRead read;
    read.errorCode = sqlite3_extended_errcode(db);
    if (read.errorCode == SQLITE_OK)
        read.errorCode = SQLITE_ERROR;
    read.errorMessage = sqlite3_errmsg(db);
    return read;
}

HistoryRead readWhere(sqlite3* db, const Conditions& conditions)
{
    if (!db)
        return { {}, SQLITE_MISUSE, "no SQLite connection" };
    HistoryRead read;

    const Statement sessions(db,
        "SELECT s.id, s.start_utc_ms, s.start_offset_minutes, s.end_utc_ms, s.routine, "
        "s.routine_name, s.origin, s.planned_ms, s.played_ms, s.scale, s.pace_in_ms, "
        "s.pace_out_ms, s.ending FROM sessions s"
            + conditions.where + " ORDER BY s.start_utc_ms, s.id");
    if (!sessions.prepared())
        return failure(db);
    bind(sessions.get(), conditions);
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(sessions.get())) == SQLITE_ROW)
        read.sessions.push_back(sessionAt(sessions.get()));
    if (step != SQLITE_DONE)
        return failure(db);

    // Unfiltered, the stretches come in their primary key's order with no join at all.
    const Statement stretches(db,
        conditions.where.empty()
            ? std::string("SELECT t.session_id, t.item, t.exercise, t.name, t.outcome, "
                          "t.played_ms FROM stretches t ORDER BY t.session_id, t.item")
            : "SELECT t.session_id, t.item, t.exercise, t.name, t.outcome, t.played_ms FROM "
              "stretches t JOIN sessions s ON s.id = t.session_id"
                + conditions.where + " ORDER BY t.session_id, t.item");
    if (!stretches.prepared())
        return failure(db);
    bind(stretches.get(), conditions);
    // The sessions by id beside the stretches by session: one walk through both joins them.
    std::vector<std::pair<std::int64_t, std::size_t>> byId;
    byId.reserve(read.sessions.size());
    for (std::size_t i = 0; i < read.sessions.size(); ++i)
        byId.emplace_back(read.sessions[i].id, i);
    std::sort(byId.begin(), byId.end());
    auto at = byId.begin();
    while ((step = sqlite3_step(stretches.get())) == SQLITE_ROW) {
        const std::int64_t id = sqlite3_column_int64(stretches.get(), 0);
        while (at != byId.end() && at->first < id)
            ++at;
        if (at == byId.end() || at->first != id)
            continue; // a stretch whose session was not read (none, with the foreign key)
        read.sessions[at->second].stretches.push_back(stretchAt(stretches.get()));
    }
    if (step != SQLITE_DONE)
        return failure(db);
    return read;
}

} // namespace

HistoryRead readSessions(sqlite3* db, const HistoryFilter& filter)
{
    return readWhere(db, conditionsOf(filter));
}

HistoryRead readSession(sqlite3* db, std::int64_t id)
{
    Conditions conditions;
    conditions.where = " WHERE s.id = ?";
    conditions.numbers.push_back(id);
    return readWhere(db, conditions);
}

} // namespace limber
