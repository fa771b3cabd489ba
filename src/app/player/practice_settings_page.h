// The settings page for how routines play: the breath pace, how long holds last against what
// the routine says, the person's own get-ready and side-switch times (or each routine's), and
// whether the player moves or shows still poses.
// Changes are saved as they are made and apply to the next routine started; the lengths shown
// on Home and in the builder follow at once (settingsChanged).
#pragma once

#include "storage/practice_settings.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QPushButton;
class QSpinBox;

namespace limber {

class PracticeSettingsPage : public QWidget {
    Q_OBJECT

public:
    explicit PracticeSettingsPage(QWidget* parent = nullptr); // shows PracticeSettings::load()

    const PracticeSettings& settings() const { return m_settings; }

signals:
    void settingsChanged(const limber::PracticeSettings& settings);
    // The change applies, but the settings file could not be written (the message says why).
    void saveFailed(const QString& message);

private:
    void showSettings(const PracticeSettings& shown);
    void readWidgets();

    PracticeSettings m_settings;
    QDoubleSpinBox* m_breathIn = nullptr;
    QDoubleSpinBox* m_breathOut = nullptr;
    QSpinBox* m_holdPercent = nullptr;
    QSpinBox* m_leadIn = nullptr;
    QSpinBox* m_switch = nullptr;
    QCheckBox* m_reduceMotion = nullptr;
    QCheckBox* m_speakCountdown = nullptr;
    QPushButton* m_defaults = nullptr;
};

} // namespace limber
