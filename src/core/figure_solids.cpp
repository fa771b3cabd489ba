// The drawn body in 3D: the pictogram's capsules, head and trunk placed on a posed skeleton,
// which grounding rests on the floor and the projection flattens into a drawing.
#include "figure_body.h"

#include <algorithm>
#include <limits>

namespace limber::figure::body {

namespace {

using geometry::Mat3;

// The trunk's cross-sections: half-widths tapering from the shoulders to the waist and out a
// little to the hips, and a heights offset in the frame of the segment that carries them.
constexpr double hipSectionHalfWidth = 0.100;
constexpr double hipSectionDrop
    = 0.025; // below the hip joints, so the trunk covers the thighs' roots
constexpr double waistHalfWidth = 0.086;
constexpr double midBackHalfWidth = 0.098;
constexpr double shoulderSectionHalfWidth = 0.118;

const Point3& at(const Body& body, Joint joint)
{
    return body.skeleton.joints[static_cast<std::size_t>(joint)];
}

const Mat3& frameOf(const Body& body, Joint joint)
{
    return body.frames[static_cast<std::size_t>(joint)];
}

// Four corners of a trunk section: left and right, front and back, in a segment's frame.
void addSection(std::vector<Point3>& corners, const Point3& centre, const Mat3& frame,
    double halfWidth, double halfDepth)
{
    for (const double x : { -halfWidth, halfWidth })
        for (const double z : { -halfDepth, halfDepth })
            corners.push_back(centre + frame * Point3 { x, 0, z });
}

Solid hull(std::vector<Point3> corners)
{
    Solid solid;
    solid.kind = Solid::Kind::Hull;
    solid.part = Part::Trunk;
    solid.hull = std::move(corners);
    return solid;
}

void addArm(std::vector<Solid>& solids, const Body& body, Part part, Joint shoulder, Joint elbow,
    Joint wrist, const Point3& hand)
{
    solids.push_back(
        capsule(part, at(body, shoulder), thickness::shoulder, at(body, elbow), thickness::elbow));
    solids.push_back(
        capsule(part, at(body, elbow), thickness::elbow, at(body, wrist), thickness::wrist));
    solids.push_back(capsule(part, at(body, wrist), thickness::wrist, hand, thickness::hand));
}

void addLeg(std::vector<Solid>& solids, const Body& body, Part part, Joint hip, Joint knee,
    Joint ankle, const Point3& heel, const Point3& toe)
{
    solids.push_back(capsule(part, at(body, hip), thickness::hip, at(body, knee), thickness::knee));
    solids.push_back(
        capsule(part, at(body, knee), thickness::knee, at(body, ankle), thickness::ankle));
    solids.push_back(capsule(part, heel, thickness::heel, toe, thickness::toe));
}

} // namespace

Solid capsule(Part part, const Point3& a, double ra, const Point3& b, double rb)
{
    Solid solid;
    solid.kind = Solid::Kind::Capsule;
    solid.part = part;
    solid.a = a;
    solid.ra = ra;
    solid.b = b;
    solid.rb = rb;
    return solid;
}

std::vector<Solid> solidsOf(const Body& body)
{
    const Skeleton& s = body.skeleton;
    const double depth = thickness::trunkHalfDepth;
    const Mat3& pelvisFrame = frameOf(body, Joint::Pelvis);
    const Mat3& lumbarFrame = frameOf(body, Joint::LowerSpine);
    const Mat3& thoracicFrame = frameOf(body, Joint::UpperSpine);
    const Point3 hipSection
        = at(body, Joint::Pelvis) + pelvisFrame * Point3 { 0, -hipSectionDrop, 0 };
    // The shoulder line's middle, carried by the thoracic segment.
    const Point3 shoulderLineRest
        = 0.5 * (restPosition(Joint::LeftShoulder) + restPosition(Joint::RightShoulder));
    const Point3 shoulderSection = at(body, Joint::UpperSpine)
        + thoracicFrame * (shoulderLineRest - restPosition(Joint::UpperSpine));

    // Each part of the trunk takes the section at a bending joint in both segments' frames, so
    // the outside of a bend is filled rather than notched.
    std::vector<Point3> pelvis, lumbar, chest;
    addSection(pelvis, hipSection, pelvisFrame, hipSectionHalfWidth, depth);
    addSection(pelvis, at(body, Joint::LowerSpine), pelvisFrame, waistHalfWidth, depth);
    addSection(pelvis, at(body, Joint::LowerSpine), lumbarFrame, waistHalfWidth, depth);
    addSection(lumbar, at(body, Joint::LowerSpine), pelvisFrame, waistHalfWidth, depth);
    addSection(lumbar, at(body, Joint::LowerSpine), lumbarFrame, waistHalfWidth, depth);
    addSection(lumbar, at(body, Joint::UpperSpine), lumbarFrame, midBackHalfWidth, depth);
    addSection(lumbar, at(body, Joint::UpperSpine), thoracicFrame, midBackHalfWidth, depth);
    addSection(chest, at(body, Joint::UpperSpine), lumbarFrame, midBackHalfWidth, depth);
    addSection(chest, at(body, Joint::UpperSpine), thoracicFrame, midBackHalfWidth, depth);
    addSection(chest, shoulderSection, thoracicFrame, shoulderSectionHalfWidth, depth);

    std::vector<Solid> solids;
    solids.push_back(hull(std::move(pelvis)));
    solids.push_back(hull(std::move(lumbar)));
    solids.push_back(hull(std::move(chest)));
    // A short neck from the trunk's top to under the chin: it leans as the neck bends, so a tilt
    // of the head reads from its root as well as on the head.
    solids.push_back(capsule(Part::Head, at(body, Joint::Neck), thickness::neck,
        at(body, Joint::Head), thickness::neck));
    Solid head;
    head.kind = Solid::Kind::Sphere;
    head.part = Part::Head;
    head.a = s.headCentre;
    head.ra = s.headRadius;
    solids.push_back(head);
    addArm(solids, body, Part::LeftArm, Joint::LeftShoulder, Joint::LeftElbow, Joint::LeftWrist,
        s.leftHand);
    addArm(solids, body, Part::RightArm, Joint::RightShoulder, Joint::RightElbow, Joint::RightWrist,
        s.rightHand);
    addLeg(solids, body, Part::LeftLeg, Joint::LeftHip, Joint::LeftKnee, Joint::LeftAnkle,
        s.leftHeel, s.leftToe);
    addLeg(solids, body, Part::RightLeg, Joint::RightHip, Joint::RightKnee, Joint::RightAnkle,
        s.rightHeel, s.rightToe);
    return solids;
}

double lowestSurface(const std::vector<Solid>& solids)
{
    double lowest = std::numeric_limits<double>::infinity();
    for (const Solid& solid : solids) {
        switch (solid.kind) {
        case Solid::Kind::Capsule:
            // A tapered capsule is the hull of its two end spheres; its lowest point is one of
            // theirs.
            lowest = std::min({ lowest, solid.a.y - solid.ra, solid.b.y - solid.rb });
            break;
        case Solid::Kind::Sphere:
            lowest = std::min(lowest, solid.a.y - solid.ra);
            break;
        case Solid::Kind::Hull:
            for (const Point3& corner : solid.hull)
                lowest = std::min(lowest, corner.y);
            break;
        }
    }
    return lowest;
}

} // namespace limber::figure::body
