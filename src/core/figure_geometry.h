// Small 3D vector and rotation arithmetic for the figure's kinematics and projection.
#pragma once

#include <limber/figure.h>

#include <array>
#include <cmath>
#include <numbers>

namespace limber::figure {

// Found by argument-dependent lookup wherever Point3 is used inside the figure's sources.
inline Point3 operator+(const Point3& a, const Point3& b)
{
    return { a.x + b.x, a.y + b.y, a.z + b.z };
}
inline Point3 operator-(const Point3& a, const Point3& b)
{
    return { a.x - b.x, a.y - b.y, a.z - b.z };
}
inline Point3 operator*(double s, const Point3& a)
{
    return { s * a.x, s * a.y, s * a.z };
}

namespace geometry {

inline double dot(const Point3& a, const Point3& b)
{
    return a.x * b.x + a.y * b.y + a.z * b.z;
}
inline Point3 cross(const Point3& a, const Point3& b)
{
    return { a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x };
}
inline double length(const Point3& a)
{
    return std::sqrt(dot(a, a));
}
inline Point3 lerp(const Point3& a, const Point3& b, double t)
{
    return a + t * (b - a);
}

inline double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

// A 3x3 rotation, rows first.
struct Mat3 {
    std::array<double, 9> m { 1, 0, 0, 0, 1, 0, 0, 0, 1 };

    Point3 operator*(const Point3& v) const
    {
        return { m[0] * v.x + m[1] * v.y + m[2] * v.z, m[3] * v.x + m[4] * v.y + m[5] * v.z,
            m[6] * v.x + m[7] * v.y + m[8] * v.z };
    }
    Mat3 operator*(const Mat3& o) const
    {
        Mat3 r;
        for (std::size_t i = 0; i < 3; ++i)
            for (std::size_t j = 0; j < 3; ++j)
                r.m[i * 3 + j]
                    = m[i * 3] * o.m[j] + m[i * 3 + 1] * o.m[3 + j] + m[i * 3 + 2] * o.m[6 + j];
        return r;
    }
    Point3 column(std::size_t j) const { return { m[j], m[3 + j], m[6 + j] }; }
};

// Right-handed rotations by an angle in degrees about the body frame's axes.
inline Mat3 rotationX(double degrees)
{
    const double c = std::cos(radians(degrees)), s = std::sin(radians(degrees));
    return { { 1, 0, 0, 0, c, -s, 0, s, c } };
}
inline Mat3 rotationY(double degrees)
{
    const double c = std::cos(radians(degrees)), s = std::sin(radians(degrees));
    return { { c, 0, s, 0, 1, 0, -s, 0, c } };
}
inline Mat3 rotationZ(double degrees)
{
    const double c = std::cos(radians(degrees)), s = std::sin(radians(degrees));
    return { { c, -s, 0, s, c, 0, 0, 0, 1 } };
}

} // namespace geometry

} // namespace limber::figure
