#include "library_loader.h"

#include "data_locations.h"
#include "json_file_scan.h"
#include "regular_file.h"

#include <limber/load.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <sys/stat.h>

namespace limber {

namespace {

const QString builtInRoot = QStringLiteral(":/data");

// The built-in files are Qt resources, not on disk: found and read through Qt.
QStringList builtInPaths()
{
    QStringList files;
    QDirIterator it(
        builtInRoot, { QStringLiteral("*.json") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    std::sort(files.begin(), files.end());
    return files;
}

void addBuiltInFile(Library& library, const QString& path, const QString& sourceName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        // An unreadable file is still a problem of that file: hand the loader nothing and
        // let the diagnostic name it, so it shows up wherever problems are listed.
        library.addUnreadableFile(sourceName.toStdString(), file.errorString().toStdString());
        return;
    }
    const QByteArray bytes
        = file.read(std::min(file.size() + 1, static_cast<qint64>(maxFileBytes) + 1));
    library.addFile(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
        sourceName.toStdString(), Origin::BuiltIn);
}

void addFile(Library& library, const QString& path, const std::string& sourceName, Origin origin)
{
    const RegularFileRead read = readRegularFile(path);
    if (!read.ok) {
        library.addUnreadableFile(sourceName, read.error.toStdString());
        return;
    }
    library.addFile(
        std::string_view(read.bytes.constData(), static_cast<std::size_t>(read.bytes.size())),
        sourceName, origin);
}

} // namespace

QStringList builtInFiles()
{
    QStringList names;
    for (const QString& path : builtInPaths())
        names << QStringLiteral("data") + path.mid(builtInRoot.size());
    return names;
}

void addBuiltInData(Library& library)
{
    for (const QString& path : builtInPaths())
        addBuiltInFile(library, path, QStringLiteral("data") + path.mid(builtInRoot.size()));
}

int addFilesAt(Library& library, const QString& path, Origin origin)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat info { };
    if (::stat(name.constData(), &info) != 0) {
        const int error = errno;
        struct stat link { };
        if (error == ENOENT && ::lstat(name.constData(), &link) != 0)
            return 0; // nothing at all is there
        library.addUnreadableFile(path.toStdString(), openProblem(name, error).toStdString());
        return 1;
    }
    if (!S_ISDIR(info.st_mode)) {
        addFile(library, path, path.toStdString(), origin);
        return 1;
    }
    const std::vector<FoundJsonFile> files = findJsonFiles(path);
    for (const FoundJsonFile& file : files) {
        if (file.problem.isEmpty())
            addFile(library, file.path, file.sourceName, origin);
        else
            library.addUnreadableFile(file.sourceName, file.problem.toStdString());
    }
    return static_cast<int>(files.size());
}

Library loadStandardLibrary(const DataLocations& locations)
{
    Library library;
    addBuiltInData(library);
    addFilesAt(library, locations.userExercises, Origin::User);
    addFilesAt(library, locations.userRoutines, Origin::User);
    library.resolve();
    return library;
}

} // namespace limber
