// Runs the player and the minimal window side by side and prints what they cost as rows for
// bench/run (tab-separated: benchmark, measure, floor, ratio, budget, verdict):
//   - launch to first painted frame, and peak resident memory then (medians of N launches,
//     alternated with the minimal window's, which is the floor);
//   - CPU over 20 s of the idle main window, of a playing hold with the player minimised (no
//     ring, pacer or figure to draw), of a paused hold, and of a hold on screen with its
//     figure and breath pacer moving (the hold's exercise's own figure breathing in and out).
// Usage: limber_bench_player LIMBER MINIMAL_WINDOW HOLD_ROUTINE_FILE [LAUNCHES]
// Run it under a display with no window manager, and with private XDG folders: bench/run
// does both.
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
#include <xcb/xcb.h>

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

// Starts `args` with this process's environment plus `extraEnv`; its stdout into `outFd`.
// Its stderr goes to /dev/null: what it logs is not what is measured.
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
    posix_spawn_file_actions_adddup2(&actions, outFd, STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
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

// Minimises every window on the display as a window manager would: its ICCCM WM_STATE becomes
// Iconic, which Qt takes as minimised (the player stops animating its ring and pacer), and it
// is unmapped, so nothing of it is drawn. (Xvfb has no window manager to ask.)
void minimiseAllWindows()
{
    xcb_connection_t* connection = xcb_connect(nullptr, nullptr);
    if (xcb_connection_has_error(connection))
        fail("cannot open the display");
    const xcb_screen_t* screen = xcb_setup_roots_iterator(xcb_get_setup(connection)).data;
    const char name[] = "WM_STATE";
    xcb_intern_atom_reply_t* atom = xcb_intern_atom_reply(
        connection, xcb_intern_atom(connection, 0, sizeof name - 1, name), nullptr);
    xcb_query_tree_reply_t* tree
        = xcb_query_tree_reply(connection, xcb_query_tree(connection, screen->root), nullptr);
    if (!atom || !tree)
        fail("cannot list the windows");
    const xcb_window_t* windows = xcb_query_tree_children(tree);
    for (int i = 0; i < xcb_query_tree_children_length(tree); ++i) {
        xcb_get_window_attributes_reply_t* attributes = xcb_get_window_attributes_reply(
            connection, xcb_get_window_attributes(connection, windows[i]), nullptr);
        if (attributes && attributes->map_state == XCB_MAP_STATE_VIEWABLE) {
            const std::uint32_t iconic[] = { 3, 0 }; // IconicState, no icon window
            xcb_change_property(connection, XCB_PROP_MODE_REPLACE, windows[i], atom->atom,
                atom->atom, 32, 2, iconic);
            xcb_unmap_window(connection, windows[i]);
        }
        std::free(attributes);
    }
    std::free(tree);
    std::free(atom);
    xcb_flush(connection);
    xcb_disconnect(connection);
}

// Resident memory of a running process now (VmRSS in /proc/PID/status), in MiB.
double residentMiB(pid_t pid)
{
    std::ifstream file("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(file, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stod(line.substr(6)) / 1024;
    return 0;
}

struct Running {
    double cpuPercent = 0; // of one core
    double residentMiB = 0; // at the end
};

// CPU used from `warmUpS` after launch over the next `seconds`, and memory at the end;
// minimised after the warm-up when asked.
Running runFor(
    const Args& args, const Args& extraEnv, int warmUpS, int seconds, bool minimised = false)
{
    const int devNull = ::open("/dev/null", O_WRONLY);
    const pid_t pid = spawn(args, extraEnv, devNull);
    close(devNull);
    std::this_thread::sleep_for(std::chrono::seconds(warmUpS));
    if (minimised) {
        minimiseAllWindows();
        std::this_thread::sleep_for(std::chrono::milliseconds(200)); // for the player to stop
    }
    const long before = cpuTicks(pid);
    const std::int64_t from = monotonicNs();
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    const long after = cpuTicks(pid);
    const double resident = residentMiB(pid);
    const double wallS = static_cast<double>(monotonicNs() - from) / 1e9;
    kill(pid, SIGTERM);
    waitpid(pid, nullptr, 0);
    const double cpuS
        = static_cast<double>(after - before) / static_cast<double>(sysconf(_SC_CLK_TCK));
    return { 100.0 * cpuS / wallS, resident };
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// A row measured against a floor, with a budget for the ratio.
void ratioRow(const char* name, double measure, double floor, const char* unit, double budget)
{
    const double ratio = measure / floor;
    std::printf("%s\t%.1f %s\t%.1f %s\t%.2f\t<= %.1fx\t%s\n", name, measure, unit, floor, unit,
        ratio, budget, ratio <= budget ? "OK" : "MISSED");
}

// A row of CPU use, a percentage of one core, with an upper limit (none when `limit` is 0).
void cpuRow(const char* name, double percent, double floorPercent, double limit)
{
    std::printf("%s\t%.2f %%\t%.2f %%\t-\t", name, percent, floorPercent);
    if (limit > 0)
        std::printf("< %.1f %%\t%s\n", limit, percent < limit ? "OK" : "MISSED");
    else
        std::printf("-\t-\n");
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
    std::fprintf(stderr, "player: %d launches each, medians; CPU over 20 s after 3 s\n", launches);
    ratioRow("player: launch to first frame (office-break)", median(playerPaint),
        median(floorPaint), "ms", 1.3);
    ratioRow(
        "player: resident memory at first frame", median(playerRss), median(floorRss), "MiB", 1.5);
    std::fflush(stdout);

    const int warmUp = 3;
    const int seconds = 20;
    // "About nothing": less than a tick of the kernel's CPU accounting in a second.
    const double idle = 0.1;
    const Running floorIdle = runFor(floor, {}, warmUp, seconds);
    cpuRow("player: CPU of the idle main window",
        runFor({ limber }, {}, warmUp, seconds).cpuPercent, floorIdle.cpuPercent, idle);
    cpuRow("player: CPU of a hold, minimised (no pacer or figure)",
        runFor({ limber, "--routine", hold, "--start" }, {}, warmUp, seconds, true).cpuPercent,
        floorIdle.cpuPercent, 1.0);
    cpuRow("player: CPU of a paused hold",
        runFor({ limber, "--routine", hold, "--start" }, { "LIMBER_BENCH_PAUSE_ON_FIRST_PAINT=1" },
            warmUp, seconds)
            .cpuPercent,
        floorIdle.cpuPercent, idle);
    // Memory once the voice has spoken and every sound is made, against the floor's after as long.
    const Running playing = runFor({ limber, "--routine", hold, "--start" }, {}, warmUp, seconds);
    // Issue 15's budget: the figure and the pacer together redraw only what changed, <= 30 fps.
    cpuRow("player: CPU of a hold, figure and pacer moving", playing.cpuPercent,
        floorIdle.cpuPercent, 2.0);
    ratioRow("player: resident memory 23 s into a hold", playing.residentMiB, floorIdle.residentMiB,
        "MiB", 1.5);
    return 0;
}
