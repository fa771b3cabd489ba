// The longest texts of the built-in library at 1280×800 and 800×600: every label the
// player shows gets the room its text needs, inside the window, and none overlaps another;
// every button is as wide as its label.
#include "../support/child.h"
#include "../support/fake_clock.h"
#include "catch_qt.h"
#include "figure/figure_view.h"
#include "player/player_controller.h"
#include "player/player_window.h"
#include "player/side_banner.h"
#include "player_fixture.h"
#include "storage/library_loader.h"

#include <QAbstractButton>
#include <QLabel>
#include <QTest>

#include <catch2/catch.hpp>

using limber::test::child;

using limber::PlayerWindow;
using limber::test::FakeClock;

namespace {

limber::PlayerRoutine builtIn(const char* id)
{
    limber::Library library;
    limber::addBuiltInData(library);
    library.resolve();
    limber::PreparedRoutine prepared
        = limber::prepareRoutine(library, QString::fromUtf8(id), limber::PlanOptions {});
    REQUIRE(prepared.routine);
    return std::move(*prepared.routine);
}

QRect inWindow(const QWidget& widget, const QWidget& window)
{
    return QRect(widget.mapTo(&window, QPoint(0, 0)), widget.size());
}

// The figure, while a stretch plays, is large, inside the window and clear of the countdown
// ring (and its pacer) and of every label in `labels`.
void checkFigureFits(const PlayerWindow& window, const QList<QRect>& labels)
{
    const auto& figure = child<limber::FigureView>(window, QStringLiteral("figure-view"));
    if (!figure.isVisible())
        return;
    const QRect area = inWindow(*&figure, window);
    CHECK(window.rect().contains(area));
    INFO(
        "figure at " << area.x() << "," << area.y() << " " << area.width() << "x" << area.height());
    CHECK(std::min(area.width(), area.height()) >= window.height() / 4);
    const QRectF drawn = figure.figureRect().translated(area.topLeft());
    CHECK(QRectF(area).contains(drawn));
    for (const char* name : { "countdown-ring", "breath-pacer" }) {
        const auto& part = child<QWidget>(window, QString::fromUtf8(name));
        INFO(name);
        CHECK_FALSE(inWindow(*&part, window).intersects(area));
    }
    for (const QRect& label : labels)
        CHECK_FALSE(label.intersects(area));
}

// Everything the player shows now fits: wrapped labels are as tall as their text needs,
// single lines as wide, all inside the window and apart from each other.
void checkFits(const PlayerWindow& window, QSize size, const QString& moment)
{
    INFO(moment.toStdString());
    CHECK(window.size() == size); // the window never had to grow to make room
    QList<QRect> taken;
    for (const QLabel* label : window.findChildren<QLabel*>()) {
        // The announcer's sentence is for screen readers, 1 px under the page that shows it.
        if (!label->isVisible() || label->text().isEmpty()
            || label->objectName() == QLatin1String("details-text")
            || label->objectName() == QLatin1String("announcement-text"))
            continue;
        INFO(label->objectName().toStdString() << ": " << label->text().toStdString());
        if (label->wordWrap())
            CHECK(label->height() >= label->heightForWidth(label->width()));
        else
            CHECK(label->width() >= label->sizeHint().width());
        const QRect area = inWindow(*label, window);
        CHECK(window.rect().contains(area));
        for (const QRect& other : taken)
            CHECK_FALSE(other.intersects(area));
        taken << area;
    }
    for (const QAbstractButton* button : window.findChildren<QAbstractButton*>()) {
        if (button->isVisible()) {
            INFO(button->accessibleName().toStdString());
            CHECK(button->width() >= button->sizeHint().width());
            CHECK(window.rect().contains(inWindow(*button, window)));
        }
    }
    const auto* side = window.findChild<limber::SideBanner*>();
    if (side->isVisible())
        CHECK(side->width() >= side->sizeHint().width());
    checkFigureFits(window, taken);
}

void playThrough(const char* routine, QSize size)
{
    FakeClock clock;
    PlayerWindow window(builtIn(routine), clock);
    window.setAnimationsEnabled(false);
    window.resize(size);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    checkFits(window, size, QStringLiteral("ready"));

    auto& controller = window.controller();
    const std::int64_t start = clock.nowMs();
    controller.start();
    // Every segment's start and every cue: each step, cue and banner the routine shows.
    for (const limber::Segment& segment : controller.session().plan().segments) {
        std::vector<std::int64_t> moments { segment.startMs };
        for (const limber::Cue& cue : segment.cues)
            moments.push_back(segment.startMs + cue.atMs);
        for (const std::int64_t at : moments) {
            clock.set(start + at);
            controller.refresh();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            checkFits(window, size,
                QStringLiteral("%1 at %2 ms").arg(QString::fromUtf8(routine)).arg(at));
        }
    }
    clock.set(start + controller.session().plan().totalMs);
    controller.refresh();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    checkFits(window, size, QStringLiteral("done"));
}

} // namespace

TEST_CASE("The longest texts fit at 1280×800 and 800×600", "[player][layout]")
{
    for (const QSize size : { QSize(1280, 800), QSize(800, 600) }) {
        INFO(size.width() << "×" << size.height());
        for (const char* routine : { "thoracic-mobility", "upper-back-relief", "office-break" })
            playThrough(routine, size);
    }
}
