#include "player_settings.h"

#include "app_settings.h"

#include <limber/load.h>

#include <QObject>

namespace limber {

namespace {

const QString fullScreenKey = QStringLiteral("player/full_screen");
const QString widthKey = QStringLiteral("player/width");
const QString heightKey = QStringLiteral("player/height");
// Sizes a screen could have; the window is fitted to the screen it opens on anyway.
constexpr IntRange sidePx { 200, 16'384 };

} // namespace

PlayerSettings PlayerSettings::load()
{
    AppSettings file = AppSettings::load();
    return read(file);
}

PlayerSettings PlayerSettings::read(AppSettings& file)
{
    PlayerSettings loaded;
    loaded.fullScreen = file.boolean(fullScreenKey, loaded.fullScreen);
    const QString playersOwn = QObject::tr("the player's own");
    const std::optional<int> width = file.optionalInteger(widthKey, sidePx, playersOwn);
    const std::optional<int> height = file.optionalInteger(heightKey, sidePx, playersOwn);
    if (width && height)
        loaded.windowSize = QSize(*width, *height);
    return loaded;
}

WriteOutcome PlayerSettings::save() const
{
    AppSettings file = AppSettings::load();
    file.setBoolean(fullScreenKey, fullScreen);
    if (windowSize) {
        file.setInteger(widthKey, windowSize->width());
        file.setInteger(heightKey, windowSize->height());
    } else {
        file.remove(widthKey);
        file.remove(heightKey);
    }
    return file.save();
}

} // namespace limber
