// The player: composes the progress strip, the start, stretch and closing pages, the pause
// veil, the stop question, the details panel and the controls, and redraws them from the
// controller's session whenever the controller has processed a new "now".
#pragma once

#include "narration.h"
#include "player_display.h"
#include "player_routine.h"

#include <limber/session.h>

#include <QWidget>

#include <optional>

class QStackedWidget;

namespace limber {

class Announcer;
class Clock;
class ClosingPage;
class DetailsPanel;
class PauseOverlay;
class PlayerControls;
class PlayerController;
class RoutineProgress;
class StartPage;
class StopConfirmation;
class StretchPage;
class PlayerWindow : public QWidget {
    Q_OBJECT

public:
    PlayerWindow(PlayerRoutine routine, const Clock& clock, QWidget* parent = nullptr);

    PlayerController& controller() const { return *m_controller; }

    // The ring, the pacer and the figure move smoothly while on screen; with animations off
    // the figure shows still poses and the player redraws only when the countdown or a cue
    // changes (and tests count exactly that).
    void setAnimationsEnabled(bool enabled);
    // Whether a screen reader hears the countdown's last seconds (3, 2, 1); off by default.
    void setCountdownSpoken(bool spoken);
    // The history could not record this session (SessionRecorder::notRecorded): the closing
    // page says so and why. Playing again clears it, until the next session says it again.
    void showHistoryProblem(const QString& problem);
    // Sizes the window to open on its screen: `remembered` (or the player's own size), no
    // larger than the screen's available area, and lets it shrink as far as that area.
    void fitToScreen(std::optional<QSize> remembered);

signals:
    // As it closes: its size as a window (not full screen or maximised), to open at next time.
    void closedAtSize(QSize size);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* createStage();
    void connectControls();
    void render();
    void enterState(SessionState state);
    void noteEvent(const SessionEvent& event);
    void narrate(const PlayerDisplay& display);
    void sayTimeLeft();
    void updateAnimation(const PlayerDisplay& display);
    void requestStop();
    void answerStop(bool stop);
    void setFullScreen(bool fullScreen);
    void fitType(QWidget& part) const;
    QStringList namesOf(const std::vector<int>& items) const;

    const PlayerRoutine m_routine;
    PlayerController* m_controller = nullptr;
    RoutineProgress* m_progress = nullptr;
    QStackedWidget* m_pages = nullptr;
    StartPage* m_start = nullptr;
    StretchPage* m_stretch = nullptr;
    ClosingPage* m_closing = nullptr;
    PauseOverlay* m_pause = nullptr;
    StopConfirmation* m_confirm = nullptr;
    DetailsPanel* m_details = nullptr;
    PlayerControls* m_controls = nullptr;
    Announcer* m_announcer = nullptr;
    NarrationCause m_cause; // what the session reported since the last redraw
    PlayerDisplay m_shown; // the moment last drawn, to say only what changed
    bool m_countdownSpoken = false;
    bool m_animationsEnabled = true;
    bool m_resumeAfterQuestion = false;
    std::optional<SessionState> m_shownState;
};

} // namespace limber
