#include "sample_palettes.h"

namespace limber {

// The roles Limber's own painting reads are set; Qt fills in the others (the style's bevels
// and shadows) from the application's palette when one of these is set on the application or
// on a widget. With no QGuiApplication, they are Qt's defaults, which a headless render does
// not read.

QPalette sampleLightPalette()
{
    QPalette palette;
    const QColor window(0xf4, 0xf5, 0xf5);
    const QColor text(0x1d, 0x21, 0x23);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf8, 0xf8));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0xea, 0xec, 0xec));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Mid, QColor(0xd3, 0xd7, 0xd8));
    palette.setColor(QPalette::Highlight, QColor(0x17, 0x76, 0x6c));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

QPalette sampleDarkPalette()
{
    QPalette palette;
    const QColor window(0x1f, 0x22, 0x24);
    const QColor text(0xe6, 0xe8, 0xe9);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, QColor(0x17, 0x19, 0x1a));
    palette.setColor(QPalette::AlternateBase, QColor(0x1c, 0x1f, 0x20));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x2b, 0x2f, 0x31));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Mid, QColor(0x3a, 0x3f, 0x42));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x8f, 0x84));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x92));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x70, 0x73));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6b, 0x70, 0x73));
    return palette;
}

} // namespace limber
