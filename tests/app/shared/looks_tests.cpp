// The shared looks read on light and dark themes: problem text and every boxed note keep the
// contrast WCAG asks of body text (4.5:1) in the sample palettes and in Qt's own.
#include "shared/looks.h"
#include "shared/sample_palettes.h"

#include <QApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <memory>

using limber::NoteTone;

namespace {

double luminance(const QColor& color)
{
    const auto channel
        = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double lighter = std::max(luminance(a), luminance(b));
    const double darker = std::min(luminance(a), luminance(b));
    return (lighter + 0.05) / (darker + 0.05);
}

QColor styleColor(const QString& sheet, const char* property)
{
    const QRegularExpression pattern(
        QStringLiteral("\\b%1: [^;#]*(#[0-9a-f]{6})").arg(QLatin1String(property)));
    const QRegularExpressionMatch match = pattern.match(sheet);
    INFO(sheet.toStdString());
    REQUIRE(match.hasMatch());
    return QColor(match.captured(1));
}

QPalette fusionPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

} // namespace

TEST_CASE("Problem text and boxed notes keep their contrast on light and dark palettes")
{
    const auto [name, palette] = GENERATE(table<const char*, QPalette>({
        { "sample light", limber::sampleLightPalette() },
        { "sample dark", limber::sampleDarkPalette() },
        { "Fusion's own", fusionPalette() },
    }));
    INFO(name);

    CHECK(contrast(limber::problemColor(palette), palette.color(QPalette::Window)) >= 4.5);
    CHECK(contrast(limber::problemColor(palette), palette.color(QPalette::Base)) >= 4.5);

    const auto tone
        = GENERATE(NoteTone::Problem, NoteTone::Caution, NoteTone::Info, NoteTone::Hint);
    const QString sheet = limber::noteStyleSheet(palette, tone);
    const QColor background = styleColor(sheet, "background");
    CHECK(contrast(styleColor(sheet, "color"), background) >= 4.5);
    // A toned note is told apart from the page it sits on.
    if (tone != NoteTone::Hint)
        CHECK(background != palette.color(QPalette::Base));
}

TEST_CASE("Each tone of note has a colour of its own")
{
    const QPalette palette = limber::sampleLightPalette();
    const QColor problem = styleColor(limber::noteStyleSheet(palette, NoteTone::Problem), "border");
    const QColor caution = styleColor(limber::noteStyleSheet(palette, NoteTone::Caution), "border");
    const QColor info = styleColor(limber::noteStyleSheet(palette, NoteTone::Info), "border");
    CHECK(problem.hue() != caution.hue());
    CHECK(caution.hue() != info.hue());
    CHECK(problem.hue() != info.hue());
}
