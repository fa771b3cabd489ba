#include "user_files.h"

#include "regular_file.h"

#include <limber/load.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <variant>

namespace limber {

namespace {

QString described(const QString& path, const QString& problem)
{
    return QDir::toNativeSeparators(path) + QStringLiteral(": ") + problem;
}

} // namespace

RegularFileRead readUserFile(const QString& path)
{
    return readRegularFile(path);
}

bool isBrokenFile(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return false;
    const RegularFileRead read = readUserFile(path);
    if (!read.ok)
        return true;
    const QByteArray& bytes = read.bytes;
    const LoadedDocument loaded
        = loadDocument(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
            path.toStdString());
    return std::holds_alternative<std::monostate>(loaded.value);
}

bool isFreeForNewFile(const QString& path)
{
    return !QFileInfo::exists(path) || isBrokenFile(path);
}

QString brokenFileName(const QString& path, const QDateTime& when)
{
    const QString base
        = path + QStringLiteral(".broken-") + when.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + QLatin1Char('-') + QString::number(n);
    return candidate;
}

WriteOutcome writeUserFile(const QString& path, const QByteArray& bytes)
{
    WriteOutcome outcome;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        outcome.error = described(info.absolutePath(), QObject::tr("cannot create this folder"));
        return outcome;
    }
    const WriteTarget target = resolveWriteTarget(path);
    if (!target) {
        outcome.error = target.error;
        return outcome;
    }
    QString aside;
    if (isBrokenFile(target.path)) {
        aside = brokenFileName(target.path, QDateTime::currentDateTime());
        if (!QFile::rename(target.path, aside)) {
            outcome.error = described(path,
                QObject::tr("does not load and could not be moved aside, so it was left as it is"));
            return outcome;
        }
    }
    outcome = writeFileAtomically(target.path, bytes);
    if (!outcome && !aside.isEmpty()) {
        // Nothing new was written: the broken file goes back where the person left it.
        QFile::rename(aside, target.path);
        return outcome;
    }
    outcome.movedAsideTo = aside;
    return outcome;
}

WriteOutcome removeUserFile(const QString& path)
{
    WriteOutcome outcome;
    QFile file(path);
    if (file.moveToTrash() || file.remove()) {
        outcome.ok = true;
        return outcome;
    }
    outcome.error = described(path, QObject::tr("cannot remove: %1").arg(file.errorString()));
    return outcome;
}

} // namespace limber
