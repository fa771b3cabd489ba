// Where the cue layer sends its sounds: the speakers (QtSoundSink) or, in tests, a recording.
#pragma once

#include "sound.h"

#include <functional>

namespace limber {

class SoundSink {
public:
    virtual ~SoundSink() = default;

    // Starts `sound` at once, mixed with whatever is still ringing; never blocks.
    virtual void play(Sound sound) = 0;
    // Silences everything that is playing.
    virtual void stop() = 0;
    // Calls `done` once nothing is playing any more: at once when nothing is.
    virtual void whenQuiet(std::function<void()> done) = 0;
};

} // namespace limber
