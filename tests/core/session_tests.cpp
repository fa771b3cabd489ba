// The session engine driven by a fake clock: every operation, exact pauses and extensions,
// late updates, and no drift over hours.
#include "stretch_fixtures.h"

#include <limber/session.h>

#include <catch2/catch.hpp>
#include <random>

using limber::Session;
using limber::SessionEvent;
using limber::SessionState;
using Kind = limber::SessionEvent::Kind;

namespace {

// An arbitrary origin: the session only ever sees differences.
constexpr std::int64_t t0 = 1'000'000;

// Lead-in 5 s, switch 4 s; the twist held 40 s per side, then two sets of rotation:
//   0 lead-in [0, 5000)          item 0      4 lead-in [89000, 94000)      item 1
//   1 hold left [5000, 45000)                5 set 1 [94000, 104500)
//   2 switch right [45000, 49000)            6 rest [104500, 119500)
//   3 hold right [49000, 89000)              7 set 2 [119500, 130000)      total 130 000
limber::Plan testPlan()
{
    static const std::vector<limber::Exercise> exercises { fixtures::twist(),
        fixtures::rotation() };
    limber::RoutineItem twist = fixtures::item("twist");
    twist.seconds = 40;
    const limber::PlanResult result
        = limber::compile(fixtures::routine(5, 4, { twist, fixtures::item("rotation") }),
            fixtures::lookup(exercises), {}, "t.json");
    REQUIRE(result);
    return *result.plan;
}

Session started()
{
    Session session(testPlan());
    REQUIRE(session.start(t0));
    return session;
}

SessionEvent event(Kind kind, std::int64_t at, int segment, int item, int cue = -1, int count = 0)
{
    return { kind, at, segment, item, cue, count };
}

// Every event of an undisturbed run, collected by updating every millisecond (once: it is the
// slowest thing here under the sanitizers).
const std::vector<SessionEvent>& everyEvent()
{
    static const std::vector<SessionEvent> all = [] {
        std::vector<SessionEvent> events;
        Session session = started();
        for (std::int64_t now = t0; now <= t0 + 140000; ++now) {
            const auto due = session.update(now);
            events.insert(events.end(), due.begin(), due.end());
        }
        return events;
    }();
    return all;
}

} // namespace

namespace Catch {
template <> struct StringMaker<SessionEvent> {
    static std::string convert(const SessionEvent& e)
    {
        return "{kind " + std::to_string(static_cast<int>(e.kind)) + " at " + std::to_string(e.atMs)
            + " segment " + std::to_string(e.segment) + " item " + std::to_string(e.item) + " cue "
            + std::to_string(e.cue) + " count " + std::to_string(e.count) + "}";
    }
};
} // namespace Catch

TEST_CASE("a session starts Ready, runs from its first segment and reports it")
{
    Session session(testPlan());
    CHECK(session.state() == SessionState::Ready);
    CHECK(session.update(t0).empty());
    CHECK(session.routineRemainingMs(t0) == 130000);
    CHECK_FALSE(session.pause(t0));
    REQUIRE(session.start(t0));
    CHECK_FALSE(session.start(t0));
    CHECK(session.state() == SessionState::Running);
    CHECK(session.update(t0) == std::vector { event(Kind::SegmentStarted, t0, 0, 0) });
    CHECK(session.update(t0).empty());
    // The lead-in counts down 3, 2, 1, then the hold starts with its first breath.
    CHECK(session.update(t0 + 5000)
        == std::vector { event(Kind::Countdown, t0 + 2000, 0, 0, -1, 3),
            event(Kind::Countdown, t0 + 3000, 0, 0, -1, 2),
            event(Kind::Countdown, t0 + 4000, 0, 0, -1, 1),
            event(Kind::SegmentStarted, t0 + 5000, 1, 0), event(Kind::Cue, t0 + 5000, 1, 0, 0) });
}

TEST_CASE("the whole run: side switch, exercise done, routine done, each once and in order")
{
    const std::vector<SessionEvent> all = everyEvent();
    auto count = [&](Kind kind) {
        return std::count_if(
            all.begin(), all.end(), [&](const SessionEvent& e) { return e.kind == kind; });
    };
    CHECK(count(Kind::SegmentStarted) == 8);
    CHECK(count(Kind::SideSwitch) == 1);
    CHECK(count(Kind::Cue) == 8 + 8 + 6 + 6);
    // Lead-ins, holds and sets (6 of them) count down; the switch and the rest do not.
    CHECK(count(Kind::Countdown) == 6 * 3);
    CHECK(count(Kind::ExerciseDone) == 2);
    CHECK(count(Kind::RoutineDone) == 1);
    CHECK(std::is_sorted(all.begin(), all.end(),
        [](const SessionEvent& a, const SessionEvent& b) { return a.atMs < b.atMs; }));
    const auto switchAt = std::find_if(
        all.begin(), all.end(), [](const SessionEvent& e) { return e.kind == Kind::SideSwitch; });
    CHECK(*switchAt == event(Kind::SideSwitch, t0 + 45000, 2, 0));
    CHECK(*(switchAt - 1) == event(Kind::SegmentStarted, t0 + 45000, 2, 0));
    // The first exercise is done as the second one's lead-in starts.
    const auto done = std::find_if(
        all.begin(), all.end(), [](const SessionEvent& e) { return e.kind == Kind::ExerciseDone; });
    CHECK(*done == event(Kind::ExerciseDone, t0 + 89000, 3, 0));
    CHECK(*(done + 1) == event(Kind::SegmentStarted, t0 + 89000, 4, 1));
    CHECK(all[all.size() - 2] == event(Kind::ExerciseDone, t0 + 130000, 7, 1));
    CHECK(all.back() == event(Kind::RoutineDone, t0 + 130000, 7, 1));
}

TEST_CASE("updates called late yield every missed event, in order, exactly once")
{
    const std::vector<SessionEvent> reference = everyEvent();
    Session session = started();
    std::vector<SessionEvent> late = session.update(t0);
    // A 30 s stall, then irregular updates, then another long one past the end.
    for (const std::int64_t at :
        { 30000, 30001, 33333, 45000, 45001, 90000, 91234, 125000, 200000 }) {
        const auto events = session.update(t0 + at);
        for (const SessionEvent& e : events)
            CHECK(e.atMs <= t0 + at);
        late.insert(late.end(), events.begin(), events.end());
    }
    CHECK(late == reference);
    CHECK(session.state() == SessionState::Finished);
    CHECK(session.update(t0 + 300000).empty());
}

TEST_CASE("pause freezes every remaining time exactly: resume continues from there")
{
    Session session = started();
    Session reference = started();
    session.update(t0 + 20000);
    REQUIRE(session.pause(t0 + 20000));
    CHECK(session.state() == SessionState::Paused);
    for (const std::int64_t now : { t0 + 20000, t0 + 20001, t0 + 50000, t0 + 80000 }) {
        CHECK(session.segmentIndex(now) == 1);
        CHECK(session.segmentElapsedMs(now) == 15000);
        CHECK(session.segmentRemainingMs(now) == 25000);
        CHECK(session.routineElapsedMs(now) == 20000);
        CHECK(session.routineRemainingMs(now) == 110000);
        CHECK(session.currentCue(now) == session.currentCue(t0 + 20000));
        CHECK_FALSE(session.nextChangeAt(now));
        CHECK(session.update(now).empty());
    }
    CHECK_FALSE(session.pause(t0 + 80000));
    REQUIRE(session.resume(t0 + 80000));
    CHECK_FALSE(session.resume(t0 + 80000));
    // Everything after the pause is exactly 60 s later than it would have been.
    for (const std::int64_t later : { 0, 1, 999, 5000, 25000, 70000 }) {
        CHECK(session.segmentRemainingMs(t0 + 80000 + later)
            == reference.segmentRemainingMs(t0 + 20000 + later));
        CHECK(session.routineRemainingMs(t0 + 80000 + later)
            == reference.routineRemainingMs(t0 + 20000 + later));
    }
    reference.update(t0 + 20000);
    std::vector<SessionEvent> expected = reference.update(t0 + 40000);
    for (SessionEvent& e : expected)
        e.atMs += 60000;
    CHECK(session.update(t0 + 100000) == expected);
    const limber::SessionSummary summary = session.summary(t0 + 100000);
    CHECK(summary.wallMs == 100000);
    CHECK(summary.activeMs == 40000);
}

TEST_CASE("extend adds exactly 10 s to the current segment and moves the rest")
{
    Session session = started();
    REQUIRE(session.extend(t0 + 20000));
    CHECK(session.plan().totalMs == 140000);
    CHECK(session.plan().segments[1].durationMs == 50000);
    CHECK(session.plan().segments[2].startMs == 55000);
    CHECK(session.segmentRemainingMs(t0 + 20000) == 35000);
    CHECK(session.routineRemainingMs(t0 + 20000) == 120000);
    // The breath cues go on through the added time: in at 40 s, out at 44 s.
    CHECK(session.plan().segments[1].cues.size() == 10);

    // The countdown that had started counts again from the new end.
    Session late = started();
    late.update(t0 + 43500);
    REQUIRE(late.extend(t0 + 43500));
    const auto events = late.update(t0 + 55000);
    std::vector<std::int64_t> countdowns;
    for (const SessionEvent& e : events) {
        if (e.kind == Kind::Countdown)
            countdowns.push_back(e.atMs - t0);
    }
    CHECK(countdowns == std::vector<std::int64_t> { 52000, 53000, 54000 });
    CHECK(events.back() == event(Kind::SideSwitch, t0 + 55000, 2, 0));

    // Also while paused, and on lead-ins, switches and rests; never on a set.
    late.pause(t0 + 56000);
    REQUIRE(late.extend(t0 + 57000));
    CHECK(late.plan().segments[2].durationMs == 14000);
    CHECK(late.plan().totalMs == 150000);
    CHECK(late.segmentRemainingMs(t0 + 57000) == 13000);
    Session inSet = started();
    CHECK_FALSE(inSet.extend(t0 + 95000));
    CHECK(inSet.plan().totalMs == 130000);
}

TEST_CASE("countdown 3, 2, 1 only where the segment is longer than the count")
{
    // A hand-made plan: a 2.5 s hold, a 3 s hold and a 10 s switch.
    limber::Plan plan;
    plan.segments = { { limber::SegmentKind::Hold, "a", 0, {}, 0, 2500, {}, 0, 0, 0, {} },
        { limber::SegmentKind::Hold, "a", 0, {}, 2500, 3000, {}, 0, 0, 0, {} },
        { limber::SegmentKind::Switch, "a", 0, limber::Side::Right, 5500, 10000, {}, 0, 0, 0,
            {} } };
    plan.totalMs = 15500;
    Session session(plan);
    session.start(0);
    std::vector<std::pair<std::int64_t, int>> countdowns;
    for (const SessionEvent& e : session.update(20000)) {
        if (e.kind == Kind::Countdown)
            countdowns.push_back({ e.atMs, e.count });
    }
    CHECK(countdowns
        == std::vector<std::pair<std::int64_t, int>> {
            { 500, 2 }, { 1500, 1 }, { 3500, 2 }, { 4500, 1 } });
}

TEST_CASE("previous restarts the segment, or goes back one within its first 2 s")
{
    Session session = started();
    session.update(t0 + 7500);
    // 2.5 s into the hold: restart it, replaying its first cue.
    REQUIRE(session.previous(t0 + 7500));
    CHECK(session.segmentIndex(t0 + 7500) == 1);
    CHECK(session.segmentElapsedMs(t0 + 7500) == 0);
    CHECK(session.routineRemainingMs(t0 + 7500) == 125000);
    CHECK(session.update(t0 + 7500)
        == std::vector {
            event(Kind::SegmentStarted, t0 + 7500, 1, 0), event(Kind::Cue, t0 + 7500, 1, 0, 0) });
    // 1.5 s into the restarted hold: back to the lead-in.
    REQUIRE(session.previous(t0 + 9000));
    CHECK(session.segmentIndex(t0 + 9000) == 0);
    CHECK(
        session.update(t0 + 9000) == std::vector { event(Kind::SegmentStarted, t0 + 9000, 0, 0) });
    // Within 2 s of the first segment there is nothing before it: restart it.
    REQUIRE(session.previous(t0 + 10000));
    CHECK(session.segmentIndex(t0 + 10000) == 0);
    CHECK(session.segmentElapsedMs(t0 + 10000) == 0);
    CHECK(session.update(t0 + 10000)
        == std::vector { event(Kind::SegmentStarted, t0 + 10000, 0, 0) });
    // The restarted timeline plays on as planned: the hold's second cue 9 s after the restart.
    session.update(t0 + 18999);
    CHECK(session.update(t0 + 19000) == std::vector { event(Kind::Cue, t0 + 19000, 1, 0, 1) });

    // Back from the second exercise's lead-in into the first one: it is not done twice.
    Session back = started();
    back.update(t0 + 90000);
    REQUIRE(back.previous(t0 + 90000));
    CHECK(back.update(t0 + 90000)
        == std::vector {
            event(Kind::SegmentStarted, t0 + 90000, 3, 0), event(Kind::Cue, t0 + 90000, 3, 0, 0) });
    CHECK(back.summary(t0 + 90000).exercisesDone == 1);
}

TEST_CASE("next ends the segment: its remaining cues are skipped, its end events are not")
{
    Session session = started();
    session.update(t0 + 10000);
    REQUIRE(session.next(t0 + 10000));
    CHECK(session.update(t0 + 10000)
        == std::vector { event(Kind::SegmentStarted, t0 + 10000, 2, 0),
            event(Kind::SideSwitch, t0 + 10000, 2, 0) });
    CHECK(session.segmentRemainingMs(t0 + 10000) == 4000);
    // The plan position jumped to 45 s.
    CHECK(session.routineElapsedMs(t0 + 10000) == 45000);
    REQUIRE(session.next(t0 + 11000));
    REQUIRE(session.next(t0 + 12000));
    CHECK(session.update(t0 + 12000)
        == std::vector { event(Kind::SegmentStarted, t0 + 11000, 3, 0),
            event(Kind::Cue, t0 + 11000, 3, 0, 0), event(Kind::ExerciseDone, t0 + 12000, 3, 0),
            event(Kind::SegmentStarted, t0 + 12000, 4, 1) });
    for (int i = 0; i < 3; ++i)
        REQUIRE(session.next(t0 + 13000));
    session.update(t0 + 13000);
    REQUIRE(session.next(t0 + 14000));
    CHECK(session.state() == SessionState::Finished);
    const auto end = session.update(t0 + 14000);
    REQUIRE(end.size() == 2);
    CHECK(end[0] == event(Kind::ExerciseDone, t0 + 14000, 7, 1));
    CHECK(end[1] == event(Kind::RoutineDone, t0 + 14000, 7, 1));
    CHECK_FALSE(session.next(t0 + 15000));
    // Ended, but passed with next through their holds and sets: skipped, not done.
    const limber::SessionSummary summary = session.summary(t0 + 99000);
    CHECK(summary.exercisesDone == 0);
    CHECK(summary.exercisesSkipped == 2);
    CHECK(summary.skippedItems == std::vector { 0, 1 });
    CHECK_FALSE(session.isDone(0));
    CHECK(summary.wallMs == 14000);
}

TEST_CASE("a stretch is done when its holds and sets played to their ends, whatever else was cut")
{
    // Next through the lead-in and the switch only: both stretches are done.
    Session session = started();
    REQUIRE(session.next(t0 + 1000)); // lead-in → hold left at 5 s of the plan
    session.update(t0 + 1000);
    session.update(t0 + 41000); // the hold plays out to the switch
    REQUIRE(session.next(t0 + 42000)); // switch → hold right
    session.update(t0 + 82000); // the right hold ends at 89 s of the plan: stretch 2's lead-in
    CHECK(session.isDone(0));
    CHECK(session.summary(t0 + 82000).exercisesDone == 1);

    // A hold cut short, then played again from its start with previous: done after all.
    Session again = started();
    again.update(t0 + 10000);
    REQUIRE(again.next(t0 + 10000)); // the left hold cut short
    REQUIRE(again.previous(t0 + 10500)); // within 2 s of the switch: back to the left hold
    again.update(t0 + 10500);
    again.update(t0 + 10500 + 40000 + 4000 + 40000); // the hold, the switch, the right hold
    CHECK(again.isDone(0));
    CHECK(again.summary(t0 + 95000).exercisesSkipped == 0);
}

TEST_CASE("skipExercise goes to the next exercise's first segment: the skipped one is not done")
{
    Session session = started();
    session.update(t0 + 20000);
    REQUIRE(session.skipExercise(t0 + 20000));
    CHECK(session.update(t0 + 20000)
        == std::vector { event(Kind::SegmentStarted, t0 + 20000, 4, 1) });
    CHECK(session.exerciseNumber(t0 + 20000) == 2);
    CHECK(session.routineElapsedMs(t0 + 20000) == 89000);
    // From the last exercise: the end of the routine, not its ExerciseDone.
    REQUIRE(session.skipExercise(t0 + 21000));
    CHECK(session.update(t0 + 21000) == std::vector { event(Kind::RoutineDone, t0 + 21000, 7, 1) });
    CHECK(session.state() == SessionState::Finished);
    const limber::SessionSummary summary = session.summary(t0 + 21000);
    CHECK(summary.exercises == 2);
    CHECK(summary.exercisesDone == 0);
    CHECK(summary.exercisesSkipped == 2);
}

TEST_CASE("queries: current cue, rep and set, exercise i of n, what comes next")
{
    Session session = started();
    CHECK(session.exerciseCount() == 2);
    CHECK(session.exerciseNumber(t0 + 6000) == 1);
    CHECK(session.nextExercise(t0 + 6000) == "rotation");
    CHECK(session.currentCue(t0 + 1000) == nullptr);
    CHECK(session.currentCue(t0 + 9000) == &session.plan().segments[1].cues[1]);
    CHECK_FALSE(session.currentRep(t0 + 9000));
    CHECK_FALSE(session.currentSet(t0 + 9000));
    // 5.6 s into set 1: the cues are at 0, 2000, 3500, 5500, 7000, 9000; rep 2's "Come back".
    const std::int64_t inSet = t0 + 94000 + 5600;
    CHECK(session.segmentIndex(inSet) == 5);
    CHECK(session.segment(inSet)->kind == limber::SegmentKind::Set);
    CHECK(session.currentCue(inSet)->text == "Come back");
    CHECK(session.currentRep(inSet) == 2);
    CHECK(session.currentSet(inSet) == 1);
    CHECK(session.exerciseNumber(inSet) == 2);
    CHECK_FALSE(session.nextExercise(inSet));
    CHECK(session.currentSet(t0 + 125000) == 2);
    // Past the end (no update yet), the queries stay at the end.
    CHECK(session.segmentIndex(t0 + 500000) == 7);
    CHECK(session.routineRemainingMs(t0 + 500000) == 0);
}

TEST_CASE("nextChangeAt: the next countdown second, cue or segment end: nothing unless running")
{
    Session session(testPlan());
    CHECK_FALSE(session.nextChangeAt(t0));
    session.start(t0);
    session.update(t0);
    CHECK(session.nextChangeAt(t0) == t0 + 1000);
    CHECK(session.nextChangeAt(t0 + 1) == t0 + 1000);
    // 1.5 s into the hold: its countdown shows 39 (38.5 s left) and turns 38 at 7 s.
    CHECK(session.nextChangeAt(t0 + 6500) == t0 + 7000);
    // The next cue at 9 s coincides with a countdown second.
    CHECK(session.nextChangeAt(t0 + 8700) == t0 + 9000);
    // In a set, phases of 1.5 s put cues between the seconds: at 94 000 + 3500.
    CHECK(session.nextChangeAt(t0 + 94000 + 3001) == t0 + 94000 + 3500);
    // The set ends at 104 500, off the routine's whole seconds, so its countdown and the
    // routine's change at different times: the set's turns 8 at 96 500, the routine's 33 at 97 000.
    CHECK(session.nextChangeAt(t0 + 96001) == t0 + 96500);
    CHECK(session.nextChangeAt(t0 + 96600) == t0 + 97000);
    CHECK(session.nextChangeAt(t0 + 104000) == t0 + 104500);
    session.update(t0 + 20000);
    session.pause(t0 + 20000);
    CHECK_FALSE(session.nextChangeAt(t0 + 20000));
    session.resume(t0 + 30000);
    CHECK(session.nextChangeAt(t0 + 30000) == t0 + 31000);
    // A jump leaves events to collect: the change is now.
    session.next(t0 + 30500);
    CHECK(session.nextChangeAt(t0 + 30500) == t0 + 30500);
}

TEST_CASE("sleeping until nextChangeAt delivers every event exactly on time")
{
    const std::vector<SessionEvent> reference = everyEvent();
    Session session = started();
    std::vector<SessionEvent> all;
    for (std::int64_t now = t0; session.state() == SessionState::Running;) {
        for (const SessionEvent& e : session.update(now)) {
            CHECK(e.atMs == now);
            all.push_back(e);
        }
        if (const auto next = session.nextChangeAt(now)) {
            REQUIRE(*next > now);
            now = *next;
        }
    }
    CHECK(all == reference);
}

TEST_CASE("stop ends the session: what was due before is still reported, nothing after")
{
    Session session = started();
    REQUIRE(session.pause(t0 + 10000));
    REQUIRE(session.resume(t0 + 15000));
    REQUIRE(session.stop(t0 + 20000));
    CHECK(session.state() == SessionState::Stopped);
    const auto events = session.update(t0 + 20000);
    REQUIRE_FALSE(events.empty());
    CHECK(events.back() == event(Kind::Cue, t0 + 20000, 1, 0, 2));
    CHECK(session.update(t0 + 500000).empty());
    CHECK_FALSE(session.next(t0 + 20000));
    CHECK_FALSE(session.resume(t0 + 20000));
    CHECK_FALSE(session.stop(t0 + 20000));
    CHECK(session.routineElapsedMs(t0 + 500000) == 15000);
    const limber::SessionSummary summary = session.summary(t0 + 500000);
    CHECK(summary.wallMs == 20000);
    CHECK(summary.activeMs == 15000);
    CHECK(summary.exercisesDone == 0);
}

TEST_CASE("no drift over 8 hours of repeated routines, updated at jittered times with pauses")
{
    const limber::Plan plan = testPlan();
    std::mt19937 random(8);
    auto between = [&](std::int64_t low, std::int64_t high) {
        return std::uniform_int_distribution<std::int64_t>(low, high)(random);
    };
    constexpr std::int64_t eightHours = 8 * 3600 * 1000;
    std::int64_t now = t0;
    int runs = 0;
    while (now < t0 + eightHours) {
        Session session(plan);
        session.start(now);
        const std::int64_t start = now;
        // Where each pause happened in the plan, and for how long.
        std::vector<std::pair<std::int64_t, std::int64_t>> pauses;
        auto due = [&](std::int64_t planMs) {
            std::int64_t at = start + planMs;
            for (const auto& [position, length] : pauses)
                at += position < planMs ? length : 0;
            return at;
        };
        std::size_t started = 0;
        std::size_t cues = 0;
        while (session.state() != SessionState::Finished) {
            now += between(0, 1) == 0 ? between(1, 1500) : between(1, 40);
            if (between(0, 500) == 0)
                now += 30000; // a stall
            for (const SessionEvent& e : session.update(now)) {
                const limber::Segment& s = plan.segments[static_cast<std::size_t>(e.segment)];
                if (e.kind == Kind::SegmentStarted) {
                    REQUIRE(e.atMs == due(s.startMs));
                    ++started;
                } else if (e.kind == Kind::Cue) {
                    REQUIRE(
                        e.atMs == due(s.startMs + s.cues[static_cast<std::size_t>(e.cue)].atMs));
                    ++cues;
                } else if (e.kind == Kind::RoutineDone) {
                    REQUIRE(e.atMs == due(plan.totalMs));
                }
            }
            if (session.state() == SessionState::Running && between(0, 200) == 0) {
                const std::int64_t position = session.routineElapsedMs(now);
                const std::int64_t length = between(1, 120000);
                REQUIRE(session.pause(now));
                now += length;
                REQUIRE(session.resume(now));
                pauses.push_back({ position, length });
            }
        }
        CHECK(started == plan.segments.size());
        CHECK(cues == 28);
        const limber::SessionSummary summary = session.summary(now);
        CHECK(summary.activeMs == plan.totalMs);
        ++runs;
    }
    CHECK(runs > 50);
}
