// The player's controls drawn from the palette: rounded buttons (a primary one filled with the
// accent) and the thin progress bar. A proxy of the application's style rather than a style
// sheet: a style sheet on the window puts every widget in it, labels and all, under
// QStyleSheetStyle, which matches rules at each polish and paint; this style is given to the
// buttons and the bar alone, and draws them from the palette at paint time.
#pragma once

#include <QProxyStyle>

namespace limber {

class ControlStyle : public QProxyStyle {
    Q_OBJECT

public:
    // Gives every button and progress bar under `root` this style. The widgets hold it weakly
    // (QWidget::setStyle does not take ownership): make the style a child of `root`.
    void applyTo(QWidget& root);

    void polish(QWidget* widget) override;
    using QProxyStyle::polish;
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
        QPainter* painter, const QWidget* widget = nullptr) const override;
    QSize sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& contents,
        const QWidget* widget = nullptr) const override;
};

// A progress bar with this property (a double, 0 → 1) is filled to it rather than to its
// value: the value can then move in coarse steps for a screen reader while the bar moves on.
inline constexpr const char* fractionProperty = "limberFraction";

// Marks a button as the one to press: filled with the accent colour.
void makePrimary(QWidget& button);

} // namespace limber
