#include "figure_head.h"

#include <array>
#include <cmath>
#include <numbers>

namespace limber::figure::head {

namespace {

using geometry::dot;
using geometry::length;
using geometry::radians;

// The hair is a cap on the head's sphere around a direction tipped back from the crown: its edge
// crosses the forehead about a third of the way up the head and the nape a little below the
// middle, so seen from the front the hairline is a band across the top that tilts with the head.
constexpr double hairTipBack = 22; // degrees from straight up toward the back of the head
constexpr double hairSpread = 78; // the cap's angular radius, degrees
// Enough corners for the hairline to stay a smooth curve on a full-screen head.
constexpr std::size_t capCorners = 48;
// The nose: a small round just below the eyes' level, standing half out of the outline.
constexpr double noseDrop = 12; // degrees below the face's straight-ahead direction
constexpr double noseRadius = 0.016;
// As the cosine of its angle past the outline: about 20 degrees.
constexpr double noseHiddenBeyond = 0.35;

Point3 unit(const Point3& v)
{
    return (1.0 / length(v)) * v;
}

// A point of the head's sphere as the eye sees it: one a little round the hidden half is moved
// to the outline, where its bump still shows.
Point3 seenOnSphere(
    const Point3& centre, double radius, const Point3& direction, const Point3& towardEye)
{
    const double toward = dot(direction, towardEye);
    if (toward >= 0)
        return centre + radius * direction;
    return centre + radius * unit(direction - toward * towardEye);
}

// The angle of a direction on the drawing's plane, about the head's centre.
double angleOnPlane(const projection::Projection& view, const Point3& direction)
{
    const auto p = view.onPlane(direction);
    return std::atan2(p[1], p[0]);
}

// The part of a cap of the head's sphere (around `axis`, `spread` radians) that the eye sees,
// as its outline on the drawing's plane: the seen run of the cap's edge, closed along the head's
// outline through the cap's side of it.
std::vector<std::array<double, 2>> seenCap(const Point3& centre, double radius, const Point3& axis,
    const Point3& across, const Point3& third, double spread, const projection::Projection& view)
{
    const Point3& eye = view.towardEye();
    std::array<Point3, capCorners> edge;
    std::array<bool, capCorners> seen {};
    int seenCount = 0;
    for (std::size_t i = 0; i < capCorners; ++i) {
        const double around = 2 * std::numbers::pi * static_cast<double>(i) / capCorners;
        edge[i] = std::cos(spread) * axis
            + std::sin(spread) * (std::cos(around) * across + std::sin(around) * third);
        seen[i] = dot(edge[i], eye) > 0;
        seenCount += seen[i] ? 1 : 0;
    }
    std::vector<std::array<double, 2>> outline;
    const auto addOnPlane = [&](const Point3& direction) {
        outline.push_back(view.onPlane(centre + radius * direction));
    };
    const auto addOutlineArc = [&](double from, double to, int corners) {
        for (int i = 0; i <= corners; ++i) {
            const double angle = from + (to - from) * i / corners;
            const auto c = view.onPlane(centre);
            outline.push_back({ c[0] + radius * std::cos(angle), c[1] + radius * std::sin(angle) });
        }
    };
    if (seenCount == capCorners) {
        for (const Point3& direction : edge)
            addOnPlane(direction);
        return outline;
    }
    if (seenCount == 0) {
        // The cap either holds the whole half the eye sees or lies wholly behind it.
        if (dot(axis, eye) > 0)
            addOutlineArc(0, 2 * std::numbers::pi, capCorners);
        return outline;
    }
    // The seen run starts just after a hidden corner; walk it, then close along the outline.
    std::size_t first = 0;
    while (!(seen[first] && !seen[(first + capCorners - 1) % capCorners]))
        ++first;
    std::size_t last = first;
    for (std::size_t i = first; seen[i % capCorners]; ++i) {
        last = i % capCorners;
        addOnPlane(edge[last]);
    }
    // From the run's end round to its start, the way that passes the cap's own side.
    const double from = angleOnPlane(view, edge[last]);
    double to = angleOnPlane(view, edge[first]);
    const double through = angleOnPlane(view, axis);
    const auto wrap = [](double a) {
        while (a < 0)
            a += 2 * std::numbers::pi;
        while (a >= 2 * std::numbers::pi)
            a -= 2 * std::numbers::pi;
        return a;
    };
    // Counter-clockwise from `from`, does the arc to `to` pass `through`?
    const bool counterClockwise = wrap(through - from) <= wrap(to - from);
    to = counterClockwise ? from + wrap(to - from) : from - wrap(from - to);
    addOutlineArc(from, to, capCorners / 2);
    return outline;
}

Shape atHead(Shape shape, double depth)
{
    shape.depth = depth;
    return shape;
}

} // namespace

std::vector<Shape> marksOf(const body::Body& body, const projection::Projection& view)
{
    const Skeleton& s = body.skeleton;
    const geometry::Mat3& frame = body.frames[static_cast<std::size_t>(Joint::Head)];
    const Point3 left = frame.column(0), up = frame.column(1), forward = frame.column(2);
    const Point3& eye = view.towardEye();
    const double depth = view.depth(s.headCentre);
    const auto onPlane = view.onPlane(s.headCentre);

    Shape face;
    face.tone = Tone::Face;
    face.kind = Shape::Kind::Circle;
    face.circle = { onPlane[0], onPlane[1], s.headRadius };

    const double tip = radians(hairTipBack), spread = radians(hairSpread);
    const Point3 hairAxis = std::cos(tip) * up - std::sin(tip) * forward;
    const Point3 hairUp = std::sin(tip) * up + std::cos(tip) * forward; // across the axis
    Shape hair;
    hair.tone = Tone::Near;
    hair.kind = Shape::Kind::Polygon;
    hair.polygon.points = seenCap(s.headCentre, s.headRadius, hairAxis, hairUp, left, spread, view);

    std::vector<Shape> marks { atHead(face, depth), atHead(hair, depth) };
    const double drop = radians(noseDrop);
    const Point3 noseDirection = std::cos(drop) * forward - std::sin(drop) * up;
    // A nose turned a little past the outline still shows its bump there; one turned farther
    // away is hidden behind the head.
    if (dot(noseDirection, eye) > -noseHiddenBeyond) {
        Shape nose;
        nose.tone = Tone::Face;
        nose.kind = Shape::Kind::Circle;
        const auto noseAt
            = view.onPlane(seenOnSphere(s.headCentre, s.headRadius, noseDirection, eye));
        nose.circle = { noseAt[0], noseAt[1], noseRadius };
        marks.push_back(atHead(nose, depth));
    }
    return marks;
}

} // namespace limber::figure::head
