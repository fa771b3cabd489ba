// Timing for the benchmarks: repetitions of a piece of work on std::chrono::steady_clock, the
// median kept, and one row of the table bench/run prints per measurement.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <type_traits>
#include <vector>

namespace bench {

// Keeps the optimiser from dropping work whose result is otherwise unused.
inline volatile std::size_t sink = 0;
inline void keep(std::size_t value)
{
    sink = value;
}

// One timed run of `work`, in milliseconds. Whatever it returns is destroyed after the clock is
// read: tearing a result down is not part of making it.
template <typename Work> double timeOnce(Work& work)
{
    const auto start = std::chrono::steady_clock::now();
    if constexpr (std::is_void_v<decltype(work())>) {
        work();
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count();
    } else {
        const auto result = work();
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count();
    }
}

inline double median(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

struct Timing {
    double ms = 0; // the median of the work
    double floorMs = 0; // the median of its floor
};

// The medians of `repetitions` runs of a piece of work and of its floor, after one untimed run
// of each to warm the caches and the allocator. The two take turns, so a machine that gets
// busier or quieter halfway through weighs on both alike.
template <typename Work, typename Floor> Timing compare(int repetitions, Work&& work, Floor&& floor)
{
    timeOnce(work);
    timeOnce(floor);
    std::vector<double> workTimes;
    std::vector<double> floorTimes;
    for (int i = 0; i < repetitions; ++i) {
        workTimes.push_back(timeOnce(work));
        floorTimes.push_back(timeOnce(floor));
    }
    return { median(std::move(workTimes)), median(std::move(floorTimes)) };
}

inline std::string formatMs(double ms)
{
    char text[32];
    std::snprintf(text, sizeof text, ms < 1.0 ? "%.3f ms" : ms < 100.0 ? "%.2f ms" : "%.1f ms", ms);
    return text;
}

// One row for bench/run, tab-separated: name, time, floor, ratio, budget, verdict. The other
// benchmarks print the same columns, so bench/run can put every row in one table.
inline void printRow(const std::string& name, Timing timing, double budget)
{
    const double ratio = timing.ms / timing.floorMs;
    std::printf("%s\t%s\t%s\t%.2f\t<= %.1fx\t%s\n", name.c_str(), formatMs(timing.ms).c_str(),
        formatMs(timing.floorMs).c_str(), ratio, budget, ratio <= budget ? "OK" : "MISSED");
    std::fflush(stdout);
}

} // namespace bench
