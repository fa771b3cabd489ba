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
    // false: no such id and no regular file there (nothing, or a FIFO, device, socket or
    // folder): a usage error, not a bad file
    bool found = false;
};

// A target that names something other than a folder (a FIFO too, to say what it is), or ends
// in ".json", is read as a file; anything else is looked up as an id.
RoutineTarget findRoutineTarget(const Library& library, const QString& target);

} // namespace limber
