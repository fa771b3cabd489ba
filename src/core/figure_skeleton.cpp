// The skeleton's rest shape: where each of the 17 joints stands in a person at rest, from the
// proportions of FIGURES.md, and the bones between them.
#include "figure_body.h"

namespace limber::figure {

namespace body {

namespace {

// The spine's two joints split the trunk (hip joints to shoulder joints, 0.288 H) where the
// lumbar and thoracic curves meet; the neck's base sits just above the shoulder line and its
// top at the chin, so the round head stands apart from the trunk.
constexpr double lowerSpineHeight = 0.600;
constexpr double upperSpineHeight = 0.700;
constexpr double neckBaseHeight = 0.835;

} // namespace

Point3 restPosition(Joint joint)
{
    const double shoulderX = shoulderHalfWidth;
    const double hipX = hipHalfWidth;
    const double elbowHeight = shoulderHeight - upperArm;
    const double wristHeight = elbowHeight - forearm;
    const double kneeHeight = hipHeight - thigh;
    switch (joint) {
    case Joint::Pelvis:
        return { 0, hipHeight, 0 };
    case Joint::LowerSpine:
        return { 0, lowerSpineHeight, 0 };
    case Joint::UpperSpine:
        return { 0, upperSpineHeight, 0 };
    case Joint::Neck:
        return { 0, neckBaseHeight, 0 };
    case Joint::Head:
        return { 0, chinHeight, 0 };
    case Joint::LeftShoulder:
        return { shoulderX, shoulderHeight, 0 };
    case Joint::LeftElbow:
        return { shoulderX, elbowHeight, 0 };
    case Joint::LeftWrist:
        return { shoulderX, wristHeight, 0 };
    case Joint::RightShoulder:
        return { -shoulderX, shoulderHeight, 0 };
    case Joint::RightElbow:
        return { -shoulderX, elbowHeight, 0 };
    case Joint::RightWrist:
        return { -shoulderX, wristHeight, 0 };
    case Joint::LeftHip:
        return { hipX, hipHeight, 0 };
    case Joint::LeftKnee:
        return { hipX, kneeHeight, 0 };
    case Joint::LeftAnkle:
        return { hipX, ankleHeight, 0 };
    case Joint::RightHip:
        return { -hipX, hipHeight, 0 };
    case Joint::RightKnee:
        return { -hipX, kneeHeight, 0 };
    case Joint::RightAnkle:
        return { -hipX, ankleHeight, 0 };
    }
    return {};
}

std::optional<Joint> parentOf(Joint joint)
{
    switch (joint) {
    case Joint::Pelvis:
        return std::nullopt;
    case Joint::LowerSpine:
    case Joint::LeftHip:
    case Joint::RightHip:
        return Joint::Pelvis;
    case Joint::UpperSpine:
        return Joint::LowerSpine;
    case Joint::Neck:
    case Joint::LeftShoulder:
    case Joint::RightShoulder:
        return Joint::UpperSpine;
    case Joint::Head:
        return Joint::Neck;
    case Joint::LeftElbow:
        return Joint::LeftShoulder;
    case Joint::LeftWrist:
        return Joint::LeftElbow;
    case Joint::RightElbow:
        return Joint::RightShoulder;
    case Joint::RightWrist:
        return Joint::RightElbow;
    case Joint::LeftKnee:
        return Joint::LeftHip;
    case Joint::LeftAnkle:
        return Joint::LeftKnee;
    case Joint::RightKnee:
        return Joint::RightHip;
    case Joint::RightAnkle:
        return Joint::RightKnee;
    }
    return std::nullopt;
}

// The crown is at 1.0 H.
Point3 headCentreOffset()
{
    return { 0, 1.0 - chinHeight - headRadius, 0 };
}

Point3 handOffset()
{
    return { 0, -handReach, 0 };
}

// The foot's sole is ankle height below the ankle; about a quarter of its length is behind the
// ankle. The points are the centres of the heel's and toe's round ends, so a point's height
// minus its thickness is the sole.
Point3 heelOffset()
{
    return { 0, -ankleHeight + thickness::heel, -0.23 * footLength + thickness::heel };
}

Point3 toeOffset()
{
    return { 0, -ankleHeight + thickness::toe, 0.77 * footLength - thickness::toe };
}

} // namespace body

const std::vector<Bone>& bones()
{
    static const std::vector<Bone> all = [] {
        std::vector<Bone> list;
        for (std::size_t i = 0; i < std::size_t { jointCount }; ++i) {
            const Joint joint = static_cast<Joint>(i);
            if (const std::optional<Joint> parent = body::parentOf(joint))
                list.push_back({ *parent, joint,
                    geometry::length(body::restPosition(joint) - body::restPosition(*parent)) });
        }
        return list;
    }();
    return all;
}

} // namespace limber::figure
