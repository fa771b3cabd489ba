#include "library_loader.h"

#include "data_locations.h"

#include <limber/load.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace limber {

namespace {

const QString builtInRoot = QStringLiteral(":/data");

QStringList jsonFilesUnder(const QString& folder)
{
    QStringList files;
    QDirIterator it(
        folder, { QStringLiteral("*.json") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    std::sort(files.begin(), files.end());
    return files;
}

void addFile(Library& library, const QString& path, const QString& sourceName, Origin origin)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        // An unreadable file is still a problem of that file: hand the loader nothing and
        // let the diagnostic name it, so it shows up wherever problems are listed.
        library.addUnreadableFile(sourceName.toStdString(), file.errorString().toStdString());
        return;
    }
    // One byte past the limit is enough for the loader to refuse an oversized file without
    // this reading a huge one into memory. QIODevice::read() allocates all it is asked for,
    // so a regular file is asked for its own size (plus one, to see it end) and no more.
    const qint64 limit = static_cast<qint64>(maxFileBytes) + 1;
    const QByteArray bytes
        = file.read(file.isSequential() ? limit : std::min(file.size() + 1, limit));
    library.addFile(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
        sourceName.toStdString(), origin);
}

} // namespace

QStringList builtInFiles()
{
    QStringList names;
    for (const QString& path : jsonFilesUnder(builtInRoot))
        names << QStringLiteral("data") + path.mid(builtInRoot.size());
    return names;
}

void addBuiltInData(Library& library)
{
    for (const QString& path : jsonFilesUnder(builtInRoot))
        addFile(
            library, path, QStringLiteral("data") + path.mid(builtInRoot.size()), Origin::BuiltIn);
}

int addFilesAt(Library& library, const QString& path, Origin origin)
{
    const QFileInfo info(path);
    if (info.isFile()) {
        addFile(library, path, path, origin);
        return 1;
    }
    if (!info.isDir())
        return 0;
    const QStringList files = jsonFilesUnder(path);
    for (const QString& file : files)
        addFile(library, file, file, origin);
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
