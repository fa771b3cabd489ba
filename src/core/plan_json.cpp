// Writes a plan as the JSON that `limber --plan --json` prints (DATA-FORMAT.md, Plan).
#include <limber/plan.h>

#include <nlohmann/json.hpp>

namespace limber {

namespace {

// ordered_json keeps the fields in the order DATA-FORMAT.md shows them.
using Json = nlohmann::ordered_json;

Json sideJson(const std::optional<Side>& side)
{
    return side ? Json(toString(*side)) : Json(nullptr);
}

Json cueJson(const Cue& cue)
{
    Json json { { "at_ms", cue.atMs },
        { "breath", cue.breath ? Json(toString(*cue.breath)) : Json(nullptr) },
        { "text", cue.text } };
    if (cue.rep)
        json["rep"] = *cue.rep;
    if (cue.side)
        json["side"] = toString(*cue.side);
    return json;
}

Json segmentJson(const Segment& segment)
{
    Json cues = Json::array();
    for (const Cue& cue : segment.cues)
        cues.push_back(cueJson(cue));
    Json json { { "kind", toString(segment.kind) }, { "exercise", segment.exercise },
        { "side", sideJson(segment.side) }, { "start_ms", segment.startMs },
        { "duration_ms", segment.durationMs }, { "item", segment.item } };
    if (segment.kind == SegmentKind::Set) {
        json["set"] = segment.set;
        json["sets"] = segment.sets;
        json["reps"] = segment.reps;
    }
    json["cues"] = std::move(cues);
    return json;
}

} // namespace

std::string planToJson(const Plan& plan)
{
    Json json;
    json["routine"] = plan.routine;
    json["total_ms"] = plan.totalMs;
    json["segments"] = Json::array();
    for (const Segment& segment : plan.segments)
        json["segments"].push_back(segmentJson(segment));
    // Replacing invalid UTF-8 instead of throwing keeps the core's promise not to throw.
    return json.dump(2, ' ', false, Json::error_handler_t::replace);
}

} // namespace limber
