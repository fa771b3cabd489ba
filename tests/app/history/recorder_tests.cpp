// The recorder on a fake clock, into a real store: a session played records exactly its
// played time and each stretch's outcome and time; stop, skip, next, previous and +10 s show
// in it; pauses never count; a closed window says "closed"; the row is honest at every
// stretch's end, as after a crash; and the local offset is that of the start, under
// TZ=Europe/Paris (set by CTest) across the end of summer time on 25 October 2026.
#include "app/player/player_fixture.h"
#include "app/support/fake_clock.h"
#include "history/session_recorder.h"
#include "player/player_controller.h"
#include "player/player_window.h"
#include "storage/history_store.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <memory>

using namespace limber;
using limber::test::everyKindRoutine;
using limber::test::FakeClock;
using limber::test::playUntil;

namespace {

// 2026-10-25 00:30 UTC: 02:30 summer time in Paris, half an hour before clocks go back.
constexpr std::int64_t beforeChangeUtcMs = 1'792'888'200'000;
constexpr std::int64_t hourMs = 3'600'000;

// The everyKind routine (twist: items 0, [0, 50 s); lift: item 1, [50 s, 84 s)) played on a
// fake clock and recorded into a store in a temporary folder.
struct Recording {
    QTemporaryDir dir;
    HistoryStore store { dir.filePath(QStringLiteral("history.sqlite")) };
    FakeClock clock;
    PlayerRoutine routine = everyKindRoutine();
    PlayerController controller { routine.plan, clock };
    std::int64_t start = clock.nowMs();
    std::int64_t wallAtStart = beforeChangeUtcMs;
    SessionRecorder* recorder = new SessionRecorder(controller, routine, SessionOrigin::Reminder,
        store, [this] { return wallAtStart + (clock.nowMs() - start); });

    void playTo(std::int64_t ms) { playUntil(controller, clock, start, ms); }
    SessionRecord only()
    {
        const std::vector<SessionRecord> sessions = store.sessions();
        REQUIRE(sessions.size() == 1);
        return sessions[0];
    }
};

StretchRecord twist(StretchOutcome outcome, std::int64_t ms)
{
    return { 0, "twist", "Seated twist", outcome, ms };
}

StretchRecord lift(StretchOutcome outcome, std::int64_t ms)
{
    return { 1, "lift", "Shoulder lift", outcome, ms };
}

} // namespace

TEST_CASE("a session played through records its played time and every stretch done")
{
    Recording r;
    r.controller.start();
    r.playTo(84'000);
    REQUIRE(r.controller.state() == SessionState::Finished);

    const SessionRecord session = r.only();
    CHECK(session.id == r.recorder->sessionId());
    CHECK(session.routine == "every-kind");
    CHECK(session.routineName == "Every kind");
    CHECK(session.origin == SessionOrigin::Reminder);
    CHECK(session.end == SessionEnd::Finished);
    CHECK(session.startUtcMs == beforeChangeUtcMs);
    CHECK(session.endUtcMs == beforeChangeUtcMs + 84'000);
    CHECK(session.plannedMs == 84'000);
    CHECK(session.playedMs == 84'000);
    CHECK(session.scale == 1.0);
    CHECK(session.paceInMs == 4'000);
    CHECK(session.paceOutMs == 6'000);
    CHECK(session.stretches
        == std::vector { twist(StretchOutcome::Done, 50'000), lift(StretchOutcome::Done, 34'000) });
}

TEST_CASE("pauses do not count as time stretched")
{
    Recording r;
    r.controller.start();
    r.playTo(10'000);
    r.controller.pause();
    r.clock.advance(60'000);
    r.controller.refresh();
    r.controller.resume();
    r.playTo(144'000);

    const SessionRecord session = r.only();
    CHECK(session.end == SessionEnd::Finished);
    CHECK(session.playedMs == 84'000);
    CHECK(session.endUtcMs == beforeChangeUtcMs + 144'000);
    CHECK(session.stretches[0] == twist(StretchOutcome::Done, 50'000));
}

TEST_CASE("a stopped session records what was done and where it stopped")
{
    Recording r;
    r.controller.start();
    r.playTo(62'500);
    r.controller.stop();

    const SessionRecord session = r.only();
    CHECK(session.end == SessionEnd::Stopped);
    CHECK(session.playedMs == 62'500);
    CHECK(session.endUtcMs == beforeChangeUtcMs + 62'500);
    CHECK(session.stretches
        == std::vector {
            twist(StretchOutcome::Done, 50'000), lift(StretchOutcome::Skipped, 12'500) });
}

TEST_CASE("Skip stretch records the stretch as skipped with the time spent on it")
{
    Recording r;
    r.controller.start();
    r.playTo(10'000);
    r.controller.skipExercise();
    r.playTo(44'000);

    const SessionRecord session = r.only();
    CHECK(session.end == SessionEnd::Finished);
    CHECK(session.playedMs == 44'000);
    CHECK(session.stretches
        == std::vector {
            twist(StretchOutcome::Skipped, 10'000), lift(StretchOutcome::Done, 34'000) });
}

TEST_CASE("Next through every step of a stretch ends it as skipped, with only the time spent on it")
{
    Recording r;
    r.controller.start();
    // The lead-in, the left hold, the switch and the right hold, a second each.
    for (int step = 1; step <= 4; ++step) {
        r.playTo(step * 1'000);
        r.controller.next();
    }
    r.playTo(4'000 + 34'000);

    const SessionRecord session = r.only();
    CHECK(session.playedMs == 38'000);
    CHECK(session.stretches
        == std::vector {
            twist(StretchOutcome::Skipped, 4'000), lift(StretchOutcome::Done, 34'000) });
}

TEST_CASE("Previous back into a stretch counts the time played again on it")
{
    Recording r;
    r.controller.start();
    r.playTo(51'000); // a second into the lift's lead-in
    r.controller.previous(); // within 2 s: back to the start of the twist's right hold
    r.playTo(51'000 + 20'000 + 34'000);

    const SessionRecord session = r.only();
    CHECK(session.end == SessionEnd::Finished);
    CHECK(session.playedMs == 105'000);
    CHECK(session.stretches
        == std::vector { twist(StretchOutcome::Done, 70'000), lift(StretchOutcome::Done, 35'000) });
}

TEST_CASE("+10 s lengthens the stretch's time and the session's, not the plan's")
{
    Recording r;
    r.controller.start();
    r.playTo(10'000);
    r.controller.extend();
    r.playTo(94'000);

    const SessionRecord session = r.only();
    CHECK(session.end == SessionEnd::Finished);
    CHECK(session.plannedMs == 84'000);
    CHECK(session.playedMs == 94'000);
    CHECK(session.stretches
        == std::vector { twist(StretchOutcome::Done, 60'000), lift(StretchOutcome::Done, 34'000) });
}

TEST_CASE("at each stretch's end the stored row is honest, as a crash would leave it")
{
    Recording r;
    r.controller.start();
    r.playTo(30'000);
    {
        HistoryStore reader(r.store.path());
        const std::vector<SessionRecord> sessions = reader.sessions();
        REQUIRE(sessions.size() == 1);
        CHECK(sessions[0].end == SessionEnd::Stopped);
        CHECK(sessions[0].stretches
            == std::vector {
                twist(StretchOutcome::NotReached, 0), lift(StretchOutcome::NotReached, 0) });
    }
    r.playTo(60'000);
    HistoryStore reader(r.store.path());
    const std::vector<SessionRecord> sessions = reader.sessions();
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0].end == SessionEnd::Stopped);
    CHECK_FALSE(sessions[0].endUtcMs);
    CHECK(sessions[0].playedMs == 50'000);
    CHECK(sessions[0].stretches
        == std::vector {
            twist(StretchOutcome::Done, 50'000), lift(StretchOutcome::NotReached, 0) });
}

TEST_CASE("closing the player window mid-session records it as closed")
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    FakeClock clock;
    const PlayerRoutine routine = everyKindRoutine();
    const std::int64_t start = clock.nowMs();
    PlayerWindow window(routine, clock);
    SessionRecorder* recorder = new SessionRecorder(window.controller(), routine,
        SessionOrigin::Tray, store, [&] { return beforeChangeUtcMs + (clock.nowMs() - start); });
    recorder->watchWindow(window);
    window.show();
    window.controller().start();
    playUntil(window.controller(), clock, start, 20'000);
    window.close();

    const std::vector<SessionRecord> sessions = store.sessions();
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0].end == SessionEnd::Closed);
    CHECK(sessions[0].origin == SessionOrigin::Tray);
    CHECK(sessions[0].playedMs == 20'000);
    CHECK(sessions[0].stretches[0] == twist(StretchOutcome::Skipped, 20'000));
}

TEST_CASE("playing again after the end records a second session")
{
    Recording r;
    r.controller.start();
    r.playTo(84'000);
    r.clock.advance(5'000);
    r.controller.restart();
    const std::int64_t again = r.clock.nowMs();
    playUntil(r.controller, r.clock, again, 20'000);
    r.controller.stop();

    const std::vector<SessionRecord> sessions = r.store.sessions();
    REQUIRE(sessions.size() == 2);
    CHECK(sessions[0].end == SessionEnd::Finished);
    CHECK(sessions[1].end == SessionEnd::Stopped);
    CHECK(sessions[1].startUtcMs == beforeChangeUtcMs + 89'000);
    CHECK(sessions[1].playedMs == 20'000);
    CHECK(sessions[1].stretches[0] == twist(StretchOutcome::Skipped, 20'000));
    CHECK(sessions[1].stretches[1] == lift(StretchOutcome::NotReached, 0));
}

TEST_CASE("a player that goes away mid-session leaves it closed at its last refresh")
{
    Recording r;
    r.controller.start();
    r.playTo(55'000);
    delete r.recorder;

    const SessionRecord session = r.only();
    CHECK(session.end == SessionEnd::Closed);
    CHECK(session.playedMs == 55'000);
    CHECK(session.endUtcMs == beforeChangeUtcMs + 55'000);
}

TEST_CASE("the local offset is the one at the session's start, across a DST change")
{
    REQUIRE(qEnvironmentVariable("TZ") == QStringLiteral("Europe/Paris"));
    SECTION("started in summer time, ended after the clocks went back")
    {
        Recording r;
        r.wallAtStart = beforeChangeUtcMs + hourMs / 2 - 30'000; // 02:59:30 summer time
        r.controller.start();
        r.playTo(84'000);
        const SessionRecord session = r.only();
        CHECK(session.startOffsetMinutes == 120);
        CHECK(session.endUtcMs == session.startUtcMs + 84'000);
    }
    SECTION("started after the change")
    {
        Recording r;
        r.wallAtStart = beforeChangeUtcMs + hourMs; // 02:30 winter time, the second one
        r.controller.start();
        r.playTo(10'000);
        r.controller.stop();
        CHECK(r.only().startOffsetMinutes == 60);
    }
}

TEST_CASE("held writes leave the store unopened until released, then write the session as it is")
{
    Recording r;
    r.recorder->holdWrites();
    r.controller.start();
    r.playTo(60'000);
    CHECK_FALSE(QFileInfo::exists(r.store.path()));

    r.recorder->releaseWrites();
    SessionRecord session = r.only();
    CHECK(session.end == SessionEnd::Stopped); // still playing: read back as cut short
    CHECK(session.stretches
        == std::vector {
            twist(StretchOutcome::Done, 50'000), lift(StretchOutcome::NotReached, 0) });

    r.playTo(84'000);
    session = r.only();
    CHECK(session.end == SessionEnd::Finished);
    CHECK(session.stretches[1] == lift(StretchOutcome::Done, 34'000));
}

TEST_CASE("a session that ends while writes are held is written when the recorder goes")
{
    Recording r;
    r.recorder->holdWrites();
    r.controller.start();
    r.playTo(20'000);
    r.controller.stop();
    delete r.recorder;

    const SessionRecord session = r.only();
    CHECK(session.end == SessionEnd::Stopped);
    CHECK(session.playedMs == 20'000);
    CHECK(session.stretches[0] == twist(StretchOutcome::Skipped, 20'000));
}
