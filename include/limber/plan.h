// The plan compiler: a routine, the exercises it names and the person's pace and scale become
// one contiguous timeline of segments with timed cues, to the millisecond (DATA-FORMAT.md, Plan).
#pragma once

#include <limber/diagnostic.h>
#include <limber/library.h>
#include <limber/model.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace limber {

enum class SegmentKind { LeadIn, Hold, Set, Switch, Rest };

// "lead-in", "hold", "set", "switch", "rest".
const char* toString(SegmentKind kind);

struct Cue {
    std::int64_t atMs = 0; // relative to the start of its segment
    std::optional<Breath> breath;
    std::string text; // {side}/{other} already filled
    std::optional<int> rep; // set cues: 1..reps
    std::optional<Side> side; // cues of an alternate set: the side of this rep

    bool operator==(const Cue&) const = default;
};

struct Segment {
    SegmentKind kind = SegmentKind::Hold;
    std::string exercise; // its id
    int item = 0; // index in the routine's items
    std::optional<Side> side; // null for lead-ins, sides "none" and alternate sets
    std::int64_t startMs = 0;
    std::int64_t durationMs = 0;
    std::vector<Cue> cues;
    // Set segments only (0 otherwise): this set's 1-based number, the number of sets on this
    // side, and the reps in one set (per side for alternate exercises).
    int set = 0;
    int sets = 0;
    int reps = 0;
    // Holds only: the texts of their in- and out-breath cues, so an extended hold keeps cueing.
    std::optional<BreathTexts> breathTexts;

    std::int64_t endMs() const { return startMs + durationMs; }

    bool operator==(const Segment&) const = default;
};

struct Plan {
    std::string routine; // its id
    std::int64_t totalMs = 0; // the end of the last segment
    std::vector<Segment> segments;
    double scale = 1.0; // the scale applied to holds (the one found for --minutes)
    int paceInMs = 4000; // the breath pace the cues were laid out with
    int paceOutMs = 6000;
    Diagnostics warnings; // e.g. --minutes could not be met

    bool operator==(const Plan&) const = default;
};

// The ranges compile() accepts, for anything that lets a person set the options.
namespace optionLimits {
inline constexpr int minPaceMs = 500;
inline constexpr int maxPaceMs = 30'000;
inline constexpr double minScale = 0.25;
inline constexpr double maxScale = 4.0;
} // namespace optionLimits

struct PlanOptions {
    int paceInMs = 4000; // 500-30 000 each
    int paceOutMs = 6000;
    double scale = 1.0; // 0.25-4; multiplies holds (seconds and breath counts), never reps
    // When set (0 < M <= 600), replaces `scale` with the scale that brings the total closest
    // to M minutes, keeping each hold within its min/max bounds.
    std::optional<double> minutes;
    // When set, replace the routine's lead_in_seconds (0-60) and switch_seconds (0-30): a
    // person's own get-ready and side-change times, over what each routine says.
    std::optional<int> leadInSeconds;
    std::optional<int> switchSeconds;
};

// A plan, or the errors that prevented one (expected-like; std::expected is C++23).
struct PlanResult {
    std::optional<Plan> plan;
    Diagnostics errors;

    explicit operator bool() const { return plan.has_value(); }
};

using ExerciseLookup = std::function<const Exercise*(std::string_view id)>;

// The rules, exact enough to recompute a plan by hand:
// - Each item: a lead-in (lead_in_seconds; none when 0), then its dose per side. Sides "none":
//   once, side null. "each": the whole dose on the first side, a switch (switch_seconds, side =
//   the side about to start; none when 0), the whole dose on the other side. "alternate" (reps
//   only): one pass whose rep cues alternate sides, first side first.
// - Timed hold: one hold of S s; breath cues from 0 alternating in (pace in) and out (pace out)
//   while at_ms < S s. Breath hold: N x (in + out) ms, cued likewise. Texts: the exercise's
//   breath texts or "Breathe in…" / "Breathe out, go a little further".
// - Reps: per set a `set` segment of count x (sum of phases), a cue at the start of every phase
//   of every rep (rep number, phase text, breath); a rest of rest_seconds between sets (none
//   when 0). Alternate: count reps per side, L1 R1 L2 R2 …, so 2 x count x rep length. "each":
//   all sets on the first side, a switch, all sets on the other side.
// - Item overrides replace the dose: seconds/breaths for holds (either one sets the kind),
//   reps/sets/rest_seconds for reps; the wrong kind is an error at that field's pointer.
// - Scale multiplies hold seconds and breath counts, rounded half away from zero, at least 1;
//   bounds are ignored. Minutes searches the scale in [0.25, 4] with each hold clamped to its
//   bounds (widened to include its unscaled length), and warns when 2% cannot be met.
PlanResult compile(const Routine& routine, const ExerciseLookup& findExercise,
    const PlanOptions& options, const std::string& sourceName);

inline PlanResult compile(const Routine& routine, const Library& library,
    const PlanOptions& options, const std::string& sourceName)
{
    return compile(
        routine, [&library](std::string_view id) { return library.findExercise(id); }, options,
        sourceName);
}

// Lengthens one segment by `ms` (the player's +10 s): later segments move by exactly `ms`, the
// total grows by `ms`, and a hold gets breath cues for the added time at the plan's pace.
void extendSegment(Plan& plan, std::size_t index, std::int64_t ms);

// An exercise text with {side} and {other} filled ("left"/"right"). For sides "none", pass
// the exercise's firstSide.
std::string fillSides(std::string_view text, Side side);

// "mm:ss" (minutes keep growing past 99), with ".mmm" appended when not a whole second.
std::string formatDuration(std::int64_t ms);

// The DATA-FORMAT plan JSON, indented by 2. Besides the documented fields every segment has
// "item" (its index in the routine), and set segments have "set", "sets" and "reps".
std::string planToJson(const Plan& plan);

// The timeline for people, one line per segment and a total line:
//   "00:05  hold     seated-thoracic-twist  left   10 cues  Breathe in, sit tall."
std::string planToText(const Plan& plan);

} // namespace limber
