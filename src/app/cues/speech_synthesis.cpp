#include "speech_synthesis.h"

#include <algorithm>
#include <cstdlib>
#include <flite/flite.h>
#include <map>
#include <mutex>
#include <utility>

extern "C" {
cst_voice* register_cmu_us_slt(const char* voxdir);
cst_voice* register_cmu_us_rms(const char* voxdir);
cst_voice* register_cmu_us_awb(const char* voxdir);
cst_voice* register_cmu_us_kal16(const char* voxdir);
}

namespace limber {

namespace {

using Register = cst_voice* (*)(const char*);

struct VoiceEntry {
    const char* name;
    Register registerVoice;
};

// slt: a clear female US voice; rms and awb: male; kal16: the classic one.
constexpr VoiceEntry voiceTable[] = {
    { "slt", register_cmu_us_slt },
    { "rms", register_cmu_us_rms },
    { "awb", register_cmu_us_awb },
    { "kal16", register_cmu_us_kal16 },
};

// Flite keeps global state and voices change as they speak: one caller at a time. Voices
// are registered on first use and kept for the life of the process.
std::mutex& fliteMutex()
{
    static std::mutex mutex;
    return mutex;
}

cst_voice* voiceNamed(const QString& name)
{
    static bool initialised = false;
    static std::map<QString, cst_voice*> registered;
    if (!initialised) {
        flite_init();
        initialised = true;
    }
    const auto* entry = std::find_if(std::begin(voiceTable), std::end(voiceTable),
        [&name](const VoiceEntry& e) { return name == QLatin1String(e.name); });
    if (entry == std::end(voiceTable))
        entry = std::begin(voiceTable);
    const QString key = QLatin1String(entry->name);
    auto found = registered.find(key);
    if (found == registered.end())
        found = registered.emplace(key, entry->registerVoice(nullptr)).first;
    return found->second;
}

// The same stretch as speech-dispatcher and Qt use for flite: slower up to 3x as long,
// faster down to about 0.43x.
float durationStretch(double rate)
{
    const double clamped = std::clamp(rate, -1.0, 1.0);
    return static_cast<float>(clamped < 0 ? 1.0 - 2.0 * clamped : 1.0 - clamped * (100.0 / 175.0));
}

// Flite pads each phrase with silence (a quarter of a second and more at each end); cut to
// the speech with a few milliseconds to spare, so a cue is heard when it is due and the next
// one is not held back.
std::pair<int, int> audibleRange(const short* samples, int count, int sampleRate)
{
    constexpr int threshold = 300; // about -40 dBFS
    const int margin = sampleRate / 100; // 10 ms
    int first = 0;
    while (first < count && std::abs(samples[first]) < threshold)
        ++first;
    int last = count;
    while (last > first && std::abs(samples[last - 1]) < threshold)
        --last;
    if (first == last)
        return { 0, count };
    return { std::max(0, first - margin), std::min(count, last + margin) };
}

} // namespace

QStringList speechVoices()
{
    QStringList names;
    for (const VoiceEntry& entry : voiceTable)
        names << QLatin1String(entry.name);
    return names;
}

SynthesisedSpeech synthesiseSpeech(const QString& text, const QString& voice, double rate)
{
    const std::lock_guard lock(fliteMutex());
    cst_voice* speaker = voiceNamed(voice);
    if (!speaker || text.trimmed().isEmpty())
        return {};
    feat_set_float(speaker->features, "duration_stretch", durationStretch(rate));
    cst_wave* wave = flite_text_to_wave(text.toUtf8().constData(), speaker);
    if (!wave)
        return {};
    SynthesisedSpeech speech;
    if (wave->num_channels == 1 && wave->num_samples > 0) {
        const auto [first, last]
            = audibleRange(wave->samples, wave->num_samples, wave->sample_rate);
        speech.sampleRate = wave->sample_rate;
        speech.pcm = QByteArray(reinterpret_cast<const char*>(wave->samples + first),
            static_cast<qsizetype>(last - first) * 2);
    }
    delete_wave(wave);
    return speech;
}

} // namespace limber
