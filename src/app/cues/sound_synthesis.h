// Limber's own sounds, synthesised in code: the same samples on every run and every machine,
// no audio files to ship or license. Mono, 16-bit, soundSampleRate; every sound starts and
// ends on silence (short raised-cosine fades) and peaks well below full scale.
#pragma once

#include "sound.h"

#include <cstdint>
#include <vector>

namespace limber {

inline constexpr int soundSampleRate = 48'000;

// The loudest any sound may peak, in dBFS; each sound has its own lower target below this.
inline constexpr double soundPeakLimitDbfs = -6.0;

std::vector<std::int16_t> synthesise(Sound sound);

// The peak of `samples` relative to full scale (32767), in dB; -infinity for silence.
double peakDbfs(const std::vector<std::int16_t>& samples);

} // namespace limber
