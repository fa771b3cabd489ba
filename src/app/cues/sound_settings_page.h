// The settings page for sounds and the voice: chimes on or off and their volume, breath
// tones, spoken guidance with its voice, rate and what it says, and buttons to hear a sample
// of each. Changes are saved as they are made. A QWidget that the settings dialog can host,
// or show on its own; without sound it says so instead of failing.
#pragma once

#include "cue_settings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSlider;

namespace limber {

class QtSoundSink;
class FliteVoiceSink;

class SoundSettingsPage : public QWidget {
    Q_OBJECT

public:
    explicit SoundSettingsPage(QWidget* parent = nullptr); // shows CueSettings::load()

    const CueSettings& settings() const { return m_settings; }

signals:
    void settingsChanged(const limber::CueSettings& settings);
    // The change applies, but the settings file could not be written (the message says why).
    void saveFailed(const QString& message);

private:
    QWidget* createSoundGroup();
    QWidget* createVoiceGroup();
    void showSettings();
    void readWidgets();
    void updateEnabled();
    void updateProblem();
    void testSound();
    void testVoice();

    CueSettings m_settings;
    QtSoundSink* m_soundOut = nullptr;
    FliteVoiceSink* m_voiceOut = nullptr;
    QCheckBox* m_sounds = nullptr;
    QSlider* m_volume = nullptr;
    QCheckBox* m_breathTones = nullptr;
    QPushButton* m_testSound = nullptr;
    QCheckBox* m_voice = nullptr;
    QComboBox* m_voiceName = nullptr;
    QSlider* m_rate = nullptr;
    QCheckBox* m_breathCues = nullptr;
    QCheckBox* m_repCounts = nullptr;
    QPushButton* m_testVoice = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace limber
