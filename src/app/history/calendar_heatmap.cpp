#include "calendar_heatmap.h"

#include "heat_palette.h"
#include "history_text.h"
#include "shared/looks.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace limber {

namespace {

constexpr int daysPerWeek = 7;
constexpr int weeksShown = 53; // a year's calendar spans 53 columns at most
constexpr int largestCell = 16;
constexpr int smallestCell = 8;
constexpr int gap = 3;

} // namespace

CalendarHeatmap::CalendarHeatmap(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("history-calendar"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Calendar of the last twelve months"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void CalendarHeatmap::setDays(const std::vector<DayTotal>& days, LocalDate today)
{
    m_grid = yearGrid(days, today);
    setCurrentDate(today);
    updateGeometry();
    update();
}

int CalendarHeatmap::columns() const
{
    return std::max(1, static_cast<int>((m_grid.days.size() + daysPerWeek - 1) / daysPerWeek));
}

int CalendarHeatmap::labelWidth() const
{
    return fontMetrics().horizontalAdvance(QStringLiteral("Wed")) + 8;
}

int CalendarHeatmap::pitchFor(int width) const
{
    return std::clamp((width - labelWidth()) / weeksShown, smallestCell + gap, largestCell + gap);
}

CalendarHeatmap::Geometry CalendarHeatmap::geometry() const
{
    const int pitch = pitchFor(width());
    return { pitch - gap, pitch, QPoint(labelWidth(), fontMetrics().height() + 4) };
}

QRect CalendarHeatmap::cellRect(LocalDate date) const
{
    if (m_grid.days.empty())
        return {};
    const std::int64_t index = daysBetween(m_grid.first, date);
    if (index < 0 || index >= static_cast<std::int64_t>(m_grid.days.size()))
        return {};
    const Geometry g = geometry();
    const auto column = static_cast<int>(index / daysPerWeek);
    const auto row = static_cast<int>(index % daysPerWeek);
    return { g.origin.x() + column * g.pitch, g.origin.y() + row * g.pitch, g.cell, g.cell };
}

const DayTotal* CalendarHeatmap::dayAt(LocalDate date) const
{
    if (m_grid.days.empty())
        return nullptr;
    const std::int64_t index = daysBetween(m_grid.first, date);
    if (index < 0 || index >= static_cast<std::int64_t>(m_grid.days.size()))
        return nullptr;
    return &m_grid.days[static_cast<std::size_t>(index)];
}

QString CalendarHeatmap::cellText(LocalDate date) const
{
    const DayTotal* day = dayAt(date);
    if (!day)
        return {};
    if (day->sessions == 0)
        return tr("%1: no stretching").arg(longDateText(date));
    return tr("%1: %2, %3")
        .arg(longDateText(date), durationText(day->playedMs), sessionsText(day->sessions));
}

QColor CalendarHeatmap::cellColor(LocalDate date) const
{
    const DayTotal* day = dayAt(date);
    return heatColor(palette(), day ? heatLevel(day->playedMs) : 0);
}

LocalDate CalendarHeatmap::currentDate() const
{
    if (m_grid.days.empty())
        return {};
    return m_grid.days[static_cast<std::size_t>(m_current)].date;
}

void CalendarHeatmap::setCurrentDate(LocalDate date)
{
    if (m_grid.days.empty())
        return;
    const auto last = static_cast<std::int64_t>(m_grid.days.size()) - 1;
    m_current = std::clamp(daysBetween(m_grid.first, date), std::int64_t { 0 }, last);
    // A screen reader hears the day the keys are on.
    setAccessibleDescription(cellText(currentDate()));
    update();
}

bool CalendarHeatmap::hasHeightForWidth() const
{
    return true;
}

int CalendarHeatmap::heightForWidth(int width) const
{
    // Month names, seven rows of days, the legend: the squares grow with the width they have.
    const int lineHeight = fontMetrics().height();
    return lineHeight + 4 + daysPerWeek * pitchFor(width) + 6 + lineHeight;
}

QSize CalendarHeatmap::sizeHint() const
{
    const int width = labelWidth() + weeksShown * (largestCell + gap);
    return { width, heightForWidth(width) };
}

QSize CalendarHeatmap::minimumSizeHint() const
{
    const int width = labelWidth() + weeksShown * (smallestCell + gap);
    return { width, heightForWidth(width) };
}

int CalendarHeatmap::indexAt(QPoint point) const
{
    const Geometry g = geometry();
    const QPoint offset = point - g.origin;
    if (offset.x() < 0 || offset.y() < 0)
        return -1;
    const int column = offset.x() / g.pitch;
    const int row = offset.y() / g.pitch;
    if (row >= daysPerWeek || offset.x() % g.pitch >= g.cell || offset.y() % g.pitch >= g.cell)
        return -1;
    const int index = column * daysPerWeek + row;
    return index < static_cast<int>(m_grid.days.size()) ? index : -1;
}

bool CalendarHeatmap::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int index = indexAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(),
                cellText(m_grid.days[static_cast<std::size_t>(index)].date), this,
                cellRect(m_grid.days[static_cast<std::size_t>(index)].date));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void CalendarHeatmap::mousePressEvent(QMouseEvent* event)
{
    const int index = indexAt(event->position().toPoint());
    if (index >= 0)
        setCurrentDate(m_grid.days[static_cast<std::size_t>(index)].date);
    QWidget::mousePressEvent(event);
}

void CalendarHeatmap::keyPressEvent(QKeyEvent* event)
{
    const LocalDate current = currentDate();
    switch (event->key()) {
    case Qt::Key_Up:
        setCurrentDate(addDays(current, -1));
        break;
    case Qt::Key_Down:
        setCurrentDate(addDays(current, 1));
        break;
    case Qt::Key_Left:
        setCurrentDate(addDays(current, -daysPerWeek));
        break;
    case Qt::Key_Right:
        setCurrentDate(addDays(current, daysPerWeek));
        break;
    case Qt::Key_Home:
        setCurrentDate(m_grid.first);
        break;
    case Qt::Key_End:
        setCurrentDate(m_grid.days.empty() ? current : m_grid.days.back().date);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
}

void CalendarHeatmap::paintEvent(QPaintEvent*)
{
    if (m_grid.days.empty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Geometry g = geometry();
    const QFontMetrics metrics(font());
    const QColor muted = mutedTextColor(palette());
    const qreal radius = g.cell / 4.0;

    painter.setPen(muted);
    // Weekday names on Monday, Wednesday and Friday, like a wall calendar's margin.
    const QLocale locale;
    for (const int row : { 0, 2, 4 }) {
        const QRect line(0, g.origin.y() + row * g.pitch, g.origin.x() - 6, g.cell);
        painter.drawText(
            line, Qt::AlignRight | Qt::AlignVCenter, locale.dayName(row + 1, QLocale::ShortFormat));
    }
    // A month's name above the first week that starts in it.
    int lastLabelRight = -1000;
    for (std::size_t i = 0; i < m_grid.days.size(); i += daysPerWeek) {
        const LocalDate monday = m_grid.days[i].date;
        // The first column's month is most of a month ago: no name there.
        if (i == 0 || monday.day > daysPerWeek)
            continue;
        const int x = g.origin.x() + static_cast<int>(i / daysPerWeek) * g.pitch;
        const QString name = locale.monthName(monday.month, QLocale::ShortFormat);
        if (x < lastLabelRight + 4)
            continue;
        painter.drawText(QPoint(x, metrics.ascent()), name);
        lastLabelRight = x + metrics.horizontalAdvance(name);
    }

    painter.setPen(Qt::NoPen);
    for (const DayTotal& day : m_grid.days) {
        painter.setBrush(heatColor(palette(), heatLevel(day.playedMs)));
        painter.drawRoundedRect(cellRect(day.date), radius, radius);
    }
    if (hasFocus()) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette().color(QPalette::WindowText), 1.5));
        painter.drawRoundedRect(
            QRectF(cellRect(currentDate())).adjusted(-1.5, -1.5, 1.5, 1.5), radius + 1, radius + 1);
    }

    // The legend, right-aligned under the last weeks: "Less ▢▢▢▢▢ More".
    const int legendTop = g.origin.y() + daysPerWeek * g.pitch + 6;
    const QString less = tr("Less");
    const QString more = tr("More");
    int x = g.origin.x() + columns() * g.pitch - gap - metrics.horizontalAdvance(more);
    painter.setPen(muted);
    painter.drawText(QPoint(x, legendTop + metrics.ascent()), more);
    painter.setPen(Qt::NoPen);
    const int legendCellTop = legendTop + (metrics.height() - g.cell) / 2;
    for (int level = heatLevels - 1; level >= 0; --level) {
        x -= g.pitch;
        painter.setBrush(heatColor(palette(), level));
        painter.drawRoundedRect(QRect(x, legendCellTop, g.cell, g.cell), radius, radius);
    }
    painter.setPen(muted);
    x -= 4 + metrics.horizontalAdvance(less);
    painter.drawText(QPoint(x, legendTop + metrics.ascent()), less);
}

} // namespace limber
