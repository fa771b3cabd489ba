// The sounds Limber plays while guiding a routine. Each is synthesised by sound_synthesis.h.
#pragma once

namespace limber {

enum class Sound {
    StartChime, // a hold or set begins: start now
    SideSwitch, // a switch begins: change sides
    Tick, // each of the last three seconds of a hold, set or lead-in
    ClosingChime, // the routine is done
    BreathIn, // optional: a tone rising through the in-breath
    BreathOut, // optional: a tone falling through the out-breath
};

inline constexpr Sound allSounds[] = { Sound::StartChime, Sound::SideSwitch, Sound::Tick,
    Sound::ClosingChime, Sound::BreathIn, Sound::BreathOut };

// "start-chime", "side-switch", "tick", "closing-chime", "breath-in", "breath-out".
constexpr const char* toString(Sound sound)
{
    switch (sound) {
    case Sound::StartChime:
        return "start-chime";
    case Sound::SideSwitch:
        return "side-switch";
    case Sound::Tick:
        return "tick";
    case Sound::ClosingChime:
        return "closing-chime";
    case Sound::BreathIn:
        return "breath-in";
    case Sound::BreathOut:
        return "breath-out";
    }
    return "";
}

} // namespace limber
