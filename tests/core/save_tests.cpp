// save.h: what is saved loads back as the identical value, for every built-in file and for
// the fields no built-in file uses.
#include <limber/load.h>
#include <limber/save.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

template <typename T> T loadAs(const std::string& bytes, const std::string& name)
{
    const limber::LoadedDocument loaded = limber::loadDocument(bytes, name);
    INFO(bytes);
    for (const limber::Diagnostic& d : loaded.diagnostics)
        UNSCOPED_INFO(limber::formatDiagnostic(d));
    REQUIRE(loaded.diagnostics.empty());
    REQUIRE(std::holds_alternative<T>(loaded.value));
    return std::get<T>(loaded.value);
}

template <typename T> void checkRoundTrip(const T& value)
{
    const std::string saved = limber::toJson(value);
    CHECK(loadAs<T>(saved, "saved.json") == value);
    // Saving is stable: the text of a saved value saves to the same text.
    CHECK(limber::toJson(loadAs<T>(saved, "saved.json")) == saved);
}

} // namespace

TEST_CASE("every built-in file saves and loads back identical")
{
    const std::filesystem::path data = std::filesystem::path(LIMBER_SOURCE_DIR) / "data";
    int files = 0;
    for (const char* folder : { "exercises", "routines" }) {
        for (const auto& entry : std::filesystem::directory_iterator(data / folder)) {
            if (entry.path().extension() != ".json")
                continue;
            SECTION(entry.path().filename().string())
            {
                const std::string bytes = readFile(entry.path());
                const limber::LoadedDocument loaded = limber::loadDocument(bytes, "built-in");
                if (const auto* exercise = std::get_if<limber::Exercise>(&loaded.value))
                    checkRoundTrip(*exercise);
                else if (const auto* routine = std::get_if<limber::Routine>(&loaded.value))
                    checkRoundTrip(*routine);
                else
                    FAIL("did not load: " << entry.path());
            }
            ++files;
        }
    }
    CHECK(files >= 20);
}

TEST_CASE("fields the built-in files leave out survive a save")
{
    limber::Exercise e;
    e.id = "my-stretch";
    e.name = "Mine — with “quotes” and \\ backslash";
    e.position = limber::Position::Kneeling;
    e.steps = { "Reach to the {side}." };
    e.sides = limber::Sides::None;
    e.firstSide = limber::Side::Right;
    e.dose = limber::Reps { 12, 3, 0,
        { { "Out", 1500, limber::Breath::Out }, { "Hold", 500, std::nullopt },
            { "In", 1234, limber::Breath::In } } };
    checkRoundTrip(e);

    e.dose = limber::BreathHold { 5, 2, 8 };
    e.sides = limber::Sides::Each;
    e.breath = limber::BreathTexts { "In.", "Out." };
    checkRoundTrip(e);

    limber::Routine r;
    r.id = "mine";
    r.name = "Mine";
    r.leadInSeconds = 0;
    r.switchSeconds = 30;
    r.items = { { "a", 10, std::nullopt, std::nullopt, std::nullopt, std::nullopt },
        { "b", std::nullopt, 4, std::nullopt, std::nullopt, std::nullopt },
        { "c", std::nullopt, std::nullopt, 8, 2, 0 } };
    checkRoundTrip(r);
}

TEST_CASE("a saved exercise is laid out like a hand-written one")
{
    limber::Exercise e;
    e.id = "x";
    e.name = "X";
    e.steps = { "Do it." };
    e.dose = limber::TimedHold { 30, std::nullopt, std::nullopt };
    CHECK(limber::toJson(e)
        == "{\n  \"kind\": \"exercise\",\n  \"version\": 1,\n  \"id\": \"x\",\n  \"name\": \"X\",\n"
           "  \"position\": \"standing\",\n  \"steps\": [\n    \"Do it.\"\n  ],\n"
           "  \"sides\": \"none\",\n  \"dose\": {\n    \"hold\": {\n      \"seconds\": 30\n    }\n"
           "  }\n}\n");
}
