// Drives a Session in real time: reads "now" only from the Clock, forwards what the session
// reports as Qt signals, and sleeps until the next visible change with one single-shot timer.
#pragma once

#include <limber/plan.h>
#include <limber/session.h>

#include <QObject>
#include <QTimer>

#include <cstdint>
#include <optional>

namespace limber {

class Clock;

class PlayerController : public QObject {
    Q_OBJECT

public:
    PlayerController(Plan plan, const Clock& clock, QObject* parent = nullptr);

    const Session& session() const { return m_session; }
    SessionState state() const { return m_session.state(); }
    // The time of the last refresh: the view draws the session as of this moment.
    std::int64_t now() const { return m_now; }

    // While an animation is on screen and the session runs, the view asks to be refreshed
    // at least this often (its next visible frame); nullopt when nothing animates. The view
    // may call this from refreshed(): the timer is armed after that signal.
    void setAnimationFrameMs(std::optional<std::int64_t> frameMs);

    // For tests and benchmarks: how many times the timer was armed, and when it is due.
    int timerArmCount() const { return m_armCount; }
    bool isTimerArmed() const { return m_timer.isActive(); }
    std::optional<std::int64_t> timerDueAt() const { return m_dueAt; }

public slots:
    // Processes "now": emits what happened since the last refresh and re-arms the timer.
    void refresh();

    void start();
    void togglePause(); // starts a Ready session too, so one key does "go"
    void pause();
    void resume();
    void next();
    void skipExercise();
    void previous();
    void extend();
    void stop();
    void restart(); // a fresh session on the plan as built, started at once

signals:
    // Every event in full (with when it was due), before the per-kind signals below.
    void sessionEvent(const limber::SessionEvent& event);
    void segmentStarted(int segment);
    void sideSwitch(int segment);
    void cue(int segment, int cue);
    void countdown(int count);
    void exerciseDone(int item);
    void routineDone();
    void stateChanged(limber::SessionState state);
    // After every refresh, once the signals above are out: the view redraws at now().
    void refreshed();

private:
    template <typename Operation> void apply(Operation operation);
    void emitEvent(const SessionEvent& event);
    void arm();

    const Plan m_plan; // as built, for restart(); the session's copy grows with extensions
    const Clock& m_clock;
    Session m_session;
    std::int64_t m_now = 0;
    SessionState m_reportedState = SessionState::Ready;
    std::optional<std::int64_t> m_frameMs;
    QTimer m_timer;
    std::optional<std::int64_t> m_dueAt;
    int m_armCount = 0;
    bool m_refreshing = false;
};

} // namespace limber
