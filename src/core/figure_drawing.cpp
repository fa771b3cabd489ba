// The drawing: the grounded body and its props through the view, each shape toned by the side
// of the body it belongs to and sorted far to near for the app to paint in order.
#include "figure_head.h"
#include "figure_projection.h"
#include "figure_props.h"

#include <algorithm>
#include <limits>

namespace limber::figure {

namespace {

using body::Part;

// A girdle turned less than this (as the sine of its angle to the drawing's plane) toward the
// eye shows both sides alike: seen from the front, neither arm is the far one.
constexpr double sideOnEnough = 0.2;

struct SideTones {
    Tone left = Tone::Near;
    Tone right = Tone::Near;
};

SideTones tonesOf(const Point3& leftJoint, const Point3& rightJoint, const Point3& towardEye)
{
    const Point3 across = leftJoint - rightJoint;
    const double turned = geometry::dot(across, towardEye) / geometry::length(across);
    if (turned > sideOnEnough)
        return { Tone::Near, Tone::Far };
    if (turned < -sideOnEnough)
        return { Tone::Far, Tone::Near };
    return {};
}

void extend(Drawing& drawing, double x, double y, double r)
{
    drawing.minX = std::min(drawing.minX, x - r);
    drawing.maxX = std::max(drawing.maxX, x + r);
    drawing.minY = std::min(drawing.minY, y - r);
    drawing.maxY = std::max(drawing.maxY, y + r);
}

void fillBounds(Drawing& drawing)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    drawing.minX = drawing.minY = inf;
    drawing.maxX = drawing.maxY = -inf;
    for (const Shape& shape : drawing.shapes) {
        switch (shape.kind) {
        case Shape::Kind::Capsule:
            extend(drawing, shape.capsule.x1, shape.capsule.y1, shape.capsule.r1);
            extend(drawing, shape.capsule.x2, shape.capsule.y2, shape.capsule.r2);
            break;
        case Shape::Kind::Circle:
            extend(drawing, shape.circle.x, shape.circle.y, shape.circle.r);
            break;
        case Shape::Kind::Polygon:
            for (const auto& point : shape.polygon.points)
                extend(drawing, point[0], point[1], 0);
            break;
        }
    }
    if (drawing.shapes.empty())
        drawing.minX = drawing.minY = drawing.maxX = drawing.maxY = 0;
}

} // namespace

Drawing draw(const ExerciseFigure& figure, const Pose& pose, std::optional<BodySide> highlight,
    std::optional<double> backrest)
{
    const body::Body body = body::groundedBody(pose, figure.support);
    const projection::Projection view(figure.view);
    const Skeleton& s = body.skeleton;
    const SideTones arms
        = tonesOf(s[Joint::LeftShoulder], s[Joint::RightShoulder], view.towardEye());
    const SideTones legs = tonesOf(s[Joint::LeftHip], s[Joint::RightHip], view.towardEye());
    const auto toneOf = [&](Part part) {
        const bool left = part == Part::LeftArm || part == Part::LeftLeg;
        const bool right = part == Part::RightArm || part == Part::RightLeg;
        if ((left && highlight == BodySide::Left) || (right && highlight == BodySide::Right))
            return Tone::Highlight;
        switch (part) {
        case Part::LeftArm:
            return arms.left;
        case Part::RightArm:
            return arms.right;
        case Part::LeftLeg:
            return legs.left;
        case Part::RightLeg:
            return legs.right;
        case Part::Trunk:
        case Part::Head:
            break;
        }
        return Tone::Near;
    };

    Drawing drawing;
    std::vector<Shape> backdrop;
    for (const Prop prop : figure.props)
        for (const props::PropSolid& solid : props::propSolids(prop, figure.support,
                 backrest.value_or(figure.firstSide == BodySide::Left ? 90.0 : -90.0), body)) {
            Shape shape = projection::shapeOf(solid.solid, Tone::Prop, view);
            (solid.behindAll ? backdrop : drawing.shapes).push_back(std::move(shape));
        }
    for (const body::Solid& solid : body::solidsOf(body))
        drawing.shapes.push_back(projection::shapeOf(solid, toneOf(solid.part), view));
    for (Shape& mark : head::marksOf(body, view))
        drawing.shapes.push_back(std::move(mark));

    // Stable, so shapes at the same depth keep the order above: props, then the trunk, then the
    // head and limbs, which then come in front of a trunk they stand level with, then the head's
    // marks over the head.
    const auto farFirst = [](const Shape& a, const Shape& b) { return a.depth > b.depth; };
    std::stable_sort(drawing.shapes.begin(), drawing.shapes.end(), farFirst);
    if (!backdrop.empty()) {
        std::stable_sort(backdrop.begin(), backdrop.end(), farFirst);
        // The backdrop's depth is lifted to just behind the farthest shape, so the list stays
        // sorted by depth as the header promises.
        const double farthest = drawing.shapes.empty() ? 0 : drawing.shapes.front().depth;
        for (Shape& shape : backdrop)
            shape.depth = std::max(shape.depth, farthest);
        std::stable_sort(backdrop.begin(), backdrop.end(), farFirst);
        drawing.shapes.insert(drawing.shapes.begin(), backdrop.begin(), backdrop.end());
    }
    fillBounds(drawing);
    return drawing;
}

} // namespace limber::figure
