#include "atomic_write.h"

#include "regular_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace limber {

namespace {

QString described(const QString& path, const QString& problem)
{
    return QDir::toNativeSeparators(path) + QStringLiteral(": ") + problem;
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Removes the temporary file unless the write got as far as renaming it.
class TemporaryFile {
public:
    explicit TemporaryFile(QByteArray path)
        : m_path(std::move(path))
    {
    }
    ~TemporaryFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (!m_renamed)
            ::unlink(m_path.constData());
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;

    int fd() const { return m_fd; }
    void setFd(int fd) { m_fd = fd; }
    // close() is a step that can fail (NFS reports write errors there), so it is checked.
    bool close()
    {
        const int fd = m_fd;
        m_fd = -1;
        return ::close(fd) == 0;
    }
    void markRenamed() { m_renamed = true; }
    const QByteArray& path() const { return m_path; }

private:
    QByteArray m_path;
    int m_fd = -1;
    bool m_renamed = false;
};

bool writeAll(int fd, const QByteArray& bytes)
{
    const char* data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, static_cast<std::size_t>(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += written;
        left -= written;
    }
    return true;
}

// The folder's entry for the new name is on disk too once this returns true.
bool syncFolder(const QByteArray& folder)
{
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

WriteTarget resolveWriteTarget(const QString& path)
{
    const QByteArray encoded = QFile::encodeName(path);
    struct stat link { };
    if (::lstat(encoded.constData(), &link) != 0) {
        if (errno == ENOENT)
            return { true, path, {} };
        return { false, {},
            described(path, QObject::tr("cannot be checked: %1").arg(systemError(errno))) };
    }
    if (!S_ISLNK(link.st_mode)) {
        if (!S_ISREG(link.st_mode))
            return { false, {}, described(path, fileKindProblem(link.st_mode)) };
        return { true, path, {} };
    }

    // A link is written through only to a regular file this user owns: never onto a device
    // (quitting as root once replaced /dev/zero), and never into someone else's file.
    const QString target = QFileInfo(path).canonicalFilePath();
    struct stat info { };
    if (target.isEmpty() || ::stat(QFile::encodeName(target).constData(), &info) != 0)
        return { false, {},
            described(path,
                QObject::tr("is a symbolic link to a file that does not exist, so it was not "
                            "written")) };
    if (!S_ISREG(info.st_mode))
        return { false, {},
            described(path,
                QObject::tr("is a symbolic link to %1, which %2; it was not written")
                    .arg(QDir::toNativeSeparators(target), fileKindProblem(info.st_mode))) };
    if (info.st_uid != ::geteuid())
        return { false, {},
            described(path,
                QObject::tr("is a symbolic link to %1, which belongs to another user; it was not "
                            "written")
                    .arg(QDir::toNativeSeparators(target))) };
    return { true, target, {} };
}

WriteOutcome writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    WriteOutcome outcome;
    const WriteTarget target = resolveWriteTarget(path);
    if (!target) {
        outcome.error = target.error;
        return outcome;
    }
    const QFileInfo info(target.path);
    const QByteArray finalName = QFile::encodeName(info.absoluteFilePath());
    const QByteArray folder = QFile::encodeName(info.absolutePath());
    const auto failed = [&](const QString& step, int error) {
        outcome.error = described(path,
            QObject::tr("cannot write (%1: %2); the file on disk is unchanged")
                .arg(step, systemError(error)));
        return outcome;
    };

    struct stat existing { };
    const bool replacing = ::stat(finalName.constData(), &existing) == 0;

    // A hidden name that the library's *.json scan never picks up, unique by O_EXCL.
    std::unique_ptr<TemporaryFile> temporary;
    for (int attempt = 0; attempt < 100 && !temporary; ++attempt) {
        const QByteArray name = folder + "/." + QFile::encodeName(info.fileName()) + ".limber-"
            + QByteArray::number(QRandomGenerator::global()->generate(), 36);
        const int fd
            = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd >= 0) {
            temporary = std::make_unique<TemporaryFile>(name);
            temporary->setFd(fd);
        } else if (errno != EEXIST) {
            return failed(QObject::tr("creating a temporary file"), errno);
        }
    }
    if (!temporary)
        return failed(QObject::tr("creating a temporary file"), EEXIST);

    if (replacing && ::fchmod(temporary->fd(), existing.st_mode & 07777) != 0)
        return failed(QObject::tr("keeping its permissions"), errno);
    if (!writeAll(temporary->fd(), bytes))
        return failed(QObject::tr("writing"), errno);
    // With delayed allocation a full disk may only be reported here, not by write().
    if (::fsync(temporary->fd()) != 0)
        return failed(QObject::tr("flushing to disk"), errno);
    if (!temporary->close())
        return failed(QObject::tr("closing"), errno);
    if (::rename(temporary->path().constData(), finalName.constData()) != 0)
        return failed(QObject::tr("replacing the old file"), errno);
    temporary->markRenamed();
    // The new content is in place; a folder that cannot be synced only weakens crash safety.
    syncFolder(folder);
    outcome.ok = true;
    return outcome;
}

} // namespace limber
