// The figure painter on a hand-made drawing: where it paints, in which tones, and that a
// thumbnail and a high-DPI image both come out whole.
#include "figure/figure_painter.h"
#include "shared/sample_palettes.h"

#include <catch2/catch.hpp>

namespace {

using limber::figure::Shape;
using limber::figure::Tone;

// A stick person about two units tall: a far arm, a near leg, a head and a prop block beside it.
limber::figure::Drawing person()
{
    limber::figure::Drawing drawing;
    Shape block { Tone::Prop, 3, Shape::Kind::Polygon, {}, {},
        { { { { 0.6, 0 }, { 1.0, 0 }, { 1.0, 0.4 }, { 0.6, 0.4 } } } } };
    Shape arm { Tone::Far, 2, Shape::Kind::Capsule, { 0, 1.5, 0.06, 0.4, 1.0, 0.04 }, {}, {} };
    Shape leg { Tone::Near, 1, Shape::Kind::Capsule, { 0, 1.0, 0.09, 0, 0, 0.06 }, {}, {} };
    Shape head { Tone::Highlight, 0, Shape::Kind::Circle, {}, { 0, 1.8, 0.15 }, {} };
    drawing.shapes = { block, arm, leg, head };
    drawing.minX = -0.15;
    drawing.maxX = 1.0;
    drawing.minY = -0.06; // the leg's round foot end
    drawing.maxY = 1.95;
    return drawing;
}

int pixelsOf(const QImage& image, const QColor& colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += image.pixel(x, y) == colour.rgb() ? 1 : 0;
    return count;
}

} // namespace

TEST_CASE("the figure's tones come from the palette, distinct in light and in dark")
{
    for (const QPalette& palette : { limber::sampleLightPalette(), limber::sampleDarkPalette() }) {
        const auto tones = limber::FigurePalette::fromPalette(palette);
        const QColor background = palette.color(QPalette::Window);
        CHECK(tones.nearColor != tones.farColor);
        CHECK(tones.highlightColor != tones.nearColor);
        // The far side sits between the near side and the background.
        const auto distance = [](const QColor& a, const QColor& b) {
            return std::abs(a.lightnessF() - b.lightnessF());
        };
        CHECK(distance(tones.farColor, background) < distance(tones.nearColor, background));
        CHECK(tones.propColor != background);
        CHECK(tones.color(Tone::Far) == tones.farColor);
    }
}

TEST_CASE("a drawing is fitted inside its bounds with a margin, each shape in its tone")
{
    const auto tones = limber::FigurePalette::fromPalette(limber::sampleLightPalette());
    const QColor background = limber::sampleLightPalette().color(QPalette::Window);
    const QImage image = limber::figureImage(person(), QSize(200, 300), 1.0, tones, background);
    REQUIRE(image.size() == QSize(200, 300));
    for (const Tone tone : { Tone::Near, Tone::Far, Tone::Highlight, Tone::Prop })
        CHECK(pixelsOf(image, tones.color(tone)) > 20);

    // Nothing within the margin: the outer rows and columns are all background.
    const int margin = static_cast<int>(200 * 0.06) - 1;
    for (int x = 0; x < image.width(); ++x)
        for (int y : { 0, margin - 1, image.height() - margin, image.height() - 1 }) {
            INFO(x << "," << y);
            REQUIRE(image.pixelColor(x, y) == background);
        }
    // The drawing's top is at the top margin and its bottom (y = 0) at the bottom one: the
    // drawing is taller than the box is relative to its width.
    const auto rowHasInk = [&](int y) {
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y) != background)
                return true;
        return false;
    };
    CHECK(rowHasInk(margin + 3));
    CHECK(rowHasInk(image.height() - margin - 3));
    // The head is up (the drawing's y points up, the image's down).
    CHECK(pixelsOf(image.copy(0, 0, 200, 80), tones.highlightColor) > 20);
}

TEST_CASE("a 48 px thumbnail still shows every limb, and a 2x image is twice as fine")
{
    const auto tones = limber::FigurePalette::fromPalette(limber::sampleDarkPalette());
    const QColor background = limber::sampleDarkPalette().color(QPalette::Window);
    const QImage thumbnail = limber::figureImage(person(), QSize(48, 48), 1.0, tones, background);
    // The thinnest limb keeps a width of about 2 px, so the far arm is not lost.
    const auto inkOf = [&](const QImage& image, const QColor& tone) {
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                count += std::abs(c.hueF() - tone.hueF()) < 0.05 && c != background ? 1 : 0;
            }
        return count;
    };
    CHECK(inkOf(thumbnail, tones.farColor) >= 6);
    CHECK(pixelsOf(thumbnail, tones.nearColor) > 0);

    const QImage sharp = limber::figureImage(person(), QSize(48, 48), 2.0, tones, background);
    CHECK(sharp.size() == QSize(96, 96));
    CHECK(sharp.devicePixelRatio() == 2.0);
    CHECK(pixelsOf(sharp, tones.nearColor) > 2 * pixelsOf(thumbnail, tones.nearColor));
}

TEST_CASE("the face and its hairline are painted on a large head and left out of a thumbnail's")
{
    limber::figure::ExerciseFigure figure
        = limber::figure::neutralFigure(limber::figure::Support::Standing);
    const limber::figure::Drawing drawing
        = limber::figure::draw(figure, figure.start, std::nullopt);
    const limber::FigurePalette tones = limber::FigurePalette::fromPalette(QPalette());
    const auto faceColoured = [&](const QImage& image) {
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += image.pixel(x, y) == tones.faceColor.rgb() ? 1 : 0;
        return count;
    };
    const QImage large = limber::figureImage(drawing, QSize(300, 300), 1, tones, Qt::white);
    const QImage thumbnail = limber::figureImage(drawing, QSize(48, 48), 1, tones, Qt::white);
    CHECK(faceColoured(large) > 50); // the face below the hairline
    CHECK(faceColoured(thumbnail) == 0); // a plain disc at 48 px
}
