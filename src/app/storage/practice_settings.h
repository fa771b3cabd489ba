// How a person likes to practise, over the routines' own timing: breath pace, hold length,
// optionally their own lead-in and side-switch times, and whether the player moves. Stored in
// limber.conf (AppSettings); the windows plan every routine with them, and the command line's
// --pace,
// --scale and --minutes go over them.
#pragma once

#include "atomic_write.h"

#include <limber/plan.h>

#include <optional>

namespace limber {

class AppSettings;

struct PracticeSettings {
    int paceInMs = PlanOptions {}.paceInMs;
    int paceOutMs = PlanOptions {}.paceOutMs;
    double scale = PlanOptions {}.scale;
    std::optional<int> leadInSeconds; // none: each routine's own
    std::optional<int> switchSeconds;
    // The player shows still poses and a still pacer instead of movement.
    bool reduceMotion = false;
    // A screen reader hears the countdown's last seconds (3, 2, 1), not only when asked (T).
    bool speakCountdown = false;

    // Values out of range in the file fall back to the defaults.
    static PracticeSettings load();
    // Reads from a file already loaded; bad values become problems of `file`.
    static PracticeSettings read(AppSettings& file);
    // Writes these fields into the settings file, keeping every other key.
    [[nodiscard]] WriteOutcome save() const;

    PlanOptions planOptions() const;

    friend bool operator==(const PracticeSettings&, const PracticeSettings&) = default;
};

} // namespace limber
