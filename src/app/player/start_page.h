// Before the routine starts: what it is, how long it takes, what comes first, and Start.
#pragma once

#include <QWidget>

class QPushButton;

namespace limber {

struct PlayerRoutine;

class StartPage : public QWidget {
    Q_OBJECT

public:
    explicit StartPage(const PlayerRoutine& routine, QWidget* parent = nullptr);

    QPushButton* startButton() const { return m_start; }

private:
    QPushButton* m_start = nullptr;
};

} // namespace limber
