#include "history_summary.h"

#include "history_text.h"
#include "player/player_style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace limber {

namespace {

// A number over its caption, the number large.
QLabel* addFigure(QHBoxLayout* row, const QString& caption, const QString& name, QLabel** note)
{
    auto* value = new QLabel;
    value->setObjectName(name);
    styleText(*value, typeScale::large, QFont::DemiBold);
    auto* label = new QLabel(caption);
    styleText(*label, 1.0, QFont::Normal, true);
    auto* column = new QVBoxLayout;
    column->setSpacing(0);
    column->addWidget(label);
    column->addWidget(value);
    if (note) {
        *note = new QLabel;
        (*note)->setObjectName(name + QStringLiteral("-note"));
        styleText(**note, 1.0, QFont::Normal, true);
        column->addWidget(*note);
    }
    column->addStretch();
    row->addLayout(column);
    return value;
}

} // namespace

HistorySummary::HistorySummary(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("history-summary"));
    auto* open = new QPushButton(tr("History"));
    open->setObjectName(QStringLiteral("summary-open-history"));
    open->setAccessibleName(tr("Open the history"));
    connect(open, &QPushButton::clicked, this, &HistorySummary::historyRequested);

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(16, 10, 16, 10);
    row->setSpacing(36);
    m_today = addFigure(row, tr("Today"), QStringLiteral("summary-today"), &m_todayNote);
    m_streak = addFigure(row, tr("Streak"), QStringLiteral("summary-streak"), nullptr);
    m_week = addFigure(row, tr("This week"), QStringLiteral("summary-week"), nullptr);
    row->addStretch();
    row->addWidget(open, 0, Qt::AlignVCenter);
    setGlance({}, {});
}

// Drawn here rather than by a style sheet: a style sheet on the frame re-polished its labels
// when the window was first shown and put back the colours they were made with, so a met goal
// lost its accent.
void HistorySummary::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
}

void HistorySummary::setGlance(const HistoryGlance& glance, const DailyGoal& goal)
{
    m_today->setText(goal.kind == GoalKind::Minutes ? durationText(glance.today.playedMs)
                                                    : sessionsText(glance.today.sessions));
    m_todayNote->setText(glance.todayMeetsGoal ? tr("goal met: %1").arg(goalText(goal))
                                               : tr("goal: %1").arg(goalText(goal)));
    // A met goal in the accent: a quiet yes, no badge.
    setTextColor(
        *m_todayNote, glance.todayMeetsGoal ? accentColor(palette()) : mutedTextColor(palette()));
    m_streak->setText(daysText(glance.streakDays));
    m_week->setText(durationText(glance.thisWeek.playedMs));
    setAccessibleName(
        tr("Today %1, %2; streak %3; this week %4")
            .arg(m_today->text(), m_todayNote->text(), m_streak->text(), m_week->text()));
}

} // namespace limber
