// The head's marks: the face, the hairline and the nose show where the head faces and how it
// tilts, and follow the mirror to the other side.
#include <limber/figure.h>

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <cmath>
#include <optional>
#include <vector>

namespace fig = limber::figure;
using fig::Joint;
using fig::Pose;
using fig::Support;

namespace {

struct HeadMarks {
    fig::Circle head; // the face's circle, the head's own
    std::vector<std::array<double, 2>> hair;
    std::optional<fig::Circle> nose;
};

HeadMarks marksOf(const fig::Drawing& drawing)
{
    HeadMarks marks;
    std::vector<fig::Circle> faceCircles;
    for (const fig::Shape& shape : drawing.shapes) {
        if (shape.tone == fig::Tone::Face && shape.kind == fig::Shape::Kind::Circle)
            faceCircles.push_back(shape.circle);
        if (shape.tone == fig::Tone::Near && shape.kind == fig::Shape::Kind::Polygon
            && !faceCircles.empty() && marks.hair.empty())
            marks.hair = shape.polygon.points;
    }
    REQUIRE(!faceCircles.empty());
    marks.head = faceCircles.front();
    if (faceCircles.size() > 1)
        marks.nose = faceCircles.back();
    return marks;
}

// The hair's middle, relative to the head's centre.
std::array<double, 2> hairMiddle(const HeadMarks& marks)
{
    REQUIRE(!marks.hair.empty());
    double x = 0, y = 0;
    for (const auto& [px, py] : marks.hair) {
        x += px;
        y += py;
    }
    const auto n = static_cast<double>(marks.hair.size());
    return { x / n - marks.head.x, y / n - marks.head.y };
}

fig::ExerciseFigure seatedFacing(fig::View view)
{
    fig::ExerciseFigure figure = fig::neutralFigure(Support::Seated);
    figure.view = view;
    return figure;
}

} // namespace

TEST_CASE(
    "the head shows where it faces: hair on top from the front, nose on the outline in profile",
    "[figure][head]")
{
    const fig::ExerciseFigure front = seatedFacing({ 0, 0 });
    const HeadMarks ahead = marksOf(fig::draw(front, front.start, std::nullopt));
    // From the front the hair is a band across the top and the nose stands inside the face.
    CHECK(hairMiddle(ahead)[0] == Approx(0).margin(1e-9));
    CHECK(hairMiddle(ahead)[1] > 0.5 * ahead.head.r);
    REQUIRE(ahead.nose);
    CHECK(std::hypot(ahead.nose->x - ahead.head.x, ahead.nose->y - ahead.head.y) < ahead.head.r);

    // Seen from the left side, the face looks to the right of the drawing: the nose's bump
    // stands on the outline there and the hair lies to the back (the left).
    const fig::ExerciseFigure side = seatedFacing({ 90, 0 });
    const HeadMarks profile = marksOf(fig::draw(side, side.start, std::nullopt));
    REQUIRE(profile.nose);
    CHECK(
        profile.nose->x - profile.head.x == Approx(-profile.head.r * std::cos(0.21)).epsilon(0.05));
    CHECK(hairMiddle(profile)[0] > 0);

    // From behind, no nose at all.
    const fig::ExerciseFigure back = seatedFacing({ 180, 0 });
    CHECK_FALSE(marksOf(fig::draw(back, back.start, std::nullopt)).nose);
}

TEST_CASE("a turn and a tilt of the head move its marks, and the mirror moves them across",
    "[figure][head]")
{
    const fig::ExerciseFigure front = seatedFacing({ 0, 0 });
    const fig::ExerciseFigure otherSide = [&] {
        fig::ExerciseFigure f = front;
        f.view = fig::mirrored(front.view);
        return f;
    }();
    Pose turned = front.start;
    turned[Joint::Neck] = { 0, 0, 30 }; // toward the body's left: the viewer's right
    turned[Joint::Head] = { 0, 0, 20 };
    const HeadMarks left = marksOf(fig::draw(front, turned, std::nullopt));
    REQUIRE(left.nose);
    CHECK(left.nose->x > left.head.x + 0.5 * left.head.r);
    const HeadMarks right = marksOf(fig::draw(otherSide, fig::mirror(turned), std::nullopt));
    REQUIRE(right.nose);
    CHECK(right.nose->x - right.head.x == Approx(-(left.nose->x - left.head.x)).margin(1e-9));

    // A side bend to the left tips the hairline: its band moves toward the viewer's right with
    // the crown, and the nose (low on the face) the other way.
    Pose tilted = front.start;
    tilted[Joint::Neck] = { 0, 30, 0 };
    tilted[Joint::Head] = { 0, 15, 0 };
    const HeadMarks upright = marksOf(fig::draw(front, front.start, std::nullopt));
    const HeadMarks tipped = marksOf(fig::draw(front, tilted, std::nullopt));
    REQUIRE(tipped.nose);
    CHECK(hairMiddle(tipped)[0] > 0.15 * tipped.head.r);
    CHECK(tipped.nose->x - tipped.head.x < -0.1 * tipped.head.r);
    CHECK(hairMiddle(upright)[0] == Approx(0).margin(1e-9));
    const HeadMarks tippedOther = marksOf(fig::draw(otherSide, fig::mirror(tilted), std::nullopt));
    CHECK(hairMiddle(tippedOther)[0] == Approx(-hairMiddle(tipped)[0]).margin(1e-9));
}

// The middle across the drawing of its backrest: the tallest prop shape.
double backrestX(const fig::Drawing& drawing)
{
    double top = -1, x = 0;
    for (const fig::Shape& shape : drawing.shapes) {
        if (shape.tone != fig::Tone::Prop || shape.kind != fig::Shape::Kind::Polygon)
            continue;
        double highest = -1, sum = 0;
        for (const auto& [px, py] : shape.polygon.points) {
            highest = std::max(highest, py);
            sum += px;
        }
        if (highest > top) {
            top = highest;
            x = sum / static_cast<double>(shape.polygon.points.size());
        }
    }
    return x;
}

TEST_CASE("a sideways chair's backrest stands on the figure's first side and follows the mirror",
    "[figure][head]")
{
    fig::ExerciseFigure figure = seatedFacing({ 0, 0 });
    figure.props = { fig::Prop::SidewaysChair };
    figure.firstSide = fig::BodySide::Right;
    // From the front, the backrest's middle is on the right of the body (the viewer's left).
    const double right = backrestX(fig::draw(figure, figure.start, std::nullopt));
    CHECK(right < -0.1);
    fig::ExerciseFigure other = figure;
    other.firstSide = fig::BodySide::Left;
    other.view = fig::mirrored(figure.view);
    CHECK(backrestX(fig::draw(other, fig::mirror(figure.start), std::nullopt))
        == Approx(-right).margin(1e-9));
}

TEST_CASE("in a switch a sideways chair's backrest swings round behind the body and never jumps",
    "[figure][head]")
{
    fig::ExerciseFigure figure = seatedFacing({ 0, 0 });
    figure.props = { fig::Prop::SidewaysChair };
    fig::Moment moment;
    moment.stage = fig::Moment::Stage::Switch;
    moment.side = fig::BodySide::Right; // leaving the left side
    const auto at = [&](double progress) {
        moment.progress = progress;
        return fig::sidewaysBackrestAt(moment);
    };
    CHECK(at(0) == 90);
    CHECK(at(0.5) == Approx(0).margin(1e-12)); // behind, as on an ordinary chair
    CHECK(at(1) == -90);
    CHECK(fig::sidewaysBackrestAt(moment, true) == -90); // motion reduced: the new side at once
    moment.stage = fig::Moment::Stage::Hold;
    CHECK(fig::sidewaysBackrestAt(moment) == -90);
    moment.side = fig::BodySide::Left;
    CHECK(fig::sidewaysBackrestAt(moment) == 90);

    // Drawn from the front, the backrest crosses from the body's left (the viewer's right) to
    // its right in small steps, none as large as a tenth of the way across.
    moment.stage = fig::Moment::Stage::Switch;
    moment.side = fig::BodySide::Right;
    const double leftX = backrestX(fig::draw(figure, figure.start, std::nullopt, at(0)));
    const double rightX = backrestX(fig::draw(figure, figure.start, std::nullopt, at(1)));
    REQUIRE(leftX > 0.1);
    CHECK(rightX == Approx(-leftX).margin(1e-9));
    CHECK(backrestX(fig::draw(figure, figure.start, std::nullopt, at(0.5)))
        == Approx(0).margin(1e-9));
    double previous = leftX;
    for (int step = 1; step <= 40; ++step) {
        const double x = backrestX(fig::draw(figure, figure.start, std::nullopt, at(step / 40.0)));
        CHECK(x <= previous + 1e-12);
        CHECK(previous - x < 0.1 * (leftX - rightX));
        previous = x;
    }
}
