// How the player window opens: full screen or as a window, and at what size. Stored in
// limber.conf (AppSettings) under `player/`; a bad value in the file gives the default.
#pragma once

#include "atomic_write.h"

#include <QSize>

#include <optional>

namespace limber {

class AppSettings;

struct PlayerSettings {
    bool fullScreen = false;
    // The window's size when it was last closed (not full screen); none: the player's own.
    std::optional<QSize> windowSize;

    static PlayerSettings load();
    // Reads from a file already loaded; bad values become problems of `file`.
    static PlayerSettings read(AppSettings& file);
    // Writes these fields into the settings file, keeping every other key.
    [[nodiscard]] WriteOutcome save() const;

    friend bool operator==(const PlayerSettings&, const PlayerSettings&) = default;
};

} // namespace limber
