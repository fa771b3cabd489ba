// The "figure" object of an exercise file: what it reads into, how "from" inherits, the side
// its poses are written for, and that saving keeps it. Its refusals are in malformed_tests.cpp.
#include <limber/exercise_figure.h>
#include <limber/load.h>
#include <limber/save.h>

#include <catch2/catch.hpp>
#include <string>

namespace {

using limber::figure::Joint;

std::string exerciseFile(
    const std::string& sides, const std::string& dose, const std::string& figure)
{
    return R"({"kind": "exercise", "version": 1, "id": "twist", "name": "Twist",
        "position": "seated", "steps": ["Turn to the {side}."], )"
        + sides + R"(, "dose": )" + dose + R"(, "figure": )" + figure + "}";
}

const std::string holdDose = R"({"hold": {"breaths": 3}})";
const std::string repsDose = R"({"reps": {"count": 4, "phases": [
    {"cue": "Turn.", "seconds": 2}, {"cue": "Back.", "seconds": 2}]}})";

const std::string twistFigure = R"({
    "support": "seated", "view": "three-quarter", "props": ["chair", "block"],
    "poses": {
        "start": {"left_hip": {"flex": 90}, "left_knee": {"flex": 90},
                  "right_hip": {"flex": 90}, "right_knee": {"flex": 90}},
        "in": {"from": "start", "upper_spine": {"twist": 30}, "neck": {"twist": 10.5}},
        "out": {"from": "in", "upper_spine": {"twist": 36, "flex": 5}}
    }})";

limber::Exercise load(const std::string& bytes)
{
    const limber::LoadedDocument loaded = limber::loadDocument(bytes, "twist.json");
    INFO(bytes);
    for (const limber::Diagnostic& d : loaded.diagnostics)
        UNSCOPED_INFO(limber::formatDiagnostic(d));
    REQUIRE(loaded.diagnostics.empty());
    REQUIRE(std::holds_alternative<limber::Exercise>(loaded.value));
    return std::get<limber::Exercise>(loaded.value);
}

} // namespace

TEST_CASE("a figure reads its support, view, props and poses")
{
    const limber::Exercise exercise
        = load(exerciseFile(R"("sides": "each")", holdDose, twistFigure));
    REQUIRE(exercise.figure);
    const auto& figure = *exercise.figure;
    CHECK(figure.support == limber::figure::Support::Seated);
    CHECK(figure.view == limber::figure::namedView("three-quarter"));
    CHECK(figure.props == std::vector { limber::figure::Prop::Chair, limber::figure::Prop::Block });
    CHECK(figure.start[Joint::LeftKnee].flex == 90);
    CHECK(figure.start[Joint::UpperSpine] == limber::figure::Rotation {});
    CHECK_FALSE(figure.hold);
    CHECK(figure.phases.empty());

    SECTION("a pose with \"from\" keeps what it does not write, component by component")
    {
        REQUIRE(figure.in);
        REQUIRE(figure.out);
        CHECK((*figure.in)[Joint::RightHip].flex == 90);
        CHECK((*figure.in)[Joint::Neck].twist == 10.5);
        CHECK((*figure.out)[Joint::Neck].twist == 10.5);
        CHECK((*figure.out)[Joint::UpperSpine] == limber::figure::Rotation { 5, 0, 36 });
    }
}

TEST_CASE("a view may be written as yaw and pitch; pitch defaults to level")
{
    std::string figure = twistFigure;
    figure.replace(figure.find(R"("three-quarter")"), 15, R"({"yaw": -40, "pitch": 12})");
    CHECK(load(exerciseFile(R"("sides": "each")", holdDose, figure)).figure->view
        == limber::figure::View { -40, 12 });
    figure.replace(figure.find(R"({"yaw": -40, "pitch": 12})"), 25, R"({"yaw": 90})");
    CHECK(load(exerciseFile(R"("sides": "each")", holdDose, figure)).figure->view
        == limber::figure::View { 90, 0 });
}

TEST_CASE("poses written for a first side of right are held for the left, mirrored")
{
    const auto left = load(exerciseFile(R"("sides": "each")", holdDose, twistFigure));
    const auto right
        = load(exerciseFile(R"("sides": "each", "first_side": "right")", holdDose, twistFigure));
    REQUIRE(right.figure);
    CHECK(right.figure->start == limber::figure::mirror(left.figure->start));
    CHECK(*right.figure->out == limber::figure::mirror(*left.figure->out));
    CHECK((*right.figure->out)[Joint::UpperSpine].twist == -36);
    // As it is for its first side, it is exactly what the file says.
    CHECK(limber::figureForSide(*right.figure, limber::Side::Right).start == left.figure->start);
}

TEST_CASE("a reps figure has one pose per phase; an exercise without a figure has none")
{
    const std::string figure = R"({"support": "seated", "view": "front", "poses": {
        "start": {"left_hip": {"flex": 90}},
        "phases": [{"from": "start", "upper_spine": {"twist": 25}}, {"from": "start"}]}})";
    const auto reps = load(exerciseFile(R"("sides": "alternate")", repsDose, figure));
    REQUIRE(reps.figure);
    REQUIRE(reps.figure->phases.size() == 2);
    CHECK(reps.figure->phases[0][Joint::UpperSpine].twist == 25);
    CHECK(reps.figure->phases[1] == reps.figure->start);

    const auto plain = load(R"({"kind": "exercise", "version": 1, "id": "plain", "name": "Plain",
        "position": "floor", "steps": ["Lie down."], "sides": "none",
        "dose": {"hold": {"seconds": 20}}})");
    CHECK_FALSE(plain.figure);
    CHECK(limber::figureOf(plain).support == limber::figure::Support::LyingFaceDown);
}

TEST_CASE("an exercise's figure saves and loads back identical, on either first side")
{
    for (const char* sides :
        { R"("sides": "each")", R"("sides": "each", "first_side": "right")" }) {
        std::string figure = twistFigure;
        figure.replace(figure.find(R"("three-quarter")"), 15, R"({"yaw": 33.5, "pitch": 8})");
        const limber::Exercise exercise = load(exerciseFile(sides, holdDose, figure));
        const std::string saved = limber::toJson(exercise);
        INFO(saved);
        CHECK(load(saved) == exercise);
        CHECK(limber::toJson(load(saved)) == saved);
        // The saved file, like the written one, holds the first side's poses.
        CHECK(saved.find("\"twist\": 36") != std::string::npos);
    }
}
