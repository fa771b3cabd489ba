// loadDocument on well-formed files (exact model values, defaults) and on the hostile
// edges: size, encoding, nesting, several problems at once.
#include <limber/load.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace limber;

namespace {

std::vector<std::string> lines(const Diagnostics& diagnostics)
{
    std::vector<std::string> result;
    for (const Diagnostic& d : diagnostics)
        result.push_back(formatDiagnostic(d));
    return result;
}

const char* const fullExercise = R"({
  "kind": "exercise",
  "version": 1,
  "id": "seated-thoracic-twist",
  "name": "Seated thoracic twist",
  "summary": "One seated twist that loosens the whole upper back.",
  "position": "seated",
  "equipment": ["chair"],
  "targets": ["thoracic spine", "trapezius", "rhomboids"],
  "setup": ["Sit tall near the front of a sturdy chair, feet flat."],
  "steps": ["Bring your {other} hand across to the outside of your {side} knee.",
            "Put your {side} hand on the chair back and turn toward the {side}."],
  "sides": "each",
  "first_side": "right",
  "dose": { "hold": { "seconds": 45, "min_seconds": 30, "max_seconds": 60 } },
  "breath": { "in": "Breathe in, sit tall.", "out": "Breathe out, let go and turn a little further." },
  "avoid": ["Forcing the turn with your neck."],
  "cautions": ["Stop if you feel sharp pain."],
  "options": [ { "name": "Easier", "text": "Keep your {side} hand on your hip." } ]
})";

const char* const minimalExercise = R"({
  "kind": "exercise", "version": 1, "id": "neck-roll", "name": "Neck roll",
  "position": "standing", "steps": ["Roll."], "sides": "none",
  "dose": { "hold": { "breaths": 5 } }
})";

} // namespace

TEST_CASE("a full exercise file loads into exactly its model values")
{
    const LoadedDocument loaded = loadDocument(fullExercise, "twist.json");
    CHECK(loaded.diagnostics.empty());
    const auto* exercise = std::get_if<Exercise>(&loaded.value);
    REQUIRE(exercise != nullptr);

    Exercise expected;
    expected.id = "seated-thoracic-twist";
    expected.name = "Seated thoracic twist";
    expected.summary = "One seated twist that loosens the whole upper back.";
    expected.position = Position::Seated;
    expected.equipment = { "chair" };
    expected.targets = { "thoracic spine", "trapezius", "rhomboids" };
    expected.setup = { "Sit tall near the front of a sturdy chair, feet flat." };
    expected.steps = { "Bring your {other} hand across to the outside of your {side} knee.",
        "Put your {side} hand on the chair back and turn toward the {side}." };
    expected.sides = Sides::Each;
    expected.firstSide = Side::Right;
    expected.dose = TimedHold { 45, 30, 60 };
    expected.breath
        = BreathTexts { "Breathe in, sit tall.", "Breathe out, let go and turn a little further." };
    expected.avoid = { "Forcing the turn with your neck." };
    expected.cautions = { "Stop if you feel sharp pain." };
    expected.options = { { "Easier", "Keep your {side} hand on your hip." } };
    CHECK(*exercise == expected);
}

TEST_CASE("a minimal exercise file gets the defaults")
{
    const LoadedDocument loaded = loadDocument(minimalExercise, "neck.json");
    CHECK(loaded.diagnostics.empty());
    const auto* exercise = std::get_if<Exercise>(&loaded.value);
    REQUIRE(exercise != nullptr);

    Exercise expected;
    expected.id = "neck-roll";
    expected.name = "Neck roll";
    expected.position = Position::Standing;
    expected.steps = { "Roll." };
    expected.sides = Sides::None;
    expected.firstSide = Side::Left;
    expected.dose = BreathHold { 5, std::nullopt, std::nullopt };
    CHECK(*exercise == expected);
}

TEST_CASE("a reps dose keeps its phases as exact milliseconds and defaults sets and rest")
{
    const LoadedDocument loaded = loadDocument(R"({
      "kind": "exercise", "version": 1, "id": "cat-cow", "name": "Cat-cow", "position": "kneeling",
      "steps": ["Round, then arch."], "sides": "alternate",
      "dose": { "reps": { "count": 8, "phases": [
        { "cue": "Round your back", "seconds": 2.5, "breath": "out" },
        { "cue": "Arch", "seconds": 0.5 },
        { "cue": "Turn to the {side}", "seconds": 60, "breath": "in" } ] } } })",
        "cat.json");
    CHECK(loaded.diagnostics.empty());
    const auto* exercise = std::get_if<Exercise>(&loaded.value);
    REQUIRE(exercise != nullptr);
    const Reps expected { 8, 1, 15,
        { { "Round your back", 2500, Breath::Out }, { "Arch", 500, std::nullopt },
            { "Turn to the {side}", 60'000, Breath::In } } };
    CHECK(exercise->dose == Dose(expected));
    CHECK(exercise->sides == Sides::Alternate);
}

TEST_CASE("whole numbers may be written with a fraction of zero")
{
    const LoadedDocument loaded = loadDocument(R"({
      "kind": "exercise", "version": 1.0, "id": "a", "name": "A", "position": "wall",
      "steps": ["x"], "sides": "none", "dose": { "hold": { "seconds": 4.5e1 } } })",
        "a.json");
    CHECK(lines(loaded.diagnostics).empty());
    const auto* exercise = std::get_if<Exercise>(&loaded.value);
    REQUIRE(exercise != nullptr);
    CHECK(exercise->dose == Dose(TimedHold { 45, std::nullopt, std::nullopt }));
}

TEST_CASE("a full routine file loads into exactly its model values")
{
    const LoadedDocument loaded = loadDocument(R"({
      "kind": "routine", "version": 1, "id": "office-break", "name": "5-minute desk break",
      "summary": "Five stretches you can do at your desk.",
      "lead_in_seconds": 0, "switch_seconds": 30,
      "items": [
        { "exercise": "seated-thoracic-twist", "seconds": 40 },
        { "exercise": "eagle-arms", "breaths": 3 },
        { "exercise": "seated-thoracic-rotation", "reps": 10, "sets": 2, "rest_seconds": 0 } ] })",
        "office.json");
    CHECK(loaded.diagnostics.empty());
    const auto* routine = std::get_if<Routine>(&loaded.value);
    REQUIRE(routine != nullptr);

    Routine expected;
    expected.id = "office-break";
    expected.name = "5-minute desk break";
    expected.summary = "Five stretches you can do at your desk.";
    expected.leadInSeconds = 0;
    expected.switchSeconds = 30;
    expected.items = { { "seated-thoracic-twist", 40, {}, {}, {}, {} },
        { "eagle-arms", {}, 3, {}, {}, {} }, { "seated-thoracic-rotation", {}, {}, 10, 2, 0 } };
    CHECK(*routine == expected);
}

TEST_CASE("a minimal routine gets the default lead-in and switch times")
{
    const LoadedDocument loaded = loadDocument(
        R"({"kind": "routine", "version": 1, "id": "r", "name": "R", "items": [{"exercise": "x"}]})",
        "r.json");
    CHECK(loaded.diagnostics.empty());
    const auto* routine = std::get_if<Routine>(&loaded.value);
    REQUIRE(routine != nullptr);
    CHECK(routine->leadInSeconds == 5);
    CHECK(routine->switchSeconds == 5);
    CHECK(routine->items == std::vector<RoutineItem> { { "x", {}, {}, {}, {}, {} } });
}

TEST_CASE("a byte order mark and CRLF line ends are accepted")
{
    std::string text = std::string("\xEF\xBB\xBF") + minimalExercise;
    for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 2))
        text.replace(at, 1, "\r\n");
    const LoadedDocument loaded = loadDocument(text, "crlf.json");
    CHECK(loaded.diagnostics.empty());
    CHECK(std::holds_alternative<Exercise>(loaded.value));

    SECTION("and positions count from after the mark, with CRLF as one line end")
    {
        const LoadedDocument broken = loadDocument("\xEF\xBB\xBF{\r\n  \"a\": 1,\r\n}", "b.json");
        CHECK(lines(broken.diagnostics)
            == std::vector<std::string> { "b.json:3:1: parse error: trailing ',' before '}'" });
    }
}

TEST_CASE("unknown fields are warnings and the value is kept")
{
    const LoadedDocument loaded = loadDocument(R"({
      "kind": "exercise", "version": 1, "id": "a", "name": "A", "position": "wall",
      "steps": ["x"], "sides": "none", "colour": "red", "a/b~c": 1,
      "dose": { "hold": { "seconds": 10, "note": "x" } },
      "options": [ { "name": "Easier", "text": "Less.", "level": 1 } ] })",
        "warn.json");
    CHECK(lines(loaded.diagnostics)
        == std::vector<std::string> {
            R"(warn.json: /dose/hold/note: warning: unknown field "note")",
            R"(warn.json: /options/0/level: warning: unknown field "level")",
            R"(warn.json: /a~1b~0c: warning: unknown field "a/b~c")",
            R"(warn.json: /colour: warning: unknown field "colour")",
        });
    CHECK_FALSE(hasErrors(loaded.diagnostics));
    const auto* exercise = std::get_if<Exercise>(&loaded.value);
    REQUIRE(exercise != nullptr);
    CHECK(exercise->dose == Dose(TimedHold { 10, std::nullopt, std::nullopt }));
}

TEST_CASE("a file of more than 1 MiB is refused before parsing: 1 MiB itself is fine")
{
    std::string text = minimalExercise;
    text.resize(maxFileBytes, ' ');
    CHECK(std::holds_alternative<Exercise>(loadDocument(text, "max.json").value));

    text.push_back(' ');
    const LoadedDocument loaded = loadDocument(text, "big.json");
    CHECK(std::holds_alternative<std::monostate>(loaded.value));
    CHECK(lines(loaded.diagnostics)
        == std::vector<std::string> { "big.json: file is larger than 1 MiB" });
}

TEST_CASE("deep nesting is refused before the parser runs")
{
    SECTION("100 000 levels, without exhausting the stack")
    {
        const std::string text(100'000, '[');
        const LoadedDocument loaded = loadDocument(text, "deep.json");
        CHECK(lines(loaded.diagnostics)
            == std::vector<std::string> { "deep.json:1:65: nested deeper than 64 levels" });
    }
    SECTION("brackets inside strings do not count")
    {
        const std::string text = R"({"kind": ")" + std::string(100, '[') + R"(\"{"})";
        const LoadedDocument loaded = loadDocument(text, "s.json");
        REQUIRE(loaded.diagnostics.size() >= 1);
        CHECK(loaded.diagnostics.front().pointer == "/kind");
    }
    SECTION("a string ends at the first quote after an even run of backslashes")
    {
        // "\\" is one backslash, so the quote after it closes the string and the brackets count;
        // in "\\\"" the quote is escaped and the brackets after it are text.
        const std::string open(65, '[');
        const std::string counted = R"(["\\", )" + open;
        CHECK(lines(loadDocument(counted, "even.json").diagnostics)
            == std::vector<std::string> { "even.json:1:71: nested deeper than 64 levels" });
        const std::string text = R"(["\\\")" + open + R"("])";
        CHECK(lines(loadDocument(text, "odd.json").diagnostics)
            == std::vector<std::string> { "odd.json: must be a JSON object, got array" });
    }
    SECTION("64 levels are still parsed")
    {
        const std::string text = std::string(64, '[') + std::string(64, ']');
        CHECK(lines(loadDocument(text, "ok.json").diagnostics)
            == std::vector<std::string> { "ok.json: must be a JSON object, got array" });
    }
}

TEST_CASE("invalid UTF-8 is refused with the line and column of the bad byte")
{
    const auto check = [](const std::string& text, const std::string& expected) {
        CHECK(lines(loadDocument(text, "u.json").diagnostics)
            == std::vector<std::string> { expected });
    };
    check("{\n  \"name\": \"caf\xE9\"\n}", "u.json:2:15: not valid UTF-8 (byte 0xe9)");
    check("{\"n\": \"\xC3\xA9\xC0\xAF\"}", "u.json:1:9: not valid UTF-8 (byte 0xc0)"); // overlong
    check("{\"n\": \"\xED\xA0\x80\"}", "u.json:1:8: not valid UTF-8 (byte 0xed)"); // surrogate
    check("{\"n\": \"\xF4\x90\x80\x80\"}", "u.json:1:8: not valid UTF-8 (byte 0xf4)"); // > U+10FFFF
    check("\"\xE2\x82", "u.json:1:2: not valid UTF-8 (byte 0xe2)"); // cut short
}

TEST_CASE("columns count characters, not bytes")
{
    const LoadedDocument loaded = loadDocument("{\"name\": \"\xC3\xA9t\xC3\xA9\" x}", "c.json");
    CHECK(lines(loaded.diagnostics)
        == std::vector<std::string> { "c.json:1:16: parse error: invalid literal" });
}

TEST_CASE("every problem of a file is reported, not only the first")
{
    const LoadedDocument loaded = loadDocument(R"({
      "kind": "exercise", "version": 1, "id": "Bad Id", "position": "sofa",
      "steps": [], "sides": "each", "first_side": "up",
      "dose": { "hold": { "seconds": 0, "min_breaths": 2 } } })",
        "many.json");
    CHECK(std::holds_alternative<std::monostate>(loaded.value));
    CHECK(lines(loaded.diagnostics)
        == std::vector<std::string> {
            R"(many.json: /id: must be 1-64 lowercase letters, digits or '-', got "Bad Id")",
            "many.json: /name: is required",
            R"(many.json: /position: must be one of seated, standing, kneeling, floor, wall; got "sofa")",
            "many.json: /steps: must not be empty",
            R"(many.json: /first_side: must be one of left, right; got "up")",
            "many.json: /dose/hold/seconds: must be between 1 and 600, got 0",
            R"(many.json: /dose/hold/min_breaths: "min_breaths" does not apply to a hold in seconds)",
        });
}

TEST_CASE("every prefix of a valid file is refused cleanly, never thrown")
{
    const std::string text = fullExercise;
    for (std::size_t length = 0; length < text.size(); ++length) {
        LoadedDocument loaded;
        REQUIRE_NOTHROW(loaded = loadDocument(text.substr(0, length), "cut.json"));
        REQUIRE(hasErrors(loaded.diagnostics));
        REQUIRE(std::holds_alternative<std::monostate>(loaded.value));
    }
}

TEST_CASE("ids are 1-64 lowercase letters, digits and '-'")
{
    CHECK(isValidId("a"));
    CHECK(isValidId("seated-twist-2"));
    CHECK(isValidId(std::string(64, 'a')));
    CHECK_FALSE(isValidId(""));
    CHECK_FALSE(isValidId(std::string(65, 'a')));
    CHECK_FALSE(isValidId("Seated"));
    CHECK_FALSE(isValidId("seated_twist"));
    CHECK_FALSE(isValidId("caf\xC3\xA9"));
}
