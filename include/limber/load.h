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

// A closed range of whole numbers.
struct IntRange {
    int min = 0;
    int max = 0;
};

// The ranges DATA-FORMAT.md sets, shared with anything that edits values (the routine builder).
namespace limits {
inline constexpr IntRange holdSeconds { 1, 600 };
inline constexpr IntRange holdBreaths { 1, 30 };
inline constexpr IntRange repCount { 1, 100 };
inline constexpr IntRange sets { 1, 20 };
inline constexpr IntRange restSeconds { 0, 600 };
inline constexpr IntRange phaseMilliseconds { 500, 60'000 }; // the file says 0.5-60 seconds
inline constexpr IntRange leadInSeconds { 0, 60 };
inline constexpr IntRange switchSeconds { 0, 30 };
inline constexpr std::size_t maxRoutineItems = 100;
inline constexpr std::size_t maxTextCharacters = 2000;
inline constexpr std::size_t maxIdCharacters = 64;
} // namespace limits

// An exercise or routine id: 1-64 lowercase ASCII letters, digits and '-'.
bool isValidId(std::string_view id);

struct LoadedDocument {
    // Empty when the file has errors; warnings (unknown fields) still give a value.
    std::variant<std::monostate, Exercise, Routine> value;
    Diagnostics diagnostics;
};

// `sourceName` is what diagnostics call the file (usually its path as the user gave it).
LoadedDocument loadDocument(std::string_view bytes, const std::string& sourceName);

} // namespace limber
