// `limber --validate [PATH...]`: checks files the way the app loads them and prints one line
// per problem. Given files are checked on top of the built-in data, so a routine may use
// built-in exercises, and a user exercise may override a built-in one (with a warning).
#include "cli_modes.h"
#include "command_line.h"
#include "storage/library_loader.h"

#include <limber/library.h>

#include <QFileInfo>

#include <iostream>

namespace limber {

int runValidate(const CommandLine& line)
{
    for (const QString& path : line.paths) {
        if (!QFileInfo::exists(path)) {
            std::cerr << "limber: no such file or folder: " << path.toStdString() << '\n';
            return 2;
        }
    }

    Library library;
    addBuiltInData(library);
    int files = 0;
    if (line.paths.isEmpty())
        files = static_cast<int>(builtInFiles().size());
    for (const QString& path : line.paths)
        files += addFilesAt(library, path, Origin::User);
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
