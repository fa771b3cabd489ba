#include "looks.h"

#include <QPalette>
#include <QWidget>

namespace limber {

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor accentColor(const QPalette& palette)
{
    return isDarkPalette(palette) ? QColor(0x5e, 0xc4, 0xb4) : QColor(0x17, 0x76, 0x6c);
}

QColor focusColor(const QPalette& palette)
{
    return accentColor(palette);
}

QColor onAccentColor(const QPalette& palette)
{
    return isDarkPalette(palette) ? QColor(0x10, 0x22, 0x20) : QColor(Qt::white);
}

QColor mutedTextColor(const QColor& text, const QColor& background)
{
    return blend(text, background, 0.35);
}

QColor mutedTextColor(const QPalette& palette)
{
    return mutedTextColor(palette.color(QPalette::WindowText), palette.color(QPalette::Window));
}

QColor blend(const QColor& from, const QColor& to, double amount)
{
    const auto mix
        = [amount](float a, float b) { return a + (b - a) * static_cast<float>(amount); };
    return QColor::fromRgbF(mix(from.redF(), to.redF()), mix(from.greenF(), to.greenF()),
        mix(from.blueF(), to.blueF()), mix(from.alphaF(), to.alphaF()));
}

void setTextColor(QWidget& widget, const QColor& color)
{
    QPalette palette = widget.palette();
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    widget.setPalette(palette);
}

void setMutedText(QWidget* widget)
{
    setTextColor(*widget, mutedTextColor(widget->palette()));
}

QColor problemColor(const QPalette& palette)
{
    return isDarkPalette(palette) ? QColor(0xf2, 0xb8, 0xb5) : QColor(0xb3, 0x26, 0x1e);
}

namespace {

QColor toneColor(const QPalette& palette, NoteTone tone)
{
    const bool dark = isDarkPalette(palette);
    switch (tone) {
    case NoteTone::Problem:
        return problemColor(palette);
    case NoteTone::Caution:
        return dark ? QColor(0xe5, 0xc0, 0x7b) : QColor(0xa0, 0x70, 0x00);
    case NoteTone::Info:
    case NoteTone::Hint:
        break;
    }
    return dark ? QColor(0x99, 0xc1, 0xf1) : QColor(0x1a, 0x5f, 0xb4);
}

} // namespace

QString noteStyleSheet(const QPalette& palette, NoteTone tone)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor toned = toneColor(palette, tone);
    const bool hint = tone == NoteTone::Hint;
    const QColor background
        = hint ? palette.color(QPalette::AlternateBase) : blend(base, toned, 0.12);
    const QColor border = hint ? palette.color(QPalette::Mid) : blend(base, toned, 0.55);
    return QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; "
                          "border-radius: 4px; padding: 6px; }")
        .arg(background.name(), palette.color(QPalette::Text).name(), border.name());
}

} // namespace limber
