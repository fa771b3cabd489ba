#include "figure/figure_painter.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace limber {

namespace {

constexpr double marginFraction = 0.06;
// In device-independent pixels: a limb narrower than 2 px vanishes into antialiasing at a
// thumbnail's size, and a head below 3 px stops being round.
constexpr double minLimbRadius = 1.0;
constexpr double minHeadRadius = 1.6;
// Below this head radius in pixels the face and its hairline are a smudge, not a direction: the
// head is then a plain disc (the drawing's Face shapes are left out).
constexpr double minFaceHeadRadius = 4.0;
// One arc segment per this many pixels of circumference keeps round ends round at any size.
constexpr double pixelsPerSegment = 2.0;

int arcSegments(double radius, double sweep)
{
    const int segments = static_cast<int>(std::ceil(radius * sweep / pixelsPerSegment));
    return std::clamp(segments, 4, 64);
}

// Points on a circle from `from` to `to` radians (counter-clockwise in the plane's maths).
void addArc(QPolygonF& outline, QPointF centre, double radius, double from, double to)
{
    const int segments = arcSegments(radius, std::abs(to - from));
    for (int i = 0; i <= segments; ++i) {
        const double angle = from + (to - from) * i / segments;
        outline << centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
}

// The hull of two circles: a limb thicker at one end, round at both.
QPolygonF capsuleOutline(QPointF a, double ra, QPointF b, double rb)
{
    const QPointF delta = b - a;
    const double distance = std::hypot(delta.x(), delta.y());
    QPolygonF outline;
    if (distance <= std::abs(ra - rb) + 1e-9) {
        // One end swallows the other: just the larger circle.
        const bool aLarger = ra >= rb;
        addArc(outline, aLarger ? a : b, std::max(ra, rb), 0, 2 * std::numbers::pi);
        return outline;
    }
    const double direction = std::atan2(delta.y(), delta.x());
    // The outer tangents touch both circles at direction ± spread.
    const double spread = std::acos((ra - rb) / distance);
    addArc(outline, b, rb, direction - spread, direction + spread);
    addArc(outline, a, ra, direction + spread, direction + 2 * std::numbers::pi - spread);
    return outline;
}

// A shape's extent on the drawing's plane (figure units, y up).
QRectF planeBounds(const figure::Shape& shape)
{
    QRectF bounds;
    const auto add
        = [&bounds](double x, double y, double r) { bounds |= QRectF(x - r, y - r, 2 * r, 2 * r); };
    switch (shape.kind) {
    case figure::Shape::Kind::Capsule:
        add(shape.capsule.x1, shape.capsule.y1, shape.capsule.r1);
        add(shape.capsule.x2, shape.capsule.y2, shape.capsule.r2);
        break;
    case figure::Shape::Kind::Circle:
        add(shape.circle.x, shape.circle.y, shape.circle.r);
        break;
    case figure::Shape::Kind::Polygon:
        for (const auto& [x, y] : shape.polygon.points)
            add(x, y, 0);
        break;
    }
    return bounds;
}

// Whether the head is drawn large enough for its face: the face is the head's circle again.
bool showsFace(const figure::Drawing& drawing, double scale)
{
    const auto face = std::find_if(drawing.shapes.begin(), drawing.shapes.end(),
        [](const figure::Shape& shape) { return shape.tone == figure::Tone::Face; });
    return face != drawing.shapes.end() && face->circle.r * scale >= minFaceHeadRadius;
}

} // namespace

QRectF paintedRect(const figure::Shape& shape, const QTransform& transform)
{
    // The larger minimum radius, and a pixel for the antialiased edge.
    constexpr double margin = minHeadRadius + 1;
    return transform.mapRect(planeBounds(shape)).adjusted(-margin, -margin, margin, margin);
}

QTransform figureTransform(const figure::Drawing& drawing, const QRectF& bounds)
{
    const double margin = std::min(bounds.width(), bounds.height()) * marginFraction;
    const QRectF inner = bounds.adjusted(margin, margin, -margin, -margin);
    const double width = std::max(drawing.maxX - drawing.minX, 1e-6);
    const double height = std::max(drawing.maxY - drawing.minY, 1e-6);
    const double scale = std::max(0.0, std::min(inner.width() / width, inner.height() / height));
    const QPointF centre = inner.center();
    QTransform transform;
    transform.translate(centre.x(), centre.y());
    transform.scale(scale, -scale);
    transform.translate(-(drawing.minX + drawing.maxX) / 2, -(drawing.minY + drawing.maxY) / 2);
    return transform;
}

void paintFigure(QPainter& painter, const figure::Drawing& drawing, const QRectF& bounds,
    const FigurePalette& palette, const QRectF& exposed)
{
    if (drawing.shapes.empty() || bounds.isEmpty())
        return;
    const QTransform transform = figureTransform(drawing, bounds);
    const double scale = transform.m11();
    const auto at = [&transform](double x, double y) { return transform.map(QPointF(x, y)); };
    const bool faceShown = showsFace(drawing, scale);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    for (const figure::Shape& shape : drawing.shapes) {
        if (!exposed.isEmpty() && !exposed.intersects(paintedRect(shape, transform)))
            continue;
        if (shape.tone == figure::Tone::Face && !faceShown)
            continue;
        painter.setBrush(palette.color(shape.tone));
        switch (shape.kind) {
        case figure::Shape::Kind::Capsule: {
            const figure::Capsule& c = shape.capsule;
            painter.drawPolygon(
                capsuleOutline(at(c.x1, c.y1), std::max(c.r1 * scale, minLimbRadius),
                    at(c.x2, c.y2), std::max(c.r2 * scale, minLimbRadius)));
            break;
        }
        case figure::Shape::Kind::Circle: {
            const double radius = std::max(shape.circle.r * scale, minHeadRadius);
            painter.drawEllipse(at(shape.circle.x, shape.circle.y), radius, radius);
            break;
        }
        case figure::Shape::Kind::Polygon: {
            QPolygonF polygon;
            for (const auto& [x, y] : shape.polygon.points)
                polygon << at(x, y);
            painter.drawPolygon(polygon);
            break;
        }
        }
    }
    painter.restore();
}

QImage figureImage(const figure::Drawing& drawing, QSize size, qreal devicePixelRatio,
    const FigurePalette& palette, const QColor& background)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(background);
    QPainter painter(&image);
    paintFigure(painter, drawing, QRectF(QPointF(0, 0), QSizeF(size)), palette);
    return image;
}

} // namespace limber
