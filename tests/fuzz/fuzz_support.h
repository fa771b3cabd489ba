// What both fuzz targets share: a failed invariant that stops the run with a message libFuzzer
// keeps next to the crashing input, and reading the built-in library from the source tree.
#pragma once

#include <limber/library.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace fuzz {

// abort() rather than an exception: libFuzzer treats it as a crash and saves the input.
inline void require(bool holds, std::string_view invariant)
{
    if (holds)
        return;
    std::fprintf(
        stderr, "invariant failed: %.*s\n", static_cast<int>(invariant.size()), invariant.data());
    std::abort();
}

inline std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };
}

// Every file of data/ as a built-in, in name order (so an input always picks the same routine),
// resolved: the library the app starts from.
inline limber::Library builtInLibrary()
{
    std::vector<std::filesystem::path> files;
    const std::filesystem::path data = std::filesystem::path(LIMBER_SOURCE_DIR) / "data";
    for (const char* folder : { "exercises", "routines" }) {
        for (const auto& entry : std::filesystem::directory_iterator(data / folder)) {
            if (entry.path().extension() == ".json")
                files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    limber::Library library;
    for (const auto& file : files)
        library.addFile(readFile(file), file.filename().string(), limber::Origin::BuiltIn);
    library.resolve();
    require(!hasErrors(library.diagnostics()), "the built-in library loads cleanly");
    return library;
}

} // namespace fuzz
