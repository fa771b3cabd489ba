// Where the head faces and how it tilts, drawn on the head: the face, the hair over its crown and
// back, and the nose's bump on its outline, so a turn, a nod or a tilt of the head reads in any
// view. Pictogram marks, not features: no eyes or mouth.
#pragma once

#include "figure_body.h"
#include "figure_projection.h"

#include <limber/figure.h>

#include <vector>

namespace limber::figure::head {

// The marks of `body`'s head through `view`, in the order to paint them over the head's circle:
// the face (the head's circle again, in the Face tone), the hair as much of it as the eye sees
// (in the head's own tone, so the hairline is where the face ends), then the nose (Face). Each
// stands at the head's depth, so sorting keeps them together and over the head.
std::vector<Shape> marksOf(const body::Body& body, const projection::Projection& view);

} // namespace limber::figure::head
