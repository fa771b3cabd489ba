// The Library: every loaded exercise and routine, which file wins when ids meet, and the
// checks that need more than one file (does the exercise exist, does the override fit it).
#include "source_text.h"

#include <limber/library.h>
#include <limber/load.h>

#include <algorithm>
#include <iterator>

namespace limber {

namespace {

// The overrides an item may give depend on the kind of dose of its exercise.
void checkOverrides(const RoutineItem& item, const Dose& dose, const std::string& itemPointer,
    const std::string& sourceName, Diagnostics& out)
{
    const bool isReps = std::holds_alternative<Reps>(dose);
    const std::string_view doseName = isReps ? "a reps dose" : "a hold";
    const auto refuse = [&](const char* key, bool present, bool applies) {
        if (present && !applies)
            out.push_back({ Severity::Error, sourceName, itemPointer + "/" + key, 0, 0,
                loader::quoted(key) + " does not apply to " + std::string(doseName) });
    };
    // "seconds" and "breaths" both fit any hold: they say how this routine measures it.
    refuse("seconds", item.seconds.has_value(), !isReps);
    refuse("breaths", item.breaths.has_value(), !isReps);
    refuse("reps", item.reps.has_value(), isReps);
    refuse("sets", item.sets.has_value(), isReps);
    refuse("rest_seconds", item.restSeconds.has_value(), isReps);
}

} // namespace

template <typename T>
void Library::addEntry(
    std::vector<LibraryEntry<T>>& entries, IdIndex& index, LibraryEntry<T> entry, const char* what)
{
    const auto found = index.find(entry.value.id);
    if (found == index.end()) {
        index.emplace(entry.value.id, entries.size());
        entries.push_back(std::move(entry));
        return;
    }
    LibraryEntry<T>& existing = entries[found->second];
    const std::string id = loader::quoted(entry.value.id);
    if (existing.origin == entry.origin) {
        m_loadDiagnostics.push_back({ Severity::Error, entry.source, "/id", 0, 0,
            "duplicate " + std::string(what) + " id " + id + " (also in " + existing.source
                + ")" });
        return;
    }
    // A user file beats a built-in one whichever was added first; the warning is always
    // the user file's, since that is the file whose author chose the id.
    const bool userIsNew = entry.origin == Origin::User;
    const LibraryEntry<T>& user = userIsNew ? entry : existing;
    const LibraryEntry<T>& builtIn = userIsNew ? existing : entry;
    m_loadDiagnostics.push_back({ Severity::Warning, user.source, "/id", 0, 0,
        "replaces the built-in " + std::string(what) + " " + id + " (" + builtIn.source + ")" });
    if (userIsNew)
        existing = std::move(entry);
    existing.overridesBuiltIn = true;
}

void Library::addFile(std::string_view bytes, const std::string& sourceName, Origin origin)
{
    addSource(sourceName);
    LoadedDocument loaded = loadDocument(bytes, sourceName);
    m_loadDiagnostics.insert(m_loadDiagnostics.end(),
        std::make_move_iterator(loaded.diagnostics.begin()),
        std::make_move_iterator(loaded.diagnostics.end()));
    if (auto* exercise = std::get_if<Exercise>(&loaded.value))
        addEntry(
            m_exercises, m_exerciseIndex, { std::move(*exercise), sourceName, origin }, "exercise");
    else if (auto* routine = std::get_if<Routine>(&loaded.value))
        addEntry(m_loadedRoutines, m_loadedRoutineIndex,
            { std::move(*routine), sourceName, origin }, "routine");
}

void Library::addUnreadableFile(const std::string& sourceName, const std::string& reason)
{
    addSource(sourceName);
    m_loadDiagnostics.push_back(
        { Severity::Error, sourceName, "", 0, 0, "cannot read: " + reason });
}

// A new file: the problems of the last resolve() no longer describe the library.
void Library::addSource(const std::string& sourceName)
{
    m_sourceOrder.emplace(sourceName, m_sources.size()); // the first position wins
    m_sources.push_back(sourceName);
    m_resolveDiagnostics.clear();
    m_diagnosticsStale = true;
}

void Library::resolve()
{
    Diagnostics resolveDiagnostics;
    m_routines.clear();
    m_routineIndex.clear();
    for (const LibraryEntry<Routine>& entry : m_loadedRoutines) {
        Diagnostics checks = checkRoutine(entry.value, entry.source);
        if (!hasErrors(checks)) {
            m_routineIndex.emplace(entry.value.id, m_routines.size());
            m_routines.push_back(entry);
        }
        resolveDiagnostics.insert(resolveDiagnostics.end(), std::make_move_iterator(checks.begin()),
            std::make_move_iterator(checks.end()));
    }
    m_resolveDiagnostics = std::move(resolveDiagnostics);
    m_diagnosticsStale = true;
}

Diagnostics Library::checkRoutine(const Routine& routine, const std::string& sourceName) const
{
    Diagnostics out;
    for (std::size_t i = 0; i < routine.items.size(); ++i) {
        const RoutineItem& item = routine.items[i];
        const std::string itemPointer = "/items/" + std::to_string(i);
        if (const Exercise* exercise = findExercise(item.exercise)) {
            checkOverrides(item, exercise->dose, itemPointer, sourceName, out);
        } else {
            out.push_back({ Severity::Error, sourceName, itemPointer + "/exercise", 0, 0,
                "no exercise with id " + loader::quoted(item.exercise) });
        }
    }
    return out;
}

const Exercise* Library::findExercise(std::string_view id) const
{
    const auto found = m_exerciseIndex.find(id);
    return found == m_exerciseIndex.end() ? nullptr : &m_exercises[found->second].value;
}

const Routine* Library::findRoutine(std::string_view id) const
{
    const LibraryEntry<Routine>* entry = findRoutineEntry(id);
    return entry ? &entry->value : nullptr;
}

const LibraryEntry<Routine>* Library::findRoutineEntry(std::string_view id) const
{
    const auto found = m_routineIndex.find(id);
    return found == m_routineIndex.end() ? nullptr : &m_routines[found->second];
}

// Load and resolve problems together, grouped by file in the order the files were added,
// so a file's problems read as one block wherever they are listed.
const Diagnostics& Library::diagnostics() const
{
    if (!m_diagnosticsStale)
        return m_diagnostics;
    m_diagnostics = m_loadDiagnostics;
    m_diagnostics.insert(
        m_diagnostics.end(), m_resolveDiagnostics.begin(), m_resolveDiagnostics.end());
    const auto order = [this](const Diagnostic& d) {
        const auto found = m_sourceOrder.find(d.file);
        return found == m_sourceOrder.end() ? m_sources.size() : found->second;
    };
    std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(),
        [&](const Diagnostic& a, const Diagnostic& b) { return order(a) < order(b); });
    m_diagnosticsStale = false;
    return m_diagnostics;
}

} // namespace limber
