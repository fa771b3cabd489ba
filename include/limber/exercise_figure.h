// The figure an exercise shows, and the rule that ties its poses to a side. An exercise's
// figure (model.h) holds its poses for the left side; its file writes them for the side the
// exercise starts on, so a person writes the pose the steps describe first.
#pragma once

#include <limber/figure.h>
#include <limber/model.h>

namespace limber {

// The side a file's poses are written for: the first side of an exercise with sides, else
// the left.
Side figureFileSide(Sides sides, Side firstSide);

// How a position's body rests, for a neutral figure: floor exercises lie face down, wall
// exercises stand.
figure::Support supportOf(Position position);

// The exercise's own figure, or the neutral figure of its position (with a wall for "wall").
figure::ExerciseFigure figureOf(const Exercise& exercise);

// A pose held for the left side, as it is for `side`.
figure::Pose poseForSide(const figure::Pose& leftPose, Side side);

// Every pose of a figure as poseForSide() gives it, for moving a whole figure to a side.
figure::ExerciseFigure figureForSide(const figure::ExerciseFigure& leftFigure, Side side);

} // namespace limber
