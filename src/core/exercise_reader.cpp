// An exercise file's fields, in the order DATA-FORMAT.md lists them.
#include "exercise_reader.h"

#include "figure_reader.h"
#include "source_text.h"

namespace limber::loader {

namespace {

using enum Presence;

constexpr std::array allPositions { Position::Seated, Position::Standing, Position::Kneeling,
    Position::Floor, Position::Wall };
constexpr std::array allSides { Sides::None, Sides::Each, Sides::Alternate };
constexpr std::array bothSides { Side::Left, Side::Right };
constexpr std::array bothBreaths { Breath::In, Breath::Out };

// Which of two alternative fields an object has, e.g. a hold's "seconds" or "breaths";
// reports the object when it has neither or both.
enum class Pick { First, Second, Neither };
Pick pickOne(ObjectReader& object, std::string_view first, std::string_view second)
{
    const bool hasFirst = object.has(first);
    const bool hasSecond = object.has(second);
    const auto choices = [&] { return quoted(first) + " or " + quoted(second); };
    if (hasFirst && hasSecond) {
        object.report().error(
            object.pointer(), "must have only one of " + choices() + ", not both");
        return Pick::Neither;
    }
    if (!hasFirst && !hasSecond) {
        object.report().error(object.pointer(), "must have one of " + choices());
        return Pick::Neither;
    }
    return hasFirst ? Pick::First : Pick::Second;
}

// Bounds belong to one measure: a hold in seconds has no use for "min_breaths".
void refuseFields(ObjectReader& hold, std::array<std::string_view, 2> keys, std::string_view hint)
{
    for (const std::string_view key : keys) {
        if (hold.has(key))
            hold.report().error(
                hold.pointerTo(key), quoted(key) + " does not apply to " + std::string(hint));
    }
}

// min <= value <= max, so scaling a hold can always reach its own length.
void checkBounds(ObjectReader& hold, std::string_view valueKey, std::optional<int> value,
    std::optional<int> min, std::optional<int> max)
{
    if (!value)
        return;
    const auto reference = [&] { return quoted(valueKey) + " (" + std::to_string(*value) + ")"; };
    // value_or rather than `min && *min > *value`: GCC -O2 merges that into one branch that
    // also reads an unset optional's uninitialised payload, and memcheck reports the jump.
    if (min.value_or(*value) > *value)
        hold.report().error(hold.pointerTo("min_" + std::string(valueKey)),
            "must be at most " + reference() + ", got " + std::to_string(*min));
    if (max.value_or(*value) < *value)
        hold.report().error(hold.pointerTo("max_" + std::string(valueKey)),
            "must be at least " + reference() + ", got " + std::to_string(*max));
}

std::optional<Dose> readHold(ObjectReader& hold)
{
    const auto seconds = hold.integer("seconds", Optional, limits::holdSeconds);
    const auto minSeconds = hold.integer("min_seconds", Optional, limits::holdSeconds);
    const auto maxSeconds = hold.integer("max_seconds", Optional, limits::holdSeconds);
    const auto breaths = hold.integer("breaths", Optional, limits::holdBreaths);
    const auto minBreaths = hold.integer("min_breaths", Optional, limits::holdBreaths);
    const auto maxBreaths = hold.integer("max_breaths", Optional, limits::holdBreaths);

    switch (pickOne(hold, "seconds", "breaths")) {
    case Pick::First:
        refuseFields(hold, { "min_breaths", "max_breaths" }, "a hold in seconds");
        checkBounds(hold, "seconds", seconds, minSeconds, maxSeconds);
        if (seconds)
            return TimedHold { *seconds, minSeconds, maxSeconds };
        break;
    case Pick::Second:
        refuseFields(hold, { "min_seconds", "max_seconds" }, "a hold in breaths");
        checkBounds(hold, "breaths", breaths, minBreaths, maxBreaths);
        if (breaths)
            return BreathHold { *breaths, minBreaths, maxBreaths };
        break;
    case Pick::Neither:
        break;
    }
    return std::nullopt;
}

Phase readPhase(ObjectReader& phase)
{
    Phase result;
    result.cue = phase.text("cue", Required).value_or("");
    result.durationMs
        = phase.milliseconds("seconds", Required, limits::phaseMilliseconds).value_or(0);
    result.breath = phase.choice("breath", Optional, bothBreaths);
    return result;
}

Reps readReps(ObjectReader& reps)
{
    Reps result;
    result.count = reps.integer("count", Required, limits::repCount).value_or(0);
    result.sets = reps.integer("sets", Optional, limits::sets).value_or(result.sets);
    result.restSeconds
        = reps.integer("rest_seconds", Optional, limits::restSeconds).value_or(result.restSeconds);
    result.phases = reps.objects<Phase>("phases", Required, { 1 }, readPhase);
    return result;
}

std::optional<Dose> readDose(ObjectReader& dose)
{
    const Pick pick = pickOne(dose, "hold", "reps");
    // Both are read even when the pick failed, to report the problems inside them too.
    const auto hold = dose.object<Dose>("hold", Optional, readHold);
    const auto reps = dose.object<Reps>("reps", Optional, readReps);
    if (pick == Pick::First && hold)
        return hold;
    if (pick == Pick::Second && reps)
        return Dose(*reps);
    return std::nullopt;
}

BreathTexts readBreathTexts(ObjectReader& breath)
{
    return { breath.text("in", Required).value_or(""), breath.text("out", Required).value_or("") };
}

ExerciseOption readOption(ObjectReader& option)
{
    return { option.text("name", Required).value_or(""),
        option.text("text", Required).value_or("") };
}

} // namespace

Exercise readExercise(ObjectReader& root)
{
    Exercise exercise;
    exercise.id = root.id("id", Required).value_or("");
    exercise.name = root.text("name", Required).value_or("");
    exercise.summary = root.text("summary", Optional).value_or("");
    exercise.position = root.choice("position", Required, allPositions).value_or(exercise.position);
    exercise.equipment = root.texts("equipment", Optional);
    exercise.targets = root.texts("targets", Optional);
    exercise.setup = root.texts("setup", Optional);
    exercise.steps = root.texts("steps", Required, { 1 });
    const auto sides = root.choice("sides", Required, allSides);
    exercise.sides = sides.value_or(exercise.sides);
    exercise.firstSide
        = root.choice("first_side", Optional, bothSides).value_or(exercise.firstSide);
    const auto dose = root.object<Dose>("dose", Required, readDose);
    if (dose)
        exercise.dose = *dose;
    // Alternating sides is a rhythm of repetitions; a hold has no rhythm to alternate.
    if (sides == Sides::Alternate && dose && !std::holds_alternative<Reps>(*dose))
        root.report().error(root.pointerTo("sides"), "\"alternate\" needs a reps dose");
    exercise.breath = root.object<BreathTexts>("breath", Optional, readBreathTexts);
    exercise.avoid = root.texts("avoid", Optional);
    exercise.cautions = root.texts("cautions", Optional);
    exercise.options = root.objects<ExerciseOption>("options", Optional, {}, readOption);
    const FigureContext figureContext { dose, exercise.sides, exercise.firstSide };
    exercise.figure = root.object<figure::ExerciseFigure>("figure", Optional,
        [&figureContext](ObjectReader& figure) { return readFigure(figure, figureContext); });
    root.warnAboutUnknownFields();
    return exercise;
}

} // namespace limber::loader
