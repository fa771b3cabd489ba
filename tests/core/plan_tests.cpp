// The plan compiler on worked examples, each computed by hand in the comments.
#include "stretch_fixtures.h"

#include <limber/plan.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using limber::Breath;
using limber::Cue;
using limber::Plan;
using limber::PlanOptions;
using limber::Segment;
using limber::SegmentKind;
using limber::Side;

namespace {

const std::vector<limber::Exercise> exercises { fixtures::twist(), fixtures::eagle(),
    fixtures::rotation(), fixtures::alternating() };

Plan compileOk(const limber::Routine& routine, const PlanOptions& options = {})
{
    limber::PlanResult result
        = limber::compile(routine, fixtures::lookup(exercises), options, "test.json");
    INFO((result.errors.empty() ? "" : limber::formatDiagnostic(result.errors.front())));
    REQUIRE(result);
    return *result.plan;
}

limber::Diagnostics compileErrors(const limber::Routine& routine, const PlanOptions& options = {})
{
    limber::PlanResult result
        = limber::compile(routine, fixtures::lookup(exercises), options, "test.json");
    CHECK_FALSE(result);
    return result.errors;
}

// What the compiler says about a segment's kind, exercise, side and span, in one comparable line.
std::string describe(const Segment& s)
{
    return std::string(toString(s.kind)) + " " + s.exercise + " "
        + (s.side ? toString(*s.side) : "-") + " " + std::to_string(s.startMs) + "+"
        + std::to_string(s.durationMs);
}

std::vector<std::string> describe(const Plan& plan)
{
    std::vector<std::string> lines;
    for (const Segment& s : plan.segments)
        lines.push_back(describe(s));
    return lines;
}

std::vector<std::int64_t> cueTimes(const Segment& s)
{
    std::vector<std::int64_t> times;
    for (const Cue& cue : s.cues)
        times.push_back(cue.atMs);
    return times;
}

limber::RoutineItem withSeconds(std::string exercise, int seconds)
{
    limber::RoutineItem item = fixtures::item(std::move(exercise));
    item.seconds = seconds;
    return item;
}

} // namespace

TEST_CASE("a timed hold on each side: lead-in, first side, switch, other side")
{
    // Lead-in 5 s, switch 4 s, the twist held 40 s (item override), pace 4 s in + 6 s out:
    //   lead-in [0, 5000), hold left [5000, 45000), switch right [45000, 49000),
    //   hold right [49000, 89000). Breath cues at 0 in, 4000 out, 10000 in, … while < 40000.
    const Plan plan = compileOk(fixtures::routine(5, 4, { withSeconds("twist", 40) }));
    CHECK(plan.routine == "test-routine");
    CHECK(describe(plan)
        == std::vector<std::string> { "lead-in twist - 0+5000", "hold twist left 5000+40000",
            "switch twist right 45000+4000", "hold twist right 49000+40000" });
    CHECK(plan.totalMs == 89000);
    CHECK(plan.segments[0].cues.empty());
    CHECK(plan.segments[2].cues.empty());
    const std::vector<std::int64_t> times { 0, 4000, 10000, 14000, 20000, 24000, 30000, 34000 };
    CHECK(cueTimes(plan.segments[1]) == times);
    CHECK(cueTimes(plan.segments[3]) == times);
    const Cue& firstIn = plan.segments[1].cues[0];
    CHECK(firstIn.breath == Breath::In);
    CHECK(firstIn.text == "Breathe in, sit tall.");
    CHECK_FALSE(firstIn.rep);
    CHECK(plan.segments[1].cues[1].breath == Breath::Out);
    CHECK(plan.segments[1].cues[1].text == "Breathe out, turn to the left.");
    CHECK(plan.segments[3].cues[7].text == "Breathe out, turn to the right.");
}

TEST_CASE("a breath hold lasts whole breaths and uses the default breath texts")
{
    // 3 breaths at 4 s + 6 s = 30 000 ms, no lead-in; cues at 0, 4000, 10000, 14000, 20000,
    // 24000, the last out-breath running to the end.
    const Plan plan = compileOk(fixtures::routine(0, 5, { fixtures::item("eagle") }));
    REQUIRE(describe(plan) == std::vector<std::string> { "hold eagle - 0+30000" });
    CHECK(cueTimes(plan.segments[0])
        == std::vector<std::int64_t> { 0, 4000, 10000, 14000, 20000, 24000 });
    CHECK(plan.segments[0].cues[0].text == "Breathe in…");
    CHECK(plan.segments[0].cues[1].text == "Breathe out, go a little further");

    // At a 3 s + 5 s pace the same hold is 3 × 8 s.
    PlanOptions pace;
    pace.paceInMs = 3000;
    pace.paceOutMs = 5000;
    const Plan paced = compileOk(fixtures::routine(0, 5, { fixtures::item("eagle") }), pace);
    CHECK(paced.totalMs == 24000);
    CHECK(cueTimes(paced.segments[0])
        == std::vector<std::int64_t> { 0, 3000, 8000, 11000, 16000, 19000 });
}

TEST_CASE("reps: one set segment per set with a rest between, a cue per phase per rep")
{
    // A rep is 2000 + 1500 = 3500 ms, a set of 3 reps 10 500 ms:
    //   lead-in [0, 5000), set 1 [5000, 15500), rest [15500, 30500), set 2 [30500, 41000).
    const Plan plan = compileOk(fixtures::routine(5, 5, { fixtures::item("rotation") }));
    CHECK(describe(plan)
        == std::vector<std::string> { "lead-in rotation - 0+5000", "set rotation - 5000+10500",
            "rest rotation - 15500+15000", "set rotation - 30500+10500" });
    CHECK(plan.totalMs == 41000);
    const Segment& set2 = plan.segments[3];
    CHECK(set2.set == 2);
    CHECK(set2.sets == 2);
    CHECK(set2.reps == 3);
    CHECK(plan.segments[1].set == 1);
    CHECK(plan.segments[2].cues.empty());
    CHECK(cueTimes(set2) == std::vector<std::int64_t> { 0, 2000, 3500, 5500, 7000, 9000 });
    // Sides "none" fill {side} from the first side.
    CHECK(set2.cues[0] == Cue { 0, Breath::Out, "Turn to the left", 1, std::nullopt });
    CHECK(set2.cues[1] == Cue { 2000, Breath::In, "Come back", 1, std::nullopt });
    CHECK(set2.cues[5] == Cue { 9000, Breath::In, "Come back", 3, std::nullopt });
}

TEST_CASE("alternate: each set is every rep on both sides, cues alternating sides")
{
    // 2 sets × 15 reps per side; a rep is 4000 ms, so a set is 2 × 15 × 4000 = 120 000 ms:
    //   lead-in [0, 5000), set 1 [5000, 125000), rest [125000, 145000), set 2 [145000, 265000).
    // Cue k (0..59) of a set: at k × 2000, rep k / 4 + 1, left for k % 4 in {0, 1}.
    const Plan plan = compileOk(fixtures::routine(5, 5, { fixtures::item("alternating") }));
    CHECK(describe(plan)
        == std::vector<std::string> { "lead-in alternating - 0+5000",
            "set alternating - 5000+120000", "rest alternating - 125000+20000",
            "set alternating - 145000+120000" });
    CHECK(plan.totalMs == 265000);
    for (const std::size_t index : { std::size_t { 1 }, std::size_t { 3 } }) {
        const Segment& set = plan.segments[index];
        CHECK(set.reps == 15);
        REQUIRE(set.cues.size() == 60);
        for (std::size_t k = 0; k < set.cues.size(); ++k) {
            const Cue& cue = set.cues[k];
            const Side side = k % 4 < 2 ? Side::Left : Side::Right;
            CHECK(cue.atMs == static_cast<std::int64_t>(k) * 2000);
            CHECK(cue.rep == static_cast<int>(k / 4 + 1));
            CHECK(cue.side == side);
            CHECK(cue.text
                == (k % 2 == 0 ? std::string("Rotate toward the ") + toString(side) : "Return"));
        }
    }
    CHECK(plan.segments[1].cues[2]
        == Cue { 4000, Breath::Out, "Rotate toward the right", 1, Side::Right });
    CHECK(plan.segments[3].cues[59] == Cue { 118000, Breath::In, "Return", 15, Side::Right });
}

TEST_CASE("reps on each side: all sets on the first side, a switch, all sets on the other")
{
    limber::Exercise each = fixtures::rotation();
    each.id = "each-rotation";
    each.sides = limber::Sides::Each;
    each.firstSide = Side::Right;
    const std::vector<limber::Exercise> own { each };
    const limber::PlanResult result
        = limber::compile(fixtures::routine(0, 3, { fixtures::item("each-rotation") }),
            fixtures::lookup(own), {}, "r.json");
    REQUIRE(result);
    // Sets are 10 500 ms, the rest 15 000, the switch 3000.
    CHECK(describe(*result.plan)
        == std::vector<std::string> { "set each-rotation right 0+10500",
            "rest each-rotation right 10500+15000", "set each-rotation right 25500+10500",
            "switch each-rotation left 36000+3000", "set each-rotation left 39000+10500",
            "rest each-rotation left 49500+15000", "set each-rotation left 64500+10500" });
    CHECK(result.plan->segments[4].cues[0].text == "Turn to the left");
}

TEST_CASE("a lead-in or switch of 0 s gives no segment: neither does a rest of 0 s")
{
    limber::RoutineItem noRest = fixtures::item("rotation");
    noRest.restSeconds = 0;
    const Plan plan = compileOk(fixtures::routine(0, 0, { withSeconds("twist", 10), noRest }));
    CHECK(describe(plan)
        == std::vector<std::string> { "hold twist left 0+10000", "hold twist right 10000+10000",
            "set rotation - 20000+10500", "set rotation - 30500+10500" });
}

TEST_CASE("the person's own lead-in and switch times replace the routine's")
{
    // The routine says lead-in 5 s, switch 4 s; the options say 8 s and 0 s:
    //   lead-in [0, 8000), hold left [8000, 18000), no switch, hold right [18000, 28000),
    //   lead-in [28000, 36000), eagle's 3 breaths × 10 s [36000, 66000).
    PlanOptions own;
    own.leadInSeconds = 8;
    own.switchSeconds = 0;
    const Plan plan = compileOk(
        fixtures::routine(5, 4, { withSeconds("twist", 10), fixtures::item("eagle") }), own);
    CHECK(describe(plan)
        == std::vector<std::string> { "lead-in twist - 0+8000", "hold twist left 8000+10000",
            "hold twist right 18000+10000", "lead-in eagle - 28000+8000",
            "hold eagle - 36000+30000" });
    CHECK(plan.totalMs == 66000);
}

TEST_CASE("item overrides replace the dose, and may turn a hold into the other kind")
{
    limber::RoutineItem fewerReps = fixtures::item("rotation");
    fewerReps.reps = 5;
    fewerReps.sets = 1;
    limber::RoutineItem twistInBreaths = fixtures::item("twist");
    twistInBreaths.breaths = 2;
    limber::RoutineItem longerRest = fixtures::item("rotation");
    longerRest.restSeconds = 30;
    const Plan plan = compileOk(fixtures::routine(
        0, 0, { fewerReps, twistInBreaths, withSeconds("eagle", 25), longerRest }));
    // 5 × 3500 in one set; 2 breaths = 20 s per side; eagle held 25 s; rest 30 s.
    CHECK(describe(plan)
        == std::vector<std::string> { "set rotation - 0+17500", "hold twist left 17500+20000",
            "hold twist right 37500+20000", "hold eagle - 57500+25000",
            "set rotation - 82500+10500", "rest rotation - 93000+30000",
            "set rotation - 123000+10500" });
    CHECK(plan.segments[0].cues.back().rep == 5);
    CHECK(plan.segments[0].sets == 1);
    CHECK(plan.segments[0].reps == 5);
}

TEST_CASE("overrides that do not fit the dose and unknown ids are errors at the item's field")
{
    limber::RoutineItem repsOnHold = fixtures::item("twist");
    repsOnHold.reps = 4;
    limber::RoutineItem secondsOnReps = fixtures::item("rotation");
    secondsOnReps.seconds = 30;
    limber::RoutineItem restOnHold = fixtures::item("eagle");
    restOnHold.restSeconds = 10;
    const limber::Diagnostics errors = compileErrors(fixtures::routine(5, 5,
        { fixtures::item("eagle"), repsOnHold, secondsOnReps, fixtures::item("cat-cwo"),
            restOnHold }));
    REQUIRE(errors.size() == 4);
    CHECK(limber::formatDiagnostic(errors[0])
        == "test.json: /items/1/reps: does not apply: \"twist\" is a hold");
    CHECK(limber::formatDiagnostic(errors[1])
        == "test.json: /items/2/seconds: does not apply: \"rotation\" is done in reps");
    CHECK(limber::formatDiagnostic(errors[2])
        == "test.json: /items/3/exercise: no exercise with id \"cat-cwo\"");
    CHECK(errors[3].pointer == "/items/4/rest_seconds");

    limber::RoutineItem zeroReps = fixtures::item("rotation");
    zeroReps.reps = 0;
    const limber::Diagnostics zero = compileErrors(fixtures::routine(5, 5, { zeroReps }));
    REQUIRE(zero.size() == 1);
    CHECK(
        limber::formatDiagnostic(zero[0]) == "test.json: /items/0/reps: must be at least 1, got 0");
}

TEST_CASE("options out of range are errors")
{
    const limber::Routine routine = fixtures::routine(5, 5, { fixtures::item("eagle") });
    PlanOptions scale;
    scale.scale = 5;
    CHECK(compileErrors(routine, scale).at(0).message == "scale must be between 0.25 and 4, got 5");
    PlanOptions pace;
    pace.paceOutMs = 0;
    CHECK(compileErrors(routine, pace).at(0).message
        == "the out-breath pace must be between 0.5 and 30 seconds, got 0");
    PlanOptions minutes;
    minutes.minutes = -1;
    CHECK(compileErrors(routine, minutes).at(0).message
        == "minutes must be more than 0 and at most 600, got -1");
    PlanOptions times;
    times.leadInSeconds = 61;
    times.switchSeconds = -1;
    const limber::Diagnostics errors = compileErrors(routine, times);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].message == "the lead-in must be between 0 and 60 seconds, got 61");
    CHECK(errors[1].message == "the side switch must be between 0 and 30 seconds, got -1");
}

TEST_CASE("scale multiplies holds, rounds half away from zero, never below 1, ignores bounds")
{
    limber::RoutineItem oneSecond = withSeconds("eagle", 1);
    const limber::Routine routine = fixtures::routine(5, 4,
        { fixtures::item("twist"), fixtures::item("eagle"), oneSecond,
            fixtures::item("rotation") });
    auto holdLengths = [&](double scale) {
        PlanOptions options;
        options.scale = scale;
        std::vector<std::int64_t> lengths;
        for (const Segment& s : compileOk(routine, options).segments) {
            if (s.kind != SegmentKind::LeadIn && s.kind != SegmentKind::Switch)
                lengths.push_back(s.durationMs);
        }
        return lengths;
    };
    // twist 45 s per side, eagle 3 breaths of 10 s, eagle overridden to 1 s, rotation's sets
    // and rest; lead-ins (5 s) and switches (4 s) never change.
    CHECK(holdLengths(1)
        == std::vector<std::int64_t> { 45000, 45000, 30000, 1000, 10500, 15000, 10500 });
    // × 0.5: 22.5 → 23 s, 1.5 → 2 breaths, 0.5 → 1 s (at least 1).
    CHECK(holdLengths(0.5)
        == std::vector<std::int64_t> { 23000, 23000, 20000, 1000, 10500, 15000, 10500 });
    // × 0.25: 11.25 → 11 s, 0.75 → 1 breath, 0.25 → 0 → 1 s.
    CHECK(holdLengths(0.25)
        == std::vector<std::int64_t> { 11000, 11000, 10000, 1000, 10500, 15000, 10500 });
    // × 2: 90 s, past the twist's 60 s maximum: scale ignores bounds.
    CHECK(holdLengths(2)
        == std::vector<std::int64_t> { 90000, 90000, 60000, 2000, 10500, 15000, 10500 });
    PlanOptions doubled;
    doubled.scale = 2;
    CHECK(compileOk(routine, doubled).segments[0].durationMs == 5000);
    CHECK(compileOk(routine, doubled).scale == 2);
}

TEST_CASE("minutes finds the scale that fits, within 2%")
{
    // Lead-in 5 + twist 45 + switch 5 + twist 45 = 100 s. Two minutes needs 55 s holds:
    // 5 + 55 + 5 + 55 = 120 s exactly, inside the 30-60 s bounds.
    const limber::Routine routine = fixtures::routine(5, 5, { fixtures::item("twist") });
    PlanOptions options;
    options.minutes = 2;
    const Plan plan = compileOk(routine, options);
    CHECK(plan.totalMs == 120000);
    CHECK(plan.segments[1].durationMs == 55000);
    CHECK(plan.warnings.empty());
    CHECK(plan.scale == Approx(55.0 / 45).epsilon(0.01));

    // An unbounded breath hold: eagle's 3 breaths become 9 at 3× (90 s + 5 s lead-in).
    options.minutes = 95.0 / 60;
    const Plan breaths = compileOk(fixtures::routine(5, 5, { fixtures::item("eagle") }), options);
    CHECK(breaths.totalMs == 95000);
    CHECK(breaths.warnings.empty());
}

TEST_CASE("minutes warns when the bounds prevent it, and gives the closest possible")
{
    const limber::Routine routine = fixtures::routine(5, 5, { fixtures::item("twist") });
    PlanOptions longer;
    longer.minutes = 5;
    // At their 60 s maximum: 5 + 60 + 5 + 60 = 130 s.
    const Plan atMaximum = compileOk(routine, longer);
    CHECK(atMaximum.totalMs == 130000);
    REQUIRE(atMaximum.warnings.size() == 1);
    CHECK(limber::formatDiagnostic(atMaximum.warnings[0])
        == "test.json: warning: cannot fit 5 minutes: holds at their maximum give 02:10; reps, "
           "lead-ins, switches and rests are not scaled");

    PlanOptions shorter;
    shorter.minutes = 1;
    // At their 30 s minimum: 5 + 30 + 5 + 30 = 70 s.
    const Plan atMinimum = compileOk(routine, shorter);
    CHECK(atMinimum.totalMs == 70000);
    REQUIRE(atMinimum.warnings.size() == 1);
    CHECK(atMinimum.warnings[0].message.find("holds at their minimum give 01:10")
        != std::string::npos);
}

TEST_CASE("fillSides fills every {side} and {other}")
{
    CHECK(limber::fillSides("Your {other} hand to your {side} knee, {side}!", Side::Left)
        == "Your right hand to your left knee, left!");
    CHECK(limber::fillSides("{other}", Side::Right) == "left");
    CHECK(limber::fillSides("no sides {here}", Side::Right) == "no sides {here}");
}

TEST_CASE("planToJson writes the DATA-FORMAT shape")
{
    const Plan plan = compileOk(
        fixtures::routine(5, 4, { withSeconds("twist", 10), fixtures::item("alternating") }));
    const nlohmann::json json = nlohmann::json::parse(limber::planToJson(plan));
    CHECK(json["routine"] == "test-routine");
    CHECK(json["total_ms"] == plan.totalMs);
    REQUIRE(json["segments"].size() == plan.segments.size());

    const nlohmann::json& leadIn = json["segments"][0];
    CHECK(leadIn["kind"] == "lead-in");
    CHECK(leadIn["exercise"] == "twist");
    CHECK(leadIn["side"].is_null());
    CHECK(leadIn["start_ms"] == 0);
    CHECK(leadIn["duration_ms"] == 5000);
    CHECK(leadIn["item"] == 0);
    CHECK(leadIn["cues"] == nlohmann::json::array());
    CHECK_FALSE(leadIn.contains("set"));

    const nlohmann::json& hold = json["segments"][1];
    CHECK(hold["side"] == "left");
    CHECK(hold["cues"][1]
        == nlohmann::json({ { "at_ms", 4000 }, { "breath", "out" },
            { "text", "Breathe out, turn to the left." } }));
    CHECK(json["segments"][2]["kind"] == "switch");
    CHECK(json["segments"][2]["side"] == "right");

    const nlohmann::json& set = json["segments"][5];
    CHECK(set["kind"] == "set");
    CHECK(set["item"] == 1);
    CHECK(set["set"] == 1);
    CHECK(set["sets"] == 2);
    CHECK(set["reps"] == 15);
    CHECK(set["cues"][2]
        == nlohmann::json({ { "at_ms", 4000 }, { "breath", "out" },
            { "text", "Rotate toward the right" }, { "rep", 1 }, { "side", "right" } }));

    // The order of the fields is the documented one.
    CHECK(
        limber::planToJson(plan).find("{\n  \"routine\": \"test-routine\",\n  \"total_ms\"") == 0);
}

TEST_CASE("planToText writes one line per segment and the total")
{
    const Plan plan
        = compileOk(fixtures::routine(5, 4, { withSeconds("twist", 10), fixtures::item("eagle") }));
    CHECK(limber::planToText(plan)
        == "00:00  lead-in  twist  -      0 cues\n"
           "00:05  hold     twist  left   2 cues  Breathe in, sit tall.\n"
           "00:15  switch   twist  right  0 cues\n"
           "00:19  hold     twist  right  2 cues  Breathe in, sit tall.\n"
           "00:29  lead-in  eagle  -      0 cues\n"
           "00:34  hold     eagle  -      6 cues  Breathe in…\n"
           "total 01:04 in 6 segments\n");
    CHECK(limber::formatDuration(3'723'500) == "62:03.500");
}

TEST_CASE("extendSegment lengthens one segment, moves the rest and continues the breath cues")
{
    Plan plan = compileOk(fixtures::routine(5, 4, { withSeconds("twist", 40) }));
    limber::extendSegment(plan, 1, 10000);
    CHECK(describe(plan)
        == std::vector<std::string> { "lead-in twist - 0+5000", "hold twist left 5000+50000",
            "switch twist right 55000+4000", "hold twist right 59000+40000" });
    CHECK(plan.totalMs == 99000);
    // The last cue was out at 34000; the breathing goes on at 40000 (in) and 44000 (out).
    CHECK(cueTimes(plan.segments[1])
        == std::vector<std::int64_t> {
            0, 4000, 10000, 14000, 20000, 24000, 30000, 34000, 40000, 44000 });
    CHECK(plan.segments[1].cues[8].text == "Breathe in, sit tall.");
    CHECK(plan.segments[1].cues[9].text == "Breathe out, turn to the left.");
}
