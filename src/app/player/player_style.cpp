#include "player_style.h"

#include <QGuiApplication>
#include <QPalette>
#include <QVariant>
#include <QWidget>

namespace limber {

namespace {

// The dynamic property that records a widget's place in the type scale.
constexpr const char* fontScaleProperty = "limberFontScale";

} // namespace

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor accentColor(const QPalette& palette)
{
    return isDarkPalette(palette) ? QColor(0x5e, 0xc4, 0xb4) : QColor(0x17, 0x76, 0x6c);
}

QColor onAccentColor(const QPalette& palette)
{
    return isDarkPalette(palette) ? QColor(0x10, 0x22, 0x20) : QColor(Qt::white);
}

QColor mutedTextColor(const QPalette& palette)
{
    return blend(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.35);
}

QColor blend(const QColor& from, const QColor& to, double amount)
{
    const auto mix
        = [amount](float a, float b) { return a + (b - a) * static_cast<float>(amount); };
    return QColor::fromRgbF(mix(from.redF(), to.redF()), mix(from.greenF(), to.greenF()),
        mix(from.blueF(), to.blueF()), mix(from.alphaF(), to.alphaF()));
}

QFont scaledFont(double scale, QFont::Weight weight)
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setWeight(weight);
    return font;
}

void styleText(QWidget& widget, double scale, QFont::Weight weight, bool muted)
{
    widget.setProperty(fontScaleProperty, scale);
    widget.setFont(scaledFont(scale, weight));
    if (muted)
        setTextColor(widget, mutedTextColor(widget.palette()));
}

void applyTypeScale(QWidget& root, double typeScale)
{
    const auto fit = [typeScale](QWidget& widget) {
        const QVariant scale = widget.property(fontScaleProperty);
        if (scale.isValid())
            widget.setFont(scaledFont(scale.toDouble() * typeScale, widget.font().weight()));
    };
    fit(root);
    for (QWidget* widget : root.findChildren<QWidget*>())
        fit(*widget);
}

void setTextColor(QWidget& widget, const QColor& color)
{
    QPalette palette = widget.palette();
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    widget.setPalette(palette);
}

} // namespace limber
