#include "heat_palette.h"

#include "shared/looks.h"

#include <QPalette>

#include <algorithm>
#include <array>

namespace limber {

int heatLevel(std::int64_t playedMs)
{
    constexpr std::int64_t minute = 60 * 1000;
    if (playedMs <= 0)
        return 0;
    if (playedMs < 5 * minute)
        return 1;
    if (playedMs < 10 * minute)
        return 2;
    return playedMs < 20 * minute ? 3 : 4;
}

QColor heatColor(const QPalette& palette, int level)
{
    // An empty day is a faint tile of the text colour on the window: visible, never loud.
    const QColor window = palette.color(QPalette::Window);
    const QColor empty = blend(window, palette.color(QPalette::WindowText), 0.08);
    if (level <= 0)
        return empty;
    constexpr std::array<double, heatLevels - 1> toAccent { 0.3, 0.55, 0.78, 1.0 };
    const auto step = static_cast<std::size_t>(std::min(level, heatLevels - 1) - 1);
    return blend(empty, accentColor(palette), toAccent.at(step));
}

QColor barColor(const QPalette& palette)
{
    return accentColor(palette);
}

QColor chartLineColor(const QPalette& palette)
{
    return blend(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.15);
}

} // namespace limber
