// Finds the routine that --plan or --routine names: a routine id in the library, or a
// routine file (checked against the library's exercises).
#pragma once

#include <limber/diagnostic.h>
#include <limber/library.h>
#include <limber/model.h>

#include <QString>

#include <optional>
#include <string>

namespace limber {

struct RoutineTarget {
    std::optional<Routine> routine;
    std::string source; // the file it came from, as diagnostics name it
    Diagnostics problems; // the file's errors and warnings, or "no routine with id …"
    bool found = false; // false: no such id and no such file (a usage error, not a bad file)
};

// A target that names an existing file, or ends in ".json", is read as a file; anything else
// is looked up as an id.
RoutineTarget findRoutineTarget(const Library& library, const QString& target);

} // namespace limber
