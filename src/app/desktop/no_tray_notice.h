// Said once, the first time the main window closes on a desktop with no tray while break
// reminders are on: Limber keeps running so that the reminders still come, how to get back to
// it, and how to quit, with "Keep reminding me" and "Quit Limber" to choose from at once.
#pragma once

#include <QMessageBox>

namespace limber {

class NoTrayNotice : public QMessageBox {
    Q_OBJECT

public:
    explicit NoTrayNotice(QWidget* parent = nullptr);

signals:
    void quitRequested();

private:
    QPushButton* m_keep = nullptr;
    QPushButton* m_quit = nullptr;
};

} // namespace limber
