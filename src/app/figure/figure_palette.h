// The figure's five tones, taken from a palette so it sits with the player's look in light
// and dark alike.
#pragma once

#include <limber/figure.h>

#include <QColor>

class QPalette;

namespace limber {

struct FigurePalette {
    QColor nearColor; // the limbs and torso nearer the eye: the player's accent
    QColor farColor; // the limbs farther away: the accent mixed toward the background
    QColor highlightColor; // the working side's arm and leg: a warm tone beside the accent
    QColor propColor; // chair, wall, mat and block: a quiet neutral
    QColor faceColor; // the face below the hairline: the accent lightened, so the hair reads

    static FigurePalette fromPalette(const QPalette& palette);
    QColor color(figure::Tone tone) const;
};

} // namespace limber
