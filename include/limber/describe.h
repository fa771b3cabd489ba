// Short human texts for model values, shared by the command line and the windows.
#pragma once

#include <limber/model.h>
#include <limber/plan.h>

#include <cstddef>
#include <cstdint>
#include <string>

namespace limber {

// "45 s hold", "3 breaths", "2 × 15 reps".
std::string describeDose(const Dose& dose);

// "45 s hold · each side", "2 × 15 reps · alternating sides": the exercise's own dose, or
// `dose` when given (what a routine does it with).
std::string describeDoseAndSides(const Exercise& exercise);
std::string describeDoseAndSides(const Exercise& exercise, const Dose& dose);

// The dose `exercise` is done with where the plan's segment `first` starts doing it (the
// segment after its lead-in), read off that segment: routine overrides and scale applied. A
// hold reads as breaths when the exercise counts breaths and the hold is whole breaths long,
// as seconds otherwise. The exercise's own dose when `first` is not a hold or set.
Dose plannedDose(const Plan& plan, std::size_t first, const Exercise& exercise);

// m:ss of a duration, rounded up to the whole second the way a countdown shows it ("4:05").
std::string formatMinutesSeconds(std::int64_t ms);

} // namespace limber
