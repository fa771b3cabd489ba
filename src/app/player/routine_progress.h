// The strip along the top of the player: the routine's name, which stretch of how many,
// the time left and a thin bar of the whole routine.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace limber {

struct PlayerDisplay;

class RoutineProgress : public QWidget {
    Q_OBJECT

public:
    explicit RoutineProgress(const QString& routineName, QWidget* parent = nullptr);

    // The time left is hidden once a routine ended (stopped, it would say what was not played).
    void showMoment(const PlayerDisplay& display, bool showTimeLeft);

private:
    QLabel* m_stretch = nullptr;
    QLabel* m_timeLeft = nullptr;
    QProgressBar* m_bar = nullptr;
};

} // namespace limber
