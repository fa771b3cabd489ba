// `limber --validate [PATH...]`: checks files the way the app loads them and prints one line
// per problem. Given files are checked on top of the built-in data, so a routine may use
// built-in exercises, and a user exercise may override a built-in one (with a warning).
// A path that names nothing, or a folder with no *.json in it, is a usage error (exit 2): there
// was nothing to check. A FIFO, device or socket is a file that cannot be checked (exit 1).
#include "cli_modes.h"
#include "command_line.h"
#include "storage/library_loader.h"

#include <limber/library.h>

#include <QFile>

#include <iostream>
#include <sys/stat.h>

namespace limber {

namespace {

// lstat, not stat: a symbolic link to nothing is there, and is reported as such.
bool somethingIsAt(const QString& path)
{
    struct stat info { };
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0;
}

std::string shown(const QString& path)
{
    return displayable(path.toStdString());
}

} // namespace

int runValidate(const CommandLine& line)
{
    for (const QString& path : line.paths) {
        if (!somethingIsAt(path)) {
            std::cerr << "limber: no such file or folder: " << shown(path) << '\n';
            return 2;
        }
    }

    Library library;
    addBuiltInData(library);
    int files = 0;
    if (line.paths.isEmpty())
        files = static_cast<int>(builtInFiles().size());
    for (const QString& path : line.paths) {
        const int found = addFilesAt(library, path, Origin::User);
        if (found == 0) {
            std::cerr << "limber: no .json file in this folder or below it: " << shown(path)
                      << '\n';
            return 2;
        }
        files += found;
    }
    library.resolve();

    const Diagnostics& problems = library.diagnostics();
    for (const Diagnostic& problem : problems)
        std::cout << formatDiagnostic(problem) << '\n';

    const bool valid = !hasErrors(problems);
    std::cerr << files << (files == 1 ? " file" : " files")
              << " checked: " << (valid ? "all valid" : "some are invalid") << '\n';
    return valid ? 0 : 1;
}

} // namespace limber
