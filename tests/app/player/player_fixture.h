// A small routine with every kind of segment, and helpers to play it with a fake clock.
#pragma once

#include "../support/fake_clock.h"
#include "player/player_routine.h"
#include "player/player_window.h"

#include <QSize>
#include <QString>

#include <cstdint>

namespace limber {
class PlayerController;
}

namespace limber::test {

// Lead-in 5 s, switch 5 s, breath pace 4 s in / 6 s out:
//   0 lead-in  twist         [0, 5000)         item 0
//   1 hold     twist left    [5000, 25000)     cues at 0 in, 4000 out, 10000 in, 14000 out
//   2 switch   twist right   [25000, 30000)
//   3 hold     twist right   [30000, 50000)
//   4 lead-in  lift          [50000, 55000)    item 1
//   5 set 1/2  lift          [55000, 67000)    3 reps of "Lift" (2 s, in) + "Lower" (2 s, out)
//   6 rest                   [67000, 72000)
//   7 set 2/2  lift          [72000, 84000)    total 84 000
// (with the default options; other options change the lengths, not the segments).
PlayerRoutine everyKindRoutine(const PlanOptions& options = {});

// Runs the controller's timer by hand: each time it comes due up to `start + untilMs`, the
// clock jumps there and the controller refreshes; then the clock is set to exactly
// start + untilMs and refreshed once more. Returns how often the timer came due.
int playUntil(
    PlayerController& controller, FakeClock& clock, std::int64_t start, std::int64_t untilMs);

// A player window on everyKindRoutine(), shown and active, with animations off so that it moves
// only when the fake clock is told to. `start` is when the routine starts: set it again where
// a test starts the routine itself.
struct ShownPlayer {
    FakeClock clock;
    PlayerWindow window { everyKindRoutine(), clock };
    std::int64_t start = clock.nowMs();

    explicit ShownPlayer(QSize size = { 1280, 800 });
    // To `ms` after the start, as the timer would have taken it there.
    void at(std::int64_t ms) { playUntil(window.controller(), clock, start, ms); }
};

// The player's words in a test's expectation, written as UTF-8 literals.
inline QString s(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace limber::test
