#include "cue_settings.h"

#include "storage/app_settings.h"

#include <QAudio>
#include <QVariant>

#include <algorithm>

namespace limber {

namespace {

const QString soundsKey = QStringLiteral("cues/sounds");
const QString volumeKey = QStringLiteral("cues/volume");
const QString breathTonesKey = QStringLiteral("cues/breath_tones");
const QString voiceKey = QStringLiteral("cues/voice");
const QString voiceNameKey = QStringLiteral("cues/voice_name");
const QString rateKey = QStringLiteral("cues/rate");
const QString breathCuesKey = QStringLiteral("cues/speak_breath_cues");
const QString repCountsKey = QStringLiteral("cues/speak_rep_counts");

} // namespace

double CueSettings::linearVolume() const
{
    const double level = std::clamp(volume, 0, maxVolume) / static_cast<double>(maxVolume);
    return static_cast<double>(QAudio::convertVolume(
        static_cast<float>(level), QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale));
}

CueSettings CueSettings::load()
{
    const auto settings = openSettings();
    CueSettings loaded;
    loaded.sounds = settings->value(soundsKey, loaded.sounds).toBool();
    loaded.volume = std::clamp(settings->value(volumeKey, loaded.volume).toInt(), 0, maxVolume);
    loaded.breathTones = settings->value(breathTonesKey, loaded.breathTones).toBool();
    loaded.voice = settings->value(voiceKey, loaded.voice).toBool();
    loaded.voiceName = settings->value(voiceNameKey, loaded.voiceName).toString();
    loaded.rate = std::clamp(settings->value(rateKey, loaded.rate).toDouble(), -1.0, 1.0);
    loaded.speakBreathCues = settings->value(breathCuesKey, loaded.speakBreathCues).toBool();
    loaded.speakRepCounts = settings->value(repCountsKey, loaded.speakRepCounts).toBool();
    return loaded;
}

bool CueSettings::save() const
{
    const auto settings = openSettings();
    settings->setValue(soundsKey, sounds);
    settings->setValue(volumeKey, volume);
    settings->setValue(breathTonesKey, breathTones);
    settings->setValue(voiceKey, voice);
    settings->setValue(voiceNameKey, voiceName);
    settings->setValue(rateKey, rate);
    settings->setValue(breathCuesKey, speakBreathCues);
    settings->setValue(repCountsKey, speakRepCounts);
    settings->sync();
    return settings->status() == QSettings::NoError;
}

} // namespace limber
