// The built-in library under data/: every file loads with no problem at all, not even a
// warning, and every routine resolves against the built-in exercises.
#include <limber/library.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

std::vector<std::filesystem::path> jsonFilesIn(const std::filesystem::path& folder)
{
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(folder)) {
        for (const auto& entry : std::filesystem::directory_iterator(folder)) {
            if (entry.path().extension() == ".json")
                files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    return { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };
}

} // namespace

TEST_CASE("every built-in exercise and routine loads cleanly and every routine resolves")
{
    const std::filesystem::path data = std::filesystem::path(LIMBER_SOURCE_DIR) / "data";
    const auto exerciseFiles = jsonFilesIn(data / "exercises");
    const auto routineFiles = jsonFilesIn(data / "routines");
    // An empty folder would make the checks below pass without checking anything.
    REQUIRE_FALSE(exerciseFiles.empty());
    REQUIRE_FALSE(routineFiles.empty());

    limber::Library library;
    for (const auto& files : { exerciseFiles, routineFiles }) {
        for (const auto& path : files) {
            const std::string name = std::filesystem::relative(path, LIMBER_SOURCE_DIR).string();
            library.addFile(readFile(path), name, limber::Origin::BuiltIn);
        }
    }
    library.resolve();

    std::vector<std::string> problems;
    for (const limber::Diagnostic& d : library.diagnostics())
        problems.push_back(limber::formatDiagnostic(d));
    CHECK(problems == std::vector<std::string> {});
    CHECK(library.exercises().size() == exerciseFiles.size());
    CHECK(library.routines().size() == routineFiles.size());
}
