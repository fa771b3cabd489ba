// Fills a Library from files: the built-in data compiled in as Qt resources, the user's
// folders, or paths given on the command line. Reading is here; checking is the core's.
#pragma once

#include <limber/library.h>

#include <QString>
#include <QStringList>

namespace limber {

struct DataLocations;

// The built-in exercises and routines, then the user's on top, resolved.
Library loadStandardLibrary(const DataLocations& locations);

void addBuiltInData(Library& library);

// Adds every *.json under `path` (a file, or a folder searched recursively, in name order);
// each one that cannot be read (a FIFO, a device, a dangling link…) is added as a problem.
// Returns the number of files added, problems included; a path that does not exist adds none.
int addFilesAt(Library& library, const QString& path, Origin origin);

// The built-in files' names as diagnostics show them, e.g. "data/exercises/cat-cow.json".
QStringList builtInFiles();

} // namespace limber
