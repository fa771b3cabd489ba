// The one way Limber writes a file: all or nothing, every step checked. The bytes go to a
// temporary file beside the target, which is written, flushed to disk and only then renamed
// over the target; a failure at any step removes the temporary file, leaves the old file byte
// for byte as it was, and says which step failed. Qt 6.4's QSaveFile is not used because it
// misses a write that fails when its buffer is flushed in commit() (ENOSPC on a full disk went
// unnoticed and the empty file replaced the old one).
#pragma once

#include <QByteArray>
#include <QString>

namespace limber {

struct WriteOutcome {
    bool ok = false;
    QString error; // what went wrong, naming the file; empty when ok
    QString movedAsideTo; // where a broken file that stood at the path went, if one did

    explicit operator bool() const { return ok; }
};

// Where a write to `path` really lands: `path` itself, or the regular file a symbolic link
// there points to when that file belongs to this user. Anything else is refused with the
// reason in `error`: a link to a device, a folder, a FIFO or another user's file, a dangling
// link, or a special file at the path itself.
struct WriteTarget {
    bool ok = false;
    QString path; // where to write, when ok
    QString error; // why not, naming the file; empty when ok

    explicit operator bool() const { return ok; }
};
[[nodiscard]] WriteTarget resolveWriteTarget(const QString& path);

// Writes `bytes` to `path` atomically (see above); the folder must exist. A file that was
// there keeps its permissions; a new one gets the usual ones (0666 less the umask).
[[nodiscard]] WriteOutcome writeFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace limber
