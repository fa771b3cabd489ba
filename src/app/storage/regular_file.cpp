#include "regular_file.h"

#include <limber/load.h>

#include <QFile>
#include <QObject>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace limber {

namespace {

class Descriptor {
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    {
    }
    ~Descriptor() { ::close(m_fd); }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;

    int fd() const { return m_fd; }

private:
    int m_fd;
};

RegularFileRead refused(const QString& error, bool regular = false)
{
    RegularFileRead read;
    read.error = error;
    read.regular = regular;
    return read;
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

QString fileKindProblem(mode_t mode)
{
    if (S_ISREG(mode))
        return {};
    if (S_ISDIR(mode))
        return QObject::tr("is a folder, not a file");
    if (S_ISFIFO(mode))
        return QObject::tr("is a FIFO (named pipe), not a regular file");
    if (S_ISCHR(mode))
        return QObject::tr("is a device (character special file), not a regular file");
    if (S_ISBLK(mode))
        return QObject::tr("is a device (block special file), not a regular file");
    if (S_ISSOCK(mode))
        return QObject::tr("is a socket, not a regular file");
    return QObject::tr("is not a regular file");
}

QString openProblem(const QByteArray& path, int error)
{
    struct stat link { };
    const bool isLink = ::lstat(path.constData(), &link) == 0 && S_ISLNK(link.st_mode);
    switch (error) {
    case ENOENT:
        return isLink ? QObject::tr("is a symbolic link to something that does not exist")
                      : QObject::tr("does not exist");
    case ELOOP:
        return QObject::tr("is a symbolic link loop (it leads back to itself)");
    case EACCES:
    case EPERM:
        return QObject::tr("permission denied");
    default:
        return systemError(error);
    }
}

RegularFileRead readRegularFile(const QString& path, qint64 limit)
{
    const QByteArray name = QFile::encodeName(path);
    // Looked at before opening: opening a device can do something by itself (a tape rewinds,
    // a serial line rises), so nothing but a regular file is ever opened.
    struct stat found { };
    if (::stat(name.constData(), &found) != 0)
        return refused(openProblem(name, errno));
    if (const QString problem = fileKindProblem(found.st_mode); !problem.isEmpty())
        return refused(problem);

    // O_NONBLOCK: should a FIFO take the file's place after the stat, opening it returns at
    // once instead of waiting for a writer; fstat then says what was really opened.
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return refused(openProblem(name, errno), true);
    const Descriptor file(fd);
    struct stat opened { };
    if (::fstat(file.fd(), &opened) != 0)
        return refused(systemError(errno), true);
    if (const QString problem = fileKindProblem(opened.st_mode); !problem.isEmpty())
        return refused(problem);
    // A regular file's reads wait only for the disk; in non-blocking mode some filesystems
    // (FUSE, NFS) would answer EAGAIN instead, and a short read would look like the end.
    const int flags = ::fcntl(file.fd(), F_GETFL);
    if (flags < 0 || ::fcntl(file.fd(), F_SETFL, flags & ~O_NONBLOCK) != 0)
        return refused(systemError(errno), true);

    const qint64 cap = limit < 0 ? static_cast<qint64>(maxFileBytes) : limit;
    const qint64 wanted = std::min<qint64>(static_cast<qint64>(opened.st_size) + 1, cap + 1);
    RegularFileRead read;
    read.regular = true;
    read.bytes.resize(static_cast<qsizetype>(wanted));
    qint64 total = 0;
    while (total < wanted) {
        const ssize_t got = ::read(
            file.fd(), read.bytes.data() + total, static_cast<std::size_t>(wanted - total));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return refused(systemError(errno), true);
        if (got == 0)
            break;
        total += got;
    }
    read.bytes.truncate(static_cast<qsizetype>(total));
    read.ok = true;
    return read;
}

} // namespace limber
