#include "speech_synthesis.h"

#include "flite_library.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <mutex>
#include <utility>

namespace limber {

namespace {

// slt: a clear female US voice; rms and awb: male; kal16: the classic one. Each is a library
// of Debian's libflite1 (flite_library.h).
constexpr const char* voiceNames[] = { "slt", "rms", "awb", "kal16" };

// Flite keeps global state and voices change as they speak: one caller at a time, loading
// included.
std::mutex& fliteMutex()
{
    static std::mutex mutex;
    return mutex;
}

// One of voiceNames; another name, or none, is the default.
QString knownVoice(const QString& name)
{
    const auto* known = std::find_if(std::begin(voiceNames), std::end(voiceNames),
        [&name](const char* voice) { return name == QLatin1String(voice); });
    return QLatin1String(known != std::end(voiceNames) ? *known : voiceNames[0]);
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
    for (const char* name : voiceNames)
        names << QLatin1String(name);
    return names;
}

QString prepareSpeech(const QString& voice)
{
    const std::lock_guard lock(fliteMutex());
    FliteLibrary& flite = FliteLibrary::standard();
    flite.voice(knownVoice(voice));
    return flite.problem();
}

SynthesisedSpeech synthesiseSpeech(
    FliteLibrary& flite, const QString& text, const QString& voice, double rate)
{
    const std::lock_guard lock(fliteMutex());
    cst_voice* speaker = flite.voice(knownVoice(voice));
    const FliteLibrary::Functions* functions = flite.functions();
    if (!speaker || !functions) {
        SynthesisedSpeech none;
        none.problem = flite.problem();
        return none;
    }
    if (text.trimmed().isEmpty())
        return {};
    functions->setFloatFeature(speaker->features, "duration_stretch", durationStretch(rate));
    cst_wave* wave = functions->textToWave(text.toUtf8().constData(), speaker);
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
    functions->deleteWave(wave);
    return speech;
}

SynthesisedSpeech synthesiseSpeech(const QString& text, const QString& voice, double rate)
{
    return synthesiseSpeech(FliteLibrary::standard(), text, voice, rate);
}

} // namespace limber
