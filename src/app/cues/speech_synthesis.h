// Offline speech with flite, called directly: text becomes 16-bit mono PCM in memory, which
// the voice sink plays like any other sound. (Qt 6.4's flite engine for QTextToSpeech writes
// to PulseAudio faster than it drains and gives up with "Audio streaming error" after a few
// words, so Limber does not rely on it.) Flite itself is loaded on first use (flite_library.h);
// without it there is no speech, and a problem that says why. Safe to call from any thread,
// one at a time.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace limber {

class FliteLibrary;

struct SynthesisedSpeech {
    QByteArray pcm; // 16-bit signed, mono, native byte order
    int sampleRate = 0;
    QString problem; // why there is no speech when flite or the voice could not be loaded

    bool isEmpty() const { return pcm.isEmpty(); }
    qint64 durationMs() const { return sampleRate > 0 ? pcm.size() / 2 * 1000 / sampleRate : 0; }
};

// The voices flite has, clearest first ("slt" is the default).
QStringList speechVoices();

// `voice` as named by speechVoices() (another name, or empty, gets the default); `rate` from
// -1 (slower) to 1 (faster). Empty when nothing could be synthesised.
SynthesisedSpeech synthesiseSpeech(const QString& text, const QString& voice, double rate);
// The same with another flite than Debian's (the tests use one that is not installed).
SynthesisedSpeech synthesiseSpeech(
    FliteLibrary& flite, const QString& text, const QString& voice, double rate);

// Loads flite and `voice` ahead of the first phrase, which would otherwise wait for them;
// returns why they cannot be loaded, or nothing when they are ready.
QString prepareSpeech(const QString& voice);

} // namespace limber
