// How the player sounds: chimes and their volume, breath tones, and the spoken guidance.
// Stored in limber.conf (AppSettings) under "cues/"; a first run gets chimes and a voice.
#pragma once

#include "storage/atomic_write.h"

#include <QString>

namespace limber {

class AppSettings;

struct CueSettings {
    static constexpr int maxVolume = 100;

    bool sounds = true; // chimes, side switch, ticks, closing chime
    int volume = 70; // 0-100, a perceptual scale (see linearVolume())
    bool breathTones = false; // a rising tone for each in-breath, a falling one for each out
    bool voice = true; // spoken guidance
    QString voiceName; // one of speechVoices(); empty for the default
    double rate = 0.0; // -1 (slower, up to 3x as long) to 1 (faster), 0 normal
    bool speakBreathCues = true; // say each cue's text ("Breathe in…", a rep's phase)
    bool speakRepCounts = true; // say the rep number at the start of each rep

    // The volume as a linear gain (0-1) for an audio output, from the slider's log scale.
    double linearVolume() const;

    static CueSettings load();
    // Reads from a file already loaded; bad values become problems of `file`.
    static CueSettings read(AppSettings& file);
    // Writes these fields into the settings file, keeping every other key.
    [[nodiscard]] WriteOutcome save() const;

    friend bool operator==(const CueSettings&, const CueSettings&) = default;
};

} // namespace limber
