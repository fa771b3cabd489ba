// The player's controls as actions with their keys, and a row of buttons for them. The
// actions are what the keys trigger; the window adds them to itself so the keys work
// wherever the focus is.
#pragma once

#include <limber/session.h>

#include <QWidget>

class QAction;
class QToolButton;

namespace limber {

class PlayerControls : public QWidget {
    Q_OBJECT

public:
    explicit PlayerControls(QWidget* parent = nullptr);

    QAction* playPause() const { return m_playPause; }
    QAction* previous() const { return m_previous; }
    QAction* next() const { return m_next; }
    QAction* skip() const { return m_skip; }
    QAction* extend() const { return m_extend; }
    QAction* details() const { return m_details; }
    QAction* fullScreen() const { return m_fullScreen; }
    QAction* stop() const { return m_stop; }
    // No button: a key (T) for a screen reader to say how long is left.
    QAction* timeLeft() const { return m_timeLeft; }

    // Labels and enables the controls for what the session can do now. While the window
    // asks a question, only Esc (to answer "keep going") stays on.
    void setState(SessionState state, bool canExtend, bool asking);

protected:
    // Enter presses the focused button, as it does a push button.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAction* addControl(const QString& text, const QString& key, const QString& what);
    // Makes a plain button for `action` unless given one.
    QToolButton* buttonFor(QAction* action, QToolButton* button = nullptr);

    QAction* m_playPause = nullptr;
    QAction* m_previous = nullptr;
    QAction* m_next = nullptr;
    QAction* m_skip = nullptr;
    QAction* m_extend = nullptr;
    QAction* m_details = nullptr;
    QAction* m_fullScreen = nullptr;
    QAction* m_stop = nullptr;
    QAction* m_timeLeft = nullptr;
};

} // namespace limber
