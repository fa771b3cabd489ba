// Reads a file that the user or the command line named, only when it is a regular file and
// without ever blocking: a FIFO, device, socket or folder is refused, unread, with the reason.
#pragma once

#include <QByteArray>
#include <QString>

#include <sys/types.h>

namespace limber {

// As a write answers (WriteOutcome): ok, or why not.
struct RegularFileRead {
    bool ok = false;
    QByteArray bytes; // when ok
    // Why nothing was read, to follow the path's name: "is a FIFO (named pipe), not a regular
    // file", "permission denied"…; empty when ok.
    QString error;
    bool regular = false; // the path led to a regular file (whether or not reading it worked)
};

// The file's bytes, at most one past `limit` (enough to refuse an oversized file; by default
// what the loader accepts) and at most one past the file's size (so no more is allocated than
// it needs).
[[nodiscard]] RegularFileRead readRegularFile(const QString& path, qint64 limit = -1);

// Why a file of this kind (st_mode) cannot be loaded; empty for a regular file.
QString fileKindProblem(mode_t mode);

// Why stat() or open() of `path` (its bytes as on disk) failed with `error` (an errno):
// a symbolic link to nothing, a symbolic link loop, permission denied…
QString openProblem(const QByteArray& path, int error);

} // namespace limber
