#include "practice_settings.h"

#include "app_settings.h"

#include <limber/load.h>

#include <QVariant>

namespace limber {

namespace {

const QString paceInKey = QStringLiteral("practice/breath_in_ms");
const QString paceOutKey = QStringLiteral("practice/breath_out_ms");
const QString scaleKey = QStringLiteral("practice/hold_scale");
const QString leadInKey = QStringLiteral("practice/lead_in_seconds");
const QString switchKey = QStringLiteral("practice/switch_seconds");

// The bounds the plan checks, so a hand-edited file cannot make routines unplayable.
constexpr IntRange paceMs { optionLimits::minPaceMs, optionLimits::maxPaceMs };

int readInt(const QSettings& settings, const QString& key, IntRange range, int fallback)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok && value >= range.min && value <= range.max ? value : fallback;
}

std::optional<int> readOptionalInt(const QSettings& settings, const QString& key, IntRange range)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    if (!ok || value < range.min || value > range.max)
        return std::nullopt;
    return value;
}

void writeOptionalInt(QSettings& settings, const QString& key, std::optional<int> value)
{
    if (value)
        settings.setValue(key, *value);
    else
        settings.remove(key);
}

} // namespace

PracticeSettings PracticeSettings::load()
{
    const auto settings = openSettings();
    PracticeSettings loaded;
    loaded.paceInMs = readInt(*settings, paceInKey, paceMs, loaded.paceInMs);
    loaded.paceOutMs = readInt(*settings, paceOutKey, paceMs, loaded.paceOutMs);
    bool ok = false;
    const double scale = settings->value(scaleKey).toDouble(&ok);
    if (ok && scale >= optionLimits::minScale && scale <= optionLimits::maxScale)
        loaded.scale = scale;
    loaded.leadInSeconds = readOptionalInt(*settings, leadInKey, limits::leadInSeconds);
    loaded.switchSeconds = readOptionalInt(*settings, switchKey, limits::switchSeconds);
    return loaded;
}

bool PracticeSettings::save() const
{
    const auto settings = openSettings();
    settings->setValue(paceInKey, paceInMs);
    settings->setValue(paceOutKey, paceOutMs);
    settings->setValue(scaleKey, scale);
    writeOptionalInt(*settings, leadInKey, leadInSeconds);
    writeOptionalInt(*settings, switchKey, switchSeconds);
    settings->sync();
    return settings->status() == QSettings::NoError;
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
