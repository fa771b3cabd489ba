#include "full_disk.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>
#include <vector>

namespace testing {

FullDisk::FullDisk(const QString& folder, int bytes)
    : m_folder(folder)
{
    QDir().mkpath(folder);
    if (::geteuid() != 0) {
        m_reason = QStringLiteral("mounting a small tmpfs needs root (CI runs as root)");
        return;
    }
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
    if (::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0, options.constData())
        != 0) {
        m_reason
            = QStringLiteral("mount tmpfs: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_mounted = true;
}

FullDisk::~FullDisk()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
}

void FullDisk::fill()
{
    const QByteArray path = QFile::encodeName(m_folder + QLatin1Char('/') + fillerName());
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0)
        return;
    const std::vector<char> block(4096, 'x');
    // Large blocks first, then single bytes, so not even a tiny file fits afterwards.
    while (::write(fd, block.data(), block.size()) > 0) { }
    while (::write(fd, block.data(), 1) > 0) { }
    ::close(fd);
}

} // namespace testing
