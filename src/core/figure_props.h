// The props drawn with a figure (chair, wall, mat, block), placed around the grounded body.
#pragma once

#include "figure_body.h"

#include <limber/figure.h>

#include <vector>

namespace limber::figure::props {

struct PropSolid {
    body::Solid solid;
    // Drawn before everything else whatever its depth: the mat lies under the body, and a wall
    // is a backdrop that must never hide the figure, even from a view on its far side.
    bool behindAll = false;
};

// `backrest`: where a chair sat on sideways has its back, in degrees round the seat from
// behind the body (90 beside its left, -90 beside its right; figure::sidewaysBackrestAt).
std::vector<PropSolid> propSolids(
    Prop prop, Support support, double backrest, const body::Body& body);

} // namespace limber::figure::props
