// The "figure" object of an exercise file: what it reads into, how "from" inherits, the side
// its poses are written for, and that saving keeps it. Its refusals are in malformed_tests.cpp.
#include <limber/exercise_figure.h>
#include <limber/load.h>
#include <limber/save.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
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
        "out": {"from": "in", "upper_spine": {"twist": 33, "flex": 5}}
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
        CHECK((*figure.out)[Joint::UpperSpine] == limber::figure::Rotation { 5, 0, 33 });
    }
}

TEST_CASE("a view may be written as yaw and pitch: pitch defaults to level")
{
    std::string figure = twistFigure;
    figure.replace(figure.find(R"("three-quarter")"), 15, R"({"yaw": -40, "pitch": 12})");
    CHECK(load(exerciseFile(R"("sides": "each")", holdDose, figure)).figure->view
        == limber::figure::View { -40, 12 });
    figure.replace(figure.find(R"({"yaw": -40, "pitch": 12})"), 25, R"({"yaw": 90})");
    CHECK(load(exerciseFile(R"("sides": "each")", holdDose, figure)).figure->view
        == limber::figure::View { 90, 0 });
}

TEST_CASE("poses are for the first side the file names, and mirror to the other side")
{
    const auto left = load(exerciseFile(R"("sides": "each")", holdDose, twistFigure));
    const auto right
        = load(exerciseFile(R"("sides": "each", "first_side": "right")", holdDose, twistFigure));
    REQUIRE(right.figure);
    CHECK(left.figure->firstSide == limber::figure::BodySide::Left);
    CHECK(right.figure->firstSide == limber::figure::BodySide::Right);
    CHECK(right.figure->start == left.figure->start);
    // Moved to the other side, every pose is the mirror of the one written.
    const auto moved = limber::figureForSide(*right.figure, limber::Side::Left);
    CHECK(moved.firstSide == limber::figure::BodySide::Left);
    CHECK(*moved.out == limber::figure::mirror(*left.figure->out));
    CHECK((*moved.out)[Joint::UpperSpine].twist == -33);
    CHECK(limber::figureForSide(*right.figure, limber::Side::Right) == *right.figure);
    // An exercise without sides has its poses for the left, whatever first_side says.
    const auto none
        = load(exerciseFile(R"("sides": "none", "first_side": "right")", holdDose, twistFigure));
    CHECK(none.figure->firstSide == limber::figure::BodySide::Left);
}

TEST_CASE("a reps figure has one pose per phase: an exercise without a figure has none")
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
        CHECK(saved.find("\"twist\": 33") != std::string::npos);
    }
}

TEST_CASE("every built-in stretch has a figure, each pose within its limits and above the floor")
{
    const std::filesystem::path folder
        = std::filesystem::path(LIMBER_SOURCE_DIR) / "data" / "exercises";
    int exercises = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string bytes { std::istreambuf_iterator<char>(in), {} };
        const limber::Exercise exercise = load(bytes);
        INFO(exercise.id);
        REQUIRE(exercise.figure);
        ++exercises;
        std::vector<limber::figure::Pose> poses { exercise.figure->start };
        for (const auto& pose :
            { exercise.figure->hold, exercise.figure->in, exercise.figure->out })
            if (pose)
                poses.push_back(*pose);
        poses.insert(poses.end(), exercise.figure->phases.begin(), exercise.figure->phases.end());
        CHECK(poses.size() >= 2); // a start and something to move to
        for (const auto& pose : poses) {
            CHECK(limber::figure::outOfLimits(pose).empty());
            const auto skeleton = limber::figure::solve(pose, exercise.figure->support);
            for (const auto& joint : skeleton.joints)
                CHECK(joint.y >= -1e-9);
            CHECK(skeleton.headCentre.y - skeleton.headRadius >= -1e-9);
        }
    }
    CHECK(exercises == 18);
}
