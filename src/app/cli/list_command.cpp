// `limber --list [--json]`: every exercise and routine that loaded, built-in and the user's.

#include "shared/words.h"
// Problems found while loading go to stderr; they do not change the exit code.
#include "cli_modes.h"
#include "command_line.h"
#include "storage/library_loader.h"

#include <limber/describe.h>
#include <limber/plan.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <iomanip>
#include <iostream>

namespace limber {

namespace {

const char* originName(Origin origin)
{
    return origin == Origin::BuiltIn ? "built-in" : "user";
}

std::optional<std::int64_t> routineLengthMs(
    const Library& library, const LibraryEntry<Routine>& entry)
{
    const PlanResult result = compile(entry.value, library, PlanOptions {}, entry.source);
    return result ? std::optional(result.plan->totalMs) : std::nullopt;
}

QJsonDocument listAsJson(const Library& library)
{
    QJsonArray exercises;
    for (const auto& entry : library.exercises()) {
        const Exercise& exercise = entry.value;
        exercises.append(QJsonObject {
            { QStringLiteral("id"), qs(exercise.id) },
            { QStringLiteral("name"), qs(exercise.name) },
            { QStringLiteral("position"), QString::fromLatin1(toString(exercise.position)) },
            { QStringLiteral("sides"), QString::fromLatin1(toString(exercise.sides)) },
            { QStringLiteral("dose"), qs(describeDose(exercise.dose)) },
            { QStringLiteral("origin"), QString::fromLatin1(originName(entry.origin)) },
            { QStringLiteral("file"), qs(entry.source) },
        });
    }
    QJsonArray routines;
    for (const auto& entry : library.routines()) {
        const auto length = routineLengthMs(library, entry);
        routines.append(QJsonObject {
            { QStringLiteral("id"), qs(entry.value.id) },
            { QStringLiteral("name"), qs(entry.value.name) },
            { QStringLiteral("items"), static_cast<int>(entry.value.items.size()) },
            { QStringLiteral("total_ms"),
                length ? QJsonValue(static_cast<double>(*length)) : QJsonValue() },
            { QStringLiteral("origin"), QString::fromLatin1(originName(entry.origin)) },
            { QStringLiteral("file"), qs(entry.source) },
        });
    }
    return QJsonDocument(QJsonObject {
        { QStringLiteral("exercises"), exercises }, { QStringLiteral("routines"), routines } });
}

void printText(const Library& library)
{
    std::cout << "Exercises (" << library.exercises().size() << ")\n";
    for (const auto& entry : library.exercises()) {
        const Exercise& exercise = entry.value;
        std::cout << "  " << std::left << std::setw(26) << exercise.id << std::setw(30)
                  << exercise.name << std::setw(10) << toString(exercise.position)
                  << describeDoseAndSides(exercise)
                  << (entry.origin == Origin::User ? "  (yours)" : "") << '\n';
    }
    std::cout << "\nRoutines (" << library.routines().size() << ")\n";
    for (const auto& entry : library.routines()) {
        const auto length = routineLengthMs(library, entry);
        std::cout << "  " << std::left << std::setw(26) << entry.value.id << std::setw(30)
                  << entry.value.name << std::right << std::setw(6)
                  << (length ? formatMinutesSeconds(*length) : "?") << "  "
                  << entry.value.items.size() << " stretches"
                  << (entry.origin == Origin::User ? "  (yours)" : "") << '\n';
    }
}

} // namespace

int runList(const CommandLine& line, const DataLocations& locations)
{
    const Library library = loadStandardLibrary(locations);
    for (const Diagnostic& problem : library.diagnostics())
        std::cerr << formatDiagnostic(problem) << '\n';
    if (line.json)
        std::cout << listAsJson(library).toJson(QJsonDocument::Indented).toStdString();
    else
        printText(library);
    return 0;
}

} // namespace limber
