// The names the figure's joints, supports, props and views go by in exercise files.
#include <limber/figure.h>

#include <array>
#include <utility>

namespace limber::figure {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> lookUp(
    const std::array<std::pair<Enum, const char*>, N>& names, std::string_view name)
{
    for (const auto& [value, text] : names)
        if (name == text)
            return value;
    return std::nullopt;
}

template <typename Enum, std::size_t N>
const char* nameOf(const std::array<std::pair<Enum, const char*>, N>& names, Enum value)
{
    for (const auto& [candidate, text] : names)
        if (candidate == value)
            return text;
    return "";
}

constexpr std::array<std::pair<Joint, const char*>, jointCount> jointNames { {
    { Joint::Pelvis, "pelvis" },
    { Joint::LowerSpine, "lower_spine" },
    { Joint::UpperSpine, "upper_spine" },
    { Joint::Neck, "neck" },
    { Joint::Head, "head" },
    { Joint::LeftShoulder, "left_shoulder" },
    { Joint::LeftElbow, "left_elbow" },
    { Joint::LeftWrist, "left_wrist" },
    { Joint::RightShoulder, "right_shoulder" },
    { Joint::RightElbow, "right_elbow" },
    { Joint::RightWrist, "right_wrist" },
    { Joint::LeftHip, "left_hip" },
    { Joint::LeftKnee, "left_knee" },
    { Joint::LeftAnkle, "left_ankle" },
    { Joint::RightHip, "right_hip" },
    { Joint::RightKnee, "right_knee" },
    { Joint::RightAnkle, "right_ankle" },
} };

constexpr std::array<std::pair<Support, const char*>, 5> supportNames { {
    { Support::Standing, "standing" },
    { Support::Seated, "seated" },
    { Support::Kneeling, "kneeling" },
    { Support::AllFours, "all_fours" },
    { Support::LyingFaceDown, "lying_face_down" },
} };

constexpr std::array<std::pair<Prop, const char*>, 5> propNames { {
    { Prop::Chair, "chair" },
    { Prop::Wall, "wall" },
    { Prop::Mat, "mat" },
    { Prop::Block, "block" },
    { Prop::SidewaysChair, "chair_sideways" },
} };

// The three-quarter view looks from the figure's front left and a little above, so depth and
// both sides read at once.
constexpr std::array<std::pair<View, const char*>, 4> viewNames { {
    { View { 0, 0 }, "front" },
    { View { 90, 0 }, "side" },
    { View { 40, 12 }, "three-quarter" },
    { View { 180, 0 }, "back" },
} };

} // namespace

std::optional<View> namedView(std::string_view name)
{
    return lookUp(viewNames, name);
}

const char* toString(Joint joint)
{
    return nameOf(jointNames, joint);
}
std::optional<Joint> jointNamed(std::string_view name)
{
    return lookUp(jointNames, name);
}
const char* toString(Support support)
{
    return nameOf(supportNames, support);
}
std::optional<Support> supportNamed(std::string_view name)
{
    return lookUp(supportNames, name);
}
const char* toString(Prop prop)
{
    return nameOf(propNames, prop);
}
std::optional<Prop> propNamed(std::string_view name)
{
    return lookUp(propNames, name);
}

} // namespace limber::figure
