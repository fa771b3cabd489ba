// Turns the bytes of one exercise or routine file into a checked model value, or into
// diagnostics naming every problem in it. Never throws; safe on hostile input.
#pragma once

#include <limber/diagnostic.h>
#include <limber/model.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

namespace limber {

// Refused before parsing, so a stray large file costs nothing.
inline constexpr std::size_t maxFileBytes = 1024 * 1024;
// Refused before parsing, so nesting cannot exhaust the stack.
inline constexpr int maxNestingDepth = 64;

struct LoadedDocument {
    // Empty when the file has errors; warnings (unknown fields) still give a value.
    std::variant<std::monostate, Exercise, Routine> value;
    Diagnostics diagnostics;
};

// `sourceName` is what diagnostics call the file (usually its path as the user gave it).
LoadedDocument loadDocument(std::string_view bytes, const std::string& sourceName);

} // namespace limber
