#include "player_style.h"

#include <QGuiApplication>
#include <QPalette>
#include <QVariant>
#include <QWidget>

namespace limber {

namespace {

// The dynamic property that records a widget's place in the type scale.
constexpr const char* fontScaleProperty = "limberFontScale";

QString css(const QColor& color)
{
    return color.name(QColor::HexArgb);
}

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
    for (QWidget* widget : root.findChildren<QWidget*>()) {
        const QVariant scale = widget->property(fontScaleProperty);
        if (scale.isValid())
            widget->setFont(scaledFont(scale.toDouble() * typeScale, widget->font().weight()));
    }
}

void setTextColor(QWidget& widget, const QColor& color)
{
    QPalette palette = widget.palette();
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    widget.setPalette(palette);
}

QString controlStyleSheet(const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    const QColor accent = accentColor(palette);
    const QColor button = blend(window, palette.color(QPalette::Base), 0.6);
    return QStringLiteral(R"(
QToolButton, QPushButton {
    background: %1; color: %2; border: 1px solid %3; border-radius: 10px; padding: 8px 14px;
}
QToolButton:hover, QPushButton:hover { background: %4; }
QToolButton:pressed, QPushButton:pressed, QToolButton:checked { background: %5; }
QToolButton:focus, QPushButton:focus { border: 2px solid %6; padding: 7px 13px; }
QToolButton:disabled, QPushButton:disabled { color: %7; border-color: %8; background: %9; }
*[primary="true"] { background: %6; color: %10; border-color: %6; }
*[primary="true"]:hover { background: %11; }
*[primary="true"]:focus { border: 2px solid %2; }
QProgressBar { background: %8; border: none; border-radius: 3px; }
QProgressBar::chunk { background: %6; border-radius: 3px; }
)")
        .arg(css(button), css(text), css(blend(window, text, 0.22)),
            css(blend(button, accent, 0.10)), css(blend(button, accent, 0.22)), css(accent),
            css(blend(text, window, 0.6)), css(blend(window, text, 0.10)), css(window))
        .arg(css(onAccentColor(palette)), css(blend(accent, text, 0.15)));
}

void makePrimary(QWidget& button)
{
    button.setProperty("primary", true);
}

} // namespace limber
