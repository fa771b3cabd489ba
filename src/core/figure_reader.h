// Reads an exercise's optional "figure" object: how the body rests, the view, the props and
// the named poses, each joint's angles checked against its anatomical limits.
#pragma once

#include "json_reader.h"

#include <limber/figure.h>
#include <limber/model.h>

#include <optional>

namespace limber::loader {

// What of the rest of the exercise the figure must agree with.
struct FigureContext {
    std::optional<Dose> dose; // nullopt when the dose itself did not read
    Sides sides = Sides::None;
    Side firstSide = Side::Left;
};

// `figure` is the "figure" object itself. Its poses are for the exercise's first side
// (figureFileSide()), which the result's firstSide records.
std::optional<figure::ExerciseFigure> readFigure(
    ObjectReader& figure, const FigureContext& context);

} // namespace limber::loader
