#include "json_file_scan.h"

#include "regular_file.h"

#include <limber/diagnostic.h>

#include <QByteArray>
#include <QFile>
#include <QObject>

#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <memory>
#include <set>
#include <sys/stat.h>
#include <utility>

namespace limber {

namespace {

bool isJsonName(const QByteArray& name)
{
    return name.toLower().endsWith(".json");
}

// Qt opens files by QString; a name that does not come back the same from one cannot be read
// through Qt, and would be shown with U+FFFD in place of its bytes.
bool isUtf8Name(const QByteArray& name)
{
    return QFile::encodeName(QFile::decodeName(name)) == name;
}

struct DirectoryId {
    dev_t device = 0;
    ino_t inode = 0;

    auto operator<=>(const DirectoryId&) const = default;
};

DirectoryId idOf(const struct stat& info)
{
    return { info.st_dev, info.st_ino };
}

class Scan {
public:
    explicit Scan(const QByteArray& root)
    {
        struct stat info { };
        if (::stat(root.constData(), &info) == 0)
            m_searched.insert(idOf(info));
        m_above.push_back(idOf(info));
        searchFolder(root);
    }

    // By the bytes of their paths: a folder's files sort as its path's text sorts.
    std::vector<std::pair<QByteArray, QString>> found;

private:
    void searchFolder(const QByteArray& path)
    {
        const std::unique_ptr<DIR, int (*)(DIR*)> folder(::opendir(path.constData()), ::closedir);
        if (!folder) {
            report(path,
                QObject::tr("%1, so no file in this folder was loaded")
                    .arg(openProblem(path, errno)));
            return;
        }
        std::vector<QByteArray> names;
        while (const dirent* entry = ::readdir(folder.get())) {
            const QByteArray name(entry->d_name);
            if (!name.startsWith('.'))
                names.push_back(name);
        }
        for (const QByteArray& name : names)
            searchEntry(path + '/' + name, name);
    }

    void searchEntry(const QByteArray& path, const QByteArray& name)
    {
        struct stat link { };
        if (::lstat(path.constData(), &link) != 0) {
            if (isJsonName(name))
                report(path, openProblem(path, errno));
            return;
        }
        struct stat target = link;
        if (S_ISLNK(link.st_mode) && ::stat(path.constData(), &target) != 0) {
            if (isJsonName(name))
                report(path, openProblem(path, errno));
            return;
        }
        if (S_ISDIR(target.st_mode)) {
            if (isUtf8Name(name))
                enterFolder(path, target);
            else
                report(path,
                    QObject::tr("the folder's name is not valid UTF-8, so no file in it was "
                                "loaded (rename the folder)"));
            return;
        }
        if (!isJsonName(name))
            return;
        if (!isUtf8Name(name)) {
            report(path, QObject::tr("the name is not valid UTF-8 (rename the file to load it)"));
            return;
        }
        found.emplace_back(path, fileKindProblem(target.st_mode));
    }

    void enterFolder(const QByteArray& path, const struct stat& info)
    {
        const DirectoryId id = idOf(info);
        if (std::find(m_above.begin(), m_above.end(), id) != m_above.end()) {
            report(
                path, QObject::tr("is a symbolic link loop (it leads back to a folder above it)"));
            return;
        }
        if (!m_searched.insert(id).second)
            return; // reached by another link already: its files are in once
        m_above.push_back(id);
        searchFolder(path);
        m_above.pop_back();
    }

    void report(const QByteArray& path, const QString& problem)
    {
        found.emplace_back(path, problem);
    }

    std::set<DirectoryId> m_searched;
    std::vector<DirectoryId> m_above; // the folders from the root to the one being searched
};

} // namespace

std::vector<FoundJsonFile> findJsonFiles(const QString& folder)
{
    Scan scan(QFile::encodeName(folder));
    std::sort(scan.found.begin(), scan.found.end(),
        [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<FoundJsonFile> files;
    files.reserve(scan.found.size());
    for (auto& [path, problem] : scan.found) {
        FoundJsonFile file;
        if (isUtf8Name(path)) {
            file.path = QFile::decodeName(path);
            file.sourceName = file.path.toStdString();
        } else {
            file.sourceName = displayable(path.toStdString());
        }
        file.problem = std::move(problem);
        files.push_back(std::move(file));
    }
    return files;
}

} // namespace limber
