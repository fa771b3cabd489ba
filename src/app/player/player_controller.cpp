#include "player_controller.h"

#include "clock.h"

#include <algorithm>

namespace limber {

PlayerController::PlayerController(Plan plan, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_clock(clock)
    , m_session(m_plan)
    , m_now(clock.nowMs())
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PlayerController::refresh);
}

void PlayerController::setAnimationFrameMs(std::optional<std::int64_t> frameMs)
{
    if (frameMs == m_frameMs)
        return;
    m_frameMs = frameMs;
    if (!m_refreshing)
        arm();
}

void PlayerController::refresh()
{
    m_now = std::max(m_now, m_clock.nowMs());
    for (const SessionEvent& event : m_session.update(m_now))
        emitEvent(event);
    if (m_session.state() != m_reportedState) {
        m_reportedState = m_session.state();
        emit stateChanged(m_reportedState);
    }
    m_refreshing = true;
    emit refreshed();
    m_refreshing = false;
    arm();
}

template <typename Operation> void PlayerController::apply(Operation operation)
{
    m_now = std::max(m_now, m_clock.nowMs());
    if (operation(m_now))
        refresh();
}

void PlayerController::start()
{
    apply([this](std::int64_t now) { return m_session.start(now); });
}

void PlayerController::togglePause()
{
    switch (m_session.state()) {
    case SessionState::Ready:
        return start();
    case SessionState::Running:
        return pause();
    case SessionState::Paused:
        return resume();
    case SessionState::Finished:
    case SessionState::Stopped:
        return;
    }
}

void PlayerController::pause()
{
    apply([this](std::int64_t now) { return m_session.pause(now); });
}

void PlayerController::resume()
{
    apply([this](std::int64_t now) { return m_session.resume(now); });
}

void PlayerController::next()
{
    apply([this](std::int64_t now) { return m_session.next(now); });
}

void PlayerController::skipExercise()
{
    apply([this](std::int64_t now) { return m_session.skipExercise(now); });
}

void PlayerController::previous()
{
    apply([this](std::int64_t now) { return m_session.previous(now); });
}

void PlayerController::extend()
{
    apply([this](std::int64_t now) { return m_session.extend(now); });
}

void PlayerController::stop()
{
    apply([this](std::int64_t now) { return m_session.stop(now); });
}

void PlayerController::restart()
{
    m_session = Session(m_plan);
    start();
}

void PlayerController::emitEvent(const SessionEvent& event)
{
    emit sessionEvent(event);
    switch (event.kind) {
    case SessionEvent::Kind::SegmentStarted:
        emit segmentStarted(event.segment);
        break;
    case SessionEvent::Kind::SideSwitch:
        emit sideSwitch(event.segment);
        break;
    case SessionEvent::Kind::Cue:
        emit cue(event.segment, event.cue);
        break;
    case SessionEvent::Kind::Countdown:
        emit countdown(event.count);
        break;
    case SessionEvent::Kind::ExerciseDone:
        emit exerciseDone(event.item);
        break;
    case SessionEvent::Kind::RoutineDone:
        emit routineDone();
        break;
    }
}

// One timer, due at the session's next visible change or the animation's next frame,
// whichever is first. Not armed at all unless the session runs, so a paused or finished
// player costs nothing.
void PlayerController::arm()
{
    std::optional<std::int64_t> due = m_session.nextChangeAt(m_now);
    if (due && m_frameMs)
        due = std::min(*due, m_now + *m_frameMs);
    if (!due) {
        m_timer.stop();
        m_dueAt.reset();
        return;
    }
    m_dueAt = due;
    m_timer.start(static_cast<int>(std::clamp<std::int64_t>(*due - m_now, 0, 24 * 3600 * 1000)));
    ++m_armCount;
}

} // namespace limber
