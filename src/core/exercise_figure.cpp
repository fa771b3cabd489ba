// An exercise's figure or its position's neutral one, and figures moved to a side by mirroring.
#include <limber/exercise_figure.h>

#include <algorithm>

namespace limber {

Side figureFileSide(Sides sides, Side firstSide)
{
    return sides == Sides::None ? Side::Left : firstSide;
}

figure::BodySide toBodySide(Side side)
{
    return side == Side::Left ? figure::BodySide::Left : figure::BodySide::Right;
}

figure::Support supportOf(Position position)
{
    switch (position) {
    case Position::Seated:
        return figure::Support::Seated;
    case Position::Kneeling:
        return figure::Support::Kneeling;
    case Position::Floor:
        return figure::Support::LyingFaceDown;
    case Position::Standing:
    case Position::Wall:
        break;
    }
    return figure::Support::Standing;
}

figure::ExerciseFigure figureOf(const Exercise& exercise)
{
    if (exercise.figure)
        return *exercise.figure;
    figure::ExerciseFigure neutral = figure::neutralFigure(supportOf(exercise.position));
    neutral.firstSide = toBodySide(figureFileSide(exercise.sides, exercise.firstSide));
    const bool hasWall = std::find(neutral.props.begin(), neutral.props.end(), figure::Prop::Wall)
        != neutral.props.end();
    if (exercise.position == Position::Wall && !hasWall)
        neutral.props.push_back(figure::Prop::Wall);
    return neutral;
}

figure::ExerciseFigure figureForSide(const figure::ExerciseFigure& figure, Side side)
{
    if (toBodySide(side) == figure.firstSide)
        return figure;
    figure::ExerciseFigure result = figure;
    result.firstSide = toBodySide(side);
    const auto move = [](figure::Pose& pose) { pose = figure::mirror(pose); };
    move(result.start);
    for (auto* pose : { &result.hold, &result.in, &result.out })
        if (*pose)
            move(**pose);
    std::for_each(result.phases.begin(), result.phases.end(), move);
    return result;
}

} // namespace limber
