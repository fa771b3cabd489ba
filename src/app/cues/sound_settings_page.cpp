#include "sound_settings_page.h"

#include "audio_problem.h"
#include "flite_voice_sink.h"
#include "qt_sound_sink.h"
#include "speech_synthesis.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>
#include <spdlog/spdlog.h>

namespace limber {

namespace {

constexpr int rateSteps = 10; // the rate slider runs -10..10 for -1..1

// A slider with words at its ends, so the page needs no numbers.
QWidget* labelled(QSlider* slider, const QString& low, const QString& high)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(low));
    layout->addWidget(slider, 1);
    layout->addWidget(new QLabel(high));
    return row;
}

// Flite's voices by who they sound like, their own names kept in brackets for the log and
// for anyone who knows them (from the voices' descriptions in flite's documentation).
QString voiceTitle(const QString& name)
{
    if (name == QLatin1String("slt"))
        return SoundSettingsPage::tr("US English, female (slt)");
    if (name == QLatin1String("rms"))
        return SoundSettingsPage::tr("US English, male (rms)");
    if (name == QLatin1String("awb"))
        return SoundSettingsPage::tr("Scottish English, male (awb)");
    if (name == QLatin1String("kal16"))
        return SoundSettingsPage::tr("US English, male, older and flatter (kal16)");
    if (name == QLatin1String("kal"))
        return SoundSettingsPage::tr("US English, male, older and flatter, 8 kHz (kal)");
    return name;
}

} // namespace

SoundSettingsPage::SoundSettingsPage(QWidget* parent)
    : QWidget(parent)
    , m_settings(CueSettings::load())
    , m_soundOut(new QtSoundSink(this))
    , m_voiceOut(new FliteVoiceSink(this))
{
    setObjectName(QStringLiteral("sound-settings-page"));
    setWindowTitle(tr("Sound and voice — Limber"));

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("sound-problem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createSoundGroup());
    layout->addWidget(createVoiceGroup());
    layout->addWidget(m_problem);
    layout->addStretch(1);

    showSettings();
    updateEnabled();
    updateProblem();
}

QWidget* SoundSettingsPage::createSoundGroup()
{
    auto* group = new QGroupBox(tr("Sounds"));
    m_sounds = new QCheckBox(tr("&Play chimes and countdown ticks"));
    m_sounds->setObjectName(QStringLiteral("sound-chimes"));
    m_volume = new QSlider(Qt::Horizontal);
    m_volume->setObjectName(QStringLiteral("sound-volume"));
    m_volume->setRange(0, CueSettings::maxVolume);
    m_volume->setPageStep(10);
    m_volume->setAccessibleName(tr("Volume"));
    m_breathTones
        = new QCheckBox(tr("&Breath tones: rising as you breathe in, falling as you breathe out"));
    m_breathTones->setObjectName(QStringLiteral("sound-breath-tones"));
    m_testSound = new QPushButton(tr("&Test sound"));
    m_testSound->setObjectName(QStringLiteral("sound-test"));

    auto* form = new QFormLayout(group);
    form->addRow(m_sounds);
    form->addRow(tr("Volume:"), labelled(m_volume, tr("Quiet"), tr("Loud")));
    form->addRow(m_breathTones);
    form->addRow(m_testSound);

    connect(m_sounds, &QCheckBox::toggled, this, &SoundSettingsPage::readWidgets);
    connect(m_volume, &QSlider::valueChanged, this, &SoundSettingsPage::readWidgets);
    connect(m_breathTones, &QCheckBox::toggled, this, &SoundSettingsPage::readWidgets);
    connect(m_testSound, &QPushButton::clicked, this, &SoundSettingsPage::testSound);
    return group;
}

QWidget* SoundSettingsPage::createVoiceGroup()
{
    auto* group = new QGroupBox(tr("Voice"));
    m_voice = new QCheckBox(tr("&Speak the guidance: names, sides, countdowns"));
    m_voice->setObjectName(QStringLiteral("voice-enabled"));
    m_voiceName = new QComboBox;
    m_voiceName->setObjectName(QStringLiteral("voice-name"));
    m_voiceName->addItem(tr("Default"), QString());
    for (const QString& name : speechVoices())
        m_voiceName->addItem(voiceTitle(name), name);
    m_rate = new QSlider(Qt::Horizontal);
    m_rate->setObjectName(QStringLiteral("voice-rate"));
    m_rate->setRange(-rateSteps, rateSteps);
    m_rate->setAccessibleName(tr("Speaking rate"));
    m_breathCues = new QCheckBox(tr("Say each &breath cue (\"Breathe in…\")"));
    m_breathCues->setObjectName(QStringLiteral("voice-breath-cues"));
    m_repCounts = new QCheckBox(tr("Count &reps aloud"));
    m_repCounts->setObjectName(QStringLiteral("voice-rep-counts"));
    m_testVoice = new QPushButton(tr("Test &voice"));
    m_testVoice->setObjectName(QStringLiteral("voice-test"));

    auto* form = new QFormLayout(group);
    form->addRow(m_voice);
    form->addRow(tr("Voice:"), m_voiceName);
    form->addRow(tr("Rate:"), labelled(m_rate, tr("Slower"), tr("Faster")));
    form->addRow(m_breathCues);
    form->addRow(m_repCounts);
    form->addRow(m_testVoice);

    connect(m_voice, &QCheckBox::toggled, this, &SoundSettingsPage::readWidgets);
    connect(m_voiceName, &QComboBox::currentIndexChanged, this, &SoundSettingsPage::readWidgets);
    connect(m_rate, &QSlider::valueChanged, this, &SoundSettingsPage::readWidgets);
    connect(m_breathCues, &QCheckBox::toggled, this, &SoundSettingsPage::readWidgets);
    connect(m_repCounts, &QCheckBox::toggled, this, &SoundSettingsPage::readWidgets);
    connect(m_testVoice, &QPushButton::clicked, this, &SoundSettingsPage::testVoice);
    return group;
}

void SoundSettingsPage::showSettings()
{
    const QSignalBlocker blockSounds(m_sounds);
    const QSignalBlocker blockVolume(m_volume);
    const QSignalBlocker blockTones(m_breathTones);
    const QSignalBlocker blockVoice(m_voice);
    const QSignalBlocker blockName(m_voiceName);
    const QSignalBlocker blockRate(m_rate);
    const QSignalBlocker blockCues(m_breathCues);
    const QSignalBlocker blockReps(m_repCounts);
    m_sounds->setChecked(m_settings.sounds);
    m_volume->setValue(m_settings.volume);
    m_breathTones->setChecked(m_settings.breathTones);
    m_voice->setChecked(m_settings.voice);
    // A saved voice this engine does not have is kept, and shown, rather than lost.
    int index = m_voiceName->findData(m_settings.voiceName);
    if (index < 0) {
        m_voiceName->addItem(voiceTitle(m_settings.voiceName), m_settings.voiceName);
        index = m_voiceName->count() - 1;
    }
    m_voiceName->setCurrentIndex(index);
    m_rate->setValue(static_cast<int>(std::lround(m_settings.rate * rateSteps)));
    m_breathCues->setChecked(m_settings.speakBreathCues);
    m_repCounts->setChecked(m_settings.speakRepCounts);
}

void SoundSettingsPage::readWidgets()
{
    m_settings.sounds = m_sounds->isChecked();
    m_settings.volume = m_volume->value();
    m_settings.breathTones = m_breathTones->isChecked();
    m_settings.voice = m_voice->isChecked();
    m_settings.voiceName = m_voiceName->currentData().toString();
    m_settings.rate = m_rate->value() / static_cast<double>(rateSteps);
    m_settings.speakBreathCues = m_breathCues->isChecked();
    m_settings.speakRepCounts = m_repCounts->isChecked();
    updateEnabled();
    if (const WriteOutcome saved = m_settings.save(); !saved) {
        spdlog::warn("the sound settings were not saved: {}", saved.error.toStdString());
        emit saveFailed(tr("Your sound settings were not saved: %1").arg(saved.error));
    }
    emit settingsChanged(m_settings);
}

void SoundSettingsPage::updateEnabled()
{
    for (QWidget* widget : { static_cast<QWidget*>(m_volume), static_cast<QWidget*>(m_breathTones),
             static_cast<QWidget*>(m_testSound) })
        widget->setEnabled(m_settings.sounds);
    for (QWidget* widget : { static_cast<QWidget*>(m_voiceName), static_cast<QWidget*>(m_rate),
             static_cast<QWidget*>(m_breathCues), static_cast<QWidget*>(m_repCounts),
             static_cast<QWidget*>(m_testVoice) })
        widget->setEnabled(m_settings.voice);
}

void SoundSettingsPage::updateProblem()
{
    QString note;
    if (!hasAudioOutput())
        note = tr("No sound device was found, so Limber plays on silently. Sounds and the voice "
                  "will be heard once a device is there.");
    else if (!audioProblem().isEmpty())
        note = tr("Sound is not working (%1), so Limber plays on silently.").arg(audioProblem());
    m_problem->setText(note);
    m_problem->setVisible(!note.isEmpty());
}

void SoundSettingsPage::testSound()
{
    m_soundOut->setVolume(m_settings.linearVolume());
    m_soundOut->play(Sound::StartChime);
    // Then the side switch, so both of the sounds that matter most are heard.
    QTimer::singleShot(1'400, this, [this] { m_soundOut->play(Sound::SideSwitch); });
    updateProblem();
}

void SoundSettingsPage::testVoice()
{
    m_voiceOut->setVoiceName(m_settings.voiceName);
    m_voiceOut->setRate(m_settings.rate);
    m_voiceOut->setVolume(m_settings.linearVolume());
    m_voiceOut->stop();
    m_voiceOut->say(tr("Left side. Breathe in, and let your shoulders drop."));
    updateProblem();
}

} // namespace limber
