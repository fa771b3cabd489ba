#include "player_window.h"

#include "accessible_roles.h"
#include "announcer.h"
#include "closing_page.h"
#include "control_style.h"
#include "details_panel.h"
#include "pause_overlay.h"
#include "player_controller.h"
#include "player_controls.h"
#include "player_display.h"
#include "player_style.h"
#include "routine_progress.h"
#include "shared/words.h"
#include "start_page.h"
#include "stop_confirmation.h"
#include "stretch_page.h"

#include <QAction>
#include <QCloseEvent>
#include <QGridLayout>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace limber {

namespace {

// Animations never ask for more than 30 frames a second: smooth for a slow breath, and half
// the cost of 60.
constexpr std::int64_t fastestFrameMs = 33;

// Type grows and shrinks with the window, from this design size, within these limits: as
// readable from arm's length full screen as in a small window.
constexpr double designWidth = 1280;
constexpr double designHeight = 800;
constexpr double smallestType = 0.8;
constexpr double largestType = 1.8;

// The player's own opening size, and the smallest it lays out well at (800×600 is tested).
constexpr QSize ownSize { 1100, 720 };
constexpr QSize smallestSize { 720, 540 };

bool isUnderWay(SessionState state)
{
    return state == SessionState::Running || state == SessionState::Paused;
}

} // namespace

PlayerWindow::PlayerWindow(PlayerRoutine routine, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_routine(std::move(routine))
    , m_controller(new PlayerController(m_routine.plan, clock, this))
{
    setObjectName(QStringLiteral("player-window"));
    installPlayerRoles();
    setWindowTitle(tr("%1 — Limber").arg(qs(m_routine.name)));
    // A screen reader names the frame after the routine alone.
    setAccessibleName(qs(m_routine.name));
    setMinimumSize(smallestSize);
    resize(ownSize);

    m_progress = new RoutineProgress(qs(m_routine.name));
    fitType(*m_progress);
    m_controls = new PlayerControls;
    fitType(*m_controls);
    addActions(m_controls->actions()); // the keys work wherever the focus is in the window

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_progress);
    layout->addWidget(createStage(), 1);
    layout->addWidget(m_controls);
    m_announcer = new Announcer(this); // outside the layout, under it

    // The style is the window's child: its widgets hold it weakly and go back to the
    // application's style if it goes first.
    auto* controlStyle = new ControlStyle;
    controlStyle->setParent(this);
    controlStyle->applyTo(*this);
    connectControls();
    connect(m_controller, &PlayerController::sessionEvent, this, &PlayerWindow::noteEvent);
    connect(m_controller, &PlayerController::refreshed, this, &PlayerWindow::render);
    render();
}

// The pages and everything laid over them share one grid cell, stacked in this order.
QWidget* PlayerWindow::createStage()
{
    auto* stage = new QWidget;
    auto* grid = new QGridLayout(stage);
    grid->setContentsMargins(0, 0, 0, 0);

    m_pages = new QStackedWidget;
    m_start = new StartPage(m_routine);
    m_stretch = new StretchPage;
    m_closing = new ClosingPage;
    m_details = new DetailsPanel;
    m_pause = new PauseOverlay;
    m_confirm = new StopConfirmation;
    for (QWidget* part : std::initializer_list<QWidget*> {
             m_start, m_stretch, m_closing, m_details, m_pause, m_confirm })
        fitType(*part);
    m_pages->addWidget(m_start);
    m_pages->addWidget(m_stretch);
    m_pages->addWidget(m_closing);

    grid->addWidget(m_pages, 0, 0);
    grid->addWidget(m_details, 0, 0, Qt::AlignRight);
    grid->addWidget(m_pause, 0, 0);
    grid->addWidget(m_confirm, 0, 0);
    return stage;
}

void PlayerWindow::connectControls()
{
    PlayerController* controller = m_controller;
    connect(
        m_controls->playPause(), &QAction::triggered, controller, &PlayerController::togglePause);
    connect(m_controls->previous(), &QAction::triggered, controller, &PlayerController::previous);
    connect(m_controls->next(), &QAction::triggered, controller, &PlayerController::next);
    connect(m_controls->skip(), &QAction::triggered, controller, &PlayerController::skipExercise);
    connect(m_controls->extend(), &QAction::triggered, controller, &PlayerController::extend);
    connect(m_controls->details(), &QAction::toggled, this, &PlayerWindow::render);
    connect(m_controls->fullScreen(), &QAction::toggled, this, &PlayerWindow::setFullScreen);
    connect(m_controls->stop(), &QAction::triggered, this, &PlayerWindow::requestStop);
    connect(m_controls->timeLeft(), &QAction::triggered, this, &PlayerWindow::sayTimeLeft);
    connect(m_start->startButton(), &QPushButton::clicked, controller, &PlayerController::start);
    connect(m_confirm, &StopConfirmation::stopChosen, this, [this] { answerStop(true); });
    connect(m_confirm, &StopConfirmation::keepGoingChosen, this, [this] { answerStop(false); });
    connect(m_closing, &ClosingPage::againChosen, controller, [this, controller] {
        m_closing->showHistoryProblem({});
        controller->restart();
    });
    connect(m_closing, &ClosingPage::closeChosen, this, &QWidget::close);
}

void PlayerWindow::setAnimationsEnabled(bool enabled)
{
    m_animationsEnabled = enabled;
    m_stretch->setMotionReduced(!enabled);
    render();
}

void PlayerWindow::setCountdownSpoken(bool spoken)
{
    m_countdownSpoken = spoken;
}

void PlayerWindow::showHistoryProblem(const QString& problem)
{
    m_closing->showHistoryProblem(problem);
}

void PlayerWindow::fitToScreen(std::optional<QSize> remembered)
{
    const QSize available = screen()->availableGeometry().size();
    // The title bar and frame take their share of the available area too; until the window is
    // mapped their size is unknown, so this much is left for them.
    const QSize frame(0, 40);
    const QSize room = (available - frame).expandedTo(QSize(1, 1));
    setMinimumSize(smallestSize.boundedTo(room));
    resize(remembered.value_or(ownSize).boundedTo(room).expandedTo(minimumSize()));
}

void PlayerWindow::render()
{
    const SessionState state = m_controller->state();
    const std::int64_t now = m_controller->now();
    const PlayerDisplay display = describeMoment(m_controller->session(), m_routine, now);
    const bool asking = m_confirm->isVisible();
    // The closing page has its words before it is entered: entering it reads them out.
    const bool ended = state == SessionState::Finished || state == SessionState::Stopped;
    if (ended) {
        const SessionSummary summary = m_controller->session().summary(now);
        m_closing->showSummary(
            summary, state == SessionState::Stopped, namesOf(summary.skippedItems));
    }
    if (state != m_shownState)
        enterState(state);

    // A routine that ended has no time left, however much of it was not played.
    m_progress->showMoment(display, !ended);
    if (isUnderWay(state)) {
        m_stretch->showMoment(display);
        if (display.exercise)
            m_details->showExercise(
                display.exercise, display.side.value_or(display.exercise->firstSide));
        narrate(display);
    }
    m_cause = {};
    m_details->setVisible(isUnderWay(state) && m_controls->details()->isChecked());
    m_pause->setVisible(state == SessionState::Paused && !asking);
    m_controls->setState(state, display.kind != SegmentKind::Set, asking);
    updateAnimation(display);
}

// What changes with the state once, not on every redraw: the page and where the focus is.
void PlayerWindow::enterState(SessionState state)
{
    m_shownState = state;
    m_controls->setVisible(isUnderWay(state));
    if (state == SessionState::Ready) {
        m_pages->setCurrentWidget(m_start);
        m_start->startButton()->setFocus();
    } else if (isUnderWay(state)) {
        if (m_pages->currentWidget() != m_stretch) {
            m_pages->setCurrentWidget(m_stretch);
            setFocus();
        }
    } else {
        m_pages->setCurrentWidget(m_closing);
        // Said before the focus moves, which has the screen reader say "Again".
        m_announcer->announce(m_closing->spokenSummary());
        m_closing->againButton()->setFocus();
    }
}

void PlayerWindow::noteEvent(const SessionEvent& event)
{
    switch (event.kind) {
    case SessionEvent::Kind::SegmentStarted:
        m_cause.segmentStarted = true;
        break;
    case SessionEvent::Kind::Cue:
        m_cause.cue = true;
        break;
    case SessionEvent::Kind::Countdown:
        m_cause.countdown = event.count;
        break;
    case SessionEvent::Kind::SideSwitch:
    case SessionEvent::Kind::ExerciseDone:
    case SessionEvent::Kind::RoutineDone:
        break;
    }
}

void PlayerWindow::narrate(const PlayerDisplay& display)
{
    m_announcer->announce(limber::narrate(m_shown, display, m_cause, m_countdownSpoken));
    m_shown = display;
}

void PlayerWindow::sayTimeLeft()
{
    m_announcer->announce(
        timeLeftSentence(describeMoment(m_controller->session(), m_routine, m_controller->now())));
}

void PlayerWindow::updateAnimation(const PlayerDisplay& display)
{
    const bool onScreen = isVisible() && !isMinimized();
    std::optional<std::int64_t> frame;
    if (m_animationsEnabled && onScreen && m_controller->state() == SessionState::Running) {
        if (const auto step = m_stretch->frameMs(display))
            frame = std::max(fastestFrameMs, *step);
    }
    m_controller->setAnimationFrameMs(frame);
}

// Esc: a routine under way pauses and asks first; otherwise it closes the player. Asked
// again while the question is open, Esc means "keep going".
void PlayerWindow::requestStop()
{
    if (m_confirm->isVisible()) {
        answerStop(false);
        return;
    }
    const SessionState state = m_controller->state();
    if (!isUnderWay(state)) {
        close();
        return;
    }
    m_resumeAfterQuestion = state == SessionState::Running;
    m_confirm->ask();
    m_controller->pause();
    render();
}

void PlayerWindow::answerStop(bool stop)
{
    m_confirm->hide();
    setFocus();
    if (stop)
        m_controller->stop();
    else if (m_resumeAfterQuestion)
        m_controller->resume();
    m_resumeAfterQuestion = false;
    render();
}

void PlayerWindow::setFullScreen(bool fullScreen)
{
    if (fullScreen)
        showFullScreen();
    else
        showNormal();
}

void PlayerWindow::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange) {
        m_controls->fullScreen()->setChecked(isFullScreen());
        render();
    }
}

void PlayerWindow::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    render();
}

void PlayerWindow::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    render();
}

void PlayerWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitType(*this);
}

// Each part gets the type for the window's size as soon as it is made, before it joins a
// layout: adding a page to the stack lays it out, and laying out with the design size's type,
// to be resized at the first resize event, would load every font the window uses twice over.
void PlayerWindow::fitType(QWidget& part) const
{
    const double scale = std::min(width() / designWidth, height() / designHeight);
    applyTypeScale(part, std::clamp(scale, smallestType, largestType));
}

QStringList PlayerWindow::namesOf(const std::vector<int>& items) const
{
    QStringList names;
    for (const int item : items) {
        const auto& segments = m_routine.plan.segments;
        const auto first = std::find_if(segments.begin(), segments.end(),
            [item](const Segment& segment) { return segment.item == item; });
        if (first == segments.end())
            continue;
        const Exercise* exercise = m_routine.exercise(first->exercise);
        names << qs(exercise ? exercise->name : first->exercise);
    }
    return names;
}

void PlayerWindow::closeEvent(QCloseEvent* event)
{
    m_controller->stop(); // nothing keeps running behind a closed window
    emit closedAtSize(normalGeometry().isValid() ? normalGeometry().size() : size());
    QWidget::closeEvent(event);
}

} // namespace limber
