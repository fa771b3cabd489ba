// Every exercise and routine that loaded, built-in and the user's, with the problems found
// while putting them together (duplicate ids, unknown exercises, overrides that do not fit).
#pragma once

#include <limber/diagnostic.h>
#include <limber/model.h>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace limber {

enum class Origin { BuiltIn, User };

template <typename T> struct LibraryEntry {
    T value;
    std::string source; // the file it came from, as diagnostics name it
    Origin origin = Origin::BuiltIn;
    bool overridesBuiltIn = false; // a user file that replaced a built-in with the same id
};

class Library {
public:
    // Loads one file and keeps what is valid. A user file with a built-in's id replaces it
    // (with a warning); two files of the same origin with one id: the second is refused.
    void addFile(std::string_view bytes, const std::string& sourceName, Origin origin);

    // Records a file that could not even be read, so it is listed with the other problems.
    void addUnreadableFile(const std::string& sourceName, const std::string& reason);

    // Checks every routine against the exercises (unknown ids at /items/N/exercise, overrides
    // that do not fit the dose kind) and drops the routines that fail. Call after the last
    // addFile; calling it again re-checks from scratch.
    void resolve();

    // The checks resolve() runs on one routine, for a routine that is not (yet) in the library:
    // a file given to --plan, or one being edited in the builder.
    Diagnostics checkRoutine(const Routine& routine, const std::string& sourceName) const;

    const std::vector<LibraryEntry<Exercise>>& exercises() const { return m_exercises; }
    // The routines that passed the last resolve().
    const std::vector<LibraryEntry<Routine>>& routines() const { return m_routines; }
    const Exercise* findExercise(std::string_view id) const;
    const Routine* findRoutine(std::string_view id) const;
    const LibraryEntry<Routine>* findRoutineEntry(std::string_view id) const;

    // Every problem of every file, in the order files were added.
    const Diagnostics& diagnostics() const;

private:
    // Where each id sits in its vector of entries: a library of thousands of files must not
    // scan them all for every file added and every routine item checked.
    struct IdHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view id) const noexcept
        {
            return std::hash<std::string_view> {}(id);
        }
    };
    using IdIndex = std::unordered_map<std::string, std::size_t, IdHash, std::equal_to<>>;

    template <typename T>
    void addEntry(std::vector<LibraryEntry<T>>& entries, IdIndex& index, LibraryEntry<T> entry,
        const char* what);
    void addSource(const std::string& sourceName);

    std::vector<std::string> m_sources; // in the order they were added
    std::unordered_map<std::string, std::size_t> m_sourceOrder; // a source's first position
    std::vector<LibraryEntry<Exercise>> m_exercises;
    IdIndex m_exerciseIndex;
    std::vector<LibraryEntry<Routine>> m_loadedRoutines; // resolve() starts again from these
    IdIndex m_loadedRoutineIndex;
    std::vector<LibraryEntry<Routine>> m_routines; // the loaded ones that passed resolve()
    IdIndex m_routineIndex;
    Diagnostics m_loadDiagnostics;
    Diagnostics m_resolveDiagnostics; // of the last resolve(), until the next addFile
    // Both lists in file order, put together when asked for, not on every addFile.
    mutable Diagnostics m_diagnostics;
    mutable bool m_diagnosticsStale = false;
};

} // namespace limber
