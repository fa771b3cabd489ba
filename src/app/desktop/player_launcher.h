// The owner of the player window, so that one break plays at a time. Asked to play a routine
// it opens its player; asked again for the routine on screen it raises that player instead,
// and asked for another routine during a break it asks whether to stop that break first.
#pragma once

#include "launch_request.h"
#include "player/player_routine.h"

#include <limber/history.h>

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <string>

class QWidget;

namespace limber {

class Clock;
class CueDirector;
class HistoryStore;
class PlayerWindow;

class PlayerLauncher : public QObject {
    Q_OBJECT

public:
    // Players are windows of their own, children of `window` when there is one (so closed
    // with it), else owned here.
    explicit PlayerLauncher(
        const Clock& clock, QWidget* window = nullptr, QObject* parent = nullptr);
    ~PlayerLauncher() override;
    PlayerLauncher(const PlayerLauncher&) = delete;
    PlayerLauncher& operator=(const PlayerLauncher&) = delete;

    // Plays the routine the request names (an id or a routine file, as for --routine), with
    // the person's practice settings and the request's changes; what keeps it from playing is
    // shown in a message box. Returns the player now on screen for it (new or raised), or
    // nullptr.
    PlayerWindow* play(const Library& library, const PlayRequest& request);
    PlayerWindow* play(
        const Library& library, const PlayRequest& request, const PlanOptions& practice);
    PlayerWindow* play(PlayerRoutine routine, bool start, SessionOrigin origin);

    // Each player opened from now on records its sessions into `store` (which outlives this),
    // with the origin of the request that opened it; nullptr records nothing.
    void setHistory(HistoryStore* store);

    // The player on screen, or nullptr.
    PlayerWindow* player() const;
    // Where the player on screen was asked for (the one opened, not a later request that
    // raised it); MainWindow when there is none.
    SessionOrigin origin() const { return m_origin; }
    // Whether a break is being played at this moment: its player is on screen and running.
    // A paused or finished player left open is not a break in progress, so reminders go on
    // around it (a reminder due during a break is not shown; its count starts again).
    bool isBreakInProgress() const;

    // Asked when another routine is asked for during a break (running or paused): true stops
    // that break and starts the new one. The default asks with a message box; tests answer
    // for the person.
    using ReplaceQuestion = std::function<bool(const QString& playing, const QString& asked)>;
    void setReplaceQuestion(ReplaceQuestion question);

signals:
    // A player window was made for a routine (not when one was raised), before it is shown.
    void playerOpened(limber::PlayerWindow* player, limber::CueDirector* cues);

private:
    bool isBreakPlaying() const;
    bool isOpenOn(const std::string& routineId) const;
    void raise(bool start);
    PlayerWindow* open(const PlayerRoutine& routine, bool start, SessionOrigin origin);

    const Clock& m_clock;
    QWidget* m_window;
    QPointer<PlayerWindow> m_player;
    std::string m_routineId; // of m_player
    QString m_routineName;
    SessionOrigin m_origin = SessionOrigin::MainWindow;
    bool m_asking = false;
    ReplaceQuestion m_replaceQuestion;
    HistoryStore* m_history = nullptr;
};

} // namespace limber
