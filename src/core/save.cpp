// Model values to DATA-FORMAT.md JSON. Every field the loader reads is written whenever it
// differs from what the loader would assume, so save → load is the identity.
#include <limber/exercise_figure.h>
#include <limber/save.h>

#include <cmath>
#include <nlohmann/json.hpp>

namespace limber {

namespace {

using Json = nlohmann::ordered_json;

// Optional arrays and texts are left out when empty: the loader refuses empty strings, and an
// absent array reads back as an empty one.
void putTexts(Json& object, const char* key, const std::vector<std::string>& texts)
{
    if (!texts.empty())
        object[key] = texts;
}

void putOptional(Json& object, const char* key, const std::optional<int>& value)
{
    if (value)
        object[key] = *value;
}

// Whole seconds stay integers, so hand-written files and saved ones look alike.
Json seconds(int milliseconds)
{
    if (milliseconds % 1000 == 0)
        return milliseconds / 1000;
    return milliseconds / 1000.0;
}

struct DoseJson {
    Json operator()(const TimedHold& hold) const
    {
        Json inner;
        inner["seconds"] = hold.seconds;
        putOptional(inner, "min_seconds", hold.minSeconds);
        putOptional(inner, "max_seconds", hold.maxSeconds);
        return Json { { "hold", inner } };
    }
    Json operator()(const BreathHold& hold) const
    {
        Json inner;
        inner["breaths"] = hold.breaths;
        putOptional(inner, "min_breaths", hold.minBreaths);
        putOptional(inner, "max_breaths", hold.maxBreaths);
        return Json { { "hold", inner } };
    }
    Json operator()(const Reps& reps) const
    {
        Json inner;
        inner["count"] = reps.count;
        inner["sets"] = reps.sets;
        inner["rest_seconds"] = reps.restSeconds;
        Json phases = Json::array();
        for (const Phase& phase : reps.phases) {
            Json item;
            item["cue"] = phase.cue;
            item["seconds"] = seconds(phase.durationMs);
            if (phase.breath)
                item["breath"] = toString(*phase.breath);
            phases.push_back(std::move(item));
        }
        inner["phases"] = std::move(phases);
        return Json { { "reps", inner } };
    }
};

// Whole degrees stay integers, as people write them.
Json degrees(double angle)
{
    if (std::trunc(angle) == angle && std::abs(angle) < 1e9)
        return static_cast<long long>(angle);
    return angle;
}

// The joints and components of `pose` that differ from `base`; a pose written against the
// start pose says "from": "start" and only what changes, as a person would write it.
Json poseJson(const figure::Pose& pose, const figure::Pose* base)
{
    Json json = Json::object();
    if (base != nullptr)
        json["from"] = "start";
    const figure::Pose zero;
    const figure::Pose& reference = base != nullptr ? *base : zero;
    for (int i = 0; i < figure::jointCount; ++i) {
        const auto joint = static_cast<figure::Joint>(i);
        const figure::Rotation& rotation = pose[joint];
        const figure::Rotation& inherited = reference[joint];
        Json angles = Json::object();
        if (rotation.flex != inherited.flex)
            angles["flex"] = degrees(rotation.flex);
        if (rotation.side != inherited.side)
            angles["side"] = degrees(rotation.side);
        if (rotation.twist != inherited.twist)
            angles["twist"] = degrees(rotation.twist);
        if (!angles.empty())
            json[figure::toString(joint)] = std::move(angles);
    }
    return json;
}

Json viewJson(const figure::View& view)
{
    for (const char* name : { "front", "side", "three-quarter", "back" })
        if (figure::namedView(name) == view)
            return name;
    return Json { { "yaw", degrees(view.yaw) }, { "pitch", degrees(view.pitch) } };
}

// The file holds the poses for the side the exercise starts on (exercise_figure.h).
Json figureJson(const figure::ExerciseFigure& ownFigure, Side fileSide)
{
    const figure::ExerciseFigure figure = figureForSide(ownFigure, fileSide);
    Json json;
    json["support"] = figure::toString(figure.support);
    json["view"] = viewJson(figure.view);
    if (!figure.props.empty()) {
        Json props = Json::array();
        for (const figure::Prop prop : figure.props)
            props.push_back(figure::toString(prop));
        json["props"] = std::move(props);
    }
    Json poses;
    poses["start"] = poseJson(figure.start, nullptr);
    const std::pair<const char*, const std::optional<figure::Pose>*> breathing[]
        = { { "hold", &figure.hold }, { "in", &figure.in }, { "out", &figure.out } };
    for (const auto& [key, pose] : breathing)
        if (*pose)
            poses[key] = poseJson(**pose, &figure.start);
    if (!figure.phases.empty()) {
        Json phases = Json::array();
        for (const figure::Pose& phase : figure.phases)
            phases.push_back(poseJson(phase, &figure.start));
        poses["phases"] = std::move(phases);
    }
    json["poses"] = std::move(poses);
    return json;
}

std::string dump(const Json& json)
{
    // Invalid UTF-8 cannot come from a loaded file; should a caller build one anyway, it is
    // replaced rather than thrown about.
    return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace

std::string toJson(const Exercise& exercise)
{
    Json json;
    json["kind"] = "exercise";
    json["version"] = 1;
    json["id"] = exercise.id;
    json["name"] = exercise.name;
    if (!exercise.summary.empty())
        json["summary"] = exercise.summary;
    json["position"] = toString(exercise.position);
    putTexts(json, "equipment", exercise.equipment);
    putTexts(json, "targets", exercise.targets);
    putTexts(json, "setup", exercise.setup);
    json["steps"] = exercise.steps;
    json["sides"] = toString(exercise.sides);
    if (exercise.sides == Sides::Each || exercise.firstSide != Side::Left)
        json["first_side"] = toString(exercise.firstSide);
    json["dose"] = std::visit(DoseJson {}, exercise.dose);
    if (exercise.breath)
        json["breath"] = Json { { "in", exercise.breath->in }, { "out", exercise.breath->out } };
    putTexts(json, "avoid", exercise.avoid);
    putTexts(json, "cautions", exercise.cautions);
    if (!exercise.options.empty()) {
        Json options = Json::array();
        for (const ExerciseOption& option : exercise.options)
            options.push_back(Json { { "name", option.name }, { "text", option.text } });
        json["options"] = std::move(options);
    }
    if (exercise.figure)
        json["figure"]
            = figureJson(*exercise.figure, figureFileSide(exercise.sides, exercise.firstSide));
    return dump(json);
}

std::string toJson(const Routine& routine)
{
    Json json;
    json["kind"] = "routine";
    json["version"] = 1;
    json["id"] = routine.id;
    json["name"] = routine.name;
    if (!routine.summary.empty())
        json["summary"] = routine.summary;
    json["lead_in_seconds"] = routine.leadInSeconds;
    json["switch_seconds"] = routine.switchSeconds;
    Json items = Json::array();
    for (const RoutineItem& item : routine.items) {
        Json entry;
        entry["exercise"] = item.exercise;
        putOptional(entry, "seconds", item.seconds);
        putOptional(entry, "breaths", item.breaths);
        putOptional(entry, "reps", item.reps);
        putOptional(entry, "sets", item.sets);
        putOptional(entry, "rest_seconds", item.restSeconds);
        items.push_back(std::move(entry));
    }
    json["items"] = std::move(items);
    return dump(json);
}

} // namespace limber
