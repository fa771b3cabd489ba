// The list's figure thumbnails: drawn once per exercise and look, drawn again when the figure
// changes, and never more than the cache's bound.
#include "figure/figure_thumbnails.h"

#include <QPalette>

#include <catch2/catch.hpp>

namespace {

limber::Exercise exerciseNamed(const std::string& id)
{
    limber::Exercise exercise;
    exercise.id = id;
    exercise.position = limber::Position::Seated;
    return exercise;
}

} // namespace

TEST_CASE("Figure thumbnails are kept, redrawn when the figure changes, and bounded", "[figure]")
{
    limber::FigureThumbnails thumbnails(2);
    const QPalette palette;
    limber::Exercise first = exerciseNamed("first");
    const QImage drawn = thumbnails.image(first, QSize(48, 48), 1.0, palette);
    CHECK(!drawn.isNull());
    // Kept: the same image (shared data), not a second drawing.
    CHECK(thumbnails.image(first, QSize(48, 48), 1.0, palette).constBits() == drawn.constBits());
    CHECK(thumbnails.size() == 1);

    // The exercise changed in place: its figure is drawn again.
    limber::figure::ExerciseFigure standing
        = limber::figure::neutralFigure(limber::figure::Support::Standing);
    first.figure = standing;
    const QImage changed = thumbnails.image(first, QSize(48, 48), 1.0, palette);
    CHECK(changed.constBits() != drawn.constBits());
    CHECK(changed != drawn);

    // Past its bound the least recently used goes: `first` was used last, the second size goes.
    thumbnails.image(first, QSize(64, 64), 1.0, palette);
    thumbnails.image(first, QSize(48, 48), 1.0, palette);
    thumbnails.image(exerciseNamed("second"), QSize(48, 48), 1.0, palette);
    CHECK(thumbnails.size() == 2);
    CHECK(thumbnails.image(first, QSize(48, 48), 1.0, palette).constBits() == changed.constBits());
}
