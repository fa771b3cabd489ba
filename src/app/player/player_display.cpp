#include "player_display.h"

#include "player_routine.h"
#include "shared/words.h"

#include <limber/describe.h>
#include <limber/session.h>

#include <QCoreApplication>

#include <algorithm>

namespace limber {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("limber::PlayerDisplay", text);
}

QString stageOf(SegmentKind kind)
{
    switch (kind) {
    case SegmentKind::LeadIn:
        return tr("Get ready");
    case SegmentKind::Hold:
        return tr("Hold");
    case SegmentKind::Switch:
        return tr("Switch sides");
    case SegmentKind::Set:
        return tr("Reps");
    case SegmentKind::Rest:
        return tr("Rest");
    }
    return {};
}

// The side this moment is about: the segment's, the current rep's in an alternating set, or
// none for a stretch without sides.
std::optional<Side> sideNow(const Segment& segment, const Cue* cue)
{
    if (segment.side)
        return segment.side;
    if (cue && cue->side)
        return cue->side;
    return std::nullopt;
}

// Steps are spread over the segment's cues so they change with a cue, never in between:
// the first step with the first cue, the last (often "unwind slowly") with the last.
std::size_t stepIndex(std::size_t cue, std::size_t cues, std::size_t steps)
{
    if (cues <= 1 || steps <= 1)
        return 0;
    return (cue * (steps - 1) + (cues - 1) / 2) / (cues - 1);
}

// `index` is the segment's in `plan`.
void describeExercise(PlayerDisplay& display, const Plan& plan, std::size_t index, const Cue* cue,
    const Exercise& exercise)
{
    const Segment& segment = plan.segments[index];
    display.exerciseName = qs(exercise.name);
    const std::optional<Side> side = sideNow(segment, cue);
    const Side fillSide = side.value_or(exercise.firstSide);
    if (segment.kind == SegmentKind::LeadIn) {
        for (const std::string& line : exercise.setup)
            display.setupLines << qs(fillSides(line, fillSide));
        QStringList about { positionWord(exercise.position) };
        for (const std::string& item : exercise.equipment)
            about << qs(item);
        // As this routine does it, which may differ from the exercise's own dose.
        about << qs(describeDoseAndSides(exercise, plannedDose(plan, index + 1, exercise)));
        display.aboutText = about.join(QStringLiteral(" · "));
    }
    const bool moving = segment.kind == SegmentKind::Hold || segment.kind == SegmentKind::Set;
    if (moving && cue && !exercise.steps.empty()) {
        const auto step = stepIndex(static_cast<std::size_t>(cue - segment.cues.data()),
            segment.cues.size(), exercise.steps.size());
        display.stepLabel = tr("Step %1 of %2").arg(step + 1).arg(exercise.steps.size());
        display.stepText = qs(fillSides(exercise.steps[step], fillSide));
    }
}

void describeBreath(
    PlayerDisplay& display, const Segment& segment, const Cue* cue, std::int64_t elapsedMs)
{
    if (!cue || !cue->breath)
        return;
    const auto index = static_cast<std::size_t>(cue - segment.cues.data());
    const std::int64_t end
        = index + 1 < segment.cues.size() ? segment.cues[index + 1].atMs : segment.durationMs;
    display.breath = cue->breath;
    display.breathMs = std::max<std::int64_t>(1, end - cue->atMs);
    display.breathPosition = std::clamp(
        static_cast<double>(elapsedMs - cue->atMs) / static_cast<double>(display.breathMs), 0.0,
        1.0);
}

void describeCountdown(PlayerDisplay& display, const Segment& segment, std::int64_t remainingMs)
{
    const std::int64_t seconds = (remainingMs + 999) / 1000;
    if (seconds >= 60) {
        display.countdownText = qs(formatMinutesSeconds(remainingMs));
        display.countdownCaption = tr("minutes");
    } else {
        display.countdownText = QString::number(seconds);
        display.countdownCaption = seconds == 1 ? tr("second") : tr("seconds");
    }
    display.segmentMs = segment.durationMs;
    display.ringRemaining = segment.durationMs > 0
        ? std::clamp(
            static_cast<double>(remainingMs) / static_cast<double>(segment.durationMs), 0.0, 1.0)
        : 0.0;
}

QString repTextOf(const Segment& segment, int rep)
{
    QString text = tr("Rep %1 of %2").arg(rep).arg(segment.reps);
    if (segment.sets > 1)
        text += QStringLiteral(" · ") + tr("Set %1 of %2").arg(segment.set).arg(segment.sets);
    return text;
}

QString restText(const Plan& plan, int index)
{
    const auto next = static_cast<std::size_t>(index) + 1;
    if (next < plan.segments.size() && plan.segments[next].kind == SegmentKind::Set)
        return tr("Rest. Set %1 of %2 comes next.")
            .arg(plan.segments[next].set)
            .arg(plan.segments[next].sets);
    return tr("Rest.");
}

} // namespace

PlayerDisplay describeMoment(const Session& session, const PlayerRoutine& routine, std::int64_t now)
{
    PlayerDisplay display;
    const Plan& plan = session.plan();
    display.exerciseNumber = session.exerciseNumber(now);
    display.exerciseCount = session.exerciseCount();
    display.progressText
        = tr("Stretch %1 of %2").arg(display.exerciseNumber).arg(display.exerciseCount);
    display.timeLeftText
        = tr("%1 left").arg(qs(formatMinutesSeconds(session.routineRemainingMs(now))));
    display.routineProgress = plan.totalMs > 0
        ? std::clamp(
            static_cast<double>(session.routineElapsedMs(now)) / static_cast<double>(plan.totalMs),
            0.0, 1.0)
        : 1.0;

    const Segment* segment = session.segment(now);
    if (!segment)
        return display;
    const Cue* cue = session.currentCue(now);
    const std::int64_t elapsedMs = session.segmentElapsedMs(now);
    display.kind = segment->kind;
    display.stage = stageOf(segment->kind);
    display.exercise = routine.exercise(segment->exercise);
    if (display.exercise)
        describeExercise(display, plan, static_cast<std::size_t>(session.segmentIndex(now)), cue,
            *display.exercise);
    else
        display.exerciseName = qs(segment->exercise);
    display.side = sideNow(*segment, cue);
    if (display.side)
        display.sideText = sideTitle(*display.side);
    if (cue)
        display.cueText = qs(cue->text);
    if (segment->kind == SegmentKind::Rest)
        display.cueText = restText(plan, session.segmentIndex(now));
    if (segment->kind == SegmentKind::Set)
        display.repText = repTextOf(*segment, session.currentRep(now).value_or(1));
    describeBreath(display, *segment, cue, elapsedMs);
    describeCountdown(display, *segment, session.segmentRemainingMs(now));
    display.figure = figureMomentAt(session, display.exercise, now);

    const std::optional<std::string> next = session.nextExercise(now);
    const Exercise* nextExercise = next ? routine.exercise(*next) : nullptr;
    display.nextText = next ? tr("Next: %1").arg(nextExercise ? qs(nextExercise->name) : qs(*next))
                            : tr("Last stretch");
    return display;
}

} // namespace limber
