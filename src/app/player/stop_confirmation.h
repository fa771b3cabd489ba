// "Stop the routine?" over the player, so one stray Esc never ends a routine under way.
// Enter (or Space) takes the focused button; Stop has the focus.
#pragma once

#include <QWidget>

class QPushButton;

namespace limber {

class StopConfirmation : public QWidget {
    Q_OBJECT

public:
    explicit StopConfirmation(QWidget* parent = nullptr);

    void ask();

signals:
    void stopChosen();
    void keepGoingChosen();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QPushButton* m_stop = nullptr;
    QPushButton* m_keepGoing = nullptr;
};

} // namespace limber
