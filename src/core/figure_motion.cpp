// Moving between poses: the other side's mirror, the easing curve and joint-by-joint blends.
#include <limber/figure.h>

#include <utility>

namespace limber::figure {

namespace {

constexpr std::array<std::pair<Joint, Joint>, 6> leftAndRight { {
    { Joint::LeftShoulder, Joint::RightShoulder },
    { Joint::LeftElbow, Joint::RightElbow },
    { Joint::LeftWrist, Joint::RightWrist },
    { Joint::LeftHip, Joint::RightHip },
    { Joint::LeftKnee, Joint::RightKnee },
    { Joint::LeftAnkle, Joint::RightAnkle },
} };

constexpr std::array<Joint, 5> trunkChain { Joint::Pelvis, Joint::LowerSpine, Joint::UpperSpine,
    Joint::Neck, Joint::Head };

double blend(double from, double to, double t)
{
    // Exact at both ends, whatever the rounding of from + t * (to - from) would give.
    if (t <= 0)
        return from;
    if (t >= 1)
        return to;
    return from + t * (to - from);
}

} // namespace

Pose mirror(const Pose& pose)
{
    Pose mirrored = pose;
    // Limbs keep their angles as they are: their signs already mean the same on either side.
    for (const auto& [left, right] : leftAndRight) {
        mirrored[left] = pose[right];
        mirrored[right] = pose[left];
    }
    for (const Joint joint : trunkChain) {
        mirrored[joint].side = -pose[joint].side;
        mirrored[joint].twist = -pose[joint].twist;
    }
    return mirrored;
}

double ease(double t)
{
    if (t <= 0)
        return 0;
    if (t >= 1)
        return 1;
    return t * t * (3 - 2 * t);
}

Pose interpolate(const Pose& from, const Pose& to, double t)
{
    Pose pose;
    for (std::size_t i = 0; i < std::size_t { jointCount }; ++i) {
        pose.joints[i].flex = blend(from.joints[i].flex, to.joints[i].flex, t);
        pose.joints[i].side = blend(from.joints[i].side, to.joints[i].side, t);
        pose.joints[i].twist = blend(from.joints[i].twist, to.joints[i].twist, t);
    }
    return pose;
}

View mirrored(const View& view)
{
    return { -view.yaw, view.pitch };
}

} // namespace limber::figure
