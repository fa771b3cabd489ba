#include "private_runtime_dir.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

namespace limber {

namespace {

constexpr mode_t privateMode = 0700;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

QString privateDirProblem(const QString& path)
{
    // lstat, not stat: a symbolic link could point anywhere, including at another user's dir.
    struct stat info { };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return QStringLiteral("%1: %2").arg(path, systemError(errno));
    if (S_ISLNK(info.st_mode))
        return QStringLiteral("%1 is a symbolic link, not a folder of its own").arg(path);
    if (!S_ISDIR(info.st_mode))
        return QStringLiteral("%1 is not a folder").arg(path);
    if (info.st_uid != ::getuid())
        return QStringLiteral("%1 belongs to user id %2, not to this user (%3)")
            .arg(path)
            .arg(info.st_uid)
            .arg(::getuid());
    if ((info.st_mode & 07777) != privateMode)
        return QStringLiteral("%1 has mode %2, not 0700 (private to its owner)")
            .arg(
                path, QString::number(info.st_mode & 07777, 8).rightJustified(4, QLatin1Char('0')));
    return {};
}

std::optional<QString> privateRuntimeDir()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty()) {
        const QString problem = privateDirProblem(runtime);
        if (problem.isEmpty())
            return runtime;
        spdlog::warn("XDG_RUNTIME_DIR is not private, so the single-instance socket is not put "
                     "there: {}",
            problem.toStdString());
    }

    const QString fallback
        = QDir(QDir::tempPath()).filePath(QStringLiteral("limber-%1").arg(::getuid()));
    const QByteArray native = QFile::encodeName(fallback);
    if (::mkdir(native.constData(), privateMode) == 0) {
        // The umask may have taken bits away; the folder is ours, so set them exactly.
        ::chmod(native.constData(), privateMode);
    } else if (errno != EEXIST) {
        spdlog::warn("cannot make a private folder for the single-instance socket at {}: {}; "
                     "this Limber runs on its own",
            fallback.toStdString(), systemError(errno).toStdString());
        return std::nullopt;
    }
    // Checked whether made just now or found: someone else may have made it first.
    const QString problem = privateDirProblem(fallback);
    if (!problem.isEmpty()) {
        spdlog::warn("not using {} for the single-instance socket: {}; this Limber runs on its "
                     "own, without handing launches over or taking them",
            fallback.toStdString(), problem.toStdString());
        return std::nullopt;
    }
    return fallback;
}

} // namespace limber
