#include "stretch_page.h"

#include "breath_pacer.h"
#include "countdown_ring.h"
#include "figure/figure_view.h"
#include "player_display.h"
#include "player_style.h"
#include "shared/words.h"
#include "side_banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStackedLayout>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace limber {

namespace {

QLabel* makeLabel(const QString& objectName, double scale, QFont::Weight weight = QFont::Normal,
    bool muted = false)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    styleText(*label, scale, weight, muted);
    return label;
}

void setShown(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

StretchPage::StretchPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stretch-page"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 16, 40, 16);
    layout->setSpacing(40);
    layout->addWidget(createVisual(), 5);
    layout->addWidget(createTextColumn(), 6);
}

// The figure is the hero: it takes the larger part of the column, the countdown and the
// pacer sit under it where a glance down finds them.
QWidget* StretchPage::createVisual()
{
    auto* visual = new QWidget;
    auto* layout = new QVBoxLayout(visual);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_figure = new FigureView;
    QWidget* dial = createDial();
    // Split by the stretch factors alone: their size hints would share a short window evenly.
    for (QWidget* part : { static_cast<QWidget*>(m_figure), dial })
        part->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    layout->addWidget(m_figure, 3);
    layout->addWidget(dial, 2);
    return visual;
}

QWidget* StretchPage::createDial()
{
    auto* dial = new QWidget;
    auto* stack = new QStackedLayout(dial);
    stack->setStackingMode(QStackedLayout::StackAll);
    m_pacer = new BreathPacer;
    m_ring = new CountdownRing;
    stack->addWidget(m_pacer);
    stack->addWidget(m_ring);
    stack->setCurrentWidget(m_ring); // on top: the ring is transparent around its drawing
    return dial;
}

QWidget* StretchPage::createTextColumn()
{
    auto* column = new QWidget;
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    m_stage = makeLabel(QStringLiteral("stage-text"), typeScale::body, QFont::DemiBold);
    setTextColor(*m_stage, accentColor(palette()));
    m_name = makeLabel(QStringLiteral("exercise-name"), typeScale::title, QFont::Bold);
    m_side = new SideBanner;
    m_rep = makeLabel(QStringLiteral("rep-text"), typeScale::display, QFont::DemiBold);
    m_cue = makeLabel(QStringLiteral("cue-text"), typeScale::display);
    m_stepLabel
        = makeLabel(QStringLiteral("step-label"), typeScale::caption, QFont::DemiBold, true);
    m_step = makeLabel(QStringLiteral("step-text"), typeScale::large);
    m_setup = makeLabel(QStringLiteral("setup-text"), typeScale::large);
    m_about = makeLabel(QStringLiteral("about-text"), typeScale::body, QFont::Normal, true);
    m_next = makeLabel(QStringLiteral("next-text"), typeScale::body, QFont::Normal, true);

    layout->addStretch(1);
    layout->addWidget(m_stage);
    layout->addWidget(m_name);
    layout->addSpacing(4);
    layout->addWidget(m_side);
    layout->addSpacing(14);
    layout->addWidget(m_rep);
    layout->addWidget(m_cue);
    layout->addSpacing(10);
    layout->addWidget(m_stepLabel);
    layout->addWidget(m_step);
    layout->addWidget(m_setup);
    layout->addWidget(m_about);
    layout->addStretch(2);
    layout->addWidget(m_next);
    return column;
}

void StretchPage::showMoment(const PlayerDisplay& display)
{
    const bool switching = display.kind == SegmentKind::Switch;
    setSwitching(switching);
    m_stage->setText(switching ? display.exerciseName : display.stage);
    m_name->setText(switching ? tr("Switch sides") : display.exerciseName);
    m_side->setText(display.sideText);
    m_side->setVisible(!display.sideText.isEmpty());
    setShown(m_rep, display.repText);
    setShown(m_cue,
        switching && display.side ? tr("Now your %1 side.").arg(sideWord(*display.side))
                                  : display.cueText);
    setShown(m_stepLabel, display.stepLabel);
    setShown(m_step, display.stepText);
    setShown(m_setup,
        display.setupLines.isEmpty()
            ? QString()
            : QStringLiteral("• ") + display.setupLines.join(QStringLiteral("\n• ")));
    setShown(m_about, display.aboutText);
    m_next->setText(display.nextText);
    m_ring->setCountdown(display.countdownText, display.countdownCaption, display.ringRemaining);
    m_pacer->setClearShare(m_ring->textReachShare());
    m_pacer->setBreath(display.breath, display.breathPosition);
    m_figure->setExercise(display.exercise);
    m_figure->setMoment(display.figure.moment);
}

void StretchPage::setMotionReduced(bool reduced)
{
    m_figure->setMotionReduced(reduced);
}

void StretchPage::setSwitching(bool switching)
{
    if (switching == m_switching)
        return;
    m_switching = switching;
    setTextColor(
        *m_name, switching ? accentColor(palette()) : palette().color(QPalette::WindowText));
    update();
}

// The switch screen is tinted with the accent and names the move in the accent colour, so
// it cannot be mistaken for the stretch it interrupts.
void StretchPage::paintEvent(QPaintEvent*)
{
    if (!m_switching)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(blend(palette().color(QPalette::Window), accentColor(palette()), 0.12));
    painter.drawRoundedRect(QRectF(rect()).adjusted(8, 0, -8, 0), 18, 18);
}

std::optional<std::int64_t> StretchPage::frameMs(const PlayerDisplay& display) const
{
    constexpr double stepPx = 2;
    std::optional<double> step;
    if (display.segmentMs > 0 && m_ring->arcLengthPx() > 0)
        step = static_cast<double>(display.segmentMs) * stepPx / m_ring->arcLengthPx();
    if (display.breath) {
        if (const auto breath = m_pacer->msToMove(stepPx, display.breathMs))
            step = std::min(
                step.value_or(static_cast<double>(*breath)), static_cast<double>(*breath));
    }
    if (const auto figure = m_figure->frameMs(display.figure.moveMs))
        step = std::min(step.value_or(static_cast<double>(*figure)), static_cast<double>(*figure));
    if (!step)
        return std::nullopt;
    return static_cast<std::int64_t>(std::floor(*step));
}

} // namespace limber
