#include "player_settings.h"

#include "app_settings.h"

namespace limber {

namespace {

const QString fullScreenKey = QStringLiteral("player/full_screen");

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
    return loaded;
}

WriteOutcome PlayerSettings::save() const
{
    AppSettings file = AppSettings::load();
    file.setBoolean(fullScreenKey, fullScreen);
    return file.save();
}

} // namespace limber
