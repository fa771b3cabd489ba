// How a person likes to practise, over the routines' own timing: breath pace, hold length,
// and optionally their own lead-in and side-switch times. Stored in limber.conf
// (openSettings()); the windows plan every routine with them, and the command line's --pace,
// --scale and --minutes go over them.
#pragma once

#include <limber/plan.h>

#include <optional>

namespace limber {

struct PracticeSettings {
    int paceInMs = PlanOptions {}.paceInMs;
    int paceOutMs = PlanOptions {}.paceOutMs;
    double scale = PlanOptions {}.scale;
    std::optional<int> leadInSeconds; // none: each routine's own
    std::optional<int> switchSeconds;

    // Values out of range in the file fall back to the defaults.
    static PracticeSettings load();
    // False when the settings file could not be written.
    bool save() const;

    PlanOptions planOptions() const;

    friend bool operator==(const PracticeSettings&, const PracticeSettings&) = default;
};

} // namespace limber
