// Runs the player and the minimal window side by side and prints what they cost, as
// figures and as ratios against the minimal window (the floor):
//   - launch to first painted frame (median of N launches), and peak resident memory then;
//   - CPU over 20 s of a playing hold with the breath pacer running, and paused;
//   - peak resident memory after those 20 s.
// Usage: limber_bench_player LIMBER MINIMAL_WINDOW HOLD_ROUTINE_FILE [LAUNCHES]
// Run it under a display (bench/player/run-player-bench.sh uses xvfb-run).
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <signal.h>
#include <spawn.h>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace {

using Args = std::vector<std::string>;

std::int64_t monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return std::int64_t { now.tv_sec } * 1'000'000'000 + now.tv_nsec;
}

[[noreturn]] void fail(const std::string& what)
{
    std::fprintf(stderr, "limber_bench_player: %s: %s\n", what.c_str(), std::strerror(errno));
    std::exit(1);
}

// Starts `args` with this process's environment plus `extraEnv`; its stdout into `outFd`
// when that is not -1.
pid_t spawn(const Args& args, const Args& extraEnv, int outFd)
{
    std::vector<char*> argv;
    for (const std::string& arg : args)
        argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    std::vector<char*> env;
    for (char** e = environ; *e; ++e)
        env.push_back(*e);
    for (const std::string& e : extraEnv)
        env.push_back(const_cast<char*>(e.c_str()));
    env.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (outFd != -1)
        posix_spawn_file_actions_adddup2(&actions, outFd, STDOUT_FILENO);
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), env.data()) != 0)
        fail("cannot start " + args[0]);
    posix_spawn_file_actions_destroy(&actions);
    return pid;
}

struct Launch {
    double firstPaintMs = 0; // from just before the spawn to the first painted frame
    long peakRssKb = 0; // over the whole short life of the process
};

// One launch that paints its first frame and quits (LIMBER_BENCH_EXIT_ON_FIRST_PAINT).
Launch launchToFirstPaint(const Args& args)
{
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        fail("pipe");
    const std::int64_t before = monotonicNs();
    const pid_t pid = spawn(args, { "LIMBER_BENCH_EXIT_ON_FIRST_PAINT=1" }, pipeFds[1]);
    close(pipeFds[1]);
    std::string out;
    char buffer[256];
    for (ssize_t n; (n = read(pipeFds[0], buffer, sizeof buffer)) > 0;)
        out.append(buffer, static_cast<std::size_t>(n));
    close(pipeFds[0]);
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);

    const auto at = out.find("monotonic_ns=");
    if (at == std::string::npos || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "no first paint from %s (status %d): %s\n", args[0].c_str(), status,
            out.c_str());
        std::exit(1);
    }
    const long long paintedNs = std::stoll(out.substr(at + 13));
    return { static_cast<double>(paintedNs - before) / 1e6, usage.ru_maxrss };
}

// utime + stime of a running process, in clock ticks (/proc/PID/stat fields 14 and 15).
long cpuTicks(pid_t pid)
{
    std::ifstream file("/proc/" + std::to_string(pid) + "/stat");
    const std::string text((std::istreambuf_iterator<char>(file)), {});
    std::istringstream fields(text.substr(text.rfind(')') + 2));
    std::string field;
    long utime = 0;
    long stime = 0;
    for (int i = 3; i <= 15 && fields >> field; ++i) {
        if (i == 14)
            utime = std::stol(field);
        if (i == 15)
            stime = std::stol(field);
    }
    return utime + stime;
}

long statusKb(pid_t pid, const std::string& key)
{
    std::ifstream file("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(file, line);) {
        if (line.rfind(key + ":", 0) == 0)
            return std::stol(line.substr(key.size() + 1));
    }
    return 0;
}

struct Sample {
    double cpuPercent = 0; // of one core
    long peakRssKb = 0;
};

// CPU used from `warmUpS` after launch over the next `seconds`, and the peak RSS by then.
Sample cpuOver(const Args& args, const Args& extraEnv, int warmUpS, int seconds)
{
    const int devNull = ::open("/dev/null", O_WRONLY);
    const pid_t pid = spawn(args, extraEnv, devNull);
    close(devNull);
    std::this_thread::sleep_for(std::chrono::seconds(warmUpS));
    const long before = cpuTicks(pid);
    const std::int64_t from = monotonicNs();
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    const long after = cpuTicks(pid);
    const double wallS = static_cast<double>(monotonicNs() - from) / 1e9;
    const long peak = statusKb(pid, "VmHWM");
    kill(pid, SIGTERM);
    waitpid(pid, nullptr, 0);
    const double cpuS
        = static_cast<double>(after - before) / static_cast<double>(sysconf(_SC_CLK_TCK));
    return { 100.0 * cpuS / wallS, peak };
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void row(const char* what, double floor, double player, const char* unit)
{
    if (floor > 0)
        std::printf("| %-44s | %10.1f %-3s | %10.1f %-3s | %6.2f× |\n", what, floor, unit, player,
            unit, player / floor);
    else
        std::printf(
            "| %-44s | %10.1f %-3s | %10.1f %-3s | %7s |\n", what, floor, unit, player, unit, "-");
}

void row(const char* what, const char* floor, double player, const char* unit)
{
    std::printf("| %-44s | %14s | %10.2f %-3s | %7s |\n", what, floor, player, unit, "-");
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 4) {
        std::fprintf(
            stderr, "usage: %s LIMBER MINIMAL_WINDOW HOLD_ROUTINE_FILE [LAUNCHES]\n", argv[0]);
        return 2;
    }
    const std::string limber = argv[1];
    const std::string minimal = argv[2];
    const std::string hold = argv[3];
    const int launches = argc > 4 ? std::max(1, std::atoi(argv[4])) : 10;
    const Args player { limber, "--routine", "office-break", "--start" };
    const Args floor { minimal };

    std::vector<double> floorPaint, playerPaint, floorRss, playerRss;
    for (int i = 0; i < launches; ++i) { // alternated, so both see the same machine
        const Launch f = launchToFirstPaint(floor);
        const Launch p = launchToFirstPaint(player);
        floorPaint.push_back(f.firstPaintMs);
        playerPaint.push_back(p.firstPaintMs);
        floorRss.push_back(static_cast<double>(f.peakRssKb) / 1024);
        playerRss.push_back(static_cast<double>(p.peakRssKb) / 1024);
    }

    const int warmUp = 3;
    const int seconds = 20;
    const Sample floorIdle = cpuOver(floor, {}, warmUp, seconds);
    const Sample running = cpuOver({ limber, "--routine", hold, "--start" }, {}, warmUp, seconds);
    const Sample paused = cpuOver({ limber, "--routine", hold, "--start" },
        { "LIMBER_BENCH_PAUSE_ON_FIRST_PAINT=1" }, warmUp, seconds);

    std::printf("\n%d launches each (median), then %d s samples after %d s; floor = minimal Qt "
                "Widgets window\n\n",
        launches, seconds, warmUp);
    std::printf("| %-44s | %14s | %14s | %7s |\n", "measure", "floor", "player", "ratio");
    std::printf("|%s|%s|%s|%s|\n", std::string(46, '-').c_str(), std::string(16, '-').c_str(),
        std::string(16, '-').c_str(), std::string(9, '-').c_str());
    row("launch to first painted frame", median(floorPaint), median(playerPaint), "ms");
    row("peak resident memory at first paint", median(floorRss), median(playerRss), "MiB");
    row("CPU, 20 s idle window (floor) / hold + pacer", floorIdle.cpuPercent, running.cpuPercent,
        "%");
    row("CPU, 20 s of the same hold, paused", "-", paused.cpuPercent, "%");
    row("peak resident memory after 20 s (VmHWM)", static_cast<double>(floorIdle.peakRssKb) / 1024,
        static_cast<double>(running.peakRssKb) / 1024, "MiB");
    return 0;
}
