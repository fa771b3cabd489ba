#include "settings_problems.h"

#include "cues/cue_settings.h"
#include "desktop_settings.h"
#include "history/history_settings.h"
#include "library/main_window.h"
#include "storage/app_settings.h"
#include "storage/favourites.h"
#include "storage/player_settings.h"
#include "storage/practice_settings.h"

#include <spdlog/spdlog.h>

namespace limber {

SettingsProblems SettingsProblems::check()
{
    AppSettings file = AppSettings::load();
    DesktopSettings::read(file);
    CueSettings::read(file);
    PracticeSettings::read(file);
    PlayerSettings::read(file);
    HistorySettings::read(file);
    Favourites::read(file);
    MainWindow::readSavedPlace(file);
    return { file.path(), file.problems() };
}

void SettingsProblems::log() const
{
    for (const QString& problem : problems)
        spdlog::warn("settings file {}: {}", path.toStdString(), problem.toStdString());
}

} // namespace limber
