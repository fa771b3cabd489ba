// Offline speech with flite, called directly: text becomes 16-bit mono PCM in memory, which
// the voice sink plays like any other sound. (Qt 6.4's flite engine for QTextToSpeech writes
// to PulseAudio faster than it drains and gives up with "Audio streaming error" after a few
// words, so Limber does not rely on it.) Safe to call from any thread, one at a time.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace limber {

struct SynthesisedSpeech {
    QByteArray pcm; // 16-bit signed, mono, native byte order
    int sampleRate = 0;

    bool isEmpty() const { return pcm.isEmpty(); }
    qint64 durationMs() const { return sampleRate > 0 ? pcm.size() / 2 * 1000 / sampleRate : 0; }
};

// The voices flite has, clearest first ("slt" is the default).
QStringList speechVoices();

// `voice` as named by speechVoices() (another name, or empty, gets the default); `rate` from
// -1 (slower) to 1 (faster). Empty when nothing could be synthesised.
SynthesisedSpeech synthesiseSpeech(const QString& text, const QString& voice, double rate);

} // namespace limber
