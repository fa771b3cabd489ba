// The stretch model: exercises and routines as plain value types, exactly as
// DATA-FORMAT.md describes them, after the loader has checked every field.
#pragma once

#include <limber/figure.h>

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace limber {

enum class Position { Seated, Standing, Kneeling, Floor, Wall };
enum class Sides { None, Each, Alternate };
enum class Side { Left, Right };
enum class Breath { In, Out };

// A hold measured in seconds; the bounds limit how far --scale/--minutes may stretch it.
struct TimedHold {
    int seconds = 0;
    std::optional<int> minSeconds;
    std::optional<int> maxSeconds;

    bool operator==(const TimedHold&) const = default;
};

// A hold measured in breaths at the person's own pace.
struct BreathHold {
    int breaths = 0;
    std::optional<int> minBreaths;
    std::optional<int> maxBreaths;

    bool operator==(const BreathHold&) const = default;
};

// One phase of a repetition, e.g. "turn to the {side}" for 2 s on an out-breath.
struct Phase {
    std::string cue;
    int durationMs = 0; // the file says seconds (0.5-60); kept as exact milliseconds
    std::optional<Breath> breath;

    bool operator==(const Phase&) const = default;
};

struct Reps {
    int count = 0;
    int sets = 1;
    int restSeconds = 15;
    std::vector<Phase> phases;

    bool operator==(const Reps&) const = default;
};

using Dose = std::variant<TimedHold, BreathHold, Reps>;

struct BreathTexts {
    std::string in;
    std::string out;

    bool operator==(const BreathTexts&) const = default;
};

struct ExerciseOption {
    std::string name;
    std::string text;

    bool operator==(const ExerciseOption&) const = default;
};

struct Exercise {
    std::string id;
    std::string name;
    std::string summary;
    Position position = Position::Standing;
    std::vector<std::string> equipment;
    std::vector<std::string> targets;
    std::vector<std::string> setup;
    std::vector<std::string> steps;
    Sides sides = Sides::None;
    Side firstSide = Side::Left;
    Dose dose;
    std::optional<BreathTexts> breath;
    std::vector<std::string> avoid;
    std::vector<std::string> cautions;
    std::vector<ExerciseOption> options;
    // How the stretch looks, its poses for the first side (exercise_figure.h); nullopt shows
    // the neutral figure of the position.
    std::optional<figure::ExerciseFigure> figure;

    bool operator==(const Exercise&) const = default;
};

// An item may override the exercise's dose; which overrides are allowed depends on the
// dose kind (seconds/breaths for holds, reps/sets/rest_seconds for reps).
struct RoutineItem {
    std::string exercise;
    std::optional<int> seconds;
    std::optional<int> breaths;
    std::optional<int> reps;
    std::optional<int> sets;
    std::optional<int> restSeconds;

    bool operator==(const RoutineItem&) const = default;
};

struct Routine {
    std::string id;
    std::string name;
    std::string summary;
    int leadInSeconds = 5;
    int switchSeconds = 5;
    std::vector<RoutineItem> items;

    bool operator==(const Routine&) const = default;
};

// The text forms used in files, plans and the command line.
const char* toString(Position position);
const char* toString(Sides sides);
const char* toString(Side side);
const char* toString(Breath breath);
Side otherSide(Side side);

// "Desk-friendly" is a product rule: doable in a chair, standing at a desk or at a wall.
bool isDeskFriendly(Position position);

} // namespace limber
