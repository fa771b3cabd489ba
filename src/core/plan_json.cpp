// Writes a plan as the JSON that `limber --plan --json` prints (DATA-FORMAT.md, Plan).
#include <limber/plan.h>

#include <nlohmann/json.hpp>

namespace limber {

namespace {

// ordered_json keeps the fields in the order DATA-FORMAT.md shows them.
using Json = nlohmann::ordered_json;

// A plan of thousands of cues is otherwise mostly reallocation: every object and array is made
// with room for all it will hold, and filled in place. Keys are written once each, in order, so
// they go straight to the end without the search operator[] makes for an existing one.
Json objectOf(std::size_t fields)
{
    Json json = Json::object();
    json.get_ref<Json::object_t&>().reserve(fields);
    return json;
}

Json arrayOf(std::size_t elements)
{
    Json json = Json::array();
    json.get_ref<Json::array_t&>().reserve(elements);
    return json;
}

void put(Json& object, const char* key, Json value)
{
    object.get_ref<Json::object_t&>().emplace_back(key, std::move(value));
}

Json sideJson(const std::optional<Side>& side)
{
    return side ? Json(toString(*side)) : Json(nullptr);
}

Json cueJson(const Cue& cue)
{
    Json json = objectOf(5);
    put(json, "at_ms", cue.atMs);
    put(json, "breath", cue.breath ? Json(toString(*cue.breath)) : Json(nullptr));
    put(json, "text", cue.text);
    if (cue.rep)
        put(json, "rep", *cue.rep);
    if (cue.side)
        put(json, "side", toString(*cue.side));
    return json;
}

Json segmentJson(const Segment& segment)
{
    Json cues = arrayOf(segment.cues.size());
    for (const Cue& cue : segment.cues)
        cues.push_back(cueJson(cue));
    Json json = objectOf(10);
    put(json, "kind", toString(segment.kind));
    put(json, "exercise", segment.exercise);
    put(json, "side", sideJson(segment.side));
    put(json, "start_ms", segment.startMs);
    put(json, "duration_ms", segment.durationMs);
    put(json, "item", segment.item);
    if (segment.kind == SegmentKind::Set) {
        put(json, "set", segment.set);
        put(json, "sets", segment.sets);
        put(json, "reps", segment.reps);
    }
    put(json, "cues", std::move(cues));
    return json;
}

} // namespace

std::string planToJson(const Plan& plan)
{
    Json segments = arrayOf(plan.segments.size());
    for (const Segment& segment : plan.segments)
        segments.push_back(segmentJson(segment));
    Json json = objectOf(3);
    put(json, "routine", plan.routine);
    put(json, "total_ms", plan.totalMs);
    put(json, "segments", std::move(segments));
    // Replacing invalid UTF-8 instead of throwing keeps the core's promise not to throw.
    return json.dump(2, ' ', false, Json::error_handler_t::replace);
}

} // namespace limber
