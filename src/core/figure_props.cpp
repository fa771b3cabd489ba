// Props are plain boxes and rods in the body's world: a chair under and behind a seated pelvis
// (or before a standing body; sat on sideways, its back beside the body), a wall at the hands'
// reach or behind the back, a mat under the whole body, a block held between the thighs.
#include "figure_props.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <optional>

namespace limber::figure::props {

namespace {

using body::Solid;
using geometry::cross;
using geometry::dot;

Point3 normalized(const Point3& v)
{
    const double length = geometry::length(v);
    return length > 0 ? (1.0 / length) * v : Point3 { 0, 0, 1 };
}

// The body's heading on the floor: where its chest faces, or for a body lying or folded so far
// that the chest faces the floor, where its head points.
struct Heading {
    Point3 forward;
    Point3 left;
};

Heading headingOf(const body::Body& body)
{
    const geometry::Mat3& pelvis = body.frames[static_cast<std::size_t>(Joint::Pelvis)];
    const Point3 chest = pelvis.column(2);
    const Point3 head = pelvis.column(1);
    const Point3 flatChest { chest.x, 0, chest.z };
    const Point3 flat
        = geometry::length(flatChest) > 0.5 ? flatChest : Point3 { head.x, 0, head.z };
    const Point3 forward = normalized(flat);
    return { forward, cross({ 0, 1, 0 }, forward) };
}

// A box from its centre, its three unit axes and half-sizes along them.
Solid box(const Point3& centre, const Point3& u, double hu, const Point3& v, double hv,
    const Point3& w, double hw)
{
    Solid solid;
    solid.kind = Solid::Kind::Hull;
    for (const double a : { -hu, hu })
        for (const double b : { -hv, hv })
            for (const double c : { -hw, hw })
                solid.hull.push_back(centre + a * u + b * v + c * w);
    return solid;
}

Solid rod(const Point3& a, const Point3& b, double radius)
{
    return body::capsule(body::Part::Trunk, a, radius, b, radius);
}

// How far the body reaches along `axis` from `origin`, over every drawn point.
double reach(const std::vector<Solid>& solids, const Point3& origin, const Point3& axis, bool most)
{
    double extreme
        = most ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    const auto take = [&](const Point3& p, double r) {
        const double along = dot(p - origin, axis);
        extreme = most ? std::max(extreme, along + r) : std::min(extreme, along - r);
    };
    for (const Solid& solid : solids) {
        if (solid.kind == Solid::Kind::Hull) {
            for (const Point3& corner : solid.hull)
                take(corner, 0);
        } else {
            take(solid.a, solid.ra);
            if (solid.kind == Solid::Kind::Capsule)
                take(solid.b, solid.rb);
        }
    }
    return extreme;
}

double handsReach(const body::Body& body, const Point3& origin, const Point3& forward)
{
    return std::max(dot(body.skeleton.leftHand - origin, forward),
               dot(body.skeleton.rightHand - origin, forward))
        + body::thickness::hand;
}

constexpr Point3 up { 0, 1, 0 };
constexpr double seatHalfWidth = 0.13;
constexpr double seatBehind = 0.10; // the seat's back edge behind the pelvis
constexpr double seatAhead = 0.17; // its front edge ahead, short of the knees
constexpr double seatThickness = 0.03;
constexpr double chairBackHeight = 0.32;
constexpr double chairLegRadius = 0.011;

// Sat on sideways, the backrest is beside the body (on the side the poses are written for, so
// the mirrored poses of the other side have it on theirs), just clear of the hip and the waist.
constexpr double sidewaysSeatBehind = 0.125;

// `backrest`: degrees round the seat from behind the pelvis, 90 beside the body's left; nullopt
// for a chair sat on (or stood before) as usual.
std::vector<PropSolid> chair(
    Support support, const body::Body& body, std::optional<double> backrest)
{
    const Heading heading = headingOf(body);
    const Point3 pelvis = body.skeleton[Joint::Pelvis];
    const double seatTop = body::seatSurface();
    // The chair's own axes: `front` from its back to its front edge, `across` along the seat's
    // width. Sat on sideways, the chair's front points away from the side the backrest is on;
    // turned part way (a switch), the seat's back edge moves out from the back's clearance to
    // the hip's as the backrest comes round beside the body.
    Point3 front = heading.forward;
    Point3 across = heading.left;
    double behind = seatBehind;
    if (backrest && support == Support::Seated) {
        const double turn = *backrest * std::numbers::pi / 180;
        front = std::cos(turn) * heading.forward - std::sin(turn) * heading.left;
        across = cross(up, front);
        behind = seatBehind + (sidewaysSeatBehind - seatBehind) * std::abs(std::sin(turn));
    }
    // Seated, the seat is under the pelvis and the back behind it. Otherwise the chair stands
    // before the body, at its hands when they reach forward, with its back turned to it.
    Point3 seatCentre { pelvis.x, seatTop - seatThickness / 2, pelvis.z };
    double backSide = -1;
    if (support == Support::Seated) {
        seatCentre = seatCentre + ((seatAhead - behind) / 2) * front;
    } else {
        const double distance = std::max(0.35, handsReach(body, pelvis, heading.forward));
        seatCentre = seatCentre + distance * heading.forward;
        backSide = 1;
    }
    const double seatHalfDepth = (seatAhead + behind) / 2;
    std::vector<PropSolid> solids;
    solids.push_back(
        { box(seatCentre, across, seatHalfWidth, up, seatThickness / 2, front, seatHalfDepth),
            false });
    const double backThickness = 0.02;
    const Point3 backCentre = seatCentre + (backSide * (seatHalfDepth - backThickness / 2)) * front
        + (seatThickness / 2 + chairBackHeight / 2) * up;
    solids.push_back({ box(backCentre, across, seatHalfWidth - 0.01, up, chairBackHeight / 2, front,
                           backThickness / 2),
        false });
    const double inset = 0.02;
    for (const double side : { -1.0, 1.0 })
        for (const double end : { -1.0, 1.0 }) {
            const Point3 top = seatCentre + (side * (seatHalfWidth - inset)) * across
                + (end * (seatHalfDepth - inset)) * front - (seatThickness / 2) * up;
            const Point3 foot { top.x, chairLegRadius, top.z };
            solids.push_back({ rod(top, foot, chairLegRadius), false });
        }
    return solids;
}

std::vector<PropSolid> wall(const body::Body& body, const std::vector<Solid>& figure)
{
    const Heading heading = headingOf(body);
    const Point3 pelvis = body.skeleton[Joint::Pelvis];
    const double thickness = 0.03;
    const double hands = handsReach(body, pelvis, heading.forward);
    // Hands reaching well forward push on the wall; otherwise the wall is at the back.
    const bool ahead = hands > 0.2;
    const double plane = ahead ? hands : reach(figure, pelvis, heading.forward, false);
    const double centreAlong = ahead ? plane + thickness / 2 : plane - thickness / 2;
    const double height = 1.15;
    Point3 centre = pelvis + centreAlong * heading.forward;
    centre.y = height / 2;
    return { { box(centre, heading.left, 0.45, up, height / 2, heading.forward, thickness / 2),
        true } };
}

std::vector<PropSolid> mat(const body::Body& body, const std::vector<Solid>& figure)
{
    const Heading heading = headingOf(body);
    const Point3 pelvis = body.skeleton[Joint::Pelvis];
    const double margin = 0.06;
    const double thickness = 0.012;
    const double back = reach(figure, pelvis, heading.forward, false) - margin;
    const double front = reach(figure, pelvis, heading.forward, true) + margin;
    const double right = reach(figure, pelvis, heading.left, false) - margin;
    const double left = reach(figure, pelvis, heading.left, true) + margin;
    Point3 centre
        = pelvis + ((back + front) / 2) * heading.forward + ((right + left) / 2) * heading.left;
    centre.y = thickness / 2;
    return { { box(centre, heading.left, (left - right) / 2, up, thickness / 2, heading.forward,
                   (front - back) / 2),
        true } };
}

std::vector<PropSolid> block(const body::Body& body)
{
    const Skeleton& s = body.skeleton;
    // Held between the thighs near the knees, as wide as the gap between them.
    const double along = 0.75;
    const Point3 left = geometry::lerp(s[Joint::LeftHip], s[Joint::LeftKnee], along);
    const Point3 right = geometry::lerp(s[Joint::RightHip], s[Joint::RightKnee], along);
    const double thighRadius
        = body::thickness::hip + along * (body::thickness::knee - body::thickness::hip);
    const Point3 across = normalized(left - right);
    const Point3 length = normalized(
        (s[Joint::LeftKnee] - s[Joint::LeftHip]) + (s[Joint::RightKnee] - s[Joint::RightHip]));
    const Point3 third = normalized(cross(length, across));
    const double halfGap = std::max(0.02, geometry::length(left - right) / 2 - thighRadius);
    return { { box(geometry::lerp(left, right, 0.5), across, halfGap, length, 0.06, third, 0.04),
        false } };
}

} // namespace

std::vector<PropSolid> propSolids(
    Prop prop, Support support, double backrest, const body::Body& body)
{
    const std::vector<Solid> figure = body::solidsOf(body);
    switch (prop) {
    case Prop::Chair:
        return chair(support, body, std::nullopt);
    case Prop::SidewaysChair:
        return chair(support, body, backrest);
    case Prop::Wall:
        return wall(body, figure);
    case Prop::Mat:
        return mat(body, figure);
    case Prop::Block:
        return block(body);
    }
    return {};
}

} // namespace limber::figure::props
