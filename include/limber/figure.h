// The body model behind every stretch's figure: a skeleton of 17 joints with one set of human
// proportions (Drillis and Contini), poses as a rotation per joint within anatomical limits,
// forward kinematics in 3D, mirroring for the other side, eased interpolation, grounding on the
// floor or a chair seat, and a projection through a view to a depth-ordered drawing that the
// app only paints. Plain value types and pure functions: no Qt, no clock.
//
// Body frame (a standing person at rest, all angles 0): x to the person's left, y up, z forward
// (the way the chest faces). Lengths are fractions of standing height (1.0 = head top to floor).
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace limber::figure {

enum class Joint {
    Pelvis, // the root: the whole body's orientation and height
    LowerSpine, // lumbar: pelvis to mid-back
    UpperSpine, // thoracic: mid-back to the base of the neck
    Neck,
    Head,
    LeftShoulder,
    LeftElbow,
    LeftWrist,
    RightShoulder,
    RightElbow,
    RightWrist,
    LeftHip,
    LeftKnee,
    LeftAnkle,
    RightHip,
    RightKnee,
    RightAnkle,
};
inline constexpr int jointCount = 17;

// Angles in degrees, each about one axis of the joint's parent segment.
// - flex: flexion positive (spine and neck bend forward, shoulder and hip swing the limb
//   forward/up, elbow and knee bend, ankle toes up); extension negative.
// - side: for the spine, neck and head, bending toward the body's left is positive; for the
//   shoulders and hips, abduction (limb out to its own side) is positive and adduction (across
//   the body) negative, the same sign on both sides.
// - twist: for the spine, neck and head, turning toward the body's left is positive; for the
//   shoulders and hips, external rotation is positive, the same sign on both sides.
// The pelvis's angles orient the whole body: flex tips it forward (90 = face down), side rolls
// it toward its left, twist turns it to its left.
// Every joint applies flex first, then side, then twist about its segment's own long axis
// (figure_kinematics.cpp), so a shoulder flexed to 90 with a negative side reaches across the
// chest. Elbows and knees are hinges (flex only); ankles flex only.
struct Rotation {
    double flex = 0;
    double side = 0;
    double twist = 0;

    bool operator==(const Rotation&) const = default;
};

struct Pose {
    std::array<Rotation, jointCount> joints {};

    Rotation& operator[](Joint joint) { return joints[static_cast<std::size_t>(joint)]; }
    const Rotation& operator[](Joint joint) const
    {
        return joints[static_cast<std::size_t>(joint)];
    }
    bool operator==(const Pose&) const = default;
};

// How the body rests on the world; grounding uses it to place the body.
enum class Support { Standing, Seated, Kneeling, AllFours, LyingFaceDown };
// Seated, the pelvis (between the hip joints) rests at this height above the floor: a chair of
// ordinary height (FIGURES.md).
inline constexpr double seatHeight = 0.25;

enum class BodySide { Left, Right };

// Things drawn with the figure, simply and in the same perspective. A sideways chair is sat on
// with its backrest beside the body on the figure's first side (so a figure turned to its other
// side, poses mirrored and firstSide swapped, has it on the other).
enum class Prop { Chair, Wall, Mat, Block, SidewaysChair };

// A named view, or any yaw/pitch (degrees; yaw 0 looks at the figure's front, 90 at its left
// side; pitch lifts the eye above the figure).
struct View {
    double yaw = 0;
    double pitch = 0;

    bool operator==(const View&) const = default;
};
std::optional<View> namedView(std::string_view name); // "front", "side", "three-quarter", "back"
// The view of the other side: the yaw turned the other way, so a three-quarter view of a left
// side stretch becomes the other three-quarter for the right and the working side faces the
// viewer both times. draw() of a mirrored pose through it is the mirror image of the original.
View mirrored(const View& view);

struct Limits {
    Rotation min;
    Rotation max;
};
// The anatomical range of each joint (FIGURES.md), so data and tests can check a pose.
const Limits& limitsOf(Joint joint);
// The joints and components outside their limits; empty when the pose is within them.
std::vector<std::string> outOfLimits(const Pose& pose);

const char* toString(Joint joint);
std::optional<Joint> jointNamed(
    std::string_view name); // the names used in files, e.g. "left_elbow"
const char* toString(Support support);
std::optional<Support> supportNamed(std::string_view name);
const char* toString(Prop prop);
std::optional<Prop> propNamed(std::string_view name);

// The figure of one exercise, as its file describes it. Poses are written for the first side
// (the left when the exercise has no sides); the other side is their mirror.
struct ExerciseFigure {
    BodySide firstSide = BodySide::Left; // the side the poses are written for
    Support support = Support::Standing;
    View view;
    std::vector<Prop> props;
    Pose start; // the lead-in eases into it
    std::optional<Pose> hold; // a hold's middle; when absent, the mean of in and out
    std::optional<Pose> in; // a hold at the top of the in-breath
    std::optional<Pose> out; // a hold at the bottom of the out-breath
    std::vector<Pose> phases; // one per phase of a rep, in the dose's order

    bool operator==(const ExerciseFigure&) const = default;
};

// The neutral figure of a position for an exercise without a figure of its own.
ExerciseFigure neutralFigure(Support support);

// The other side: left and right limbs swapped, spine, neck and head side bend and twist and
// the pelvis's roll and turn negated. mirror(mirror(p)) == p.
Pose mirror(const Pose& pose);

// Smooth in and out (smoothstep); ease(0) == 0, ease(1) == 1.
double ease(double t);
// Joint by joint from `from` (t = 0) to `to` (t = 1); exactly the ends at 0 and 1.
Pose interpolate(const Pose& from, const Pose& to, double t);

struct Point3 {
    double x = 0;
    double y = 0;
    double z = 0;

    bool operator==(const Point3&) const = default;
};

// Where each joint and the head's centre stand in the world after grounding: the lowest
// supporting points touch the floor (y = 0) or the seat, and nothing is below them.
struct Skeleton {
    std::array<Point3, jointCount> joints {};
    Point3 headCentre;
    double headRadius = 0;
    // Beyond the last joints: the middle of each hand, and the centres of each foot's rounded
    // heel and toe, which stand as high above the sole as they are round (about 0.02 H).
    Point3 leftHand, rightHand;
    Point3 leftHeel, leftToe, rightHeel, rightToe;

    const Point3& operator[](Joint joint) const { return joints[static_cast<std::size_t>(joint)]; }
};
Skeleton solve(const Pose& pose, Support support);

// The body's segments as their parents and children (bone lengths are kept by every pose).
struct Bone {
    Joint from;
    Joint to;
    double length = 0;
};
const std::vector<Bone>& bones();

// What the app paints, back to front. Coordinates in figure units on the drawing's plane:
// x to the right, y up, with the floor at y = 0 (seen from above, with pitch, the floor under the
// pelvis; the floor nearer the eye then lies a little below 0). Orthographic: a figure unit is
// the same length everywhere on the plane.
// The head carries where it faces and how it tilts: a short neck below it, the face (the front
// of the head below the hairline, as much of it as the eye sees) over it and the nose's bump on
// its outline, both in the Face tone; the app may leave the Face shapes out where the head is
// drawn too small for them to read.
enum class Tone { Near, Far, Highlight, Prop, Face };
struct Capsule {
    double x1 = 0, y1 = 0, r1 = 0; // a tapered limb from one rounded end to the other
    double x2 = 0, y2 = 0, r2 = 0;
};
struct Circle {
    double x = 0, y = 0, r = 0;
};
struct Polygon {
    std::vector<std::array<double, 2>> points;
};
struct Shape {
    Tone tone = Tone::Near;
    double depth = 0; // larger is farther from the eye; shapes come sorted far to near
    enum class Kind { Capsule, Circle, Polygon } kind = Kind::Capsule;
    Capsule capsule;
    Circle circle;
    Polygon polygon;
};
struct Drawing {
    std::vector<Shape> shapes;
    double minX = 0, minY = 0, maxX = 0, maxY = 0; // bounds of every shape
};

// `highlight` names the side being stretched (its arm and leg drawn in the highlight tone);
// nullopt for exercises without sides. `backrest` places the backrest of a chair sat on
// sideways (see sidewaysBackrestAt); nullopt: beside `figure.firstSide`.
Drawing draw(const ExerciseFigure& figure, const Pose& pose, std::optional<BodySide> highlight,
    std::optional<double> backrest = std::nullopt);

// The moment of a session the figure shows, as the app reads it off the session engine.
struct Moment {
    enum class Stage { LeadIn, Hold, Rep, Switch, Rest, Done } stage = Stage::Hold;
    // The side being worked on now; in a switch, the side it turns to (as the plan's switch
    // segment names it).
    BodySide side = BodySide::Left;
    bool inBreath = true; // in a hold: is this the in-breath (true) or the out-breath
    double progress = 0; // 0-1 through the current breath, rep phase, lead-in, switch or rest
    int phase = 0; // in a rep: the index of its current phase
    // The first in-breath of a hold, or the first phase of a set's first rep: it eases from
    // `start` (where the lead-in or the switch left the figure) rather than from `out` or the
    // previous phase, so the figure never jumps.
    bool fromStart = false;
};
// The pose at that moment: the lead-in eases from neutral into `start`, a hold breathes from
// `out` to `in` over an in-breath and back over an out-breath, a rep moves from the previous
// phase's pose into this one's (the first phase from the last), a switch eases from the side
// left's hold into its start over its first half and from there into the new side's start over
// its second, rest relaxes into the support's neutral pose, done shows `start`. Each move is
// eased (ease()). The side that is not `firstSide` gets the mirror of every pose.
Pose poseAt(const ExerciseFigure& figure, const Moment& moment);

// The view the figure is seen through at that moment: its own on the first side, the mirrored
// one on the other, and in a switch turning from the side left's view to the new side's over the
// whole switch, eased, so the figure turns over instead of flipping (its middle is the view half
// way round). `reduced` (motion reduced) shows the moment side's view without the turn.
View viewAt(const ExerciseFigure& figure, const Moment& moment, bool reduced = false);

// Where the backrest of a chair sat on sideways is at that moment, in degrees round the seat
// from straight behind the body (an ordinary chair's place): 90 beside its left, -90 beside its
// right. Beside the moment's side; in a switch the person turns on the seat, so the backrest
// swings round behind them from the side left to the new one over the whole switch, eased,
// where it would otherwise jump across half way. `reduced` shows the moment's side at once.
double sidewaysBackrestAt(const Moment& moment, bool reduced = false);

// The pose to show when motion is reduced: the start pose in a lead-in and when done, the
// hold's middle through a hold, each phase's own pose through a rep, the new side's start in
// a switch and the neutral pose in a rest, each on the moment's side.
Pose stillPoseAt(const ExerciseFigure& figure, const Moment& moment);

} // namespace limber::figure
