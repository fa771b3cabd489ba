// The break reminder itself: a small window in the corner of the screen that does not take
// the keyboard, with Start, Snooze 10 / 30 minutes and Skip. Closing it counts as Skip. Where
// the desktop has no tray it offers Quit Limber too, there being nowhere else to quit from.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace limber {

class ReminderNotice : public QWidget {
    Q_OBJECT

public:
    explicit ReminderNotice(QWidget* parent = nullptr);

    // Shows the reminder for the routine Start will play, in the bottom-right corner.
    void showFor(const QString& routineName);

    void setQuitOffered(bool offered);
    QString text() const;

signals:
    void startRequested();
    void snoozeRequested(int minutes);
    void skipRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void moveEvent(QMoveEvent* event) override;

private:
    static constexpr int cornerGap = 24; // pixels between the notice and the screen's edges

    void answer();
    void placeInCorner();

    QLabel* m_text = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_snooze10 = nullptr;
    QPushButton* m_snooze30 = nullptr;
    QPushButton* m_skip = nullptr;
    QPushButton* m_quit = nullptr;
    bool m_answered = false;
    bool m_awaitingFrame = false;
};

} // namespace limber
