#include "cue_settings.h"

#include "storage/app_settings.h"

#include <QAudio>

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
    AppSettings file = AppSettings::load();
    return read(file);
}

CueSettings CueSettings::read(AppSettings& file)
{
    CueSettings loaded;
    loaded.sounds = file.boolean(soundsKey, loaded.sounds);
    loaded.volume = file.integer(volumeKey, { 0, maxVolume }, loaded.volume);
    loaded.breathTones = file.boolean(breathTonesKey, loaded.breathTones);
    loaded.voice = file.boolean(voiceKey, loaded.voice);
    loaded.voiceName = file.text(voiceNameKey, loaded.voiceName);
    loaded.rate = file.number(rateKey, -1.0, 1.0, loaded.rate);
    loaded.speakBreathCues = file.boolean(breathCuesKey, loaded.speakBreathCues);
    loaded.speakRepCounts = file.boolean(repCountsKey, loaded.speakRepCounts);
    return loaded;
}

WriteOutcome CueSettings::save() const
{
    AppSettings file = AppSettings::load();
    file.setBoolean(soundsKey, sounds);
    file.setInteger(volumeKey, volume);
    file.setBoolean(breathTonesKey, breathTones);
    file.setBoolean(voiceKey, voice);
    file.setText(voiceNameKey, voiceName);
    file.setNumber(rateKey, rate);
    file.setBoolean(breathCuesKey, speakBreathCues);
    file.setBoolean(repCountsKey, speakRepCounts);
    return file.save();
}

} // namespace limber
