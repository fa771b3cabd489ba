// Paints a figure::Drawing (figure.h) with QPainter: limbs as round-capped tapered capsules,
// the head a circle with its face and hairline (left out where the head is only a few pixels
// across), torso and props as filled shapes, back to front as the drawing orders
// them. Everything is in device-independent units, so a QImage or widget with a device pixel
// ratio above 1 gets crisp edges; the thinnest limb keeps a minimum width so a 48 px
// thumbnail still reads.
//
// Typical use, in a widget's paintEvent:
//     QPainter painter(this);
//     paintFigure(painter, drawing, rect(), FigurePalette::fromPalette(palette()));
#pragma once

#include "figure/figure_palette.h"

#include <limber/figure.h>

#include <QImage>
#include <QRectF>
#include <QTransform>

class QPainter;

namespace limber {

// Where the drawing's plane lands in `bounds`: its bounding box fitted inside a margin of
// 6% of the shorter side, its aspect kept, centred, with the drawing's y (up) turned down.
QTransform figureTransform(const figure::Drawing& drawing, const QRectF& bounds);

// Where one of a drawing's shapes lands through `transform` (figureTransform), widened by
// what the painter adds around it: the minimum radii and the antialiased edge.
QRectF paintedRect(const figure::Shape& shape, const QTransform& transform);

// Paints `drawing` into `bounds`, antialiased; leaves the painter's state as it found it.
// Shapes wholly outside `exposed` (when given: the part being repainted) are skipped.
void paintFigure(QPainter& painter, const figure::Drawing& drawing, const QRectF& bounds,
    const FigurePalette& palette, const QRectF& exposed = {});

// The drawing on a `background`-filled image of `size` device-independent pixels at
// `devicePixelRatio`, e.g. for a file or a list's icon.
QImage figureImage(const figure::Drawing& drawing, QSize size, qreal devicePixelRatio,
    const FigurePalette& palette, const QColor& background);

} // namespace limber
