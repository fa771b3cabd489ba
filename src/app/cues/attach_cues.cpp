#include "attach_cues.h"

#include "cue_director.h"
#include "cue_settings.h"
#include "flite_voice_sink.h"
#include "player/player_controller.h"
#include "qt_sound_sink.h"

namespace limber {

CueDirector* attachCues(
    PlayerController& controller, const Clock& clock, const PlayerRoutine& routine)
{
    auto* sound = new QtSoundSink;
    auto* voice = new FliteVoiceSink;
    auto* director = new CueDirector(controller, clock, routine, *sound, *voice, &controller);
    sound->setParent(director);
    voice->setParent(director);

    auto apply = [director, sound, voice] {
        const CueSettings settings = CueSettings::load();
        director->setSettings(settings);
        sound->setVolume(settings.linearVolume());
        voice->setVoiceName(settings.voiceName);
        voice->setRate(settings.rate);
        voice->setVolume(settings.linearVolume());
    };
    apply();
    QObject::connect(
        &controller, &PlayerController::stateChanged, director, [apply](SessionState state) {
            if (state == SessionState::Running)
                apply();
        });
    return director;
}

} // namespace limber
