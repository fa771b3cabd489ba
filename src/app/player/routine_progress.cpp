#include "routine_progress.h"

#include "control_style.h"
#include "player_display.h"
#include "player_style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>

namespace limber {

RoutineProgress::RoutineProgress(const QString& routineName, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("routine-progress"));
    auto* name = new QLabel(routineName);
    name->setObjectName(QStringLiteral("routine-name"));
    styleText(*name, typeScale::body, QFont::DemiBold);
    m_stretch = new QLabel;
    m_stretch->setObjectName(QStringLiteral("progress-text"));
    styleText(*m_stretch, typeScale::body, QFont::Normal, true);
    m_timeLeft = new QLabel;
    m_timeLeft->setObjectName(QStringLiteral("time-left-text"));
    styleText(*m_timeLeft, typeScale::body, QFont::DemiBold);

    m_bar = new QProgressBar;
    m_bar->setObjectName(QStringLiteral("routine-bar"));
    m_bar->setAccessibleName(tr("Progress through the routine"));
    m_bar->setRange(0, 1);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(6);

    auto* line = new QHBoxLayout;
    line->setSpacing(16);
    line->addWidget(name, 0, Qt::AlignBaseline);
    line->addWidget(m_stretch, 0, Qt::AlignBaseline);
    line->addStretch(1);
    line->addWidget(m_timeLeft, 0, Qt::AlignBaseline);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 4);
    layout->setSpacing(10);
    layout->addLayout(line);
    layout->addWidget(m_bar);
}

void RoutineProgress::showMoment(const PlayerDisplay& display, bool showTimeLeft)
{
    m_stretch->setText(display.progressText);
    m_timeLeft->setText(display.timeLeftText);
    m_timeLeft->setVisible(showTimeLeft);
    // The value a screen reader hears is the stretches behind, which changes with the stretch;
    // the bar fills smoothly from a property, which tells no one (a value changing a few times
    // a second had a screen reader say "progress bar" as often).
    m_bar->setMaximum(std::max(1, display.exerciseCount));
    m_bar->setValue(std::max(0, display.exerciseNumber - 1));
    m_bar->setProperty(fractionProperty, display.routineProgress);
    m_bar->update();
}

} // namespace limber
