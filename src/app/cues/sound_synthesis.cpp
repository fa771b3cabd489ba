#include "sound_synthesis.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace limber {

namespace {

constexpr double fullScale = 32767.0;
constexpr double twoPi = 2.0 * std::numbers::pi;

struct Partial {
    double ratio; // of the fundamental
    double gain;
    double decaySeconds; // time constant of its exponential decay
};

std::size_t samplesFor(double seconds)
{
    return static_cast<std::size_t>(std::lround(seconds * soundSampleRate));
}

double timeOf(std::size_t index)
{
    return static_cast<double>(index) / soundSampleRate;
}

// A struck tone (a small bell or a marimba bar): partials that start together and die away,
// each with its own decay, after a short attack that avoids a click.
void addStrike(std::vector<double>& out, double atSeconds, double frequency,
    std::initializer_list<Partial> partials, double attackSeconds)
{
    const std::size_t first = samplesFor(atSeconds);
    for (std::size_t i = first; i < out.size(); ++i) {
        const double t = timeOf(i - first);
        const double attack
            = t < attackSeconds ? 0.5 - 0.5 * std::cos(std::numbers::pi * t / attackSeconds) : 1.0;
        double value = 0.0;
        for (const Partial& partial : partials)
            value += partial.gain * std::exp(-t / partial.decaySeconds)
                * std::sin(twoPi * frequency * partial.ratio * t);
        out[i] += attack * value;
    }
}

// A soft sustained tone whose pitch glides exponentially from one frequency to another; the
// phase is accumulated so the glide has no discontinuity.
void addGlide(std::vector<double>& out, double fromHz, double toHz)
{
    const double length = static_cast<double>(out.size());
    double phase = 0.0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double progress = static_cast<double>(i) / length;
        const double frequency = fromHz * std::pow(toHz / fromHz, progress);
        phase += twoPi * frequency / soundSampleRate;
        out[i] += std::sin(phase) + 0.18 * std::sin(2.0 * phase) + 0.05 * std::sin(3.0 * phase);
    }
}

// Raised-cosine fades in and out, so the first and last samples are exactly zero.
void fade(std::vector<double>& out, double inSeconds, double outSeconds)
{
    const std::size_t fadeIn = std::min(samplesFor(inSeconds), out.size());
    const std::size_t fadeOut = std::min(samplesFor(outSeconds), out.size());
    for (std::size_t i = 0; i < fadeIn; ++i)
        out[i] *= 0.5
            - 0.5
                * std::cos(std::numbers::pi * static_cast<double>(i) / static_cast<double>(fadeIn));
    for (std::size_t i = 0; i < fadeOut; ++i) {
        const double gain = 0.5
            - 0.5
                * std::cos(
                    std::numbers::pi * static_cast<double>(i) / static_cast<double>(fadeOut));
        out[out.size() - 1 - i] *= gain;
    }
}

// Scales to exactly `peakDbfs` and rounds to 16 bits.
std::vector<std::int16_t> normalise(const std::vector<double>& wave, double peak)
{
    double loudest = 0.0;
    for (double value : wave)
        loudest = std::max(loudest, std::abs(value));
    const double gain = loudest > 0.0 ? std::pow(10.0, peak / 20.0) * fullScale / loudest : 0.0;
    std::vector<std::int16_t> samples(wave.size());
    std::transform(wave.begin(), wave.end(), samples.begin(),
        [gain](double value) { return static_cast<std::int16_t>(std::lround(value * gain)); });
    return samples;
}

std::vector<std::int16_t> startChime()
{
    // One soft bell on E5 with a faint octave and a slightly stretched twelfth for shimmer.
    std::vector<double> wave(samplesFor(1.2));
    addStrike(wave, 0.0, 659.26, { { 1.0, 1.0, 0.40 }, { 2.0, 0.30, 0.22 }, { 3.01, 0.10, 0.12 } },
        0.008);
    fade(wave, 0.0, 0.12);
    return normalise(wave, -12.0);
}

std::vector<std::int16_t> sideSwitch()
{
    // Two quick marimba-like strikes, a fifth apart: a rhythm the single chime never has.
    std::vector<double> wave(samplesFor(0.8));
    const std::initializer_list<Partial> bar = { { 1.0, 1.0, 0.16 }, { 4.0, 0.12, 0.03 } };
    addStrike(wave, 0.0, 587.33, bar, 0.004);
    addStrike(wave, 0.17, 880.0, bar, 0.004);
    fade(wave, 0.0, 0.08);
    return normalise(wave, -12.0);
}

std::vector<std::int16_t> tick()
{
    // A dry wood-block click, short and quieter than the chimes.
    std::vector<double> wave(samplesFor(0.07));
    addStrike(wave, 0.0, 1250.0, { { 1.0, 1.0, 0.012 }, { 2.4, 0.35, 0.006 } }, 0.0015);
    fade(wave, 0.0, 0.015);
    return normalise(wave, -18.0);
}

std::vector<std::int16_t> closingChime()
{
    // An unhurried rising C major arpeggio that rings out.
    std::vector<double> wave(samplesFor(2.0));
    const std::initializer_list<Partial> bell
        = { { 1.0, 1.0, 0.55 }, { 2.0, 0.25, 0.30 }, { 3.0, 0.06, 0.15 } };
    const double notes[] = { 523.25, 659.26, 783.99, 1046.50 };
    for (std::size_t n = 0; n < std::size(notes); ++n)
        addStrike(wave, 0.15 * static_cast<double>(n), notes[n], bell, 0.008);
    fade(wave, 0.0, 0.25);
    return normalise(wave, -12.0);
}

std::vector<std::int16_t> breathTone(double fromHz, double toHz, double seconds)
{
    // A hushed hum that swells in and out: it follows the breath rather than marking a beat.
    std::vector<double> wave(samplesFor(seconds));
    addGlide(wave, fromHz, toHz);
    fade(wave, 0.35, 0.5);
    return normalise(wave, -20.0);
}

} // namespace

std::vector<std::int16_t> synthesise(Sound sound)
{
    switch (sound) {
    case Sound::StartChime:
        return startChime();
    case Sound::SideSwitch:
        return sideSwitch();
    case Sound::Tick:
        return tick();
    case Sound::ClosingChime:
        return closingChime();
    case Sound::BreathIn:
        return breathTone(220.0, 330.0, 1.5);
    case Sound::BreathOut:
        return breathTone(330.0, 220.0, 1.9);
    }
    return {};
}

double peakDbfs(const std::vector<std::int16_t>& samples)
{
    int loudest = 0;
    for (std::int16_t sample : samples)
        loudest = std::max(loudest, std::abs(static_cast<int>(sample)));
    if (loudest == 0)
        return -std::numeric_limits<double>::infinity();
    return 20.0 * std::log10(loudest / fullScale);
}

} // namespace limber
