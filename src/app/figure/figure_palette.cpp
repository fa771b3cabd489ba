#include "figure/figure_palette.h"

#include "shared/looks.h"

#include <QPalette>

namespace limber {

namespace {

// How far the far side leans toward the background: light enough to read as behind, dark
// enough to keep its shape at a thumbnail's size.
constexpr double farMix = 0.45;
// The props stay well behind the body: a mid-tone a quarter of the way to the text colour.
constexpr double propMix = 0.22;
// The face: lighter than the far side, so the hairline shows on a far-toned head too, yet clear
// of the background at the head's outline.
constexpr double faceMix = 0.62;

} // namespace

FigurePalette FigurePalette::fromPalette(const QPalette& palette)
{
    const QColor background = palette.color(QPalette::Window);
    const QColor accent = accentColor(palette);
    // A warm coral opposite the teal accent, so the working side reads at a glance.
    const QColor highlight
        = isDarkPalette(palette) ? QColor(0xf2, 0x9e, 0x7c) : QColor(0xc8, 0x5a, 0x36);
    return { accent, blend(accent, background, farMix), highlight,
        blend(background, palette.color(QPalette::WindowText), propMix),
        blend(accent, background, faceMix) };
}

QColor FigurePalette::color(figure::Tone tone) const
{
    switch (tone) {
    case figure::Tone::Near:
        return nearColor;
    case figure::Tone::Far:
        return farColor;
    case figure::Tone::Highlight:
        return highlightColor;
    case figure::Tone::Prop:
        return propColor;
    case figure::Tone::Face:
        return faceColor;
    }
    return nearColor;
}

} // namespace limber
