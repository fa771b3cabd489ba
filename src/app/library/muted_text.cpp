#include "muted_text.h"

#include <QPalette>
#include <QWidget>

namespace limber {

void setMutedText(QWidget* widget)
{
    QPalette palette = widget->palette();
    // Blended rather than disabled: the disabled colour of many themes is too faint to read.
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    const auto mix = [](int a, int b) { return (a * 62 + b * 38) / 100; };
    palette.setColor(QPalette::WindowText,
        QColor(mix(text.red(), window.red()), mix(text.green(), window.green()),
            mix(text.blue(), window.blue())));
    widget->setPalette(palette);
}

} // namespace limber
