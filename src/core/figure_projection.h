// The view's orthographic projection of the drawn body and its props onto the drawing's plane.
#pragma once

#include "figure_body.h"

#include <limber/figure.h>

#include <array>
#include <vector>

namespace limber::figure::projection {

class Projection {
public:
    explicit Projection(const View& view);

    std::array<double, 2> onPlane(const Point3& point) const;
    // Larger is farther from the eye.
    double depth(const Point3& point) const;
    // The unit direction from the figure toward the eye.
    const Point3& towardEye() const { return m_towardEye; }

private:
    Point3 m_towardEye;
    Point3 m_right;
    Point3 m_up;
};

// The convex hull, counter-clockwise, without points on its edges.
std::vector<std::array<double, 2>> convexHull(std::vector<std::array<double, 2>> points);

// One solid as the shape the app paints, with its depth the mean of its points'.
Shape shapeOf(const body::Solid& solid, Tone tone, const Projection& projection);

} // namespace limber::figure::projection
