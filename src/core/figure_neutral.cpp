// The calm neutral figure of each support, for an exercise with no figure of its own and for
// the lead-in to ease out of and a rest to relax into.
#include <limber/figure.h>

namespace limber::figure {

namespace {

// Both sides alike, so the neutral figure is its own mirror.
void bothArms(Pose& pose, Rotation shoulder, Rotation elbow, Rotation wrist)
{
    pose[Joint::LeftShoulder] = pose[Joint::RightShoulder] = shoulder;
    pose[Joint::LeftElbow] = pose[Joint::RightElbow] = elbow;
    pose[Joint::LeftWrist] = pose[Joint::RightWrist] = wrist;
}

void bothLegs(Pose& pose, Rotation hip, Rotation knee, Rotation ankle)
{
    pose[Joint::LeftHip] = pose[Joint::RightHip] = hip;
    pose[Joint::LeftKnee] = pose[Joint::RightKnee] = knee;
    pose[Joint::LeftAnkle] = pose[Joint::RightAnkle] = ankle;
}

Pose neutralPose(Support support)
{
    Pose pose;
    switch (support) {
    case Support::Standing:
        // Arms hanging relaxed a little away from the sides, elbows soft.
        bothArms(pose, { 0, 7, 0 }, { 8, 0, 0 }, { 0, 0, 0 });
        bothLegs(pose, { 0, 2, 0 }, { 0, 0, 0 }, { 0, 0, 0 });
        break;
    case Support::Seated:
        // Upright on the chair, thighs rising a little to the knees and shins upright so the
        // feet rest flat on the floor; hands resting on the thighs.
        bothArms(pose, { 12, 6, 0 }, { 70, 0, 0 }, { 0, 0, 0 });
        bothLegs(pose, { 98.3, 3, 0 }, { 98.3, 0, 0 }, { 0, 0, 0 });
        break;
    case Support::Kneeling:
        // Upright on both knees, shins flat behind, feet pointed, arms hanging.
        bothArms(pose, { 0, 7, 0 }, { 8, 0, 0 }, { 0, 0, 0 });
        bothLegs(pose, { 0, 3, 0 }, { 94.5, 0, 0 }, { -50, 0, 0 });
        break;
    case Support::AllFours:
        // Hands under the shoulders and knees under the hips. Straight arms are longer than the
        // thighs, so the back rises a little toward the shoulders, as a real one does.
        pose[Joint::Pelvis] = { 70, 0, 0 };
        bothArms(pose, { 78, 0, 0 }, { 5, 0, 0 }, { -70, 0, 0 });
        bothLegs(pose, { 70, 0, 0 }, { 94.5, 0, 0 }, { -50, 0, 0 });
        break;
    case Support::LyingFaceDown:
        // Flat on the front, arms along the sides, feet pointed, head resting.
        pose[Joint::Pelvis] = { 90, 0, 0 };
        bothArms(pose, { 0, 10, 0 }, { 0, 0, 0 }, { 0, 0, 0 });
        bothLegs(pose, { 0, 3, 0 }, { 0, 0, 0 }, { -50, 0, 0 });
        pose[Joint::Neck] = { -10, 0, 0 };
        break;
    }
    return pose;
}

} // namespace

ExerciseFigure neutralFigure(Support support)
{
    ExerciseFigure figure;
    figure.support = support;
    figure.view = support == Support::Standing ? View { 0, 0 } : View { 90, 0 };
    if (support == Support::Seated)
        figure.props.push_back(Prop::Chair);
    if (support == Support::AllFours || support == Support::LyingFaceDown)
        figure.props.push_back(Prop::Mat);
    figure.start = neutralPose(support);
    return figure;
}

} // namespace limber::figure
