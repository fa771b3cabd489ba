#include "week_chart.h"

#include "heat_palette.h"
#include "history_text.h"
#include "shared/looks.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace limber {

namespace {

constexpr std::int64_t minuteMs = 60 * 1000;
// The scale's top is a round number of minutes at least this high, so a quiet half year does
// not draw its few minutes as towering bars.
constexpr std::int64_t smallestScaleMs = 30 * minuteMs;

} // namespace

WeekChart::WeekChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("history-weeks"));
    setAccessibleName(tr("Minutes per week"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void WeekChart::setWeeks(std::vector<WeekTotal> weeks)
{
    m_weeks = std::move(weeks);
    // The latest weeks for a screen reader, which cannot see the bars.
    QStringList recent;
    for (std::size_t i = m_weeks.size() > 4 ? m_weeks.size() - 4 : 0; i < m_weeks.size(); ++i)
        recent << barText(i);
    setAccessibleDescription(recent.join(QStringLiteral("; ")));
    update();
}

std::int64_t WeekChart::scaleMs() const
{
    std::int64_t most = smallestScaleMs;
    for (const WeekTotal& week : m_weeks)
        most = std::max(most, week.playedMs);
    // Up to the next 30 minutes.
    constexpr std::int64_t step = 30 * minuteMs;
    return (most + step - 1) / step * step;
}

QString WeekChart::axisText(std::int64_t ms)
{
    // Whole minutes on the axis, however many: "90 min" reads faster than "1 h 30 min" there.
    return tr("%1 min").arg(ms / minuteMs);
}

QRect WeekChart::plotArea() const
{
    const QFontMetrics metrics(font());
    const int left = metrics.horizontalAdvance(axisText(scaleMs())) + 8;
    return QRect(left, metrics.height() / 2, width() - left - 4,
        height() - metrics.height() / 2 - metrics.height() - 6);
}

QRect WeekChart::barSlot(std::size_t week) const
{
    if (week >= m_weeks.size())
        return {};
    const QRect plot = plotArea();
    const double pitch = static_cast<double>(plot.width()) / static_cast<double>(m_weeks.size());
    const int x = plot.left() + static_cast<int>(pitch * static_cast<double>(week));
    const int barWidth = std::max(2, static_cast<int>(pitch * 0.68));
    return { x + (static_cast<int>(pitch) - barWidth) / 2, plot.top(), barWidth, plot.height() };
}

QString WeekChart::barText(std::size_t week) const
{
    if (week >= m_weeks.size())
        return {};
    const WeekTotal& total = m_weeks[week];
    const QLocale locale;
    const QString from = locale.toString(toQDate(total.monday), QStringLiteral("d MMM"));
    const QString to = locale.toString(toQDate(addDays(total.monday, 6)), QStringLiteral("d MMM"));
    return tr("%1 – %2: %3, %4")
        .arg(from, to, durationText(total.playedMs), sessionsText(total.sessions));
}

QSize WeekChart::sizeHint() const
{
    return { 420, 150 };
}

QSize WeekChart::minimumSizeHint() const
{
    return { 240, 110 };
}

bool WeekChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        for (std::size_t week = 0; week < m_weeks.size(); ++week) {
            const QRect slot = barSlot(week);
            if (slot.contains(help->pos())) {
                QToolTip::showText(help->globalPos(), barText(week), this, slot);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void WeekChart::paintEvent(QPaintEvent*)
{
    if (m_weeks.empty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect plot = plotArea();
    const QFontMetrics metrics(font());
    const std::int64_t scale = scaleMs();

    // Three quiet lines: zero, half and the top of the scale, labelled in minutes.
    for (const int part : { 0, 1, 2 }) {
        const int y = plot.bottom() - plot.height() * part / 2;
        painter.setPen(QPen(chartLineColor(palette()), 1));
        painter.drawLine(plot.left(), y, plot.right(), y);
        painter.setPen(mutedTextColor(palette()));
        const QRect label(0, y - metrics.height() / 2, plot.left() - 6, metrics.height());
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, axisText(scale * part / 2));
    }

    painter.setPen(Qt::NoPen);
    painter.setBrush(barColor(palette()));
    for (std::size_t week = 0; week < m_weeks.size(); ++week) {
        if (m_weeks[week].playedMs <= 0)
            continue;
        const QRect slot = barSlot(week);
        const int barHeight = std::max(2,
            static_cast<int>(static_cast<double>(slot.height())
                * static_cast<double>(m_weeks[week].playedMs) / static_cast<double>(scale)));
        const QRectF bar(slot.left(), slot.bottom() + 1 - barHeight, slot.width(), barHeight);
        painter.drawRoundedRect(bar, 2, 2);
    }

    // The date of every fourth Monday under its bar, counted from this week back.
    painter.setPen(mutedTextColor(palette()));
    const QLocale locale;
    const int labelTop = plot.bottom() + 4;
    int lastLabelLeft = width() + 100;
    for (std::size_t back = 0; back < m_weeks.size(); back += 4) {
        const std::size_t week = m_weeks.size() - 1 - back;
        const QString text
            = locale.toString(toQDate(m_weeks[week].monday), QStringLiteral("d MMM"));
        const int textWidth = metrics.horizontalAdvance(text);
        const QRect slot = barSlot(week);
        const int x
            = std::clamp(slot.center().x() - textWidth / 2, plot.left(), plot.right() - textWidth);
        if (x + textWidth + 6 > lastLabelLeft)
            continue;
        painter.drawText(QPoint(x, labelTop + metrics.ascent()), text);
        lastLabelLeft = x;
    }
}

} // namespace limber
