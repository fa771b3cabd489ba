// The figure's body model: proportions kept by every pose, the mirror, easing and blends,
// grounding on each support, limits and names, the drawing and the pose at a session's moment.
#include <limber/figure.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <random>

namespace fig = limber::figure;
using fig::Joint;
using fig::Pose;
using fig::Support;

namespace {

constexpr std::array<Support, 5> allSupports { Support::Standing, Support::Seated,
    Support::Kneeling, Support::AllFours, Support::LyingFaceDown };

double distance(const fig::Point3& a, const fig::Point3& b)
{
    return std::sqrt(
        (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y) + (a.z - b.z) * (a.z - b.z));
}

// Any pose within the limits, drawn from a seeded generator so failures repeat.
Pose randomPose(std::mt19937& random)
{
    Pose pose;
    for (int i = 0; i < fig::jointCount; ++i) {
        const Joint joint = static_cast<Joint>(i);
        const fig::Limits& limits = fig::limitsOf(joint);
        const auto pick = [&](double min, double max) {
            return std::uniform_real_distribution<double>(min, max)(random);
        };
        pose[joint] = { pick(limits.min.flex, limits.max.flex),
            pick(limits.min.side, limits.max.side), pick(limits.min.twist, limits.max.twist) };
    }
    return pose;
}

// The lowest point of everything drawn, and of everything but the props.
double lowestOf(const fig::Drawing& drawing, bool withProps)
{
    double lowest = INFINITY;
    for (const fig::Shape& shape : drawing.shapes) {
        if (!withProps && shape.tone == fig::Tone::Prop)
            continue;
        switch (shape.kind) {
        case fig::Shape::Kind::Capsule:
            lowest = std::min({ lowest, shape.capsule.y1 - shape.capsule.r1,
                shape.capsule.y2 - shape.capsule.r2 });
            break;
        case fig::Shape::Kind::Circle:
            lowest = std::min(lowest, shape.circle.y - shape.circle.r);
            break;
        case fig::Shape::Kind::Polygon:
            for (const auto& point : shape.polygon.points)
                lowest = std::min(lowest, point[1]);
            break;
        }
    }
    return lowest;
}

fig::ExerciseFigure figureOf(Support support, fig::View view, std::vector<fig::Prop> props = {})
{
    fig::ExerciseFigure figure = fig::neutralFigure(support);
    figure.view = view;
    figure.props = std::move(props);
    return figure;
}

// A seated twist to the left: trunk and head turned, the right hand across to the left knee.
Pose seatedTwist()
{
    Pose pose = fig::neutralFigure(Support::Seated).start;
    pose[Joint::LowerSpine] = { 0, 0, 8 };
    pose[Joint::UpperSpine] = { 5, 4, 30 };
    pose[Joint::Neck] = { 0, 0, 25 };
    pose[Joint::RightShoulder] = { 45, -30, 10 };
    pose[Joint::RightElbow] = { 30, 0, 0 };
    pose[Joint::LeftShoulder] = { -30, 20, 0 };
    pose[Joint::LeftElbow] = { 60, 0, 0 };
    return pose;
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9;
}

bool reflects(const fig::Shape& a, const fig::Shape& b)
{
    if (a.kind != b.kind || a.tone != b.tone || !near(a.depth, b.depth))
        return false;
    switch (a.kind) {
    case fig::Shape::Kind::Capsule:
        return near(a.capsule.x1, -b.capsule.x1) && near(a.capsule.y1, b.capsule.y1)
            && near(a.capsule.r1, b.capsule.r1) && near(a.capsule.x2, -b.capsule.x2)
            && near(a.capsule.y2, b.capsule.y2) && near(a.capsule.r2, b.capsule.r2);
    case fig::Shape::Kind::Circle:
        return near(a.circle.x, -b.circle.x) && near(a.circle.y, b.circle.y)
            && near(a.circle.r, b.circle.r);
    case fig::Shape::Kind::Polygon:
        if (a.polygon.points.size() != b.polygon.points.size())
            return false;
        return std::all_of(a.polygon.points.begin(), a.polygon.points.end(), [&](const auto& p) {
            return std::any_of(b.polygon.points.begin(), b.polygon.points.end(),
                [&](const auto& q) { return near(p[0], -q[0]) && near(p[1], q[1]); });
        });
    }
    return false;
}

fig::Moment moment(fig::Moment::Stage stage, double progress)
{
    fig::Moment m;
    m.stage = stage;
    m.progress = progress;
    return m;
}

} // namespace

TEST_CASE("every pose within the limits keeps the bones' lengths", "[figure]")
{
    std::mt19937 random(15);
    for (int n = 0; n < 300; ++n) {
        const Pose pose = randomPose(random);
        REQUIRE(fig::outOfLimits(pose).empty());
        const Support support = allSupports[static_cast<std::size_t>(n) % allSupports.size()];
        const fig::Skeleton skeleton = fig::solve(pose, support);
        for (const fig::Bone& bone : fig::bones())
            REQUIRE(distance(skeleton[bone.from], skeleton[bone.to])
                == Approx(bone.length).margin(1e-12));
        REQUIRE(distance(skeleton[Joint::Head], skeleton.headCentre)
            == Approx(distance(fig::solve(Pose {}, Support::Standing)[Joint::Head],
                fig::solve(Pose {}, Support::Standing).headCentre)));
    }
}

TEST_CASE("the skeleton has the table's proportions", "[figure]")
{
    const fig::Skeleton rest = fig::solve(Pose {}, Support::Standing);
    CHECK(rest[Joint::LeftShoulder].y == Approx(0.818));
    CHECK(distance(rest[Joint::LeftShoulder], rest[Joint::RightShoulder]) == Approx(0.259));
    CHECK(distance(rest[Joint::LeftShoulder], rest[Joint::LeftElbow]) == Approx(0.186));
    CHECK(distance(rest[Joint::LeftElbow], rest[Joint::LeftWrist]) == Approx(0.146));
    CHECK(rest[Joint::LeftHip].y == Approx(0.530));
    CHECK(distance(rest[Joint::LeftHip], rest[Joint::RightHip]) == Approx(0.191));
    CHECK(distance(rest[Joint::LeftHip], rest[Joint::LeftKnee]) == Approx(0.245));
    CHECK(distance(rest[Joint::LeftKnee], rest[Joint::LeftAnkle]) == Approx(0.246));
    CHECK(rest[Joint::LeftAnkle].y == Approx(0.039));
    // Heel and toe are the centres of the sole's round ends, as high above the floor as their
    // radius: the foot from the back of the heel to the tip of the toe.
    CHECK(rest.leftToe.z + rest.leftToe.y - (rest.leftHeel.z - rest.leftHeel.y) == Approx(0.152));
    CHECK(rest.headCentre.y + rest.headRadius == Approx(1.0)); // the crown at standing height
    CHECK(rest[Joint::Head].y == Approx(0.870)); // the chin
    CHECK(fig::bones().size() == static_cast<std::size_t>(fig::jointCount - 1));
}

TEST_CASE("the signs of each joint's angles move the body the documented way", "[figure]")
{
    const fig::Skeleton rest = fig::solve(Pose {}, Support::Standing);
    Pose pose;
    pose[Joint::LeftShoulder] = { 90, 0, 0 }; // forward
    pose[Joint::RightShoulder] = { 0, 90, 0 }; // out to its own side
    pose[Joint::LeftHip] = { 0, 20, 0 }; // out to the left
    const fig::Skeleton s = fig::solve(pose, Support::Standing);
    CHECK(s[Joint::LeftWrist].z == Approx(0.186 + 0.146));
    CHECK(s[Joint::LeftWrist].y == Approx(0.818));
    CHECK(s[Joint::RightWrist].x == Approx(-0.1295 - 0.332));
    CHECK(s[Joint::LeftAnkle].x > rest[Joint::LeftAnkle].x + 0.1);
    Pose turn;
    turn[Joint::UpperSpine] = { 0, 0, 30 }; // turned to the left
    CHECK(fig::solve(turn, Support::Standing)[Joint::RightShoulder].z > 0.05);
    Pose bend;
    bend[Joint::LowerSpine] = { 40, 0, 0 };
    bend[Joint::LeftKnee] = { 90, 0, 0 };
    bend[Joint::LeftAnkle] = { 20, 0, 0 };
    const fig::Skeleton b = fig::solve(bend, Support::Standing);
    CHECK(b.headCentre.z > 0.2); // forward
    CHECK(b[Joint::LeftAnkle].z < -0.2); // the knee bends the shin back
    const fig::Skeleton f
        = fig::solve(fig::neutralFigure(Support::LyingFaceDown).start, Support::LyingFaceDown);
    CHECK(f.headCentre.z > 0.4); // the head ahead of the hips, the body along the floor
    CHECK(f.headCentre.y < 0.1);
}

TEST_CASE("the mirror of the mirror is the pose, and mirrors the body", "[figure]")
{
    std::mt19937 random(7);
    for (int n = 0; n < 100; ++n) {
        const Pose pose = randomPose(random);
        REQUIRE(fig::mirror(fig::mirror(pose)) == pose);
        const fig::Skeleton a = fig::solve(pose, Support::Standing);
        const fig::Skeleton b = fig::solve(fig::mirror(pose), Support::Standing);
        REQUIRE(b[Joint::RightElbow].x == Approx(-a[Joint::LeftElbow].x).margin(1e-12));
        REQUIRE(b[Joint::RightElbow].y == Approx(a[Joint::LeftElbow].y).margin(1e-12));
        REQUIRE(b[Joint::RightElbow].z == Approx(a[Joint::LeftElbow].z).margin(1e-12));
        REQUIRE(b.headCentre.x == Approx(-a.headCentre.x).margin(1e-12));
    }
    Pose twist = seatedTwist();
    CHECK(fig::mirror(twist)[Joint::UpperSpine].twist == -30);
    CHECK(fig::mirror(twist)[Joint::LeftShoulder] == twist[Joint::RightShoulder]);
}

TEST_CASE("a mirrored figure is drawn as the original's reflection", "[figure]")
{
    for (const Support support : allSupports) {
        CAPTURE(fig::toString(support));
        const fig::ExerciseFigure figure = figureOf(support, *fig::namedView("front"),
            { fig::Prop::Chair, fig::Prop::Mat, fig::Prop::Block, fig::Prop::Wall });
        const Pose pose = support == Support::Seated ? seatedTwist() : figure.start;
        const fig::Drawing left = fig::draw(figure, pose, fig::BodySide::Left);
        const fig::Drawing right = fig::draw(figure, fig::mirror(pose), fig::BodySide::Right);
        REQUIRE(left.shapes.size() == right.shapes.size());
        for (const fig::Shape& shape : left.shapes)
            REQUIRE(std::any_of(right.shapes.begin(), right.shapes.end(),
                [&](const fig::Shape& other) { return reflects(shape, other); }));
        CHECK(left.minX == Approx(-right.maxX));
        CHECK(left.minY == Approx(right.minY));
    }
}

TEST_CASE("ease and interpolate hit their ends exactly", "[figure]")
{
    CHECK(fig::ease(0) == 0);
    CHECK(fig::ease(1) == 1);
    CHECK(fig::ease(0.5) == Approx(0.5));
    CHECK(fig::ease(0.25) < 0.25); // slow out of the start
    CHECK(fig::ease(-1) == 0);
    CHECK(fig::ease(2) == 1);
    std::mt19937 random(3);
    const Pose a = randomPose(random), b = randomPose(random);
    CHECK(fig::interpolate(a, b, 0) == a);
    CHECK(fig::interpolate(a, b, 1) == b);
    CHECK(fig::interpolate(a, b, 0.5)[Joint::LeftHip].flex
        == Approx((a[Joint::LeftHip].flex + b[Joint::LeftHip].flex) / 2));
}

TEST_CASE("grounding rests each support on the floor or the seat", "[figure]")
{
    for (const Support support : allSupports) {
        CAPTURE(fig::toString(support));
        const fig::ExerciseFigure figure = figureOf(support, *fig::namedView("side"));
        const fig::Skeleton s = fig::solve(figure.start, support);
        const fig::Drawing drawing = fig::draw(figure, figure.start, std::nullopt);
        // Seen level from the side, the drawing's heights are the world's. Seated, the feet rest
        // where the legs reach, no lower than the floor.
        if (support == Support::Seated)
            CHECK(lowestOf(drawing, false) == Approx(0).margin(0.002));
        else
            CHECK(lowestOf(drawing, false) == Approx(0).margin(1e-9));
        const double lowestFoot
            = std::min({ s.leftHeel.y, s.leftToe.y, s.rightHeel.y, s.rightToe.y });
        switch (support) {
        case Support::Standing:
            CHECK(lowestFoot < 0.025); // the round ends of heel and toe on the floor
            CHECK(s[Joint::LeftKnee].y > 0.25);
            break;
        case Support::Seated:
            CHECK(s[Joint::Pelvis].y == Approx(fig::seatHeight).margin(1e-9));
            CHECK(lowestFoot < 0.03); // the feet reach the floor
            break;
        case Support::Kneeling:
            CHECK(s[Joint::LeftKnee].y < 0.05);
            CHECK(lowestFoot < 0.05);
            CHECK(s[Joint::Pelvis].y > 0.25);
            break;
        case Support::AllFours:
            CHECK(s[Joint::LeftKnee].y < 0.05);
            CHECK(std::min(s.leftHand.y, s.rightHand.y) < 0.05);
            // A back near level: straight arms are longer than thighs.
            CHECK(std::abs(s[Joint::LeftShoulder].y - s[Joint::LeftHip].y) < 0.11);
            break;
        case Support::LyingFaceDown:
            CHECK(s[Joint::UpperSpine].y < 0.08);
            CHECK(s[Joint::LeftKnee].y < 0.08);
            break;
        }
    }
    // Whatever the pose, nothing is drawn below the floor.
    std::mt19937 random(11);
    for (int n = 0; n < 200; ++n) {
        const Support support = allSupports[static_cast<std::size_t>(n) % allSupports.size()];
        const fig::ExerciseFigure figure = figureOf(support, *fig::namedView("front"));
        REQUIRE(lowestOf(fig::draw(figure, randomPose(random), std::nullopt), true) >= -1e-9);
    }
}

TEST_CASE("limits reject a pose a body should not be taught", "[figure]")
{
    Pose pose;
    CHECK(fig::outOfLimits(pose).empty());
    pose[Joint::LeftElbow].flex = 160;
    pose[Joint::RightKnee].flex = -5;
    pose[Joint::Neck].twist = 90;
    const std::vector<std::string> problems = fig::outOfLimits(pose);
    REQUIRE(problems.size() == 3);
    CHECK(problems[0] == "neck.twist 90 is outside its range, -40 to 40");
    CHECK(problems[1] == "left_elbow.flex 160 is outside its range, 0 to 150");
    CHECK(problems[2] == "right_knee.flex -5 is outside its range, 0 to 135");
    CHECK(fig::limitsOf(Joint::LeftHip).max.flex == 120);
    CHECK(fig::limitsOf(Joint::LeftAnkle).min.flex == -50);
    CHECK(fig::limitsOf(Joint::LeftWrist).max.flex == 80);
    CHECK(fig::limitsOf(Joint::Pelvis).max.flex >= 150); // an inverted V
    for (const Support support : allSupports)
        CHECK(fig::outOfLimits(fig::neutralFigure(support).start).empty());
}

TEST_CASE("views, joints, supports and props go by their file names", "[figure]")
{
    CHECK(fig::namedView("front") == fig::View { 0, 0 });
    CHECK(fig::namedView("side") == fig::View { 90, 0 });
    CHECK(fig::namedView("back") == fig::View { 180, 0 });
    CHECK(fig::namedView("three-quarter").has_value());
    CHECK_FALSE(fig::namedView("top").has_value());
    for (int i = 0; i < fig::jointCount; ++i) {
        const Joint joint = static_cast<Joint>(i);
        CHECK(fig::jointNamed(fig::toString(joint)) == joint);
    }
    CHECK(fig::jointNamed("left_elbow") == Joint::LeftElbow);
    CHECK_FALSE(fig::jointNamed("left_finger").has_value());
    for (const Support support : allSupports)
        CHECK(fig::supportNamed(fig::toString(support)) == support);
    CHECK(fig::supportNamed("all_fours") == Support::AllFours);
    for (const fig::Prop prop : { fig::Prop::Chair, fig::Prop::Wall, fig::Prop::Mat,
             fig::Prop::Block, fig::Prop::SidewaysChair })
        CHECK(fig::propNamed(fig::toString(prop)) == prop);
    CHECK_FALSE(fig::propNamed("ball").has_value());
}

TEST_CASE("the drawing comes sorted far to near within its bounds", "[figure]")
{
    const std::array<fig::View, 4> views { fig::View { 0, 0 }, fig::View { 90, 0 },
        fig::View { 40, 12 }, fig::View { 200, 30 } };
    for (const Support support : allSupports)
        for (const fig::View& view : views) {
            const fig::ExerciseFigure figure = figureOf(support, view,
                { fig::Prop::Chair, fig::Prop::Mat, fig::Prop::Wall, fig::Prop::Block });
            const fig::Drawing d = fig::draw(figure, figure.start, fig::BodySide::Left);
            REQUIRE(d.shapes.size() > 20);
            for (std::size_t i = 1; i < d.shapes.size(); ++i)
                REQUIRE(d.shapes[i - 1].depth >= d.shapes[i].depth);
            for (const fig::Shape& shape : d.shapes) {
                const auto inside = [&](double x, double y, double r) {
                    return x - r >= d.minX - 1e-12 && x + r <= d.maxX + 1e-12
                        && y - r >= d.minY - 1e-12 && y + r <= d.maxY + 1e-12;
                };
                if (shape.kind == fig::Shape::Kind::Capsule)
                    REQUIRE((inside(shape.capsule.x1, shape.capsule.y1, shape.capsule.r1)
                        && inside(shape.capsule.x2, shape.capsule.y2, shape.capsule.r2)));
                if (shape.kind == fig::Shape::Kind::Circle)
                    REQUIRE(inside(shape.circle.x, shape.circle.y, shape.circle.r));
                if (shape.kind == fig::Shape::Kind::Polygon) {
                    REQUIRE(shape.polygon.points.size() >= 3);
                    for (const auto& p : shape.polygon.points)
                        REQUIRE(inside(p[0], p[1], 0));
                }
            }
        }
}

TEST_CASE("the side nearer the eye is drawn near, the stretched side highlighted", "[figure]")
{
    const auto tones = [](const fig::Drawing& d) {
        std::vector<fig::Tone> seen;
        for (const fig::Shape& shape : d.shapes)
            seen.push_back(shape.tone);
        return seen;
    };
    const auto count = [](const std::vector<fig::Tone>& seen, fig::Tone tone) {
        return std::count(seen.begin(), seen.end(), tone);
    };
    const fig::ExerciseFigure side = figureOf(Support::Standing, { 90, 0 }); // looks at its left
    const Pose pose = side.start;
    const auto plain = tones(fig::draw(side, pose, std::nullopt));
    CHECK(count(plain, fig::Tone::Far) == 6); // the right arm and leg, three shapes each
    CHECK(count(plain, fig::Tone::Highlight) == 0);
    const auto highlighted = tones(fig::draw(side, pose, fig::BodySide::Right));
    CHECK(count(highlighted, fig::Tone::Highlight) == 6);
    CHECK(count(highlighted, fig::Tone::Far) == 0);
    const auto front = tones(fig::draw(figureOf(Support::Standing, { 0, 0 }), pose, std::nullopt));
    CHECK(count(front, fig::Tone::Far) == 0);
    const auto chair = tones(
        fig::draw(figureOf(Support::Seated, { 0, 0 }, { fig::Prop::Chair }), pose, std::nullopt));
    CHECK(count(chair, fig::Tone::Prop) == 6); // seat, back and four legs
}

TEST_CASE("the pose at a moment follows the session", "[figure]")
{
    fig::ExerciseFigure figure = fig::neutralFigure(Support::Seated);
    figure.start = fig::neutralFigure(Support::Seated).start;
    figure.in = seatedTwist();
    Pose out = seatedTwist();
    out[Joint::UpperSpine].twist = 22;
    figure.out = out;
    Pose up = figure.start, down = figure.start;
    up[Joint::LeftShoulder].flex = 150;
    down[Joint::LeftShoulder].flex = 20;
    figure.phases = { up, down };

    using Stage = fig::Moment::Stage;
    const Pose neutral = fig::neutralFigure(Support::Seated).start;
    CHECK(fig::poseAt(figure, moment(Stage::LeadIn, 1)) == figure.start);
    CHECK(fig::poseAt(figure, moment(Stage::LeadIn, 0)) == neutral);

    fig::Moment breath = moment(Stage::Hold, 1);
    breath.inBreath = true;
    CHECK(fig::poseAt(figure, breath) == *figure.in);
    breath.progress = 0;
    CHECK(fig::poseAt(figure, breath) == *figure.out);
    breath.fromStart = true;
    CHECK(fig::poseAt(figure, breath) == figure.start);
    breath = moment(Stage::Hold, 1);
    breath.inBreath = false;
    CHECK(fig::poseAt(figure, breath) == *figure.out);
    breath.progress = 0.5;
    CHECK(fig::poseAt(figure, breath)[Joint::UpperSpine].twist == Approx(26));

    fig::Moment rep = moment(Stage::Rep, 1);
    rep.phase = 0;
    CHECK(fig::poseAt(figure, rep) == up);
    rep.phase = 1;
    CHECK(fig::poseAt(figure, rep) == down);
    rep.progress = 0;
    CHECK(fig::poseAt(figure, rep) == up);
    rep.phase = 0;
    CHECK(fig::poseAt(figure, rep) == down); // the first phase starts from the last
    rep.fromStart = true;
    CHECK(fig::poseAt(figure, rep) == figure.start);

    CHECK(fig::poseAt(figure, moment(Stage::Rest, 1)) == neutral);
    CHECK(fig::poseAt(figure, moment(Stage::Done, 0.3)) == figure.start);

    // The other side is the mirror, moment by moment.
    for (const double progress : { 0.0, 0.3, 1.0 })
        for (const Stage stage : { Stage::LeadIn, Stage::Hold, Stage::Rep, Stage::Rest }) {
            fig::Moment m = moment(stage, progress);
            m.side = fig::BodySide::Right;
            fig::Moment l = m;
            l.side = fig::BodySide::Left;
            CHECK(fig::poseAt(figure, m) == fig::mirror(fig::poseAt(figure, l)));
        }
    // Poses written for the right side are shown as written on the right.
    fig::ExerciseFigure rightFirst = figure;
    rightFirst.firstSide = fig::BodySide::Right;
    breath = moment(Stage::Hold, 1);
    breath.side = fig::BodySide::Right;
    CHECK(fig::poseAt(rightFirst, breath) == *figure.in);

    // A switch to the right leaves the left's hold, passes its start, and ends at the right's.
    fig::Moment turn = moment(Stage::Switch, 0);
    turn.side = fig::BodySide::Right;
    CHECK(fig::poseAt(figure, turn) == fig::interpolate(*figure.in, *figure.out, 0.5));
    turn.progress = 0.5;
    CHECK(fig::poseAt(figure, turn) == figure.start);
    turn.progress = 1;
    CHECK(fig::poseAt(figure, turn) == fig::mirror(figure.start));
}

namespace {

struct Box {
    double minX = INFINITY, minY = INFINITY, maxX = -INFINITY, maxY = -INFINITY;
};

// The extent of the prop shapes, each prop drawn alone.
Box propBox(const fig::Drawing& drawing)
{
    Box box;
    const auto take = [&](double x, double y, double r) {
        box.minX = std::min(box.minX, x - r);
        box.maxX = std::max(box.maxX, x + r);
        box.minY = std::min(box.minY, y - r);
        box.maxY = std::max(box.maxY, y + r);
    };
    for (const fig::Shape& shape : drawing.shapes) {
        if (shape.tone != fig::Tone::Prop)
            continue;
        if (shape.kind == fig::Shape::Kind::Capsule) {
            take(shape.capsule.x1, shape.capsule.y1, shape.capsule.r1);
            take(shape.capsule.x2, shape.capsule.y2, shape.capsule.r2);
        }
        for (const auto& p : shape.polygon.points)
            take(p[0], p[1], 0);
    }
    return box;
}

} // namespace

TEST_CASE("props stand where the body uses them", "[figure]")
{
    // Seen from its left side, the figure faces the drawing's left (-x).
    const fig::View side { 90, 0 };
    SECTION("a chair's seat under a seated pelvis, its back behind it")
    {
        const fig::ExerciseFigure figure = figureOf(Support::Seated, side, { fig::Prop::Chair });
        const fig::Skeleton s = fig::solve(figure.start, Support::Seated);
        const Box chair = propBox(fig::draw(figure, figure.start, std::nullopt));
        CHECK(chair.minY == Approx(0).margin(1e-9)); // legs on the floor
        const double pelvisX = -s[Joint::Pelvis].z;
        CHECK(chair.minX < pelvisX - 0.1);
        CHECK(chair.maxX > pelvisX + 0.05); // the back, behind the pelvis
        CHECK(chair.maxY > s[Joint::Pelvis].y + 0.2);
        // The seat's top carries the thighs: no body part is drawn into it.
        fig::ExerciseFigure seatOnly = figure;
        seatOnly.view = { 0, 0 };
        const fig::Drawing front = fig::draw(seatOnly, figure.start, std::nullopt);
        double seatTop = -INFINITY;
        for (const fig::Shape& shape : front.shapes)
            if (shape.tone == fig::Tone::Prop && shape.kind == fig::Shape::Kind::Polygon)
                for (const auto& p : shape.polygon.points)
                    if (p[1] < 0.3)
                        seatTop = std::max(seatTop, p[1]);
        CHECK(seatTop == Approx(fig::seatHeight - 0.046));
    }
    SECTION("a pelvis tipped far back rises off the seat rather than sink into it")
    {
        Pose slumped = fig::neutralFigure(Support::Seated).start;
        slumped[Joint::Pelvis].flex = -45;
        const fig::Skeleton s = fig::solve(slumped, Support::Seated);
        CHECK(s[Joint::Pelvis].y > fig::seatHeight + 0.01);
    }
    SECTION("a wall at the hands' reach, or behind the back")
    {
        fig::ExerciseFigure figure = figureOf(Support::Standing, side, { fig::Prop::Wall });
        Pose pushing = figure.start;
        pushing[Joint::LeftShoulder] = pushing[Joint::RightShoulder] = { 90, 0, 0 };
        pushing[Joint::LeftElbow] = pushing[Joint::RightElbow] = { 0, 0, 0 };
        const fig::Skeleton s = fig::solve(pushing, Support::Standing);
        const Box wall = propBox(fig::draw(figure, pushing, std::nullopt));
        CHECK(wall.maxX == Approx(-(s.leftHand.z + 0.018))); // its face at the fingers
        CHECK(wall.minY == Approx(0));
        CHECK(wall.maxY > 1.0);
        const Box behind = propBox(fig::draw(figure, figure.start, std::nullopt));
        CHECK(behind.minX > 0.05); // behind the back, on the drawing's right
        const fig::Drawing d = fig::draw(figure, figure.start, std::nullopt);
        CHECK(d.shapes.front().tone == fig::Tone::Prop); // a backdrop, never hiding the figure
    }
    SECTION("a mat under the whole lying body")
    {
        const fig::ExerciseFigure figure
            = figureOf(Support::LyingFaceDown, side, { fig::Prop::Mat });
        const fig::Drawing d = fig::draw(figure, figure.start, std::nullopt);
        const Box mat = propBox(d);
        CHECK(mat.minY == Approx(0).margin(1e-9));
        CHECK(mat.maxY < 0.02);
        CHECK(mat.minX < d.minX + 0.07);
        CHECK(mat.maxX > d.maxX - 0.07);
    }
    SECTION("a block between the knees")
    {
        const fig::ExerciseFigure figure
            = figureOf(Support::Seated, { 0, 0 }, { fig::Prop::Block });
        const fig::Skeleton s = fig::solve(figure.start, Support::Seated);
        const Box block = propBox(fig::draw(figure, figure.start, std::nullopt));
        CHECK(block.minX > s[Joint::RightKnee].x);
        CHECK(block.maxX < s[Joint::LeftKnee].x);
        CHECK(block.minY < s[Joint::LeftKnee].y);
        CHECK(block.maxY > s[Joint::LeftKnee].y - 0.05);
    }
}

TEST_CASE("still poses: one pose per stage, whatever the progress", "[figure]")
{
    fig::ExerciseFigure figure;
    figure.support = Support::Seated;
    figure.start[Joint::UpperSpine].twist = 5;
    Pose in;
    in[Joint::UpperSpine].twist = 20;
    Pose out;
    out[Joint::UpperSpine].twist = 36;
    figure.in = in;
    figure.out = out;
    Pose lift;
    lift[Joint::LeftShoulder].flex = 60;
    Pose lower;
    lower[Joint::LeftShoulder].flex = 10;
    figure.phases = { lift, lower };

    using Stage = fig::Moment::Stage;
    for (const double progress : { 0.0, 0.3, 1.0 }) {
        fig::Moment moment;
        moment.progress = progress;
        moment.fromStart = progress == 0.0;
        moment.stage = Stage::LeadIn;
        CHECK(fig::stillPoseAt(figure, moment) == figure.start);
        moment.stage = Stage::Hold;
        for (const bool inBreath : { true, false }) {
            moment.inBreath = inBreath;
            // Without a hold pose of its own, the middle of in and out.
            CHECK(fig::stillPoseAt(figure, moment) == fig::interpolate(in, out, 0.5));
        }
        moment.stage = Stage::Rep;
        moment.phase = 1;
        CHECK(fig::stillPoseAt(figure, moment) == lower);
        moment.stage = Stage::Rest;
        CHECK(fig::stillPoseAt(figure, moment) == fig::neutralFigure(Support::Seated).start);
        moment.stage = Stage::Done;
        CHECK(fig::stillPoseAt(figure, moment) == figure.start);
        // A switch shows the side it turns to; the other side is the mirror.
        moment.stage = Stage::Switch;
        moment.side = fig::BodySide::Right;
        CHECK(fig::stillPoseAt(figure, moment) == fig::mirror(figure.start));
        moment.side = fig::BodySide::Left;
    }

    Pose middle;
    middle[Joint::UpperSpine].twist = 30;
    figure.hold = middle;
    fig::Moment hold;
    hold.stage = Stage::Hold;
    hold.progress = 0.7;
    CHECK(fig::stillPoseAt(figure, hold) == middle);
    hold.side = fig::BodySide::Right;
    CHECK(fig::stillPoseAt(figure, hold) == fig::mirror(middle));
}

namespace {

// A drawing's shapes as comparable rows, reflected left to right when asked, in one order.
std::vector<std::vector<double>> shapeRows(const fig::Drawing& drawing, bool reflect)
{
    const double sign = reflect ? -1 : 1;
    std::vector<std::vector<double>> rows;
    for (const fig::Shape& shape : drawing.shapes) {
        std::vector<double> row { static_cast<double>(shape.kind), static_cast<double>(shape.tone),
            std::round(shape.depth * 1e6) };
        std::vector<std::array<double, 2>> points;
        if (shape.kind == fig::Shape::Kind::Capsule) {
            points = { { sign * shape.capsule.x1, shape.capsule.y1 },
                { sign * shape.capsule.x2, shape.capsule.y2 } };
            row.push_back(std::round(shape.capsule.r1 * 1e6));
            row.push_back(std::round(shape.capsule.r2 * 1e6));
        } else if (shape.kind == fig::Shape::Kind::Circle) {
            points = { { sign * shape.circle.x, shape.circle.y } };
            row.push_back(std::round(shape.circle.r * 1e6));
        } else {
            for (const auto& [x, y] : shape.polygon.points)
                points.push_back({ sign * x, y });
        }
        std::sort(points.begin(), points.end());
        for (const auto& [x, y] : points) {
            row.push_back(std::round(x * 1e6));
            row.push_back(std::round(y * 1e6));
        }
        rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

TEST_CASE("the second side, seen through the mirrored view, is the mirror image", "[figure]")
{
    std::mt19937 random(15);
    for (const char* viewName : { "three-quarter", "side", "front" }) {
        fig::ExerciseFigure figure;
        figure.support = Support::Seated;
        figure.props = { fig::Prop::Chair };
        figure.view = *fig::namedView(viewName);
        fig::ExerciseFigure otherSide = figure;
        otherSide.view = fig::mirrored(figure.view);
        CHECK(fig::mirrored(fig::mirrored(figure.view)) == figure.view);
        for (int i = 0; i < 5; ++i) {
            const Pose pose = randomPose(random);
            const fig::Drawing first = fig::draw(figure, pose, fig::BodySide::Left);
            const fig::Drawing second
                = fig::draw(otherSide, fig::mirror(pose), fig::BodySide::Right);
            CHECK(second.minX == Approx(-first.maxX).margin(1e-9));
            CHECK(second.maxX == Approx(-first.minX).margin(1e-9));
            CHECK(second.minY == Approx(first.minY).margin(1e-9));
            CHECK(shapeRows(second, false) == shapeRows(first, true));
        }
    }
}

TEST_CASE("a switch turns the view round from the side left to the new side's", "[figure]")
{
    fig::ExerciseFigure figure = fig::neutralFigure(Support::Seated);
    figure.view = { 60, 12 };
    fig::Moment moment;
    moment.stage = fig::Moment::Stage::Switch;
    moment.side = fig::BodySide::Right;
    moment.progress = 0;
    CHECK(fig::viewAt(figure, moment) == figure.view);
    moment.progress = 0.5;
    CHECK(fig::viewAt(figure, moment).yaw == Approx(0).margin(1e-12)); // facing the eye
    moment.progress = 1;
    CHECK(fig::viewAt(figure, moment) == fig::mirrored(figure.view));
    // Still poses do not turn; outside a switch each side has its own view.
    moment.progress = 0.5;
    CHECK(fig::viewAt(figure, moment, true) == fig::mirrored(figure.view));
    moment.stage = fig::Moment::Stage::Hold;
    CHECK(fig::viewAt(figure, moment) == fig::mirrored(figure.view));
    moment.side = fig::BodySide::Left;
    CHECK(fig::viewAt(figure, moment) == figure.view);
    // A view from behind turns the short way, past the back, not all the way round the front.
    figure.view = { 170, 0 };
    moment.stage = fig::Moment::Stage::Switch;
    moment.progress = 0.5;
    CHECK(std::abs(fig::viewAt(figure, moment).yaw) == Approx(180));
}
