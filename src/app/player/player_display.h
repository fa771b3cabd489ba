// What the player shows at one moment, worked out from the session and the routine: plain
// texts and numbers, so the widgets only lay them out and tests can read them directly.
#pragma once

#include "figure_moment.h"

#include <limber/model.h>
#include <limber/plan.h>

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace limber {

class Session;
struct PlayerRoutine;

struct PlayerDisplay {
    SegmentKind kind = SegmentKind::LeadIn;
    QString stage; // "Get ready", "Hold", "Switch sides", "Reps", "Rest"
    const Exercise* exercise = nullptr; // the routine's copy; null if the plan names an unknown id
    QString exerciseName;
    std::optional<Side> side; // none when the stretch has no sides
    QString sideText; // "Left side", "Right side", or empty
    QString cueText; // the current cue: "Breathe in…", "Turn to the left.", or for a rest
                     // what follows it
    QString repText; // sets: "Rep 7 of 15 · Set 2 of 2"
    QString stepLabel; // "Step 3 of 7"
    QString stepText; // the step to do now, {side} filled
    QStringList setupLines; // lead-ins: how to get ready
    QString aboutText; // lead-ins: "Seated · chair · 45 s hold · each side"
    QString nextText; // "Next: Lateral neck flexion" or "Last stretch"
    QString countdownText; // "45" under a minute, "1:30" from a minute up
    QString countdownCaption; // "seconds" / "minutes"
    double ringRemaining = 0; // the part of the segment still to go, 1 → 0
    std::int64_t segmentMs = 0; // the segment's length, over which the ring empties
    std::optional<Breath> breath; // the pacer's phase, when the current cue is a breath
    double breathPosition = 0; // 0 → 1 through that breath: elapsed since its cue / its length
    std::int64_t breathMs = 0; // that breath's length
    FigureMoment figure; // where the figure is in its movement
    QString progressText; // "Stretch 3 of 5"
    int exerciseNumber = 0; // 3 in "Stretch 3 of 5"
    int exerciseCount = 0;
    QString timeLeftText; // "3:12 left"
    double routineProgress = 0; // 0 → 1
};

PlayerDisplay describeMoment(
    const Session& session, const PlayerRoutine& routine, std::int64_t now);

} // namespace limber
