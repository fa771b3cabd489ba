// The figure an exercise shows, and the rule that ties its poses to a side: a file writes
// them for the side the exercise starts on, so a person writes the pose the steps describe
// first, and ExerciseFigure::firstSide records that side.
#pragma once

#include <limber/figure.h>
#include <limber/model.h>

namespace limber {

// The side a file's poses are written for: the first side of an exercise with sides, else
// the left.
Side figureFileSide(Sides sides, Side firstSide);

figure::BodySide toBodySide(Side side);

// How a position's body rests, for a neutral figure: floor exercises lie face down, wall
// exercises stand.
figure::Support supportOf(Position position);

// The exercise's own figure, or the neutral figure of its position (with a wall for "wall").
figure::ExerciseFigure figureOf(const Exercise& exercise);

// The same figure with its poses for `side`: mirrored when `side` is not its firstSide.
figure::ExerciseFigure figureForSide(const figure::ExerciseFigure& figure, Side side);

} // namespace limber
