#include "practice_settings.h"

#include "app_settings.h"

#include <limber/load.h>

#include <QObject>

namespace limber {

namespace {

const QString paceInKey = QStringLiteral("practice/breath_in_ms");
const QString paceOutKey = QStringLiteral("practice/breath_out_ms");
const QString scaleKey = QStringLiteral("practice/hold_scale");
const QString leadInKey = QStringLiteral("practice/lead_in_seconds");
const QString switchKey = QStringLiteral("practice/switch_seconds");
const QString reduceMotionKey = QStringLiteral("practice/reduce_motion");
const QString speakCountdownKey = QStringLiteral("practice/speak_countdown");

// The bounds the plan checks, so a hand-edited file cannot make routines unplayable.
constexpr IntRange paceMs { optionLimits::minPaceMs, optionLimits::maxPaceMs };

} // namespace

PracticeSettings PracticeSettings::load()
{
    AppSettings file = AppSettings::load();
    return read(file);
}

PracticeSettings PracticeSettings::read(AppSettings& file)
{
    PracticeSettings loaded;
    loaded.paceInMs = file.integer(paceInKey, paceMs, loaded.paceInMs);
    loaded.paceOutMs = file.integer(paceOutKey, paceMs, loaded.paceOutMs);
    loaded.scale
        = file.number(scaleKey, optionLimits::minScale, optionLimits::maxScale, loaded.scale);
    const QString routinesOwn = QObject::tr("each routine's own");
    loaded.leadInSeconds = file.optionalInteger(leadInKey, limits::leadInSeconds, routinesOwn);
    loaded.switchSeconds = file.optionalInteger(switchKey, limits::switchSeconds, routinesOwn);
    loaded.reduceMotion = file.boolean(reduceMotionKey, loaded.reduceMotion);
    loaded.speakCountdown = file.boolean(speakCountdownKey, loaded.speakCountdown);
    return loaded;
}

WriteOutcome PracticeSettings::save() const
{
    AppSettings file = AppSettings::load();
    file.setInteger(paceInKey, paceInMs);
    file.setInteger(paceOutKey, paceOutMs);
    file.setNumber(scaleKey, scale);
    file.setBoolean(reduceMotionKey, reduceMotion);
    file.setBoolean(speakCountdownKey, speakCountdown);
    for (const auto& [key, value] :
        { std::pair { leadInKey, leadInSeconds }, std::pair { switchKey, switchSeconds } }) {
        if (value)
            file.setInteger(key, *value);
        else
            file.remove(key);
    }
    return file.save();
}

PlanOptions PracticeSettings::planOptions() const
{
    PlanOptions options;
    options.paceInMs = paceInMs;
    options.paceOutMs = paceOutMs;
    options.scale = scale;
    options.leadInSeconds = leadInSeconds;
    options.switchSeconds = switchSeconds;
    return options;
}

} // namespace limber
