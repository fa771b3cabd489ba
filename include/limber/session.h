// The player's engine: a state machine over a Plan that is told the time (ms on any monotonic
// clock) on every call and never reads a clock itself. Every deadline is computed from the
// start, the paused time and the jumps and extensions, never by adding up ticks, so it cannot
// drift; a paused session's times are frozen exactly.
#pragma once

#include <limber/plan.h>

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace limber {

enum class SessionState { Ready, Running, Paused, Finished, Stopped };

struct SessionEvent {
    enum class Kind {
        SegmentStarted, // a segment began (also where next/skip/previous land)
        SideSwitch, // a switch segment began, right after its SegmentStarted
        Cue, // `cue` indexes the segment's cues
        Countdown, // `count` 3, 2, 1: the countdown of a hold, set or lead-in became that
        ExerciseDone, // the last segment of `item` ended (played through, or left by next())
        RoutineDone, // the end of the plan; the session is Finished
    };

    Kind kind = Kind::SegmentStarted;
    std::int64_t atMs = 0; // when it was due, on the caller's clock
    int segment = 0; // index in plan().segments
    int item = 0; // the segment's item
    int cue = -1; // Cue only
    int count = 0; // Countdown only

    bool operator==(const SessionEvent&) const = default;
};

struct SessionSummary {
    int exercises = 0; // items in the routine
    // Whose last segment ended with none of their holds or sets cut short by next().
    int exercisesDone = 0;
    // Left with skipExercise(), or passed with next() through a hold or set, before they were
    // done; `skippedItems` are their items, in order.
    int exercisesSkipped = 0;
    std::vector<int> skippedItems;
    std::int64_t activeMs = 0; // time running, pauses excluded
    std::int64_t wallMs = 0; // from start() to the end (or now), pauses included
};

class Session {
public:
    // Extending adds this to the current segment; later segments move by exactly as much.
    static constexpr std::int64_t extendMs = 10'000;
    // previous() this close to a segment's start goes to the segment before instead.
    static constexpr std::int64_t previousGraceMs = 2'000;

    explicit Session(Plan plan);

    // The plan as it plays: extensions lengthen segments and shift the later ones.
    const Plan& plan() const { return m_plan; }
    // As of the last call: a running session becomes Finished in the update() (or operation)
    // at or after its end.
    SessionState state() const { return m_state; }

    // Operations return false (and do nothing) when they do not apply in the current state.
    // next, skipExercise, previous and extend work while Running or Paused (a paused session
    // stays paused where it lands). Call update() after each to collect what it caused.
    bool start(std::int64_t now); // Ready → Running, at the first segment
    bool pause(std::int64_t now); // Running → Paused
    bool resume(std::int64_t now); // Paused → Running
    // To the following segment; from the last one, to the end (Finished).
    bool next(std::int64_t now);
    // To the next item's first segment; from the last item, to the end (Finished).
    bool skipExercise(std::int64_t now);
    bool previous(std::int64_t now); // restart this segment, or the one before within 2 s
    bool extend(std::int64_t now); // +10 s to a hold, lead-in, rest or switch; not to a set
    bool stop(std::int64_t now); // Running/Paused → Stopped; nothing more is emitted

    // Everything that happened since the last update, in order, each exactly once, each with
    // the time it was due, however late this is called. A jump reports what was due before it,
    // drops what was left of the segment it left (next() still ends an exercise there), and
    // starts where it lands with SegmentStarted (and SideSwitch, and the cue at 0).
    std::vector<SessionEvent> update(std::int64_t now);

    // Queries at `now` (not before the last call's now). Before start() they describe the
    // beginning; after the end they stay at the end. The pointers stay valid until extend().
    int segmentIndex(std::int64_t now) const; // -1 for an empty plan
    const Segment* segment(std::int64_t now) const; // nullptr for an empty plan
    std::int64_t segmentElapsedMs(std::int64_t now) const;
    std::int64_t segmentRemainingMs(std::int64_t now) const; // countdown: ceil(this / 1000)
    std::int64_t routineElapsedMs(std::int64_t now) const; // the position in the plan
    std::int64_t routineRemainingMs(std::int64_t now) const;
    const Cue* currentCue(std::int64_t now) const; // the last cue with at_ms <= elapsed
    std::optional<int> currentRep(std::int64_t now) const; // in a set, once its first cue is due
    std::optional<int> currentSet(std::int64_t now) const; // in a set
    int exerciseNumber(std::int64_t now) const; // 1-based item; "exercise i of n"
    int exerciseCount() const;
    std::optional<std::string> nextExercise(std::int64_t now) const; // the next item's id
    // The earliest time after `now` at which anything shown changes (a countdown second of the
    // segment or the routine, a cue, a segment end), or nothing unless Running.
    std::optional<std::int64_t> nextChangeAt(std::int64_t now) const;
    SessionSummary summary(std::int64_t now) const;
    // Whether `item` was played through: its end reached, no hold or set of it cut short.
    bool isDone(int item) const;

private:
    // Events are ordered by (plan time, segment, rank); the emitted-up-to cursor is one of these.
    struct EventKey {
        std::int64_t timeMs = 0;
        int segment = 0;
        int rank = 0;

        auto operator<=>(const EventKey&) const = default;
    };

    std::int64_t position(std::int64_t now) const;
    std::int64_t wallAt(std::int64_t planMs) const;
    int segmentAt(std::int64_t planMs) const;
    // Everything segment `index` emits as it plays, in order; times are wall times as of now.
    std::vector<std::pair<EventKey, SessionEvent>> eventsOf(int index) const;
    void collect(std::int64_t now);
    void seek(std::int64_t now, std::int64_t planMs, EventKey emittedThrough);
    void markDone(int item);
    void finish(std::int64_t now, SessionState state);

    Plan m_plan;
    SessionState m_state = SessionState::Ready;
    // Plan time = m_anchorPlanMs + (now - m_anchorWallMs) while running; frozen while paused.
    std::int64_t m_anchorPlanMs = 0;
    std::int64_t m_anchorWallMs = 0;
    std::int64_t m_startWallMs = 0;
    std::int64_t m_pausedMs = 0; // completed pauses
    std::int64_t m_pausedAtWallMs = 0;
    std::int64_t m_endWallMs = 0; // when it finished or stopped
    EventKey m_emittedThrough { -1, -1, 0 };
    std::vector<SessionEvent> m_pending;
    std::vector<bool> m_done; // per item
    std::vector<bool> m_skipped;
    // Per segment: a hold or set left with next() before its end, and not played again since.
    std::vector<bool> m_cutShort;
};

} // namespace limber
