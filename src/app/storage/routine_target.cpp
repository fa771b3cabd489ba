#include "routine_target.h"

#include "regular_file.h"

#include <limber/load.h>

#include <QFileInfo>

namespace limber {

namespace {

RoutineTarget readRoutineFile(const Library& library, const QString& path)
{
    RoutineTarget target;
    target.source = path.toStdString();
    const RegularFileRead read = readRegularFile(path);
    // Only a regular file is a routine file that is bad; nothing there, or a FIFO, device,
    // socket or folder, is the wrong thing named on the command line.
    target.found = read.regular;
    if (!read.ok) {
        target.problems.push_back({ Severity::Error, target.source, "", 0, 0,
            "cannot read: " + read.error.toStdString() });
        return target;
    }
    LoadedDocument loaded = loadDocument(
        std::string_view(read.bytes.constData(), static_cast<std::size_t>(read.bytes.size())),
        target.source);
    target.problems = std::move(loaded.diagnostics);
    if (std::holds_alternative<Exercise>(loaded.value)) {
        target.problems.push_back({ Severity::Error, target.source, "/kind", 0, 0,
            "this is an exercise file; a routine file is needed here" });
    } else if (auto* routine = std::get_if<Routine>(&loaded.value)) {
        Diagnostics checks = library.checkRoutine(*routine, target.source);
        target.problems.insert(target.problems.end(), checks.begin(), checks.end());
        if (!hasErrors(checks))
            target.routine = std::move(*routine);
    }
    return target;
}

} // namespace

RoutineTarget findRoutineTarget(const Library& library, const QString& target)
{
    const QFileInfo info(target);
    if (((info.exists() || info.isSymLink()) && !info.isDir())
        || target.endsWith(QStringLiteral(".json")))
        return readRoutineFile(library, target);

    RoutineTarget found;
    const std::string id = target.toStdString();
    if (const LibraryEntry<Routine>* entry = library.findRoutineEntry(id)) {
        found.routine = entry->value;
        found.source = entry->source;
        found.found = true;
    } else {
        found.problems.push_back({ Severity::Error, id, "", 0, 0,
            "no routine with this id (limber --list shows them) and no such file" });
    }
    return found;
}

} // namespace limber
