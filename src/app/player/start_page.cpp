#include "start_page.h"

#include "control_style.h"
#include "player_routine.h"
#include "player_style.h"
#include "shared/words.h"

#include <limber/describe.h>

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace limber {

namespace {

QLabel* centred(const QString& text, double scale, QFont::Weight weight, bool muted = false)
{
    auto* label = new QLabel(text);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    styleText(*label, scale, weight, muted);
    return label;
}

} // namespace

StartPage::StartPage(const PlayerRoutine& routine, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("start-page"));
    const int stretches = static_cast<int>(
        routine.plan.segments.empty() ? 0 : routine.plan.segments.back().item + 1);
    auto* title = centred(qs(routine.name), typeScale::title, QFont::Bold);
    title->setObjectName(QStringLiteral("start-title"));
    auto* summary = centred(qs(routine.summary), typeScale::body, QFont::Normal);
    auto* length = centred((stretches == 1 ? tr("1 stretch") : tr("%1 stretches").arg(stretches))
            + QStringLiteral(" · ") + qs(formatMinutesSeconds(routine.plan.totalMs)),
        typeScale::body, QFont::DemiBold, true);
    length->setObjectName(QStringLiteral("start-length"));
    QString first;
    if (!routine.plan.segments.empty()) {
        const Exercise* exercise = routine.exercise(routine.plan.segments.front().exercise);
        first
            = tr("First: %1")
                  .arg(exercise ? qs(exercise->name) : qs(routine.plan.segments.front().exercise));
    }
    auto* firstLabel = centred(first, typeScale::body, QFont::Normal, true);

    m_start = new QPushButton(tr("Start"));
    m_start->setObjectName(QStringLiteral("start-button"));
    m_start->setAccessibleName(tr("Start the routine"));
    m_start->setToolTip(tr("Start the routine (Space)"));
    styleText(*m_start, typeScale::large, QFont::DemiBold);
    m_start->setMinimumWidth(220);
    m_start->setAutoDefault(true);
    makePrimary(*m_start);

    // The player's keys, where a keyboard or screen reader user looks first.
    auto* keys = centred(tr("Keys: Space pause · Left and Right steps · T time left · "
                            "I cautions · F11 full screen · Esc stop"),
        typeScale::caption, QFont::Normal, true);
    keys->setObjectName(QStringLiteral("start-keys"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->setSpacing(14);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addSpacing(8);
    layout->addWidget(length);
    layout->addWidget(firstLabel);
    layout->addSpacing(28);
    layout->addWidget(m_start, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(keys);
    layout->addStretch(3);
}

} // namespace limber
