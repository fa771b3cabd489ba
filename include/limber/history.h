// What Limber remembers of a session played: value types only. The app records them in its
// history database (storage) and the core sums them up into days, streaks and weeks
// (history_stats.h). Times are UTC milliseconds since the epoch, with the local offset at the
// time, so that a day is always the person's own calendar day where they were.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace limber {

// Where a session was started from.
enum class SessionOrigin { MainWindow, Tray, Reminder, Shortcut, CommandLine };

// How a session ended. InProgress is a session whose end was never written (still playing,
// or the process died): it is read back as stopped, with what it recorded so far.
enum class SessionEnd { InProgress, Finished, Stopped, Closed };

enum class StretchOutcome { Done, Skipped, NotReached };

// "main-window", "tray", "reminder", "shortcut", "command-line"; and back (nullopt if unknown).
const char* toString(SessionOrigin origin);
std::optional<SessionOrigin> sessionOriginFromString(const std::string& text);
// "in-progress", "finished", "stopped", "closed"; and back.
const char* toString(SessionEnd end);
std::optional<SessionEnd> sessionEndFromString(const std::string& text);
// "done", "skipped", "not-reached"; and back.
const char* toString(StretchOutcome outcome);
std::optional<StretchOutcome> stretchOutcomeFromString(const std::string& text);

// One stretch (one item of the routine) as it went in a session.
struct StretchRecord {
    int item = 0; // its index in the routine's items
    std::string exercise; // its id
    std::string name; // its name at the time
    StretchOutcome outcome = StretchOutcome::NotReached;
    std::int64_t playedMs = 0; // time spent on it, pauses not counted

    bool operator==(const StretchRecord&) const = default;
};

struct SessionRecord {
    std::int64_t id = 0; // the database's row id; 0 before it is stored
    std::int64_t startUtcMs = 0;
    int startOffsetMinutes = 0; // local time minus UTC at the start (e.g. +60 in Paris in winter)
    std::optional<std::int64_t> endUtcMs; // null while in progress
    std::string routine; // its id
    std::string routineName; // its name at the time
    SessionOrigin origin = SessionOrigin::MainWindow;
    std::int64_t plannedMs = 0;
    std::int64_t playedMs = 0; // pauses not counted
    double scale = 1.0;
    int paceInMs = 4000;
    int paceOutMs = 6000;
    SessionEnd end = SessionEnd::InProgress;
    std::vector<StretchRecord> stretches; // in routine order

    bool operator==(const SessionRecord&) const = default;
};

} // namespace limber
