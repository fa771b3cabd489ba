// The core's benchmarks, each against a floor measured in the same run (bench/run prints them):
//   load     5,000 exercises and 500 routines through Library::addFile + resolve, against a
//            plain nlohmann::json::parse of the same bytes. Budget 2x: everything beyond the
//            parse (UTF-8 and nesting scans, field checks, building the model, the library's
//            id lookups) may cost at most as much as the parse itself.
//   compile  a 100-item routine into its plan, against copying that plan: the copy makes every
//            allocation and writes every byte the compiled plan holds, so it is the least any
//            compiler producing this plan could do. Budget 3x for the arithmetic, the lookups
//            and the {side} filling on top.
//   planToJson  that plan as text, against nlohmann's dump of the same document already built:
//            the serialising any writer has to do. Budget 3x for building the document.
// Rows go to stdout, tab-separated; what was measured goes to stderr.
// Usage: limber_bench_core [load|compile] [repetitions]; a profiler run wants one of them, once:
//   valgrind --tool=callgrind bench/limber_bench_core load 1
#include "bench_support.h"
#include "generated_library.h"

#include <limber/library.h>
#include <limber/load.h>
#include <limber/plan.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace {

constexpr std::uint32_t seed = 20240501;
constexpr int exerciseCount = 5000;
constexpr int routineCount = 500;
int loadRepetitions = 21;
int compileRepetitions = 101;

[[noreturn]] void fail(const std::string& why)
{
    std::fprintf(stderr, "bench_core: %s\n", why.c_str());
    std::exit(1);
}

limber::Library loadLibrary(const bench::GeneratedLibrary& generated)
{
    limber::Library library;
    for (const auto* files : { &generated.exercises, &generated.routines }) {
        for (const bench::GeneratedFile& file : *files)
            library.addFile(file.bytes, file.name, limber::Origin::BuiltIn);
    }
    library.resolve();
    return library;
}

void benchLoad(const bench::GeneratedLibrary& generated)
{
    // Checked once, untimed: the generated files are valid and all of them are kept.
    const limber::Library check = loadLibrary(generated);
    if (!check.diagnostics().empty())
        fail("generated library has problems: " + formatDiagnostic(check.diagnostics().front()));
    if (check.exercises().size() != generated.exercises.size()
        || check.routines().size() != generated.routines.size())
        fail("generated library lost files");

    // The library is kept, as the app keeps it, and so are the parsed documents of the floor:
    // freeing either is left out of the time.
    const bench::Timing timing = bench::compare(
        loadRepetitions, [&] { return std::make_unique<limber::Library>(loadLibrary(generated)); },
        [&] {
            std::vector<nlohmann::json> documents;
            documents.reserve(generated.exercises.size() + generated.routines.size());
            for (const auto* files : { &generated.exercises, &generated.routines }) {
                for (const bench::GeneratedFile& file : *files)
                    documents.push_back(nlohmann::json::parse(file.bytes));
            }
            return documents;
        });
    std::fprintf(stderr, "load: %zu files, %.1f MB, median of %d\n",
        generated.exercises.size() + generated.routines.size(),
        static_cast<double>(generated.bytes()) / 1e6, loadRepetitions);
    bench::printRow("core: load 5,000 exercises + 500 routines", timing, 2.0);
}

void benchCompile(const bench::GeneratedLibrary& generated)
{
    const limber::Library library = loadLibrary(generated);
    const std::string text = bench::generateRoutine(generated, "hundred", 100, seed + 1);
    const limber::LoadedDocument loaded = limber::loadDocument(text, "hundred.json");
    const auto* routine = std::get_if<limber::Routine>(&loaded.value);
    if (routine == nullptr)
        fail("the 100-item routine does not load");
    const limber::PlanOptions options;
    const limber::PlanResult result = limber::compile(*routine, library, options, "hundred.json");
    if (!result.plan)
        fail("the 100-item routine does not compile");
    const limber::Plan& plan = *result.plan;
    std::size_t cues = 0;
    for (const limber::Segment& segment : plan.segments)
        cues += segment.cues.size();

    const bench::Timing compileTiming = bench::compare(
        compileRepetitions,
        [&] { return limber::compile(*routine, library, options, "hundred.json"); },
        [&] { return limber::Plan(plan); });
    std::fprintf(stderr, "compile: 100 items, %zu segments, %zu cues, %s long, median of %d\n",
        plan.segments.size(), cues, limber::formatDuration(plan.totalMs).c_str(),
        compileRepetitions);
    bench::printRow("core: compile a 100-item routine", compileTiming, 3.0);

    const nlohmann::ordered_json document = nlohmann::ordered_json::parse(limber::planToJson(plan));
    const bench::Timing jsonTiming = bench::compare(
        compileRepetitions, [&] { return limber::planToJson(plan); },
        [&] { return document.dump(2); });
    std::fprintf(stderr, "planToJson: %zu bytes\n", limber::planToJson(plan).size());
    bench::printRow("core: planToJson of that plan", jsonTiming, 3.0);
}

} // namespace

int main(int argc, char** argv)
{
    const std::string only = argc > 1 ? argv[1] : "";
    if (argc > 2)
        loadRepetitions = compileRepetitions = std::max(1, std::atoi(argv[2]));
    const bench::GeneratedLibrary generated
        = bench::generateLibrary(exerciseCount, routineCount, seed);
    if (only.empty() || only == "load")
        benchLoad(generated);
    if (only.empty() || only == "compile")
        benchCompile(generated);
    return 0;
}
