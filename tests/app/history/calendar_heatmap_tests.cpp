// The calendar's squares: coloured from the palette by minutes in light and dark themes (read
// back from the drawn pixels), with what each day says to a tooltip and to the keyboard.
#include "history/calendar_heatmap.h"
#include "history/heat_palette.h"
#include "history/history_text.h"
#include "history/week_chart.h"
#include "shared/looks.h"
#include "shared/sample_palettes.h"

#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QTest>
#include <QToolTip>

#include <catch2/catch.hpp>

using namespace limber;

namespace {

constexpr LocalDate today { 2026, 12, 2 };
constexpr std::int64_t minute = 60 * 1000;

// A day at each step of the scale: nothing, 2, 7, 15 and 45 minutes.
const std::vector<DayTotal> steps {
    { { 2026, 11, 23 }, 2 * minute, 1 },
    { { 2026, 11, 24 }, 7 * minute, 1 },
    { { 2026, 11, 25 }, 15 * minute, 2 },
    { { 2026, 11, 26 }, 45 * minute, 3 },
};
constexpr LocalDate nothing { 2026, 11, 27 };

QImage drawn(CalendarHeatmap& calendar)
{
    calendar.resize(calendar.sizeHint());
    return calendar.grab().toImage();
}

} // namespace

TEST_CASE("The calendar's squares take their colours from the palette, light and dark")
{
    const bool dark = GENERATE(false, true);
    const QPalette palette = dark ? sampleDarkPalette() : sampleLightPalette();
    INFO((dark ? "dark" : "light"));
    CalendarHeatmap calendar;
    calendar.setPalette(palette);
    calendar.setDays(steps, today);
    const QImage image = drawn(calendar);

    const auto pixel = [&](LocalDate date) {
        const QRect cell = calendar.cellRect(date);
        REQUIRE(cell.isValid());
        return QColor(image.pixel(cell.center()));
    };
    CHECK(pixel(nothing).name() == heatColor(palette, 0).name());
    for (int level = 1; level < heatLevels; ++level) {
        const DayTotal& day = steps[static_cast<std::size_t>(level - 1)];
        REQUIRE(heatLevel(day.playedMs) == level);
        CHECK(pixel(day.date).name() == heatColor(palette, level).name());
        // Each step deeper than the last, toward the accent.
        CHECK(heatColor(palette, level) != heatColor(palette, level - 1));
    }
    CHECK(pixel(steps.back().date).name() == accentColor(palette).name());
    // An empty day is close to the window, a little toward the text: lighter on dark themes.
    const QColor window = palette.color(QPalette::Window);
    const QColor empty = heatColor(palette, 0);
    CHECK(dark == (empty.lightness() > window.lightness()));
    CHECK(std::abs(empty.lightness() - window.lightness()) < 40);
    // Between the squares is the window itself.
    const QRect first = calendar.cellRect(nothing);
    CHECK(QColor(image.pixel(first.right() + 2, first.center().y())).name() == window.name());
}

TEST_CASE("Light and dark calendars differ, each in its own palette")
{
    CHECK(heatColor(sampleLightPalette(), 4) != heatColor(sampleDarkPalette(), 4));
    CHECK(heatColor(sampleLightPalette(), 0) != heatColor(sampleDarkPalette(), 0));
}

TEST_CASE("Each day tells its date and minutes, walked with the keys")
{
    CalendarHeatmap calendar;
    calendar.setDays(steps, today);
    calendar.resize(calendar.sizeHint());
    CHECK(calendar.accessibleName() == QStringLiteral("Calendar of the last twelve months"));
    CHECK(calendar.currentDate() == today);
    CHECK(calendar.accessibleDescription() == calendar.cellText(today));
    CHECK(calendar.cellText({ 2026, 11, 25 })
        == longDateText({ 2026, 11, 25 }) + QStringLiteral(": 15 min, 2 sessions"));
    CHECK(calendar.cellText(nothing) == longDateText(nothing) + QStringLiteral(": no stretching"));
    CHECK(calendar.cellText(addDays(today, 1)).isEmpty());

    QTest::keyClick(&calendar, Qt::Key_Left); // a week back
    CHECK(calendar.currentDate() == LocalDate { 2026, 11, 25 });
    CHECK(calendar.accessibleDescription().endsWith(QStringLiteral("15 min, 2 sessions")));
    QTest::keyClick(&calendar, Qt::Key_Up); // a day back
    CHECK(calendar.currentDate() == LocalDate { 2026, 11, 24 });
    QTest::keyClick(&calendar, Qt::Key_End);
    CHECK(calendar.currentDate() == today);
    QTest::keyClick(&calendar, Qt::Key_Right); // no further than today
    CHECK(calendar.currentDate() == today);
    QTest::keyClick(&calendar, Qt::Key_Home);
    CHECK(calendar.currentDate() == calendar.grid().first);

    // Hovering shows the same words.
    QHelpEvent hover(QEvent::ToolTip, calendar.cellRect(nothing).center(),
        calendar.mapToGlobal(calendar.cellRect(nothing).center()));
    QApplication::sendEvent(&calendar, &hover);
    CHECK(QToolTip::text() == calendar.cellText(nothing));

    // A click picks a day too.
    QTest::mouseClick(&calendar, Qt::LeftButton, {}, calendar.cellRect(nothing).center());
    CHECK(calendar.currentDate() == nothing);
}

TEST_CASE("A week's bar tells its dates and minutes")
{
    WeekChart chart;
    chart.setWeeks(weeklyTotals(steps, today, 4));
    chart.resize(chart.sizeHint());
    REQUIRE(chart.weeks().size() == 4);
    const QString week = chart.barText(2); // 23 to 29 November
    CHECK(week.endsWith(QStringLiteral(": 1 h 09 min, 7 sessions")));
    CHECK(chart.accessibleDescription().contains(week));
    QHelpEvent hover(
        QEvent::ToolTip, chart.barSlot(2).center(), chart.mapToGlobal(chart.barSlot(2).center()));
    QApplication::sendEvent(&chart, &hover);
    CHECK(QToolTip::text() == week);
}
