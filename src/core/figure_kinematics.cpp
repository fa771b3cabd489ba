// Forward kinematics: each joint's rotation turns the segment it carries, in its parent
// segment's frame, from the rest shape of figure_skeleton.cpp.
//
// The order of rotations, the same for every joint: flex about the parent's left (x) axis first,
// then side about the forward (z) axis so tipped, then twist about the segment's own long axis.
// So twist always turns a limb about itself, and a shoulder flexed to 90 swings across the chest
// with a negative side (horizontal adduction) and out with a positive one.
//
// Signs (figure.h): the trunk's chain (pelvis, spine, neck, head) flexes forward about +x,
// bends left as a negative turn about z and turns left about +y. A left limb flexes forward as a
// negative turn about x (the limb hangs down), abducts as a positive turn about z and rotates
// externally about +y; a right limb is the left's reflection through the body's midplane, and
// the knee, the one joint that bends backward, flexes about +x.
#include "figure_body.h"

namespace limber::figure::body {

namespace {

using geometry::Mat3;
using geometry::rotationX;
using geometry::rotationY;
using geometry::rotationZ;

bool isRightLimb(Joint joint)
{
    switch (joint) {
    case Joint::RightShoulder:
    case Joint::RightElbow:
    case Joint::RightWrist:
    case Joint::RightHip:
    case Joint::RightKnee:
    case Joint::RightAnkle:
        return true;
    default:
        return false;
    }
}

bool isTrunkChain(Joint joint)
{
    return joint == Joint::Pelvis || joint == Joint::LowerSpine || joint == Joint::UpperSpine
        || joint == Joint::Neck || joint == Joint::Head;
}

Mat3 localRotation(Joint joint, const Rotation& r)
{
    if (isTrunkChain(joint))
        return rotationX(r.flex) * rotationZ(-r.side) * rotationY(r.twist);
    const bool knee = joint == Joint::LeftKnee || joint == Joint::RightKnee;
    const double flex = knee ? r.flex : -r.flex;
    // Reflecting a left limb's rotation through the midplane keeps its turn about x and
    // reverses its turns about z and y.
    const double mirrored = isRightLimb(joint) ? -1.0 : 1.0;
    return rotationX(flex) * rotationZ(mirrored * r.side) * rotationY(mirrored * r.twist);
}

} // namespace

Body posedBody(const Pose& pose)
{
    Body body;
    // Joints are declared parents first, so one pass in order reaches every parent before its
    // children.
    for (std::size_t i = 0; i < std::size_t { jointCount }; ++i) {
        const Joint joint = static_cast<Joint>(i);
        const Mat3 local = localRotation(joint, pose[joint]);
        if (const std::optional<Joint> parent = parentOf(joint)) {
            const auto p = static_cast<std::size_t>(*parent);
            body.frames[i] = body.frames[p] * local;
            body.skeleton.joints[i] = body.skeleton.joints[p]
                + body.frames[p] * (restPosition(joint) - restPosition(*parent));
        } else {
            body.frames[i] = local;
            body.skeleton.joints[i] = restPosition(joint);
        }
    }
    const auto at = [&](Joint joint, const Point3& offset) {
        const auto j = static_cast<std::size_t>(joint);
        return body.skeleton.joints[j] + body.frames[j] * offset;
    };
    Skeleton& s = body.skeleton;
    s.headCentre = at(Joint::Head, headCentreOffset());
    s.headRadius = headRadius;
    s.leftHand = at(Joint::LeftWrist, handOffset());
    s.rightHand = at(Joint::RightWrist, handOffset());
    s.leftHeel = at(Joint::LeftAnkle, heelOffset());
    s.leftToe = at(Joint::LeftAnkle, toeOffset());
    s.rightHeel = at(Joint::RightAnkle, heelOffset());
    s.rightToe = at(Joint::RightAnkle, toeOffset());
    return body;
}

void raise(Body& body, double dy)
{
    Skeleton& s = body.skeleton;
    for (Point3& joint : s.joints)
        joint.y += dy;
    for (Point3* point : { &s.headCentre, &s.leftHand, &s.rightHand, &s.leftHeel, &s.leftToe,
             &s.rightHeel, &s.rightToe })
        point->y += dy;
}

} // namespace limber::figure::body
