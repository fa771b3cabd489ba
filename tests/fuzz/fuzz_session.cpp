// libFuzzer target: the plan compiler and the session engine. The bytes, read front to back,
// choose a routine (a built-in one, or a few exercises and a routine made up on the spot), the
// pace and scale, then a stream of operations at growing times. After every step the plan and
// the session are checked against the rules plan.h and session.h promise.
#include "fuzz_support.h"

#include <limber/library.h>
#include <limber/plan.h>
#include <limber/session.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace {

using limber::Session;
using limber::SessionEvent;
using limber::SessionState;
using Kind = SessionEvent::Kind;

// LIMBER_FUZZ_TRACE=1 prints every operation and event, to read a crash's story.
const bool trace = std::getenv("LIMBER_FUZZ_TRACE") != nullptr;

// The input read front to back; past its end every byte reads as 0.
class Bytes {
public:
    Bytes(const std::uint8_t* data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {
    }

    bool empty() const { return m_offset >= m_size; }
    int byte() { return empty() ? 0 : m_data[m_offset++]; }
    int below(int n) { return byte() % n; } // n <= 256
    bool chance(int inEight) { return below(8) < inEight; }

private:
    const std::uint8_t* m_data;
    std::size_t m_size;
    std::size_t m_offset = 0;
};

// Values within the ranges load.h allows, so the made-up exercises are ones a file could hold.
limber::Dose makeDose(Bytes& in)
{
    switch (in.below(3)) {
    case 0: {
        limber::TimedHold hold { 1 + in.byte(), {}, {} };
        if (in.chance(2))
            hold.minSeconds = 1 + in.below(hold.seconds);
        if (in.chance(2))
            hold.maxSeconds = std::min(600, hold.seconds + in.byte());
        return hold;
    }
    case 1: {
        limber::BreathHold hold { 1 + in.below(30), {}, {} };
        if (in.chance(2))
            hold.minBreaths = 1 + in.below(hold.breaths);
        if (in.chance(2))
            hold.maxBreaths = std::min(30, hold.breaths + in.below(30));
        return hold;
    }
    default: {
        limber::Reps reps;
        reps.count = in.chance(1) ? 1 + in.below(100) : 1 + in.below(6);
        reps.sets = in.chance(1) ? 1 + in.below(20) : 1 + in.below(3);
        reps.restSeconds = in.below(31);
        const int phases = 1 + in.below(3);
        for (int k = 0; k < phases; ++k) {
            limber::Phase phase { "Phase {side} " + std::to_string(k), 500 + 250 * in.below(40),
                {} };
            if (const int breath = in.below(3); breath < 2)
                phase.breath = breath == 0 ? limber::Breath::In : limber::Breath::Out;
            reps.phases.push_back(std::move(phase));
        }
        return reps;
    }
    }
}

limber::Exercise makeExercise(Bytes& in, int number)
{
    limber::Exercise e;
    e.id = "e" + std::to_string(number);
    e.name = "Exercise " + std::to_string(number);
    e.steps = { "Reach to the {side}, away from the {other}." };
    e.sides = static_cast<limber::Sides>(in.below(3));
    e.firstSide = in.chance(4) ? limber::Side::Left : limber::Side::Right;
    e.dose = makeDose(in);
    if (in.chance(4))
        e.breath = limber::BreathTexts { "In to the {side}", "Out, {other} side long" };
    return e;
}

// Mostly overrides that fit the exercise's dose; now and then one that does not.
void addOverrides(Bytes& in, limber::RoutineItem& item, const limber::Exercise* exercise)
{
    const int which = in.byte();
    if (which < 160)
        return;
    const bool isReps = exercise && std::holds_alternative<limber::Reps>(exercise->dose);
    const bool fit = which < 240;
    if (fit ? !isReps : isReps) {
        if (in.chance(4))
            item.seconds = 1 + in.byte();
        else
            item.breaths = 1 + in.below(30);
    } else {
        if (in.chance(4))
            item.reps = 1 + in.below(8);
        if (in.chance(4))
            item.sets = 1 + in.below(4);
        if (in.chance(4))
            item.restSeconds = in.below(31);
    }
}

limber::PlanOptions makeOptions(Bytes& in)
{
    limber::PlanOptions options;
    options.paceInMs = 500 + 250 * in.below(40);
    options.paceOutMs = 500 + 250 * in.below(40);
    switch (in.below(8)) {
    case 0:
        options.minutes = (1 + in.byte()) / 8.0;
        break;
    case 1: // out of range: must be refused, not compiled
        options.scale = in.chance(4) ? 0.1 : 5.0;
        options.paceInMs = in.chance(4) ? options.paceInMs : 100;
        break;
    default:
        options.scale = 0.25 * (1 + in.below(16));
        break;
    }
    return options;
}

void checkPlan(const limber::Plan& plan)
{
    fuzz::require(!plan.segments.empty(), "a plan has segments");
    std::int64_t at = 0;
    int item = 0;
    for (const limber::Segment& s : plan.segments) {
        fuzz::require(s.startMs == at, "segments are contiguous");
        fuzz::require(s.durationMs > 0, "segments last");
        fuzz::require(s.item >= item, "items come in order");
        item = s.item;
        std::int64_t cueAt = 0;
        for (const limber::Cue& cue : s.cues) {
            fuzz::require(
                cue.atMs >= cueAt && cue.atMs < s.durationMs, "cues are in order, within");
            cueAt = cue.atMs;
            if (s.kind == limber::SegmentKind::Set)
                fuzz::require(cue.rep && *cue.rep >= 1 && *cue.rep <= s.reps, "reps are numbered");
        }
        if (s.kind == limber::SegmentKind::Set)
            fuzz::require(s.set >= 1 && s.set <= s.sets && s.reps >= 1, "sets are numbered");
        if (s.kind == limber::SegmentKind::Hold)
            fuzz::require(s.breathTexts.has_value() && !s.cues.empty(), "holds cue breaths");
        at = s.endMs();
    }
    fuzz::require(plan.totalMs == at, "the total is the end of the last segment");
}

void checkPlanOutputs(const limber::Plan& plan)
{
    const auto json = nlohmann::json::parse(limber::planToJson(plan), nullptr, false);
    fuzz::require(json.is_object(), "planToJson writes a JSON object");
    fuzz::require(
        json.contains("total_ms") && json["total_ms"] == plan.totalMs, "planToJson has the total");
    fuzz::require(json.contains("segments") && json["segments"].size() == plan.segments.size(),
        "planToJson has each segment");
    fuzz::require(!limber::planToText(plan).empty(), "planToText writes text");
}

// Drives one session and checks it after every operation.
class SessionCheck {
public:
    SessionCheck(limber::Plan plan, std::int64_t start)
        : m_session(std::move(plan))
        , m_now(start)
        , m_lastEventAt(start)
    {
    }

    void step(Bytes& in)
    {
        const int op = in.below(10);
        m_now += timeStep(in.byte());
        const SessionState before = m_session.state();
        const bool active = before == SessionState::Running || before == SessionState::Paused;
        const bool endedBefore = isEnded();
        const std::int64_t totalBefore = m_session.plan().totalMs;
        bool applied = false;
        switch (op) {
        case 0:
            applied = m_session.start(m_now);
            fuzz::require(applied == (before == SessionState::Ready), "start only when ready");
            break;
        case 1:
            applied = m_session.pause(m_now);
            fuzz::require(!applied || before == SessionState::Running, "pause only when running");
            fuzz::require(!applied || m_session.state() == SessionState::Paused, "pause pauses");
            break;
        case 2:
            applied = m_session.resume(m_now);
            fuzz::require(applied == (before == SessionState::Paused), "resume only when paused");
            break;
        case 3:
            applied = m_session.next(m_now);
            break;
        case 4:
            applied = m_session.skipExercise(m_now);
            break;
        case 5:
            applied = m_session.previous(m_now);
            break;
        case 6:
            applied = m_session.extend(m_now);
            fuzz::require(!applied || m_session.plan().totalMs == totalBefore + Session::extendMs,
                "extend adds exactly 10 s");
            if (applied)
                checkPlan(m_session.plan());
            break;
        case 7:
            applied = m_session.stop(m_now);
            fuzz::require(!applied || m_session.state() == SessionState::Stopped, "stop stops");
            break;
        default:
            break; // a plain update
        }
        if (trace) {
            static const char* const names[] { "start", "pause", "resume", "next", "skip",
                "previous", "extend", "stop", "update", "update" };
            std::fprintf(stderr, "%lld %s -> %s, state %d\n", static_cast<long long>(m_now),
                names[op], applied ? "applied" : "refused", static_cast<int>(m_session.state()));
        }
        if (op >= 3 && op <= 7)
            fuzz::require(!applied || active, "operations only while running or paused");
        if (applied && op >= 3 && op <= 5)
            m_jumped = true;
        collect(endedBefore);
    }

    // Lets a running session play to its end.
    void finish()
    {
        if (m_session.state() != SessionState::Running)
            return;
        m_now += m_session.routineRemainingMs(m_now) + 1;
        collect(false);
        fuzz::require(m_session.state() == SessionState::Finished, "a running session ends");
    }

    void checkEnd() const
    {
        const bool finished = m_session.state() == SessionState::Finished;
        fuzz::require(m_routineDone == (finished ? 1 : 0), "RoutineDone once, when finished");
        if (!finished || m_jumped)
            return;
        // Played through (pauses and extensions only): every segment started once, in order,
        // and every cue of the final plan came once.
        const auto& segments = m_session.plan().segments;
        fuzz::require(m_started.size() == segments.size(), "every segment starts once");
        for (std::size_t i = 0; i < m_started.size(); ++i)
            fuzz::require(m_started[i] == static_cast<int>(i), "segments start in order");
        std::size_t cues = 0;
        for (const limber::Segment& s : segments)
            cues += s.cues.size();
        fuzz::require(m_cues.size() == cues, "every cue comes once");
    }

private:
    // The low 6 bits count, the high 2 bits pick the unit: 10 ms, 1 s, 10 s or 1 min, so a
    // step is often 0, often within a second, and now and then an hour late.
    static std::int64_t timeStep(int b)
    {
        constexpr std::int64_t units[] { 10, 1000, 10'000, 60'000 };
        return (b & 63) * units[b >> 6];
    }

    // What the operation just done and the time since caused. A stop or a jump to the end
    // still hands over what was due before it; after that, nothing.
    void collect(bool endedBefore)
    {
        const std::vector<SessionEvent> events = m_session.update(m_now);
        fuzz::require(!endedBefore || events.empty(), "nothing comes after the end");
        const auto& segments = m_session.plan().segments;
        for (std::size_t i = 0; i < events.size(); ++i) {
            const SessionEvent& e = events[i];
            if (trace)
                std::fprintf(stderr, "  event %d at %lld segment %d item %d cue %d count %d\n",
                    static_cast<int>(e.kind), static_cast<long long>(e.atMs), e.segment, e.item,
                    e.cue, e.count);
            fuzz::require(e.atMs >= m_lastEventAt, "events come in time order");
            fuzz::require(e.atMs <= m_now, "no event comes before it is due");
            m_lastEventAt = e.atMs;
            fuzz::require(e.segment >= 0 && static_cast<std::size_t>(e.segment) < segments.size(),
                "events name a segment");
            const limber::Segment& s = segments[static_cast<std::size_t>(e.segment)];
            fuzz::require(e.item == s.item, "events name the segment's item");
            fuzz::require(m_routineDone == 0, "nothing comes after RoutineDone");
            switch (e.kind) {
            case Kind::SegmentStarted:
                m_started.push_back(e.segment);
                break;
            case Kind::SideSwitch:
                fuzz::require(s.kind == limber::SegmentKind::Switch && i > 0
                        && events[i - 1].kind == Kind::SegmentStarted
                        && events[i - 1].segment == e.segment,
                    "SideSwitch follows the switch's SegmentStarted");
                break;
            case Kind::Cue:
                fuzz::require(e.cue >= 0 && static_cast<std::size_t>(e.cue) < s.cues.size(),
                    "Cue names a cue of its segment");
                m_cues.insert({ e.segment, e.cue });
                break;
            case Kind::Countdown:
                fuzz::require(e.count >= 1 && e.count <= 3, "countdowns count 3, 2, 1");
                break;
            case Kind::ExerciseDone:
                break;
            case Kind::RoutineDone:
                ++m_routineDone;
                break;
            }
        }
        if (m_routineDone > 0)
            fuzz::require(m_session.state() == SessionState::Finished, "RoutineDone finishes");
        checkQueries();
    }

    bool isEnded() const
    {
        return m_session.state() == SessionState::Finished
            || m_session.state() == SessionState::Stopped;
    }

    void checkQueries()
    {
        const Session& s = m_session;
        const limber::Plan& plan = s.plan();
        const int index = s.segmentIndex(m_now);
        fuzz::require(index >= 0 && static_cast<std::size_t>(index) < plan.segments.size(),
            "the current segment is one of the plan's");
        const limber::Segment* segment = s.segment(m_now);
        fuzz::require(segment == &plan.segments[static_cast<std::size_t>(index)], "segment()");
        fuzz::require(s.segmentElapsedMs(m_now) >= 0, "segment elapsed is not negative");
        fuzz::require(s.segmentRemainingMs(m_now) >= 0, "segment remaining is not negative");
        fuzz::require(
            s.segmentElapsedMs(m_now) + s.segmentRemainingMs(m_now) == segment->durationMs,
            "segment elapsed + remaining = its length");
        fuzz::require(s.routineRemainingMs(m_now) >= 0, "routine remaining is not negative");
        fuzz::require(s.routineElapsedMs(m_now) >= 0, "routine elapsed is not negative");
        fuzz::require(s.routineElapsedMs(m_now) + s.routineRemainingMs(m_now) == plan.totalMs,
            "routine elapsed + remaining = the total");
        if (const limber::Cue* cue = s.currentCue(m_now)) {
            fuzz::require(
                cue >= segment->cues.data() && cue < segment->cues.data() + segment->cues.size(),
                "the current cue is one of the segment's");
            fuzz::require(cue->atMs <= s.segmentElapsedMs(m_now), "the current cue is due");
        }
        const std::optional<int> set = s.currentSet(m_now);
        fuzz::require(set
                == (segment->kind == limber::SegmentKind::Set ? std::optional<int>(segment->set)
                                                              : std::nullopt),
            "the current set is the set segment's");
        if (const std::optional<int> rep = s.currentRep(m_now))
            fuzz::require(
                segment->kind == limber::SegmentKind::Set && *rep >= 1 && *rep <= segment->reps,
                "the current rep is one of the set's");
        if (const std::optional<std::string> next = s.nextExercise(m_now)) {
            const auto later = std::find_if(plan.segments.begin(), plan.segments.end(),
                [&](const limber::Segment& other) { return other.item > segment->item; });
            fuzz::require(later != plan.segments.end() && later->exercise == *next,
                "the next exercise is the next item's");
        }
        fuzz::require(s.exerciseNumber(m_now) == segment->item + 1, "exercise i");
        fuzz::require(s.exerciseNumber(m_now) <= s.exerciseCount(), "exercise i of n");
        const std::optional<std::int64_t> change = s.nextChangeAt(m_now);
        fuzz::require(change.has_value() == (s.state() == SessionState::Running),
            "a running session always has a next change");
        if (change)
            fuzz::require(*change > m_now, "the next change is after now");
        const limber::SessionSummary summary = s.summary(m_now);
        fuzz::require(summary.exercises == s.exerciseCount(), "summary counts the exercises");
        fuzz::require(summary.exercisesDone >= 0 && summary.exercisesSkipped >= 0
                && summary.exercisesDone + summary.exercisesSkipped <= summary.exercises,
            "done + skipped <= exercises");
        fuzz::require(
            summary.activeMs >= 0 && summary.wallMs >= summary.activeMs, "0 <= active <= wall");
        if (s.state() == SessionState::Ready)
            fuzz::require(summary.wallMs == 0 && s.routineElapsedMs(m_now) == 0, "ready is at 0");
        if (isEnded()) {
            // After the end, the clock no longer moves anything.
            if (m_endedAt) {
                fuzz::require(s.routineElapsedMs(m_now) == m_endedAt->first
                        && summary.wallMs == m_endedAt->second,
                    "an ended session stays where it ended");
            } else {
                m_endedAt = std::pair { s.routineElapsedMs(m_now), summary.wallMs };
            }
        }
    }

    Session m_session;
    std::int64_t m_now;
    std::int64_t m_lastEventAt;
    bool m_jumped = false;
    int m_routineDone = 0;
    std::vector<int> m_started;
    std::set<std::pair<int, int>> m_cues;
    std::optional<std::pair<std::int64_t, std::int64_t>> m_endedAt;
};

constexpr int maxOperations = 4000;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const limber::Library builtIn = fuzz::builtInLibrary();
    Bytes in(data, size);

    std::vector<limber::Exercise> exercises;
    limber::Routine routine;
    limber::ExerciseLookup lookup;
    if (in.below(4) == 0 && !builtIn.routines().empty()) {
        const auto& routines = builtIn.routines();
        routine = routines[static_cast<std::size_t>(in.byte()) % routines.size()].value;
        lookup = [](std::string_view id) { return builtIn.findExercise(id); };
    } else {
        const int count = 1 + in.below(4);
        for (int k = 0; k < count; ++k)
            exercises.push_back(makeExercise(in, k));
        routine.id = "fuzz";
        routine.name = "Fuzz";
        routine.leadInSeconds = in.below(61);
        routine.switchSeconds = in.below(31);
        const int items = 1 + in.below(8);
        for (int k = 0; k < items; ++k) {
            limber::RoutineItem item;
            const int pick = in.byte();
            item.exercise = pick == 255 ? "missing" : "e" + std::to_string(pick % count);
            addOverrides(in, item,
                pick == 255 ? nullptr : &exercises[static_cast<std::size_t>(pick % count)]);
            routine.items.push_back(std::move(item));
        }
        lookup = [&exercises](std::string_view id) -> const limber::Exercise* {
            for (const limber::Exercise& e : exercises) {
                if (e.id == id)
                    return &e;
            }
            return nullptr;
        };
    }
    const limber::PlanOptions options = makeOptions(in);

    const limber::PlanResult result = limber::compile(routine, lookup, options, "fuzz");
    fuzz::require(result.plan.has_value() == result.errors.empty(), "a plan or its errors");
    if (!result.plan)
        return 0;
    std::size_t cues = 0;
    for (const limber::Segment& s : result.plan->segments)
        cues += s.cues.size();
    if (trace)
        std::fprintf(stderr, "plan: %zu segments, %zu cues, %lld ms\n",
            result.plan->segments.size(), cues, static_cast<long long>(result.plan->totalMs));
    checkPlan(*result.plan);
    // Writing and re-reading the JSON is most of the time an input takes, and its code has few
    // branches: small plans cover them.
    if (cues <= 64)
        checkPlanOutputs(*result.plan);

    // Any point on a monotonic clock: 40 bits of milliseconds, about 35 years of uptime.
    std::int64_t start = 0;
    for (int k = 0; k < 5; ++k)
        start = start * 256 + in.byte();
    SessionCheck session(*result.plan, start);
    for (int k = 0; k < maxOperations && !in.empty(); ++k)
        session.step(in);
    session.finish();
    session.checkEnd();
    return 0;
}
