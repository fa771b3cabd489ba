// libFuzzer target: hostile bytes through the loader, the saver and the library. The input is
// one file, or several separated by NUL bytes (never valid in JSON text), added as user files
// on top of the built-in library and resolved.
#include "fuzz_support.h"

#include <limber/library.h>
#include <limber/load.h>
#include <limber/plan.h>
#include <limber/save.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::size_t maxFiles = 8;

void checkDiagnostics(const limber::Diagnostics& diagnostics, const std::string& sourceName)
{
    for (const limber::Diagnostic& d : diagnostics) {
        fuzz::require(d.file == sourceName, "a diagnostic names its file");
        fuzz::require(d.line >= 0 && d.column >= 0, "lines and columns are not negative");
        fuzz::require((d.line == 0) == (d.column == 0), "a line comes with a column");
        fuzz::require(!d.message.empty(), "a diagnostic says what is wrong");
        fuzz::require(d.pointer.empty() || d.pointer.front() == '/', "pointers start with '/'");
        fuzz::require(!limber::formatDiagnostic(d).empty(), "a diagnostic formats");
    }
}

// What loads saves back to text that loads as the identical value, with no problem at all.
template <typename T> void checkRoundTrip(const T& value)
{
    const std::string saved = limber::toJson(value);
    const limber::LoadedDocument again = limber::loadDocument(saved, "saved.json");
    fuzz::require(again.diagnostics.empty(), "a saved file loads without problems");
    const T* reloaded = std::get_if<T>(&again.value);
    fuzz::require(reloaded != nullptr, "a saved file loads as the same kind");
    fuzz::require(*reloaded == value, "a saved file loads as the identical value");
    fuzz::require(limber::toJson(*reloaded) == saved, "saving is stable");
}

void checkDocument(std::string_view bytes)
{
    const std::string sourceName = "fuzz.json";
    const limber::LoadedDocument loaded = limber::loadDocument(bytes, sourceName);
    checkDiagnostics(loaded.diagnostics, sourceName);
    const bool hasValue = !std::holds_alternative<std::monostate>(loaded.value);
    fuzz::require(hasValue != limber::hasErrors(loaded.diagnostics),
        "a file has a value exactly when it has no errors");
    if (const auto* exercise = std::get_if<limber::Exercise>(&loaded.value)) {
        fuzz::require(limber::isValidId(exercise->id), "a loaded exercise has a valid id");
        checkRoundTrip(*exercise);
    } else if (const auto* routine = std::get_if<limber::Routine>(&loaded.value)) {
        fuzz::require(limber::isValidId(routine->id), "a loaded routine has a valid id");
        fuzz::require(
            !routine->items.empty() && routine->items.size() <= limber::limits::maxRoutineItems,
            "a loaded routine has 1-100 items");
        checkRoundTrip(*routine);
    }
    // A byte order mark changes nothing, not even where problems are said to be (positions
    // count from after it, as editors show them). Small files only: it loads them twice.
    if (bytes.size() <= 4096 && !bytes.starts_with("\xEF\xBB\xBF")) {
        const limber::LoadedDocument marked
            = limber::loadDocument("\xEF\xBB\xBF" + std::string(bytes), sourceName);
        fuzz::require(marked.value == loaded.value && marked.diagnostics == loaded.diagnostics,
            "a byte order mark changes nothing");
    }
}

std::vector<std::string_view> splitFiles(std::string_view bytes)
{
    std::vector<std::string_view> files;
    while (files.size() + 1 < maxFiles) {
        const std::size_t nul = bytes.find('\0');
        if (nul == std::string_view::npos)
            break;
        files.push_back(bytes.substr(0, nul));
        bytes.remove_prefix(nul + 1);
    }
    files.push_back(bytes);
    return files;
}

void checkLibrary(const limber::Library& builtIn, const std::vector<std::string_view>& files)
{
    limber::Library library = builtIn;
    std::vector<std::string> names;
    for (const auto& entry : builtIn.exercises())
        names.push_back(entry.source);
    for (const auto& entry : builtIn.routines())
        names.push_back(entry.source);
    for (std::size_t i = 0; i < files.size(); ++i) {
        names.push_back("user-" + std::to_string(i) + ".json");
        library.addFile(files[i], names.back(), limber::Origin::User);
    }
    library.resolve();

    for (const limber::Diagnostic& d : library.diagnostics()) {
        fuzz::require(std::find(names.begin(), names.end(), d.file) != names.end(),
            "library diagnostics name a file that was added");
    }
    for (const auto& entry : library.exercises())
        fuzz::require(
            library.findExercise(entry.value.id) == &entry.value, "exercise ids are unique");
    // The built-in routines compile as they are unless a user file replaced an exercise.
    const bool replaced = std::any_of(library.exercises().begin(), library.exercises().end(),
        [](const auto& entry) { return entry.overridesBuiltIn; });
    for (const auto& entry : library.routines()) {
        fuzz::require(
            library.findRoutine(entry.value.id) == &entry.value, "routine ids are unique");
        fuzz::require(!hasErrors(library.checkRoutine(entry.value, entry.source)),
            "a resolved routine passes its own checks");
        if (entry.origin == limber::Origin::BuiltIn && !replaced)
            continue;
        const limber::PlanResult result
            = limber::compile(entry.value, library, limber::PlanOptions {}, entry.source);
        fuzz::require(result.plan.has_value() && result.errors.empty(),
            "every routine that resolves compiles with the default options");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const limber::Library builtIn = fuzz::builtInLibrary();
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const std::vector<std::string_view> files = splitFiles(bytes);
    for (const std::string_view file : files)
        checkDocument(file);
    checkLibrary(builtIn, files);
    return 0;
}
