// The player's controls as drawn by ControlStyle: the colours of each kind and state of button
// and the progress bar's fill, read back from the rendered pixels.
#include "catch_qt.h"
#include "player/control_style.h"
#include "player/player_style.h"

#include <QImage>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>

using limber::ControlStyle;

namespace {

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::ButtonText, QColor(0x20, 0x20, 0x20));
    // As the system's palettes have it: the disabled group's text is pale already.
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xbe, 0xbe, 0xbe));
    return palette;
}

// Equal but for the rounding of a blend into 8 bits a channel.
bool sameColour(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) <= 1 && std::abs(a.green() - b.green()) <= 1
        && std::abs(a.blue() - b.blue()) <= 1;
}

// A point of the fill: in the top padding, clear of the focus ring's room, the border, the
// corners and the text.
QColor fillOf(QWidget& widget)
{
    return widget.grab().toImage().pixelColor(widget.width() / 2, 7);
}

struct Controls {
    QWidget root;
    QPushButton* plain = new QPushButton(QStringLiteral("Keep going"));
    QPushButton* primary = new QPushButton(QStringLiteral("Start"));
    QToolButton* tool = new QToolButton;
    QProgressBar* bar = new QProgressBar;
    ControlStyle* style = new ControlStyle;

    Controls()
    {
        root.setPalette(lightPalette());
        limber::makePrimary(*primary);
        tool->setText(QStringLiteral("Skip stretch"));
        bar->setRange(0, 1000);
        bar->setTextVisible(false);
        bar->setFixedSize(200, 6);
        auto* layout = new QVBoxLayout(&root);
        for (QWidget* widget : std::initializer_list<QWidget*> { plain, primary, tool, bar })
            layout->addWidget(widget);
        style->setParent(&root);
        style->applyTo(root);
        root.ensurePolished();
    }
};

} // namespace

TEST_CASE("ControlStyle fills a plain button from the palette and a primary one with the accent")
{
    Controls controls;
    const QPalette palette = lightPalette();
    const QColor buttonFill
        = limber::blend(palette.color(QPalette::Window), palette.color(QPalette::Base), 0.6);
    CHECK(controls.plain->style() == controls.style);
    CHECK(sameColour(fillOf(*controls.plain), buttonFill));
    CHECK(sameColour(fillOf(*controls.tool), buttonFill));
    CHECK(sameColour(fillOf(*controls.primary), limber::accentColor(palette)));

    SECTION("a disabled button, primary or not, sinks into the window")
    {
        controls.primary->setEnabled(false);
        controls.tool->setEnabled(false);
        CHECK(sameColour(fillOf(*controls.primary), palette.color(QPalette::Window)));
        CHECK(sameColour(fillOf(*controls.tool), palette.color(QPalette::Window)));
        // Its text is muted, not faded out: the darkest pixel of the label is the muted colour.
        const QImage image = controls.tool->grab().toImage();
        int darkest = 255;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                darkest = std::min(darkest, qGray(image.pixel(x, y)));
        }
        const QColor muted = limber::blend(
            palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.6);
        CHECK(std::abs(darkest - qGray(muted.rgb())) <= 8);
    }
    SECTION("a checked button is tinted with the accent")
    {
        controls.tool->setCheckable(true);
        controls.tool->setChecked(true);
        CHECK(sameColour(
            fillOf(*controls.tool), limber::blend(buttonFill, limber::accentColor(palette), 0.22)));
    }
}

TEST_CASE("ControlStyle gives a button's text room: 15 px a side across and 11 px above and below, "
          "the focus ring's 4 px included")
{
    Controls controls;
    const QFontMetrics metrics(controls.plain->font());
    const QSize hint = controls.plain->sizeHint();
    CHECK(hint.width() == metrics.horizontalAdvance(controls.plain->text()) + 30);
    CHECK(hint.height() >= metrics.height() + 22);
}

TEST_CASE("ControlStyle rings the focused button in the accent, apart from it, primary or not")
{
    Controls controls;
    const QPalette palette = lightPalette();
    const QColor accent = limber::accentColor(palette);
    const QColor window = palette.color(QPalette::Window);
    controls.root.show();
    controls.root.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&controls.root));
    for (QWidget* button : std::initializer_list<QWidget*> { controls.primary, controls.tool }) {
        const auto ringAt
            = [button] { return button->grab().toImage().pixelColor(button->width() / 2, 1); };
        CHECK_FALSE(sameColour(ringAt(), accent));
        button->setFocus();
        REQUIRE(button->hasFocus());
        CHECK(sameColour(ringAt(), accent));
        // The gap of the window's colour between the ring and the button.
        CHECK(sameColour(button->grab().toImage().pixelColor(button->width() / 2, 3), window));
    }
}

TEST_CASE("ControlStyle fills a progress bar to its fraction property rather than its value")
{
    Controls controls;
    controls.bar->setValue(0);
    controls.bar->setProperty(limber::fractionProperty, 0.5);
    const QImage image = controls.bar->grab().toImage();
    const QColor accent = limber::accentColor(lightPalette());
    CHECK(sameColour(image.pixelColor(50, 3), accent));
    CHECK_FALSE(sameColour(image.pixelColor(150, 3), accent));
}

TEST_CASE("ControlStyle fills the progress bar with the accent up to its value")
{
    Controls controls;
    const QPalette palette = lightPalette();
    controls.bar->setValue(500);
    const QImage image = controls.bar->grab().toImage();
    CHECK(sameColour(image.pixelColor(50, 3), limber::accentColor(palette)));
    CHECK(sameColour(image.pixelColor(150, 3),
        limber::blend(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.10)));

    controls.bar->setValue(0);
    CHECK_FALSE(
        sameColour(controls.bar->grab().toImage().pixelColor(50, 3), limber::accentColor(palette)));
}
