// What Limber is asked to do, as the app takes it: play a routine (PlayRequest) or show the
// main window (WindowRequest). The tray, a reminder and the main window ask to play with a
// click; a launch asks with its command line, here or handed over by a second Limber
// (launchRequestFrom). Only main.cpp and this file know the command line's shape.
#pragma once

#include "cli/plan_options.h"

#include <limber/history.h>

#include <QString>

#include <optional>

namespace limber {

struct PlayRequest {
    QString target; // a routine id or a routine file
    bool start = false; // start at once rather than wait on the start page
    PlanChanges changes; // over the person's practice settings
    SessionOrigin origin = SessionOrigin::MainWindow; // where it was asked from, for history

    friend bool operator==(const PlayRequest&, const PlayRequest&) = default;
};

struct WindowRequest {
    bool openBuilder = false; // --builder: on the routine builder
    bool startInTray = false; // --tray: no window at first, only the tray icon (at login)
};

// A launch's command line as a request: either a routine to play, or the window to show.
struct LaunchRequest {
    std::optional<PlayRequest> play; // --routine
    WindowRequest window; // when nothing is to be played
    QString error; // not understood, or not a launch of the windows: nothing is done
};

LaunchRequest launchRequestFrom(const CommandLine& line, SessionOrigin origin);

} // namespace limber
