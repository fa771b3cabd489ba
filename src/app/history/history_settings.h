// What the person chose about their history, in limber.conf (AppSettings): whether sessions
// are recorded at all, the daily goal that makes a day count for a streak (minutes stretched
// or sessions played; each amount is kept, so switching between them loses neither), and
// whether reminders stay quiet once today's goal is met.
#pragma once

#include "storage/atomic_write.h"

#include <limber/history_stats.h>
#include <limber/load.h>

namespace limber {

class AppSettings;

struct HistorySettings {
    static constexpr IntRange goalMinutesRange { 1, 240 };
    static constexpr IntRange goalSessionsRange { 1, 24 };

    bool enabled = true;
    GoalKind goalKind = GoalKind::Minutes;
    int goalMinutes = 5;
    int goalSessions = 1;
    bool skipRemindersWhenGoalMet = false;

    // The amount of the goal in force, in its kind's unit.
    int goalAmount() const { return goalKind == GoalKind::Minutes ? goalMinutes : goalSessions; }
    DailyGoal goal() const { return { goalKind, goalAmount() }; }

    // Values missing or bad in the file give the defaults.
    static HistorySettings load();
    // Reads from a file already loaded; bad values become problems of `file`.
    static HistorySettings read(AppSettings& file);
    // Writes these fields into the settings file, keeping every other key.
    [[nodiscard]] WriteOutcome save() const;

    friend bool operator==(const HistorySettings&, const HistorySettings&) = default;
};

} // namespace limber
