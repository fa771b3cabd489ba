// The synthesised sounds: quiet, never clipping, faded in and out, reproducible, and each
// recognisably itself.
#include "cues/sound_synthesis.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>

using limber::allSounds;
using limber::peakDbfs;
using limber::Sound;
using limber::soundPeakLimitDbfs;
using limber::soundSampleRate;
using limber::synthesise;

namespace {

int largest(const std::vector<std::int16_t>& samples, std::size_t from, std::size_t to)
{
    int loudest = 0;
    for (std::size_t i = from; i < to; ++i)
        loudest = std::max(loudest, std::abs(static_cast<int>(samples[i])));
    return loudest;
}

// Upward zero crossings per second over [from, to): a rough pitch.
double crossingsPerSecond(
    const std::vector<std::int16_t>& samples, std::size_t from, std::size_t to)
{
    int crossings = 0;
    for (std::size_t i = from + 1; i < to; ++i) {
        if (samples[i - 1] < 0 && samples[i] >= 0)
            ++crossings;
    }
    return crossings * static_cast<double>(soundSampleRate) / static_cast<double>(to - from);
}

std::size_t samplesIn(double seconds)
{
    return static_cast<std::size_t>(seconds * soundSampleRate);
}

} // namespace

TEST_CASE("Every sound is short, quiet, faded and never clips", "[sounds]")
{
    for (Sound sound : allSounds) {
        INFO(toString(sound));
        const std::vector<std::int16_t> samples = synthesise(sound);
        const double seconds = static_cast<double>(samples.size()) / soundSampleRate;
        CHECK(seconds >= 0.05);
        CHECK(seconds <= 2.5);

        const double peak = peakDbfs(samples);
        CHECK(peak <= soundPeakLimitDbfs);
        CHECK(peak >= -30.0); // still clearly audible
        CHECK(largest(samples, 0, samples.size()) < 32767); // nothing at full scale

        // Starts and ends on silence, through fades short enough not to blur the sound.
        CHECK(samples.front() == 0);
        CHECK(samples.back() == 0);
        const int loudest = largest(samples, 0, samples.size());
        CHECK(largest(samples, 0, samples.size() / 400 + 1) < loudest / 2);
        CHECK(largest(samples, samples.size() - samplesIn(0.002), samples.size()) < loudest / 4);
    }
}

TEST_CASE("The sounds are the same on every run", "[sounds]")
{
    for (Sound sound : allSounds) {
        INFO(toString(sound));
        CHECK(synthesise(sound) == synthesise(sound));
    }
}

TEST_CASE("Sounds that may ring together still leave headroom", "[sounds]")
{
    // A hold starts with its chime and its first breath tone; a tick can fall in a breath tone.
    for (Sound sound : { Sound::StartChime, Sound::SideSwitch, Sound::Tick, Sound::ClosingChime }) {
        for (Sound tone : { Sound::BreathIn, Sound::BreathOut }) {
            const auto a = synthesise(sound);
            const auto b = synthesise(tone);
            std::vector<std::int16_t> mixed(std::max(a.size(), b.size()));
            for (std::size_t i = 0; i < mixed.size(); ++i) {
                const int sum = (i < a.size() ? a[i] : 0) + (i < b.size() ? b[i] : 0);
                mixed[i] = static_cast<std::int16_t>(sum);
            }
            INFO(toString(sound) << " with " << toString(tone));
            CHECK(peakDbfs(mixed) <= soundPeakLimitDbfs);
        }
    }
}

TEST_CASE("Each sound is recognisably its own", "[sounds]")
{
    for (Sound a : allSounds) {
        for (Sound b : allSounds) {
            if (a != b)
                CHECK(synthesise(a) != synthesise(b));
        }
    }
    // Ticks are the quietest and shortest: they must not compete with the chimes.
    const auto tick = synthesise(Sound::Tick);
    CHECK(peakDbfs(tick) < peakDbfs(synthesise(Sound::StartChime)));
    CHECK(tick.size() < synthesise(Sound::StartChime).size() / 5);

    // The switch is two strikes: loud again after it had died down.
    const auto sideSwitch = synthesise(Sound::SideSwitch);
    const int firstStrike = largest(sideSwitch, 0, samplesIn(0.02));
    const int beforeSecond = largest(sideSwitch, samplesIn(0.15), samplesIn(0.17));
    const int secondStrike = largest(sideSwitch, samplesIn(0.17), samplesIn(0.19));
    CHECK(beforeSecond < firstStrike / 2);
    CHECK(secondStrike > beforeSecond * 2);

    // The in-breath rises, the out-breath falls.
    const auto in = synthesise(Sound::BreathIn);
    CHECK(crossingsPerSecond(in, in.size() * 2 / 3, in.size())
        > 1.2 * crossingsPerSecond(in, 0, in.size() / 3));
    const auto out = synthesise(Sound::BreathOut);
    CHECK(crossingsPerSecond(out, 0, out.size() / 3)
        > 1.2 * crossingsPerSecond(out, out.size() * 2 / 3, out.size()));
}
