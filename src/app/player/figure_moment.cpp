#include "figure_moment.h"

#include <limber/plan.h>
#include <limber/session.h>

#include <algorithm>
#include <variant>

namespace limber {

namespace {

using Stage = figure::Moment::Stage;

figure::BodySide bodySide(Side side)
{
    return side == Side::Left ? figure::BodySide::Left : figure::BodySide::Right;
}

double fraction(std::int64_t part, std::int64_t whole)
{
    return whole > 0 ? std::clamp(static_cast<double>(part) / static_cast<double>(whole), 0.0, 1.0)
                     : 1.0;
}

// A lead-in names no side: it gets ready for the side its exercise starts on.
Side firstSideOf(const Exercise* exercise)
{
    return exercise && exercise->sides != Sides::None ? exercise->firstSide : Side::Left;
}

int phaseCount(const Exercise* exercise)
{
    if (!exercise)
        return 1;
    const auto* reps = std::get_if<Reps>(&exercise->dose);
    return reps && !reps->phases.empty() ? static_cast<int>(reps->phases.size()) : 1;
}

// A cue lasts until the next one, the last until its segment ends.
std::int64_t cueLengthMs(const Segment& segment, std::size_t index)
{
    const std::int64_t end
        = index + 1 < segment.cues.size() ? segment.cues[index + 1].atMs : segment.durationMs;
    return std::max<std::int64_t>(1, end - segment.cues[index].atMs);
}

Stage stageOf(SegmentKind kind)
{
    switch (kind) {
    case SegmentKind::LeadIn:
        return Stage::LeadIn;
    case SegmentKind::Hold:
        return Stage::Hold;
    case SegmentKind::Set:
        return Stage::Rep;
    case SegmentKind::Switch:
        return Stage::Switch;
    case SegmentKind::Rest:
        return Stage::Rest;
    }
    return Stage::Done;
}

} // namespace

FigureMoment figureMomentAt(const Session& session, const Exercise* exercise, std::int64_t now)
{
    FigureMoment result;
    figure::Moment& moment = result.moment;
    moment.side = bodySide(firstSideOf(exercise));
    const Segment* segment = session.segment(now);
    const SessionState state = session.state();
    if (!segment || state == SessionState::Finished || state == SessionState::Stopped) {
        moment.stage = Stage::Done;
        moment.progress = 1;
        return result;
    }
    moment.stage = stageOf(segment->kind);
    if (segment->side)
        moment.side = bodySide(*segment->side);
    const std::int64_t elapsedMs = session.segmentElapsedMs(now);
    const Cue* cue = session.currentCue(now);
    const bool cued
        = cue && (segment->kind == SegmentKind::Hold || segment->kind == SegmentKind::Set);
    if (!cued) {
        result.moveMs = segment->durationMs;
        moment.progress = fraction(elapsedMs, segment->durationMs);
        // A hold with no breath cue rests in its middle: the end of an out-breath's first half.
        if (segment->kind == SegmentKind::Hold) {
            moment.inBreath = false;
            moment.progress = 0.5;
            result.moveMs = 0;
        }
        return result;
    }
    const auto index = static_cast<std::size_t>(cue - segment->cues.data());
    result.moveMs = cueLengthMs(*segment, index);
    moment.progress = fraction(elapsedMs - cue->atMs, result.moveMs);
    moment.fromStart = index == 0;
    if (segment->kind == SegmentKind::Hold) {
        moment.inBreath = cue->breath != Breath::Out;
        // Only the first in-breath comes from the start pose; a hold cued out first does not.
        moment.fromStart = moment.fromStart && moment.inBreath;
    } else {
        moment.phase = static_cast<int>(index % static_cast<std::size_t>(phaseCount(exercise)));
        if (cue->side)
            moment.side = bodySide(*cue->side);
    }
    return result;
}

} // namespace limber
