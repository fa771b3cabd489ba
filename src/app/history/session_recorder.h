// Records what one player's sessions do into the history: a row when a session starts (UTC
// and the local offset of that moment), each stretch brought up to date as it ends, and how
// the session ended. Times spent are the session's own running time, so pauses never count;
// the end is the start plus the session's wall time, so the wall clock is read only once.
//
// A stretch is done when its last step ended (played through, or left with Next), skipped
// when it was reached and left before that (Skip stretch, Stop, or closing the window), and
// not reached otherwise. Going back with Previous leaves a stretch as it was, to be played
// again. A "play again" on the closing page is a new session, recorded as another row.
#pragma once

#include <limber/history.h>
#include <limber/session.h>

#include <QObject>

#include <cstdint>
#include <functional>
#include <vector>

class QWidget;

namespace limber {

class HistoryStore;
class PlayerController;
struct PlayerRoutine;

class SessionRecorder : public QObject {
    Q_OBJECT

public:
    // Now on the wall clock, in UTC ms since the epoch.
    using WallClock = std::function<std::int64_t()>;

    // Records the sessions `controller` plays of `routine` (started from `origin`) into
    // `store`, which outlives this. A child of the controller by default.
    SessionRecorder(PlayerController& controller, const PlayerRoutine& routine,
        SessionOrigin origin, HistoryStore& store, WallClock wallClock = {});
    // A session still playing when the player goes away was closed with it.
    ~SessionRecorder() override;
    SessionRecorder(const SessionRecorder&) = delete;
    SessionRecorder& operator=(const SessionRecorder&) = delete;

    // The window the sessions play in: a session that ends because it closes was "closed".
    void watchWindow(QWidget& window);

    // Until releaseWrites(), what is recorded is kept here and nothing touches the store, so
    // that opening the database does not delay a player's first frame. Released (or when
    // this goes away) the session is written as it is by then.
    void holdWrites();
    void releaseWrites();

    // The row of the session being (or last) recorded; 0 before one, or when nothing can be
    // recorded.
    std::int64_t sessionId() const { return m_record.id; }

signals:
    // The session being recorded is not (or not all) in the history, and `problem` says why:
    // the file could not be made or written. Not said when the history is simply off.
    void notRecorded(const QString& problem);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onEvent(const SessionEvent& event);
    void onStateChanged(SessionState state);
    void beginRecord();
    // Stores m_record as a new row; tells notRecorded when the store's problem keeps it out.
    void storeBegin();
    // The session's running time (pauses excluded) at `atMs` on the controller's clock.
    std::int64_t activeAt(std::int64_t atMs) const;
    // Adds the running time since the last account to the stretch being played.
    void account(std::int64_t atMs);
    void enterItem(int item, std::int64_t atMs);
    StretchRecord* stretchOf(int item);
    // Stores the stretch when it changed since it was last stored.
    void write(int item);
    void end(SessionEnd how);
    // Stores m_record (begun, maybe ended) as it is now.
    void writeHeld();

    PlayerController& m_controller;
    HistoryStore& m_store;
    WallClock m_wallClock;
    SessionRecord m_template; // what every session of this player starts from
    SessionRecord m_record; // the session being recorded
    std::vector<StretchRecord> m_written; // its stretches as last stored
    bool m_recording = false;
    bool m_held = false;
    bool m_begun = false; // m_record was begun while the writes were held
    bool m_closing = false;
    std::int64_t m_startMs = 0; // the session's start on the controller's clock
    int m_item = -1; // the stretch being played
    std::int64_t m_accountedActiveMs = 0;
    // The session's times as of the last refresh, for a player that goes away mid-session.
    std::int64_t m_lastWallMs = 0;
    std::int64_t m_lastActiveMs = 0;
};

} // namespace limber
