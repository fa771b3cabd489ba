// Words for what the figure shows, for the figure's accessible description: how the body
// rests and the shape of its spine at one moment, e.g. "Seated, turning to the left" or
// "On all fours, back arched".
#pragma once

#include <limber/figure.h>
#include <limber/model.h>

#include <QString>

namespace limber {

// Read off the pose the exercise's figure (or its position's neutral one) has at `moment`:
// the support, then up to two of: the spine's turn, its side bend, and its bend forward or
// back (rounded or arched on all fours); "upright" or "at rest" when it does none of them.
// A switch says which side it turns to.
QString describeFigure(const Exercise& exercise, const figure::Moment& moment);

} // namespace limber
