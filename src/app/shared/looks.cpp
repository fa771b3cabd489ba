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

void setMutedText(QWidget* widget)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, mutedTextColor(palette));
    widget->setPalette(palette);
}

} // namespace limber
