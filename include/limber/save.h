// The other direction of load.h: model values back to DATA-FORMAT.md JSON text, so that
// loading what was saved gives back the identical value. Never throws.
#pragma once

#include <limber/model.h>

#include <string>

namespace limber {

// An exercise file: fields in the order DATA-FORMAT.md lists them, indented by 2, ending in a
// newline. Optional fields that are empty are left out.
std::string toJson(const Exercise& exercise);

// A routine file, likewise.
std::string toJson(const Routine& routine);

} // namespace limber
