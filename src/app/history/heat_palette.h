// The colours of the history's calendar and bars: the window colour toward the player's calm
// accent in a few steps, so light and dark themes both read and nothing new is invented.
#pragma once

#include <QColor>

#include <cstdint>

class QPalette;

namespace limber {

// Steps of the calendar: 0 (nothing played) to heatLevels - 1.
constexpr int heatLevels = 5;
// 0 for nothing, 1 under 5 minutes, 2 under 10, 3 under 20, 4 from 20 minutes on: fixed steps,
// so a colour means the same time in every month and after every goal change.
int heatLevel(std::int64_t playedMs);
QColor heatColor(const QPalette& palette, int level);
// The bars of the weekly chart.
QColor barColor(const QPalette& palette);
// Grid lines and axis text.
QColor chartLineColor(const QPalette& palette);

} // namespace limber
