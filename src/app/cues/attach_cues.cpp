#include "attach_cues.h"

#include "after_first_frame.h"
#include "cue_director.h"
#include "cue_settings.h"
#include "flite_voice_sink.h"
#include "player/player_controller.h"
#include "qt_sound_sink.h"

#include <QPointer>

namespace limber {

CueDirector* attachCues(
    QWidget& window, PlayerController& controller, const Clock& clock, const PlayerRoutine& routine)
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
    // Nothing is synthesised, and flite not even loaded, before the first frame: on two cores
    // that work would compete with drawing it. After it, the voice says what waited (the lead-in
    // names the exercise at once), or else is loaded ahead of the first phrase, and the sounds
    // are made ahead of their moments.
    voice->hold();
    afterFirstFrame(window, [director = QPointer<CueDirector>(director), sound, voice] {
        if (!director)
            return;
        voice->release();
        if (director->settings().voice && !director->isSpeaking())
            voice->prepare();
        sound->prepare();
    });
    return director;
}

} // namespace limber
