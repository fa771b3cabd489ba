// Malformed files, one per problem, each with the exact lines `limber --validate` would
// print for it. The files live in tests/data/malformed/ so they can be fed to the binary too.
#include <limber/load.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

struct Case {
    const char* file;
    std::vector<std::string> lines; // without the "FILE" or "FILE:" prefix
};

const std::filesystem::path malformedDir
    = std::filesystem::path(LIMBER_TEST_DATA_DIR) / "malformed";

const std::vector<Case>& cases()
{
    static const std::vector<Case> table {
        // Before parsing, and syntax
        { "empty.json", { ":1:1: parse error: unexpected end of input" } },
        { "invalid-utf8.json", { ":3:15: not valid UTF-8 (byte 0xe9)" } },
        { "deep-nesting.json", { ":1:321: nested deeper than 64 levels" } },
        { "syntax-missing-comma.json", { ":3:3: parse error: expected ',' or '}'" } },
        { "syntax-trailing-comma.json", { ":4:1: parse error: trailing ',' before '}'" } },
        { "syntax-unclosed.json", { ":4:1: parse error: unexpected end of input" } },
        { "syntax-bad-literal.json", { ":3:14: parse error: invalid literal" } },
        { "syntax-unquoted-key.json",
            { ":2:3: parse error: expected a field name in double quotes" } },
        { "syntax-missing-colon.json", { ":2:10: parse error: expected ':'" } },
        { "syntax-missing-value.json", { ":3:14: parse error: expected a value" } },
        { "syntax-newline-in-string.json",
            { ":2:16: parse error: string is not closed before the end of the line" } },
        { "syntax-text-after-end.json", { ":4:1: parse error: unexpected '}' after the end" } },
        { "syntax-number-overflow.json", { ":2:14: parse error: number is out of range" } },
        { "not-an-object.json", { ": must be a JSON object, got array" } },

        // Kind and version
        { "kind-missing.json", { ": /kind: is required" } },
        { "kind-unknown.json", { ": /kind: must be one of exercise, routine; got \"workout\"" } },
        { "version-missing.json", { ": /version: is required" } },
        { "version-2.json", { ": /version: unsupported version 2 (this Limber reads version 1)" } },
        { "version-string.json", { ": /version: must be a number, got string" } },

        // Exercise fields
        { "id-uppercase.json",
            { ": /id: must be 1-64 lowercase letters, digits or '-', got \"Neck-Side-Stretch\"" } },
        { "id-too-long.json",
            { ": /id: must be 1-64 lowercase letters, digits or '-', got \"" + std::string(40, 'a')
                + "...\"" } },
        { "id-empty.json", { ": /id: must be 1-64 lowercase letters, digits or '-', got \"\"" } },
        { "name-missing.json", { ": /name: is required" } },
        { "name-empty.json", { ": /name: must not be empty" } },
        { "name-blank.json", { ": /name: must not be empty" } },
        { "name-number.json", { ": /name: must be a string, got number" } },
        { "summary-too-long.json", { ": /summary: must be at most 2000 characters, got 2001" } },
        { "position-sofa.json",
            { ": /position: must be one of seated, standing, kneeling, floor, wall; got "
              "\"sofa\"" } },
        { "position-number.json",
            { ": /position: must be one of seated, standing, kneeling, floor, wall; got 3" } },
        { "equipment-not-array.json", { ": /equipment: must be an array, got string" } },
        { "steps-missing.json", { ": /steps: is required" } },
        { "steps-empty.json", { ": /steps: must not be empty" } },
        { "steps-item-number.json",
            { ": /steps/1: must be a string, got number", ": /steps/2: must not be empty" } },
        { "sides-unknown.json",
            { ": /sides: must be one of none, each, alternate; got \"both\"" } },
        { "first-side-up.json", { ": /first_side: must be one of left, right; got \"up\"" } },
        { "alternate-with-hold.json", { ": /sides: \"alternate\" needs a reps dose" } },
        { "breath-missing-out.json", { ": /breath/out: is required" } },
        { "options-not-objects.json", { ": /options/0: must be an object, got string" } },
        { "option-missing-text.json", { ": /options/0/text: is required" } },

        // Dose
        { "dose-missing.json", { ": /dose: is required" } },
        { "dose-not-object.json", { ": /dose: must be an object, got number" } },
        { "dose-both.json", { ": /dose: must have only one of \"hold\" or \"reps\", not both" } },
        { "dose-neither.json", { ": /dose: must have one of \"hold\" or \"reps\"" } },
        { "dose-seconds-zero.json", { ": /dose/hold/seconds: must be between 1 and 600, got 0" } },
        { "dose-seconds-too-long.json",
            { ": /dose/hold/seconds: must be between 1 and 600, got 601" } },
        { "dose-seconds-fraction.json",
            { ": /dose/hold/seconds: must be a whole number, got 1.5" } },
        { "dose-seconds-string.json", { ": /dose/hold/seconds: must be a number, got string" } },
        { "hold-both.json",
            { ": /dose/hold: must have only one of \"seconds\" or \"breaths\", not both" } },
        { "hold-neither.json", { ": /dose/hold: must have one of \"seconds\" or \"breaths\"" } },
        { "hold-breaths-too-many.json",
            { ": /dose/hold/breaths: must be between 1 and 30, got 31" } },
        { "hold-min-above-seconds.json",
            { ": /dose/hold/min_seconds: must be at most \"seconds\" (30), got 45" } },
        { "hold-max-below-seconds.json",
            { ": /dose/hold/max_seconds: must be at least \"seconds\" (30), got 20" } },
        { "hold-min-breaths-on-seconds.json",
            { ": /dose/hold/min_breaths: \"min_breaths\" does not apply to a hold in seconds" } },
        { "hold-max-seconds-out-of-range.json",
            { ": /dose/hold/max_seconds: must be between 1 and 600, got 900" } },
        { "reps-count-zero.json", { ": /dose/reps/count: must be between 1 and 100, got 0" } },
        { "reps-count-missing.json", { ": /dose/reps/count: is required" } },
        { "reps-sets-too-many.json", { ": /dose/reps/sets: must be between 1 and 20, got 21" } },
        { "reps-rest-negative.json",
            { ": /dose/reps/rest_seconds: must be between 0 and 600, got -1" } },
        { "reps-phases-missing.json", { ": /dose/reps/phases: is required" } },
        { "reps-phases-empty.json", { ": /dose/reps/phases: must not be empty" } },
        { "phase-seconds-too-short.json",
            { ": /dose/reps/phases/1/seconds: must be between 0.5 and 60, got 0.2" } },
        { "phase-seconds-too-long.json",
            { ": /dose/reps/phases/0/seconds: must be between 0.5 and 60, got 61" } },
        { "phase-breath-hold.json",
            { ": /dose/reps/phases/0/breath: must be one of in, out; got \"hold\"" } },
        { "phase-cue-missing.json", { ": /dose/reps/phases/1/cue: is required" } },
        { "phase-not-object.json", { ": /dose/reps/phases/0: must be an object, got string" } },

        // Figure
        { "figure-not-object.json", { ": /figure: must be an object, got string" } },
        { "figure-support-unknown.json",
            { ": /figure/support: must be one of standing, seated, kneeling, all_fours, "
              "lying_face_down; got \"sofa\"" } },
        { "figure-view-unknown.json",
            { ": /figure/view: must be one of front, side, three-quarter, back; got \"top\" (or "
              "{\"yaw\": degrees, \"pitch\": degrees})" } },
        { "figure-view-yaw-out-of-range.json",
            { ": /figure/view/yaw: must be between -180 and 180 degrees, got 200" } },
        { "figure-prop-unknown.json",
            { ": /figure/props/0: must be one of chair, wall, mat, block, chair_sideways; got "
              "\"sofa\"" } },
        { "figure-prop-twice.json", { ": /figure/props/1: names \"chair\" a second time" } },
        { "figure-start-missing.json", { ": /figure/poses/start: is required" } },
        { "figure-joint-unknown.json",
            { ": /figure/poses/start/left_elbw: is not a joint; joints are pelvis, lower_spine, "
              "upper_spine, neck, head, left_shoulder, left_elbow, left_wrist, right_shoulder, "
              "right_elbow, right_wrist, left_hip, left_knee, left_ankle, right_hip, right_knee, "
              "right_ankle" } },
        { "figure-component-unknown.json",
            { ": /figure/poses/start/left_knee/bend: is not an angle of a joint; angles are flex, "
              "side, twist" } },
        { "figure-angle-outside-limits.json",
            { ": /figure/poses/start/left_knee/flex: must be between 0 and 135 degrees, got "
              "150" } },
        { "figure-angle-string.json",
            { ": /figure/poses/start/left_hip/flex: must be a number, got string" } },
        { "figure-in-without-out.json", { ": /figure/poses/out: is required with \"in\"" } },
        { "figure-from-later-pose.json",
            { ": /figure/poses/in/from: must be one of start; got \"out\"" } },
        { "figure-phases-on-hold.json",
            { ": /figure/poses/phases: \"phases\" does not apply to a hold, which breathes between "
              "\"in\" and \"out\"" } },
        { "figure-breath-on-reps.json",
            { ": /figure/poses/in: \"in\" does not apply to a reps dose, which moves by "
              "\"phases\"",
                ": /figure/poses/out: \"out\" does not apply to a reps dose, which moves by "
                "\"phases\"" } },
        { "figure-phases-missing.json",
            { ": /figure/poses/phases: is required for a reps dose: one pose per phase" } },
        { "figure-phases-count.json",
            { ": /figure/poses/phases: must have one pose per phase of /dose/reps/phases (2), got "
              "3" } },

        // Routines
        { "routine-lead-in-too-long.json",
            { ": /lead_in_seconds: must be between 0 and 60, got 61" } },
        { "routine-switch-negative.json",
            { ": /switch_seconds: must be between 0 and 30, got -5" } },
        { "routine-switch-fraction.json",
            { ": /switch_seconds: must be a whole number, got 2.5" } },
        { "routine-items-missing.json", { ": /items: is required" } },
        { "routine-items-empty.json", { ": /items: must not be empty" } },
        { "routine-too-many-items.json", { ": /items: must have at most 100 items, got 101" } },
        { "routine-item-not-object.json", { ": /items/0: must be an object, got string" } },
        { "routine-item-missing-exercise.json", { ": /items/1/exercise: is required" } },
        { "routine-item-bad-exercise-id.json",
            { ": /items/0/exercise: must be 1-64 lowercase letters, digits or '-', got \"Neck Side "
              "Stretch\"" } },
        { "routine-item-seconds-and-breaths.json",
            { ": /items/0: must have only one of \"seconds\" or \"breaths\", not both" } },
        { "routine-item-reps-fraction.json",
            { ": /items/1/reps: must be a whole number, got 2.5" } },
        { "routine-item-sets-zero.json", { ": /items/1/sets: must be between 1 and 20, got 0" } },
        { "routine-item-rest-too-long.json",
            { ": /items/1/rest_seconds: must be between 0 and 600, got 601" } },

        // All of a file's problems, errors and warnings, in the order of the format
        { "several-problems.json",
            { ": /id: must be 1-64 lowercase letters, digits or '-', got \"Neck\"",
                ": /name: is required",
                ": /position: must be one of seated, standing, kneeling, floor, wall; got \"sofa\"",
                ": /dose/hold/seconds: must be between 1 and 600, got 0",
                ": /colour: warning: unknown field \"colour\"" } },
    };
    return table;
}

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    return { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };
}

} // namespace

TEST_CASE("each malformed file is refused with exactly its diagnostics")
{
    for (const Case& row : cases()) {
        DYNAMIC_SECTION(row.file)
        {
            const limber::LoadedDocument loaded
                = limber::loadDocument(readFile(malformedDir / row.file), row.file);
            std::vector<std::string> lines;
            for (const limber::Diagnostic& d : loaded.diagnostics)
                lines.push_back(limber::formatDiagnostic(d));
            std::vector<std::string> expected;
            for (const std::string& line : row.lines)
                expected.push_back(row.file + line);
            CHECK(lines == expected);
            CHECK(std::holds_alternative<std::monostate>(loaded.value));
        }
    }
}

TEST_CASE("every file in tests/data/malformed has a row, and every row a file")
{
    std::vector<std::string> onDisk;
    for (const auto& entry : std::filesystem::directory_iterator(malformedDir))
        onDisk.push_back(entry.path().filename().string());
    std::vector<std::string> inTable;
    for (const Case& row : cases())
        inTable.emplace_back(row.file);
    std::sort(onDisk.begin(), onDisk.end());
    std::sort(inTable.begin(), inTable.end());
    CHECK(onDisk == inTable);
    CHECK(inTable.size() >= 30);
}
