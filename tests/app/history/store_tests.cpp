// The history store on real files: what is written reads back equal, a session cut short
// reads back as stopped with what it did, the schema is migrated from version 1, and every
// kind of unusable file (garbage, a failed migration, a newer schema, read-only, locked by
// another connection, a full disk) gives one problem and a store that records nothing, while
// the file is moved aside or left byte for byte.
#include "app/support/full_disk.h"
#include "storage/history_store.h"
#include "store_test_support.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <future>
#include <thread>

using namespace limber;
using namespace limber::test;

namespace {

QStringList brokenCopiesIn(const QString& folder)
{
    return QDir(folder).entryList({ QStringLiteral("history.sqlite.broken-*") }, QDir::Files);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// A store that reports its problem once, keeps nothing and says so without throwing.
void requireNoHistoryMode(HistoryStore& store, QSignalSpy& problems)
{
    CHECK_FALSE(store.isAvailable());
    CHECK(store.begin(sampleSession(1'000)) == 0);
    store.updateStretch(1, {});
    store.finish(1, SessionEnd::Finished, 2'000, 1'000);
    CHECK(store.sessions().empty());
    CHECK(problems.count() == 1);
    CHECK(store.problem().contains(store.path()));
}

} // namespace

TEST_CASE("the store opens nothing until it is first used")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data/limber/history.sqlite"));
    HistoryStore store(path);
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(store.isAvailable());
    CHECK(QFileInfo::exists(path));
    CHECK(store.problem().isEmpty());
}

TEST_CASE("a session is written when it starts and brought up to date as it goes")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    HistoryStore store(path);
    SessionRecord session = sampleSession(1'700'000'000'000);
    session.id = store.begin(session);
    REQUIRE(session.id > 0);

    SECTION("cut short, it reads back as stopped with what it did so far")
    {
        session.stretches[0].outcome = StretchOutcome::Done;
        session.stretches[0].playedMs = 61'234;
        store.updateStretch(session.id, session.stretches[0]);
        REQUIRE(store.problem().isEmpty());
        session.stretches[1].outcome = StretchOutcome::Skipped;
        session.stretches[1].playedMs = 4'000;
        store.updateStretch(session.id, session.stretches[1]);
        REQUIRE(store.problem().isEmpty());

        // Another store on the same file, as after a crash and a new launch.
        HistoryStore later(path);
        const std::vector<SessionRecord> read = later.sessions();
        REQUIRE(read.size() == 1);
        SessionRecord expected = session;
        expected.end = SessionEnd::Stopped;
        expected.playedMs = 65'234;
        CHECK(read[0] == expected);
    }

    SECTION("finished, it reads back as written")
    {
        for (StretchRecord& stretch : session.stretches) {
            stretch.outcome = StretchOutcome::Done;
            stretch.playedMs = 100'000;
            store.updateStretch(session.id, stretch);
            REQUIRE(store.problem().isEmpty());
        }
        store.finish(session.id, SessionEnd::Finished, 1'700'000'300'500, 300'000);
        REQUIRE(store.problem().isEmpty());
        session.end = SessionEnd::Finished;
        session.endUtcMs = 1'700'000'300'500;
        session.playedMs = 300'000;
        const std::vector<SessionRecord> read = store.sessions();
        REQUIRE(read.size() == 1);
        CHECK(read[0] == session);
    }
}

TEST_CASE("the database is in WAL mode at the current schema version")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        HistoryStore store(path);
        REQUIRE(store.isAvailable());
    }
    RawDatabase raw(path);
    CHECK(raw.value(QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("wal"));
    CHECK(raw.value(QStringLiteral("PRAGMA user_version"))
        == QString::number(HistoryStore::schemaVersion));
}

TEST_CASE("sessions are read by date range and routine, oldest first")
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    for (const auto& [start, routine] :
        std::vector<std::pair<std::int64_t, std::string>> { { 3'000, "morning" },
            { 1'000, "office-break" }, { 2'000, "morning" }, { 4'000, "office-break" } })
        REQUIRE(store.begin(sampleSession(start, 2, routine)) > 0);

    const auto starts = [](const std::vector<SessionRecord>& sessions) {
        std::vector<std::int64_t> found;
        for (const SessionRecord& session : sessions)
            found.push_back(session.startUtcMs);
        return found;
    };
    CHECK(starts(store.sessions()) == std::vector<std::int64_t> { 1'000, 2'000, 3'000, 4'000 });
    CHECK(
        starts(store.sessions({ 2'000, 4'000, {} })) == std::vector<std::int64_t> { 2'000, 3'000 });
    CHECK(starts(store.sessions({ {}, {}, "morning" }))
        == std::vector<std::int64_t> { 2'000, 3'000 });
    CHECK(starts(store.sessions({ 2'500, {}, "office-break" }))
        == std::vector<std::int64_t> { 4'000 });
    for (const SessionRecord& session : store.sessions())
        CHECK(session.stretches.size() == 2);
}

TEST_CASE("one session, and all of them on the worker thread, read as they were written")
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    // Ids out of the order of the starts, each session's stretches its own: the reader joins
    // them by id, not by position.
    std::vector<SessionRecord> written;
    for (const std::int64_t start : { 3'000, 1'000, 2'000 }) {
        SessionRecord session = sampleSession(start, 2);
        session.origin = SessionOrigin::Shortcut;
        session.endUtcMs = start + 500;
        session.end = SessionEnd::Closed;
        const std::string suffix = std::to_string(start);
        session.routineName = std::string("Ünïcode · ").append(suffix);
        for (StretchRecord& stretch : session.stretches) {
            stretch.name.append(1, ' ').append(suffix);
            stretch.outcome = StretchOutcome::Skipped;
            stretch.playedMs = start / 10;
        }
        session.id = store.begin(session);
        REQUIRE(session.id > 0);
        written.push_back(session);
    }
    std::sort(written.begin(), written.end(),
        [](const SessionRecord& a, const SessionRecord& b) { return a.startUtcMs < b.startUtcMs; });
    CHECK(store.sessions() == written);
    CHECK(store.session(written[1].id) == written[1]);
    const auto byId = [](const SessionRecord& a, const SessionRecord& b) { return a.id < b.id; };
    CHECK_FALSE(store.session(std::max_element(written.begin(), written.end(), byId)->id + 1));

    QSignalSpy loaded(&store, &HistoryStore::sessionsLoaded);
    REQUIRE(store.loadSessions());
    REQUIRE(loaded.wait(10'000));
    CHECK(loaded.at(0).at(0).value<std::vector<SessionRecord>>() == written);
    CHECK(store.problem().isEmpty());
}

TEST_CASE("a history that cannot be read says so once, read here or on the worker thread")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    HistoryStore store(path);
    REQUIRE(store.begin(sampleSession(1'000)) > 0);
    RawDatabase(path).run({ QStringLiteral("DROP TABLE stretches") });
    QSignalSpy problems(&store, &HistoryStore::problemFound);
    QSignalSpy loaded(&store, &HistoryStore::sessionsLoaded);

    REQUIRE(store.loadSessions());
    REQUIRE(loaded.wait(10'000));
    CHECK(loaded.at(0).at(0).value<std::vector<SessionRecord>>().empty());
    CHECK(store.sessions().empty());
    REQUIRE(problems.count() == 1);
    CHECK(store.problem().contains(path));
    CHECK(store.problem().contains(QStringLiteral("could not be read")));
    CHECK(store.problem().contains(QStringLiteral("stretches")));
}

TEST_CASE("one session or all of them can be deleted, with their stretches")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    HistoryStore store(path);
    const std::int64_t first = store.begin(sampleSession(1'000));
    const std::int64_t second = store.begin(sampleSession(2'000));
    REQUIRE(store.remove(first));
    const std::vector<SessionRecord> left = store.sessions();
    REQUIRE(left.size() == 1);
    CHECK(left[0].id == second);
    RawDatabase raw(path);
    CHECK(raw.value(QStringLiteral("SELECT COUNT(*) FROM stretches")) == QStringLiteral("3"));

    REQUIRE(store.removeAll());
    CHECK(store.sessions().empty());
    CHECK(raw.value(QStringLiteral("SELECT COUNT(*) FROM stretches")) == QStringLiteral("0"));
}

TEST_CASE("a history file of schema version 1 opens and keeps its sessions")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        RawDatabase raw(path);
        raw.run(schemaVersion1());
        raw.run({ QStringLiteral("INSERT INTO sessions VALUES (7, 1700000000000, -300, "
                                 "1700000060000, 'morning', 'Morning', 'reminder', 60000, 59000, "
                                 "0.5, 3000, 5000, 'closed')"),
            QStringLiteral("INSERT INTO stretches VALUES (7, 0, 'cat-cow', 'Cat-cow', 'done', "
                           "59000)") });
    }
    HistoryStore store(path);
    const std::vector<SessionRecord> read = store.sessions();
    REQUIRE(read.size() == 1);
    CHECK(read[0].id == 7);
    CHECK(read[0].startOffsetMinutes == -300);
    CHECK(read[0].origin == SessionOrigin::Reminder);
    CHECK(read[0].end == SessionEnd::Closed);
    CHECK(read[0].scale == 0.5);
    REQUIRE(read[0].stretches.size() == 1);
    CHECK(read[0].stretches[0]
        == StretchRecord { 0, "cat-cow", "Cat-cow", StretchOutcome::Done, 59'000 });
    CHECK(store.problem().isEmpty());
    CHECK(brokenCopiesIn(dir.path()).isEmpty());
}

TEST_CASE("a file that is not a database is moved aside and a new history begins")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QByteArray garbage;
    for (int i = 0; i < 5000; ++i)
        garbage.append(static_cast<char>((i * 7919) % 251));
    writeFile(path, garbage);

    HistoryStore store(path);
    QSignalSpy problems(&store, &HistoryStore::problemFound);
    REQUIRE(store.isAvailable());
    const QStringList aside = brokenCopiesIn(dir.path());
    REQUIRE(aside.size() == 1);
    CHECK(aside[0].startsWith(QStringLiteral("history.sqlite.broken-")));
    CHECK(fileBytes(dir.filePath(aside[0])) == garbage);
    REQUIRE(problems.count() == 1);
    CHECK(store.problem().contains(path));
    CHECK(store.problem().contains(QStringLiteral("not a history database")));
    CHECK(store.problem().contains(aside[0]));
    CHECK(store.begin(sampleSession(1'000)) > 0);
    CHECK(store.sessions().size() == 1);
}

TEST_CASE("a file whose tables cannot be migrated is moved aside")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        // Version 0 with a table in the way of version 1's: the migration fails on it.
        RawDatabase raw(path);
        raw.run({ QStringLiteral("CREATE TABLE sessions (something TEXT)"),
            QStringLiteral("INSERT INTO sessions VALUES ('kept')") });
    }
    const QByteArray before = fileBytes(path);

    HistoryStore store(path);
    QSignalSpy problems(&store, &HistoryStore::problemFound);
    REQUIRE(store.isAvailable());
    const QStringList aside = brokenCopiesIn(dir.path());
    REQUIRE(aside.size() == 1);
    CHECK(fileBytes(dir.filePath(aside[0])) == before);
    CHECK(problems.count() == 1);
    CHECK(store.problem().contains(QStringLiteral("brought up to date")));
    RawDatabase raw(dir.filePath(aside[0]));
    CHECK(raw.value(QStringLiteral("SELECT something FROM sessions")) == QStringLiteral("kept"));
}

TEST_CASE("a file from a newer Limber is left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        RawDatabase raw(path);
        raw.run({ QStringLiteral("CREATE TABLE future (x)"),
            QStringLiteral("PRAGMA user_version = 99") });
    }
    const QByteArray before = fileBytes(path);
    HistoryStore store(path);
    QSignalSpy problems(&store, &HistoryStore::problemFound);
    requireNoHistoryMode(store, problems);
    CHECK(store.problem().contains(QStringLiteral("newer Limber")));
    CHECK(fileBytes(path) == before);
    CHECK(brokenCopiesIn(dir.path()).isEmpty());
}

TEST_CASE("a read-only history file is left untouched")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("readonly"));
    ReadOnlyFolder readOnly(folder);
    if (!readOnly.ready()) {
        WARN("no read-only folder to test in: " << readOnly.reason().toStdString());
        return;
    }
    const QString path = folder + QStringLiteral("/history.sqlite");
    {
        HistoryStore store(path);
        REQUIRE(store.begin(sampleSession(1'000)) > 0);
    }
    const QByteArray before = fileBytes(path);
    readOnly.lock();

    HistoryStore store(path);
    QSignalSpy problems(&store, &HistoryStore::problemFound);
    requireNoHistoryMode(store, problems);
    CHECK(store.problem().contains(QStringLiteral("cannot be written")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("a history file locked by another connection is left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        HistoryStore store(path);
        REQUIRE(store.begin(sampleSession(1'000)) > 0);
    }
    RawDatabase other(path);
    // An exclusive lock held for as long as `other` lives: nobody else may read or write.
    other.run(
        { QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"), QStringLiteral("BEGIN EXCLUSIVE") });

    HistoryStore store(path);
    QSignalSpy problems(&store, &HistoryStore::problemFound);
    requireNoHistoryMode(store, problems);
    CHECK(store.problem().contains(QStringLiteral("locked")));
    CHECK(brokenCopiesIn(dir.path()).isEmpty());
    other.run({ QStringLiteral("ROLLBACK") });
    CHECK(other.value(QStringLiteral("SELECT COUNT(*) FROM sessions")) == QStringLiteral("1"));
}

TEST_CASE("a full disk: no new history can be made, and a write that fails is reported once")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("full"));
    testing::FullDisk disk(folder, 512 * 1024);
    if (!disk.mounted()) {
        WARN("no full disk to test on: " << disk.reason().toStdString());
        return;
    }
    const QString path = folder + QStringLiteral("/history.sqlite");

    SECTION("a new file")
    {
        disk.fill();
        HistoryStore store(path);
        QSignalSpy problems(&store, &HistoryStore::problemFound);
        requireNoHistoryMode(store, problems);
        CHECK(brokenCopiesIn(folder).isEmpty());
    }

    SECTION("a file in use")
    {
        HistoryStore store(path);
        QSignalSpy problems(&store, &HistoryStore::problemFound);
        SessionRecord session = sampleSession(1'000, 3);
        session.id = store.begin(session);
        REQUIRE(session.id > 0);
        session.stretches[0].outcome = StretchOutcome::Done;
        session.stretches[0].playedMs = 30'000;
        store.updateStretch(session.id, session.stretches[0]);
        REQUIRE(store.problem().isEmpty());
        disk.fill();
        // Until the write-ahead log needs a page more than it has, writes may still land;
        // long names make each write need more than the disk's last bytes.
        bool failed = false;
        for (int i = 0; i < 200 && !failed; ++i) {
            SessionRecord big = sampleSession(2'000 + i, 20);
            big.routineName = std::string(4000, 'x');
            failed = store.begin(big) == 0;
        }
        CHECK(failed);
        CHECK(problems.count() == 1);
        CHECK(store.problem().contains(QStringLiteral("disk is full")));
        SessionRecord another = sampleSession(9'000, 20);
        another.routineName = std::string(4000, 'y');
        CHECK(store.begin(another) == 0);
        CHECK(problems.count() == 1);

        // What was written before the disk filled is all still there.
        QFile::remove(folder + QLatin1Char('/') + testing::FullDisk::fillerName());
        HistoryStore later(path);
        const std::vector<SessionRecord> read = later.sessions();
        REQUIRE_FALSE(read.empty());
        CHECK(read[0].stretches[0].outcome == StretchOutcome::Done);
        CHECK(read[0].stretches[0].playedMs == 30'000);
    }
}

TEST_CASE("A store that finds its new file migrated by another Limber meanwhile keeps it")
{
    // Found at merge: a second Limber read user_version 0, waited for the first one's
    // migration to commit, then ran CREATE TABLE again, which failed and read as a damaged file
    // that was moved aside. Here the other Limber is a thread holding the write lock with the
    // tables made but not committed, committing a little after the store has started waiting.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    std::promise<void> locked;
    std::thread other([&path, &locked] {
        RawDatabase raw(path);
        QStringList statements { QStringLiteral("BEGIN IMMEDIATE") };
        statements << schemaVersion1() << QStringLiteral("PRAGMA user_version = 1");
        raw.run(statements);
        locked.set_value();
        // Long enough for the store to read the version and wait at its own BEGIN IMMEDIATE
        // (if it is late, it simply finds the file migrated: the test then proves less).
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        raw.run({ QStringLiteral("COMMIT") });
    });
    locked.get_future().wait();
    HistoryStore store(path, 5'000);
    const bool available = store.isAvailable();
    other.join();
    CHECK(available);
    CHECK(store.problem().isEmpty());
    CHECK(QDir(dir.path()).entryList({ QStringLiteral("*.broken-*") }, QDir::Files).isEmpty());
    CHECK(store.begin(sampleSession(1'792'888'200'000)) > 0);
}
