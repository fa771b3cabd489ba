// Exercises and routines built in C++ for the plan and session tests, so they depend on
// neither the loader nor the library.
#pragma once

#include <limber/model.h>
#include <limber/plan.h>

#include <string>
#include <string_view>
#include <vector>

namespace fixtures {

// Each side, 45 s (bounds 30-60), its own breath texts.
inline limber::Exercise twist()
{
    limber::Exercise e;
    e.id = "twist";
    e.name = "Seated twist";
    e.steps = { "Turn to the {side}." };
    e.sides = limber::Sides::Each;
    e.dose = limber::TimedHold { 45, 30, 60 };
    e.breath = limber::BreathTexts { "Breathe in, sit tall.", "Breathe out, turn to the {side}." };
    return e;
}

// No sides, 3 breaths, the default breath texts.
inline limber::Exercise eagle()
{
    limber::Exercise e;
    e.id = "eagle";
    e.name = "Eagle arms";
    e.steps = { "Wrap your arms." };
    e.dose = limber::BreathHold { 3, {}, {} };
    return e;
}

// No sides, 2 sets of 3 reps, 15 s rest; a rep is 2 s out + 1.5 s in.
inline limber::Exercise rotation()
{
    limber::Exercise e;
    e.id = "rotation";
    e.name = "Seated rotation";
    e.steps = { "Rotate." };
    e.dose = limber::Reps { 3, 2, 15,
        { { "Turn to the {side}", 2000, limber::Breath::Out },
            { "Come back", 1500, limber::Breath::In } } };
    return e;
}

// Alternate sides, 2 sets of 15 per side, 20 s rest; a rep is 2 s out + 2 s in.
inline limber::Exercise alternating()
{
    limber::Exercise e;
    e.id = "alternating";
    e.name = "Alternating rotation";
    e.steps = { "Rotate." };
    e.sides = limber::Sides::Alternate;
    e.dose = limber::Reps { 15, 2, 20,
        { { "Rotate toward the {side}", 2000, limber::Breath::Out },
            { "Return", 2000, limber::Breath::In } } };
    return e;
}

inline limber::ExerciseLookup lookup(const std::vector<limber::Exercise>& exercises)
{
    return [&exercises](std::string_view id) -> const limber::Exercise* {
        for (const limber::Exercise& e : exercises) {
            if (e.id == id)
                return &e;
        }
        return nullptr;
    };
}

inline limber::Routine routine(
    int leadInSeconds, int switchSeconds, std::vector<limber::RoutineItem> items)
{
    limber::Routine r;
    r.id = "test-routine";
    r.name = "Test routine";
    r.leadInSeconds = leadInSeconds;
    r.switchSeconds = switchSeconds;
    r.items = std::move(items);
    return r;
}

inline limber::RoutineItem item(std::string exercise)
{
    limber::RoutineItem i;
    i.exercise = std::move(exercise);
    return i;
}

} // namespace fixtures
