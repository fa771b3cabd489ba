// Short human texts for model values, shared by the command line and the windows.
#pragma once

#include <limber/model.h>

#include <cstdint>
#include <string>

namespace limber {

// "45 s hold", "3 breaths", "2 × 15 reps".
std::string describeDose(const Dose& dose);

// "45 s hold · each side", "2 × 15 reps · alternating sides".
std::string describeDoseAndSides(const Exercise& exercise);

// m:ss of a duration, rounded up to the whole second the way a countdown shows it ("4:05").
std::string formatMinutesSeconds(std::int64_t ms);

} // namespace limber
