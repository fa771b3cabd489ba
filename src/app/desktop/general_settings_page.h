// The settings page for how Limber sits on the desktop: start at login (in the tray), and
// open the player full screen.
#pragma once

#include "storage/atomic_write.h"

#include <QWidget>

class QCheckBox;
class QLabel;

namespace limber {

class GeneralSettingsPage : public QWidget {
    Q_OBJECT

public:
    GeneralSettingsPage(
        bool autostart, bool fullScreenPlayer, bool hasTray, QWidget* parent = nullptr);

    // Says when a change could not be saved (the autostart file could not be written), and
    // clears that once one is.
    void showOutcome(const WriteOutcome& outcome);

signals:
    void autostartChanged(bool enabled);
    void fullScreenPlayerChanged(bool fullScreen);

private:
    QCheckBox* m_autostart = nullptr;
    QCheckBox* m_fullScreen = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace limber
