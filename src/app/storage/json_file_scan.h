// Finds the *.json files under a folder from the raw bytes of the names on disk, and says of
// each one that cannot be loaded why: a FIFO, device or socket, a symbolic link to nothing or
// in a loop, a subfolder that cannot be read, a name that is not valid UTF-8.
#pragma once

#include <QString>

#include <string>
#include <vector>

namespace limber {

struct FoundJsonFile {
    QString path; // where to read it; empty when its name cannot be a QString (not UTF-8)
    std::string sourceName; // as diagnostics name it: the path, or its bytes escaped
    QString problem; // why it cannot be loaded, to follow "cannot read: "; empty to read it
};

// Every *.json (in any case) under `folder` and in its subfolders, symbolic links to folders
// included, in path order; each folder is searched once however many links lead to it.
// Hidden names (a leading dot) are passed over, as before: editors keep lock and swap files
// there, and a dangling ".#routine.json" lock is not a problem of the user's.
std::vector<FoundJsonFile> findJsonFiles(const QString& folder);

} // namespace limber
