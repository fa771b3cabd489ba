// The command-line modes that need no display. Each prints its result on stdout, problems
// on stderr, and returns the process exit code (0 ok, 1 invalid input, 2 usage error).
#pragma once

namespace limber {

struct CommandLine;
struct DataLocations;

int runHeadlessMode(const CommandLine& line, const DataLocations& locations);

int runList(const CommandLine& line, const DataLocations& locations);
int runValidate(const CommandLine& line);
int runPlan(const CommandLine& line, const DataLocations& locations);
int runFigure(const CommandLine& line, const DataLocations& locations);
int runHistory(const CommandLine& line, const DataLocations& locations);

} // namespace limber
