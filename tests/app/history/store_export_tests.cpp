// The history's exports read back equal to what the store holds: JSON and CSV files written
// through exportHistory, parsed here on their own terms (JSON by Qt, CSV by RFC 4180), with
// names that need quoting, a session cut short and one with no end.
#include "history/history_export.h"
#include "storage/history_store.h"
#include "store_test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace limber;
using namespace limber::test;

namespace {

// Three sessions: a finished one with awkward names, one cut short, one from another day.
std::vector<SessionRecord> storedSessions(HistoryStore& store)
{
    SessionRecord awkward = sampleSession(1'792'888'200'000, 3);
    awkward.routineName = "Desk, \"quick\" one\nsecond line";
    awkward.stretches[1].name = "Twist, seated";
    awkward.id = store.begin(awkward);
    for (StretchRecord& stretch : awkward.stretches) {
        stretch.outcome = StretchOutcome::Done;
        stretch.playedMs = 12'345 + stretch.item;
        store.updateStretch(awkward.id, stretch);
        REQUIRE(store.problem().isEmpty());
    }
    store.finish(awkward.id, SessionEnd::Finished, 1'792'888'260'000, 37'038);
    REQUIRE(store.problem().isEmpty());

    SessionRecord cut = sampleSession(1'792'900'000'000, 2, "morning");
    cut.startOffsetMinutes = -300;
    cut.id = store.begin(cut);
    cut.stretches[0].outcome = StretchOutcome::Skipped;
    cut.stretches[0].playedMs = 999;
    store.updateStretch(cut.id, cut.stretches[0]);
    REQUIRE(store.problem().isEmpty());

    SessionRecord closed = sampleSession(1'792'990'000'000, 1);
    closed.scale = 0.75;
    closed.origin = SessionOrigin::Shortcut;
    closed.id = store.begin(closed);
    store.finish(closed.id, SessionEnd::Closed, 1'792'990'001'000, 1'000);
    REQUIRE(store.problem().isEmpty());

    return store.sessions();
}

std::int64_t int64Of(const QJsonValue& value)
{
    return static_cast<std::int64_t>(value.toDouble());
}

std::vector<SessionRecord> fromJson(const QByteArray& bytes)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(document.isObject());
    CHECK(document[QStringLiteral("format")].toString() == QStringLiteral("limber-history"));
    CHECK(document[QStringLiteral("version")].toInt() == 1);
    std::vector<SessionRecord> sessions;
    for (const QJsonValue& item : document[QStringLiteral("sessions")].toArray()) {
        const QJsonObject o = item.toObject();
        SessionRecord s;
        s.id = int64Of(o[QStringLiteral("id")]);
        s.startUtcMs = int64Of(o[QStringLiteral("start_utc_ms")]);
        s.startOffsetMinutes = o[QStringLiteral("start_offset_minutes")].toInt();
        if (!o[QStringLiteral("end_utc_ms")].isNull())
            s.endUtcMs = int64Of(o[QStringLiteral("end_utc_ms")]);
        s.routine = o[QStringLiteral("routine")].toString().toStdString();
        s.routineName = o[QStringLiteral("routine_name")].toString().toStdString();
        s.origin = *sessionOriginFromString(o[QStringLiteral("origin")].toString().toStdString());
        s.plannedMs = int64Of(o[QStringLiteral("planned_ms")]);
        s.playedMs = int64Of(o[QStringLiteral("played_ms")]);
        s.scale = o[QStringLiteral("scale")].toDouble();
        s.paceInMs = o[QStringLiteral("pace_in_ms")].toInt();
        s.paceOutMs = o[QStringLiteral("pace_out_ms")].toInt();
        s.end = *sessionEndFromString(o[QStringLiteral("end")].toString().toStdString());
        for (const QJsonValue& t : o[QStringLiteral("stretches")].toArray())
            s.stretches.push_back({ t[QStringLiteral("item")].toInt(),
                t[QStringLiteral("exercise")].toString().toStdString(),
                t[QStringLiteral("name")].toString().toStdString(),
                *stretchOutcomeFromString(t[QStringLiteral("outcome")].toString().toStdString()),
                int64Of(t[QStringLiteral("played_ms")]) });
        sessions.push_back(s);
    }
    return sessions;
}

// RFC 4180 records: fields split on commas outside quotes, "" for a quote, CRLF between.
std::vector<QStringList> csvRecords(const QString& text)
{
    std::vector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size()
            && text[i + 1] == QLatin1Char('\n')) {
            record << field;
            records.push_back(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    REQUIRE(field.isEmpty());
    REQUIRE(record.isEmpty());
    return records;
}

std::vector<SessionRecord> fromCsv(const QByteArray& bytes)
{
    const std::vector<QStringList> records = csvRecords(QString::fromUtf8(bytes));
    REQUIRE(!records.empty());
    const QStringList header = records[0];
    std::vector<SessionRecord> sessions;
    for (std::size_t r = 1; r < records.size(); ++r) {
        REQUIRE(records[r].size() == header.size());
        const auto at = [&](const char* column) {
            const qsizetype index = header.indexOf(QString::fromLatin1(column));
            REQUIRE(index >= 0);
            return records[r][index];
        };
        const std::int64_t id = at("session_id").toLongLong();
        if (sessions.empty() || sessions.back().id != id) {
            SessionRecord s;
            s.id = id;
            s.startUtcMs = at("start_utc_ms").toLongLong();
            s.startOffsetMinutes = at("start_offset_minutes").toInt();
            if (!at("end_utc_ms").isEmpty())
                s.endUtcMs = at("end_utc_ms").toLongLong();
            s.routine = at("routine").toStdString();
            s.routineName = at("routine_name").toStdString();
            s.origin = *sessionOriginFromString(at("origin").toStdString());
            s.plannedMs = at("planned_ms").toLongLong();
            s.playedMs = at("played_ms").toLongLong();
            s.scale = at("scale").toDouble();
            s.paceInMs = at("pace_in_ms").toInt();
            s.paceOutMs = at("pace_out_ms").toInt();
            s.end = *sessionEndFromString(at("end").toStdString());
            sessions.push_back(s);
        }
        if (!at("item").isEmpty())
            sessions.back().stretches.push_back({ at("item").toInt(), at("exercise").toStdString(),
                at("exercise_name").toStdString(),
                *stretchOutcomeFromString(at("outcome").toStdString()),
                at("stretch_played_ms").toLongLong() });
    }
    return sessions;
}

} // namespace

TEST_CASE("JSON and CSV exports read back equal to what the store holds")
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    const std::vector<SessionRecord> held = storedSessions(store);
    REQUIRE(held.size() == 3);

    const QString json = dir.filePath(QStringLiteral("history.json"));
    REQUIRE(exportHistory(held, HistoryFormat::Json, json));
    CHECK(fromJson(fileBytes(json)) == held);

    const QString csv = dir.filePath(QStringLiteral("history.csv"));
    REQUIRE(exportHistory(held, HistoryFormat::Csv, csv));
    CHECK(fromCsv(fileBytes(csv)) == held);
}

TEST_CASE("an export keeps the local time each session was played at")
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    const std::vector<SessionRecord> held = storedSessions(store);
    CHECK(localStart(held[0]) == QStringLiteral("2026-10-25T01:30:00+01:00"));
    CHECK(localStart(held[1]) == QStringLiteral("2026-10-24T22:46:40-05:00"));
    const QString text = QString::fromUtf8(formatHistory(held, HistoryFormat::Text));
    CHECK(text.count(QLatin1Char('\n')) == 3); // one line a session, line breaks in names or not
    CHECK(text.contains(QStringLiteral("2026-10-24 22:46  stopped")));
}

TEST_CASE("an export that cannot be written leaves the file that was there")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/history.csv"));
    const WriteOutcome outcome = exportHistory({}, HistoryFormat::Csv, path);
    CHECK_FALSE(outcome);
    CHECK(outcome.error.contains(path));
}
