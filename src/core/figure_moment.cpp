// poseAt and stillPoseAt: the figure's pose at a moment of the session, moving or still, pure
// functions of the figure and the moment (figure.h gives the rules).
#include <limber/figure.h>

#include <algorithm>

namespace limber::figure {

namespace {

// The hold's two breathing ends, each falling back on the hold's middle and then on the start.
Pose inPose(const ExerciseFigure& figure)
{
    return figure.in ? *figure.in : figure.hold ? *figure.hold : figure.start;
}

Pose outPose(const ExerciseFigure& figure)
{
    return figure.out ? *figure.out : figure.hold ? *figure.hold : figure.start;
}

Pose holdPose(const ExerciseFigure& figure)
{
    if (figure.hold)
        return *figure.hold;
    if (figure.in && figure.out)
        return interpolate(*figure.in, *figure.out, 0.5);
    return figure.in ? *figure.in : figure.out ? *figure.out : figure.start;
}

// Where a set's phase starts from: the phase before it, or the last one for the first phase,
// since each rep begins where the one before ended.
Pose previousPhase(const ExerciseFigure& figure, int phase)
{
    const int count = static_cast<int>(figure.phases.size());
    return figure.phases[static_cast<std::size_t>((phase - 1 + count) % count)];
}

// The pose as the figure's own poses describe it, for its first side.
Pose firstSidePose(const ExerciseFigure& figure, const Moment& moment)
{
    const double t = ease(moment.progress);
    switch (moment.stage) {
    case Moment::Stage::LeadIn:
        return interpolate(neutralFigure(figure.support).start, figure.start, t);
    case Moment::Stage::Hold:
        if (moment.inBreath)
            return interpolate(
                moment.fromStart ? figure.start : outPose(figure), inPose(figure), t);
        return interpolate(inPose(figure), outPose(figure), t);
    case Moment::Stage::Rep: {
        if (figure.phases.empty())
            return figure.start;
        const int count = static_cast<int>(figure.phases.size());
        const int phase = ((moment.phase % count) + count) % count;
        const Pose& to = figure.phases[static_cast<std::size_t>(phase)];
        const Pose from = moment.fromStart ? figure.start : previousPhase(figure, phase);
        return interpolate(from, to, t);
    }
    case Moment::Stage::Rest: {
        const Pose from = figure.phases.empty() ? holdPose(figure) : figure.phases.back();
        return interpolate(from, neutralFigure(figure.support).start, t);
    }
    case Moment::Stage::Done:
        return figure.start;
    case Moment::Stage::Switch:
        // Handled by poseAt: it spans both sides.
        break;
    }
    return figure.start;
}

} // namespace

Pose poseAt(const ExerciseFigure& figure, const Moment& moment)
{
    const bool onFirstSide = moment.side == figure.firstSide;
    const auto forSide = [](const Pose& pose, bool first) { return first ? pose : mirror(pose); };
    if (moment.stage == Moment::Stage::Switch) {
        // From the side left behind: its hold eases into its start over the first half, then
        // that start into the new side's start over the second.
        const bool departedIsFirst = !onFirstSide;
        const Pose departedStart = forSide(figure.start, departedIsFirst);
        if (moment.progress < 0.5)
            return interpolate(forSide(holdPose(figure), departedIsFirst), departedStart,
                ease(2 * moment.progress));
        return interpolate(
            departedStart, forSide(figure.start, onFirstSide), ease(2 * moment.progress - 1));
    }
    return forSide(firstSidePose(figure, moment), onFirstSide);
}

View viewAt(const ExerciseFigure& figure, const Moment& moment, bool reduced)
{
    const auto viewOf = [&](BodySide side) {
        return side == figure.firstSide ? figure.view : mirrored(figure.view);
    };
    if (moment.stage != Moment::Stage::Switch || reduced)
        return viewOf(moment.side);
    const BodySide departed = moment.side == BodySide::Left ? BodySide::Right : BodySide::Left;
    const View from = viewOf(departed), to = viewOf(moment.side);
    // The shorter way round, and through the front when both ways are as long (a side view's
    // half turn), so the figure turns to face the eye rather than away.
    double turn = to.yaw - from.yaw;
    if (turn > 180)
        turn -= 360;
    else if (turn < -180)
        turn += 360;
    const double t = ease(std::clamp(moment.progress, 0.0, 1.0));
    return { from.yaw + turn * t, from.pitch + (to.pitch - from.pitch) * t };
}

double sidewaysBackrestAt(const Moment& moment, bool reduced)
{
    const auto beside = [](BodySide side) { return side == BodySide::Left ? 90.0 : -90.0; };
    if (moment.stage != Moment::Stage::Switch || reduced)
        return beside(moment.side);
    const double from = -beside(moment.side);
    return from + (beside(moment.side) - from) * ease(std::clamp(moment.progress, 0.0, 1.0));
}

Pose stillPoseAt(const ExerciseFigure& figure, const Moment& moment)
{
    Moment still = moment;
    still.fromStart = false;
    switch (moment.stage) {
    case Moment::Stage::Hold:
        if (figure.hold)
            return moment.side == figure.firstSide ? *figure.hold : mirror(*figure.hold);
        // Half-way from in to out: their mean, as the hold's middle is when it is not written.
        still.inBreath = false;
        still.progress = 0.5;
        return poseAt(figure, still);
    case Moment::Stage::Done:
        still.stage = Moment::Stage::Done;
        break;
    case Moment::Stage::LeadIn:
    case Moment::Stage::Rep:
    case Moment::Stage::Switch:
    case Moment::Stage::Rest:
        still.progress = 1;
        break;
    }
    return poseAt(figure, still);
}

} // namespace limber::figure
