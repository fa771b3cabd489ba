// A made-up library for the benchmarks: exercise and routine files as JSON text, shaped and
// sized like the built-in ones (about 1-2 KB per exercise, 0.5 KB per routine), all valid, and
// the same bytes on every run and every machine for a given seed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace bench {

struct GeneratedFile {
    std::string name; // as the library's diagnostics would call it
    std::string bytes;
};

enum class DoseKind { Seconds, Breaths, Reps };

struct GeneratedLibrary {
    std::vector<GeneratedFile> exercises;
    std::vector<GeneratedFile> routines;
    std::vector<std::string> exerciseIds; // in the order of `exercises`
    std::vector<DoseKind> exerciseDoses; // likewise: which overrides fit each

    std::size_t bytes() const;
};

// `exercises` exercises and `routines` routines of 3-12 items each over them.
GeneratedLibrary generateLibrary(int exercises, int routines, std::uint32_t seed);

// One routine file of `items` items (at most 100) over the library's exercises, with the
// overrides a person would give (seconds, breaths, reps, sets) where they fit.
std::string generateRoutine(
    const GeneratedLibrary& library, const std::string& id, int items, std::uint32_t seed);

} // namespace bench
