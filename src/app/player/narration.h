// What the player says to a screen reader as a routine plays: one sentence for all that a
// refresh brought (a new stretch, side, step, rep, breath or countdown second), put together
// from the moment before and the moment now, so a listener hears each change once.
#pragma once

#include <QString>

#include <optional>

namespace limber {

struct PlayerDisplay;

// What the session reported in one refresh.
struct NarrationCause {
    bool segmentStarted = false; // a segment began (also where next, skip and previous land)
    bool cue = false; // a cue came due
    std::optional<int> countdown; // the countdown became 3, 2 or 1
};

// Empty when nothing worth saying changed.
QString narrate(const PlayerDisplay& before, const PlayerDisplay& now, const NarrationCause& cause,
    bool speakCountdown);

// Asked for with a key: "12 seconds left of this step; 3:10 left in the routine."
QString timeLeftSentence(const PlayerDisplay& now);

} // namespace limber
