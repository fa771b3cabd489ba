#include "figure_projection.h"

#include <algorithm>
#include <cmath>

namespace limber::figure::projection {

namespace {

using geometry::radians;

double turn(
    const std::array<double, 2>& o, const std::array<double, 2>& a, const std::array<double, 2>& b)
{
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

// Corners this close to the line of their neighbours are dropped, so rounding noise cannot
// decide whether a hull keeps a point that lies on its edge.
constexpr double straightEnough = 1e-12;

} // namespace

Projection::Projection(const View& view)
{
    const double yaw = radians(view.yaw), pitch = radians(view.pitch);
    m_towardEye
        = { std::sin(yaw) * std::cos(pitch), std::sin(pitch), std::cos(yaw) * std::cos(pitch) };
    m_right = { std::cos(yaw), 0, -std::sin(yaw) };
    m_up = geometry::cross(m_towardEye, m_right);
}

std::array<double, 2> Projection::onPlane(const Point3& point) const
{
    return { geometry::dot(point, m_right), geometry::dot(point, m_up) };
}

double Projection::depth(const Point3& point) const
{
    return -geometry::dot(point, m_towardEye);
}

std::vector<std::array<double, 2>> convexHull(std::vector<std::array<double, 2>> points)
{
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    if (points.size() < 3)
        return points;
    // Andrew's monotone chain: the lower hull left to right, then the upper right to left.
    std::vector<std::array<double, 2>> hull(2 * points.size());
    std::size_t k = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        while (k >= 2 && turn(hull[k - 2], hull[k - 1], points[i]) <= straightEnough)
            --k;
        hull[k++] = points[i];
    }
    for (std::size_t i = points.size() - 1, lower = k + 1; i-- > 0;) {
        while (k >= lower && turn(hull[k - 2], hull[k - 1], points[i]) <= straightEnough)
            --k;
        hull[k++] = points[i];
    }
    hull.resize(k - 1);
    return hull;
}

Shape shapeOf(const body::Solid& solid, Tone tone, const Projection& projection)
{
    Shape shape;
    shape.tone = tone;
    switch (solid.kind) {
    case body::Solid::Kind::Capsule: {
        shape.kind = Shape::Kind::Capsule;
        const auto a = projection.onPlane(solid.a), b = projection.onPlane(solid.b);
        shape.capsule = { a[0], a[1], solid.ra, b[0], b[1], solid.rb };
        shape.depth = (projection.depth(solid.a) + projection.depth(solid.b)) / 2;
        break;
    }
    case body::Solid::Kind::Sphere: {
        shape.kind = Shape::Kind::Circle;
        const auto c = projection.onPlane(solid.a);
        shape.circle = { c[0], c[1], solid.ra };
        shape.depth = projection.depth(solid.a);
        break;
    }
    case body::Solid::Kind::Hull: {
        shape.kind = Shape::Kind::Polygon;
        std::vector<std::array<double, 2>> points;
        double depth = 0;
        for (const Point3& corner : solid.hull) {
            points.push_back(projection.onPlane(corner));
            depth += projection.depth(corner);
        }
        shape.polygon.points = convexHull(std::move(points));
        shape.depth = solid.hull.empty() ? 0 : depth / static_cast<double>(solid.hull.size());
        break;
    }
    }
    return shape;
}

} // namespace limber::figure::projection
