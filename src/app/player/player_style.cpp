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

} // namespace limber
