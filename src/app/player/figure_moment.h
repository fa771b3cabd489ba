// Where the figure is in its movement at one moment of a session: the session's segment, cue
// and time within them read off as a figure::Moment, so the figure moves on the same clock as
// the countdown and the breath cues and never drifts from them.
#pragma once

#include <limber/figure.h>
#include <limber/model.h>

#include <cstdint>

namespace limber {

class Session;

struct FigureMoment {
    figure::Moment moment;
    // The length of the move the moment is part of (its breath, rep phase, lead-in, switch or
    // rest), for working out how fast the figure moves; 0 when it stands still.
    std::int64_t moveMs = 0;
};

// The rules, at `now`:
// - lead-in: eases from neutral into the start pose over the whole lead-in, on the side the
//   exercise starts on;
// - hold: each breath cue starts a move, in or out, over the time to the next cue (or the
//   hold's end); the hold's first in-breath starts from the start pose;
// - set: each cue starts one phase of one rep (phase = the cue's index modulo the exercise's
//   phase count), on the side that cue names in an alternating set; the set's first cue starts
//   from the start pose;
// - switch and rest: over the whole segment, on the segment's side;
// - finished or stopped, or no segment: done, showing the start pose.
// A paused session's `now` does not move its position, so the moment freezes with it.
// `exercise` is the segment's exercise (for its phases and sides); null gives one phase.
FigureMoment figureMomentAt(const Session& session, const Exercise* exercise, std::int64_t now);

} // namespace limber
