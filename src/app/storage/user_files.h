// Writes the user's own files without ever losing one: every write goes through
// writeFileAtomically (write, flush, rename, each checked), and a file that does not load is
// moved aside as NAME.broken-YYYYMMDD-HHMMSS before anything is written over it.
#pragma once

#include "atomic_write.h"
#include "regular_file.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace limber {

// The bytes of a user file, at most one byte past what the loader accepts, or why not.
[[nodiscard]] RegularFileRead readUserFile(const QString& path);

// True when `path` holds a file that does not load as an exercise or routine.
bool isBrokenFile(const QString& path);

// True when the app may write a new file at `path`: nothing is there, or only a broken file
// (which writeUserFile moves aside first). A file that loads belongs to someone.
bool isFreeForNewFile(const QString& path);

// "routines/foo.json" → "routines/foo.json.broken-20240131-142500" (with "-2", "-3"… when that
// is taken too).
QString brokenFileName(const QString& path, const QDateTime& when);

// Writes `bytes` to `path` atomically, creating its folder. When a broken file stands at the
// path it is first moved aside (and put back if the write then fails); a file that loads is
// replaced (the caller chose to).
[[nodiscard]] WriteOutcome writeUserFile(const QString& path, const QByteArray& bytes);

// Removes a user file: to the desktop's trash when there is one, deleted otherwise.
[[nodiscard]] WriteOutcome removeUserFile(const QString& path);

} // namespace limber
