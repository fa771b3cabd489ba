// The generator behind generated_library.h. std::mt19937 is specified to the bit, and the
// values are taken from it by plain arithmetic (the standard distributions are not), so the
// bytes depend on the seed alone.
#include "generated_library.h"

#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <random>
#include <string_view>

namespace bench {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::array words { "slowly", "shoulder", "reach", "gently", "spine", "breathe", "hips",
    "soften", "neck", "knee", "turn", "long", "arm", "back", "tall", "chest", "lift", "chair",
    "wall", "floor", "rest", "hand", "elbow", "press", "open", "relax", "lean", "toward", "keep",
    "feet", "flat", "side", "easy", "ribs", "chin", "head", "lower", "upper", "belly", "weight",
    "through", "without", "forcing", "stretch", "feel", "along", "ease", "further" };
constexpr std::array positions { "seated", "standing", "kneeling", "floor", "wall" };
constexpr std::array equipment { "chair", "mat", "wall", "desk", "strap", "cushion" };
constexpr std::array targets { "neck", "trapezius", "shoulders", "thoracic spine", "lower back",
    "hips", "hamstrings", "chest", "forearms", "rhomboids", "latissimus dorsi", "calves" };

class Random {
public:
    explicit Random(std::uint32_t seed)
        : m_engine(seed)
    {
    }

    // min..max inclusive.
    int between(int min, int max)
    {
        const auto span = static_cast<std::uint32_t>(max - min + 1);
        return min + static_cast<int>(m_engine() % span);
    }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <typename T, std::size_t N> T pick(const std::array<T, N>& from)
    {
        return from[static_cast<std::size_t>(between(0, static_cast<int>(N) - 1))];
    }

    // A sentence of `min`-`max` words, with a {side} now and then as the real files have.
    std::string sentence(int min, int max)
    {
        std::string text;
        const int count = between(min, max);
        for (int i = 0; i < count; ++i) {
            std::string word = i > 0 && chance(8) ? "{side}" : pick(words);
            if (i == 0)
                word[0] = static_cast<char>(word[0] - 'a' + 'A');
            text += (i > 0 ? " " : "") + word;
        }
        return text + ".";
    }

    Json sentences(int min, int max, int minWords, int maxWords)
    {
        Json list = Json::array();
        for (int i = between(min, max); i > 0; --i)
            list.push_back(sentence(minWords, maxWords));
        return list;
    }

private:
    std::mt19937 m_engine;
};

Json dose(Random& random, DoseKind kind)
{
    Json inner;
    switch (kind) {
    case DoseKind::Seconds: {
        const int seconds = 5 * random.between(3, 12);
        inner["seconds"] = seconds;
        if (random.chance(60)) {
            inner["min_seconds"] = seconds - 10;
            inner["max_seconds"] = seconds + 15;
        }
        return Json { { "hold", inner } };
    }
    case DoseKind::Breaths:
        inner["breaths"] = random.between(3, 8);
        return Json { { "hold", inner } };
    case DoseKind::Reps:
        inner["count"] = random.between(5, 15);
        inner["sets"] = random.between(1, 3);
        inner["rest_seconds"] = 5 * random.between(0, 6);
        inner["phases"] = Json::array();
        for (int i = random.between(1, 3); i > 0; --i) {
            Json phase { { "cue", random.sentence(3, 9) },
                { "seconds", random.between(2, 10) / 2.0 } };
            if (random.chance(70))
                phase["breath"] = random.chance(50) ? "in" : "out";
            inner["phases"].push_back(phase);
        }
        return Json { { "reps", inner } };
    }
    return {};
}

std::string exerciseId(int number)
{
    char id[32];
    std::snprintf(id, sizeof id, "generated-stretch-%05d", number);
    return id;
}

GeneratedFile exercise(Random& random, const std::string& id, DoseKind kind)
{
    Json e;
    e["kind"] = "exercise";
    e["version"] = 1;
    e["id"] = id;
    e["name"] = random.sentence(2, 4);
    e["summary"] = random.sentence(8, 16);
    e["position"] = random.pick(positions);
    e["equipment"] = Json::array();
    for (int i = random.between(0, 2); i > 0; --i)
        e["equipment"].push_back(random.pick(equipment));
    e["targets"] = Json::array();
    for (int i = random.between(1, 4); i > 0; --i)
        e["targets"].push_back(random.pick(targets));
    e["setup"] = random.sentences(0, 2, 6, 14);
    e["steps"] = random.sentences(3, 7, 8, 20);
    const bool alternate = kind == DoseKind::Reps && random.chance(30);
    e["sides"] = alternate ? "alternate" : random.chance(50) ? "each" : "none";
    e["first_side"] = random.chance(50) ? "left" : "right";
    e["dose"] = dose(random, kind);
    if (random.chance(50))
        e["breath"] = Json { { "in", random.sentence(4, 8) }, { "out", random.sentence(4, 10) } };
    e["avoid"] = random.sentences(0, 3, 5, 10);
    e["cautions"] = random.sentences(1, 2, 5, 12);
    e["options"] = Json::array();
    for (int i = random.between(0, 2); i > 0; --i)
        e["options"].push_back({ { "name", random.chance(50) ? "Easier" : "Deeper" },
            { "text", random.sentence(6, 14) } });
    return { "exercises/" + id + ".json", e.dump(2) + "\n" };
}

} // namespace

std::size_t GeneratedLibrary::bytes() const
{
    std::size_t total = 0;
    for (const auto* files : { &exercises, &routines }) {
        for (const GeneratedFile& file : *files)
            total += file.bytes.size();
    }
    return total;
}

GeneratedLibrary generateLibrary(int exercises, int routines, std::uint32_t seed)
{
    GeneratedLibrary library;
    Random random(seed);
    for (int i = 0; i < exercises; ++i) {
        const int roll = random.between(1, 100);
        const DoseKind kind = roll <= 50 ? DoseKind::Seconds
            : roll <= 75                 ? DoseKind::Breaths
                                         : DoseKind::Reps;
        library.exerciseIds.push_back(exerciseId(i + 1));
        library.exerciseDoses.push_back(kind);
        library.exercises.push_back(exercise(random, library.exerciseIds.back(), kind));
    }
    for (int i = 0; i < routines; ++i) {
        char id[32];
        std::snprintf(id, sizeof id, "generated-routine-%04d", i + 1);
        library.routines.push_back({ std::string("routines/") + id + ".json",
            generateRoutine(library, id, random.between(3, 12),
                static_cast<std::uint32_t>(random.between(0, 1 << 30))) });
    }
    return library;
}

std::string generateRoutine(
    const GeneratedLibrary& library, const std::string& id, int items, std::uint32_t seed)
{
    Random random(seed);
    Json r;
    r["kind"] = "routine";
    r["version"] = 1;
    r["id"] = id;
    r["name"] = random.sentence(2, 4);
    r["summary"] = random.sentence(8, 16);
    r["lead_in_seconds"] = random.between(3, 10);
    r["switch_seconds"] = random.between(3, 10);
    r["items"] = Json::array();
    const int last = static_cast<int>(library.exerciseIds.size()) - 1;
    for (int i = 0; i < items; ++i) {
        const auto which = static_cast<std::size_t>(random.between(0, last));
        Json item { { "exercise", library.exerciseIds[which] } };
        if (random.chance(40)) {
            switch (library.exerciseDoses[which]) {
            case DoseKind::Seconds:
                item["seconds"] = 5 * random.between(4, 12);
                break;
            case DoseKind::Breaths:
                item["breaths"] = random.between(3, 6);
                break;
            case DoseKind::Reps:
                item["reps"] = random.between(5, 12);
                item["sets"] = random.between(1, 2);
                break;
            }
        }
        r["items"].push_back(item);
    }
    return r.dump(2) + "\n";
}

} // namespace bench
