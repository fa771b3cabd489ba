// The body model's internals shared by its parts: the skeleton's rest shape and proportions,
// the limbs' thickness, and the posed body with each segment's orientation.
#pragma once

#include "figure_geometry.h"

#include <limber/figure.h>

#include <array>
#include <optional>
#include <vector>

namespace limber::figure::body {

// Heights and widths from FIGURES.md (Drillis and Contini), as fractions of standing height.
inline constexpr double shoulderHeight = 0.818;
inline constexpr double shoulderHalfWidth = 0.259 / 2;
inline constexpr double upperArm = 0.186;
inline constexpr double forearm = 0.146;
inline constexpr double hipHeight = 0.530;
inline constexpr double hipHalfWidth = 0.191 / 2;
inline constexpr double thigh = 0.245;
inline constexpr double shank = 0.246;
inline constexpr double ankleHeight = 0.039;
inline constexpr double footLength = 0.152;
inline constexpr double chinHeight = 0.870;
// The head is a little smaller than chin to crown (0.130 H) and the neck is a short thin one, so
// the head stands apart from the shoulders like a pictogram's; its crown is still at 1.0 H.
inline constexpr double headRadius = 0.060;

// The hand is drawn to the middle of the fingers, not the fingertips: a pictogram's mitten.
inline constexpr double handReach = 0.108 * 0.65;

// Half-thickness of the pictogram's limbs and trunk (not in the table: chosen for the look, and
// used by grounding so the drawn body, not its bones, rests on the floor).
namespace thickness {
inline constexpr double shoulder = 0.033;
inline constexpr double elbow = 0.026;
inline constexpr double wrist = 0.021;
inline constexpr double hand = 0.018;
inline constexpr double hip = 0.046;
inline constexpr double knee = 0.035;
inline constexpr double ankle = 0.025;
inline constexpr double heel = 0.020;
inline constexpr double toe = 0.014;
inline constexpr double trunkHalfDepth = 0.062;
inline constexpr double neck = 0.022;
} // namespace thickness

// Where each joint stands in the rest pose (standing, all angles 0, pelvis at hip height).
Point3 restPosition(Joint joint);
// The joint whose segment carries this one; nullopt for the pelvis.
std::optional<Joint> parentOf(Joint joint);

// The ends beyond the last joints, as offsets in their segment's frame.
Point3 headCentreOffset(); // from the head joint
Point3 handOffset(); // from a wrist
Point3 heelOffset(); // from an ankle, at the sole plus the heel's thickness
Point3 toeOffset();

// A pose in 3D: the skeleton and each joint's segment orientation (its columns are the
// segment's left, up and forward axes in the world).
struct Body {
    Skeleton skeleton;
    std::array<geometry::Mat3, jointCount> frames {};
};

// Forward kinematics with the pelvis at its standing height above the origin.
Body posedBody(const Pose& pose);
// Moves the body up or down by `dy`.
void raise(Body& body, double dy);

// The drawn body in 3D, before projection: tapered capsules for the limbs and the neck, a
// sphere for the head, and the trunk as two hulls (hips to mid-back, mid-back to shoulders).
enum class Part { Trunk, Head, LeftArm, RightArm, LeftLeg, RightLeg };
struct Solid {
    enum class Kind { Capsule, Sphere, Hull } kind = Kind::Capsule;
    Part part = Part::Trunk;
    Point3 a, b; // capsule ends; a is the sphere's centre
    double ra = 0, rb = 0; // their radii
    std::vector<Point3> hull; // corners whose convex hull the trunk part is
};
// A tapered capsule from `a` (radius `ra`) to `b` (radius `rb`).
Solid capsule(Part part, const Point3& a, double ra, const Point3& b, double rb);
std::vector<Solid> solidsOf(const Body& body);
// The lowest point of the drawn body's surface: every limb's and the trunk's thickness counted.
double lowestSurface(const std::vector<Solid>& solids);
// The top of a chair's seat: the thighs' undersides rest on it with the pelvis at seatHeight.
inline double seatSurface()
{
    return seatHeight - thickness::hip;
}
// The posed body placed on its support (what solve() returns, with the frames).
Body groundedBody(const Pose& pose, Support support);

} // namespace limber::figure::body
