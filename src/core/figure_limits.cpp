// Each joint's anatomical range (FIGURES.md's table of normal ranges of motion), and the check
// of a pose against them.
#include <limber/figure.h>

#include <array>
#include <cstdio>

namespace limber::figure {

namespace {

constexpr Limits range(Rotation min, Rotation max)
{
    return { min, max };
}

// { flex, side, twist } from the most extended, right-bending, right-turning (or adducted,
// internally rotated) to the most flexed, left-bending, left-turning (abducted, externally
// rotated). Where the table gives a whole region the range is split between its joints: the
// spine's flexion 80, extension 30, side bend 35 and rotation 45 (most of the rotation in the
// thoracic part); the neck's flexion 50, extension 70, side bend 45 and rotation 80 between the
// neck's base and the head's nod and turn on top of it.
constexpr std::array<Limits, jointCount> table {
    // The pelvis is the whole body's orientation, not a joint: wide enough to lie face down, to
    // fold into an inverted V or to turn any way, but finite so a typo is still caught.
    range({ -90, -90, -180 }, { 180, 90, 180 }), // Pelvis
    range({ -20, -20, -10 }, { 50, 20, 10 }), // LowerSpine
    range({ -10, -15, -35 }, { 30, 15, 35 }), // UpperSpine
    range({ -50, -30, -40 }, { 35, 30, 40 }), // Neck
    range({ -20, -15, -40 }, { 15, 15, 40 }), // Head
    // Shoulder: flexion 180, extension 60, abduction 180; with the arm flexed to 90 a side of
    // -40 is the horizontal adduction of about 130 from the arm out to the side; internal
    // rotation 70, external 90.
    range({ -60, -40, -70 }, { 180, 180, 90 }), // LeftShoulder
    range({ 0, 0, 0 }, { 150, 0, 0 }), // LeftElbow: a hinge
    // Wrist: flexion 80 (toward the palm), extension 70. Not in the table: side is radial (+,
    // 20) and ulnar (-, 30) deviation, and twist the forearm's supination (+) and pronation
    // (-), about 80 each, carried by the wrist since the elbow is drawn as a hinge.
    range({ -70, -30, -80 }, { 80, 20, 80 }), // LeftWrist
    range({ -60, -40, -70 }, { 180, 180, 90 }), // RightShoulder
    range({ 0, 0, 0 }, { 150, 0, 0 }), // RightElbow
    range({ -70, -30, -80 }, { 80, 20, 80 }), // RightWrist
    // Hip: flexion 120, extension 30, abduction 45, adduction 30, rotation 45 each way.
    range({ -30, -30, -45 }, { 120, 45, 45 }), // LeftHip
    range({ 0, 0, 0 }, { 135, 0, 0 }), // LeftKnee: a hinge
    range({ -50, 0, 0 }, { 20, 0, 0 }), // LeftAnkle: plantar flexion 50, dorsiflexion 20
    range({ -30, -30, -45 }, { 120, 45, 45 }), // RightHip
    range({ 0, 0, 0 }, { 135, 0, 0 }), // RightKnee
    range({ -50, 0, 0 }, { 20, 0, 0 }), // RightAnkle
};

std::string degrees(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

void check(std::vector<std::string>& problems, Joint joint, const char* component, double value,
    double min, double max)
{
    if (value >= min && value <= max)
        return;
    problems.push_back(std::string(toString(joint)) + "." + component + " " + degrees(value)
        + " is outside its range, " + degrees(min) + " to " + degrees(max));
}

} // namespace

const Limits& limitsOf(Joint joint)
{
    return table[static_cast<std::size_t>(joint)];
}

std::vector<std::string> outOfLimits(const Pose& pose)
{
    std::vector<std::string> problems;
    for (std::size_t i = 0; i < std::size_t { jointCount }; ++i) {
        const Joint joint = static_cast<Joint>(i);
        const Limits& limits = limitsOf(joint);
        const Rotation& r = pose[joint];
        check(problems, joint, "flex", r.flex, limits.min.flex, limits.max.flex);
        check(problems, joint, "side", r.side, limits.min.side, limits.max.side);
        check(problems, joint, "twist", r.twist, limits.min.twist, limits.max.twist);
    }
    return problems;
}

} // namespace limber::figure
