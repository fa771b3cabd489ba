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

// `firstSide`: the side the figure's poses are written for, where a sided prop stands.
std::vector<PropSolid> propSolids(
    Prop prop, Support support, BodySide firstSide, const body::Body& body);

} // namespace limber::figure::props
