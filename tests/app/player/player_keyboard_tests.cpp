// The player for a keyboard and a small or scaled screen: it opens within the screen and
// remembers its size, Enter presses the focused button, Pause/Resume keeps its width, and the
// breath circle keeps clear of the countdown.
#include "../support/child.h"
#include "../support/fake_clock.h"
#include "catch_qt.h"
#include "player/breath_pacer.h"
#include "player/countdown_ring.h"
#include "player/player_controller.h"
#include "player/player_window.h"
#include "player_fixture.h"
#include "storage/player_settings.h"

#include <QApplication>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using limber::test::child;

using limber::PlayerWindow;
using limber::SessionState;
using limber::test::FakeClock;
using limber::test::s;

namespace {

QToolButton* button(const PlayerWindow& window, const QString& name)
{
    for (QToolButton* button : window.findChildren<QToolButton*>()) {
        if (button->accessibleName() == name)
            return button;
    }
    FAIL("no button " << name.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("The player opens within the screen's available area, at its remembered size if that "
          "fits",
    "[player][keyboard][size]")
{
    FakeClock clock;
    PlayerWindow window(limber::test::everyKindRoutine(), clock);
    const QSize available = window.screen()->availableGeometry().size();
    INFO("available " << available.width() << "x" << available.height());

    window.fitToScreen(std::nullopt); // its own 1100×720 is more than the screen has
    CHECK(window.width() <= available.width());
    CHECK(window.height() <= available.height());
    CHECK(window.minimumWidth() <= window.width());

    window.fitToScreen(QSize(3000, 2000));
    CHECK(window.width() <= available.width());
    CHECK(window.height() <= available.height());

    window.fitToScreen(QSize(730, 550)); // a size that fits is kept
    CHECK(window.size() == QSize(730, 550));

    QSignalSpy closed(&window, &PlayerWindow::closedAtSize);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.close();
    REQUIRE(closed.count() == 1);
    CHECK(closed.at(0).at(0).toSize() == QSize(730, 550));
}

TEST_CASE("The player's size is kept in its settings with the full-screen choice",
    "[player][size][settings]")
{
    QTemporaryDir config;
    REQUIRE(config.isValid());
    const QByteArray before = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    CHECK_FALSE(limber::PlayerSettings::load().windowSize);
    limber::PlayerSettings settings;
    settings.fullScreen = true;
    settings.windowSize = QSize(900, 640);
    REQUIRE(settings.save());
    const limber::PlayerSettings loaded = limber::PlayerSettings::load();
    qputenv("XDG_CONFIG_HOME", before);
    CHECK(loaded == settings);
}

TEST_CASE("Enter presses the focused control: Pause and Resume are one width", "[player][keyboard]")
{
    FakeClock clock;
    PlayerWindow window(limber::test::everyKindRoutine(), clock);
    window.setAnimationsEnabled(false);
    window.resize(1000, 700);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    // The start page's Start has the focus, and Enter starts.
    auto& start = child<QPushButton>(window, s("start-button"));
    CHECK(QApplication::focusWidget() == &start);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(window.controller().state() == SessionState::Running);

    QToolButton* next = button(window, s("Next"));
    next->setFocus();
    REQUIRE(next->hasFocus());
    const int segment = window.controller().session().segmentIndex(window.controller().now());
    QTest::keyClick(next, Qt::Key_Return);
    QTest::qWait(0); // animateClick's release is posted
    QTRY_COMPARE_WITH_TIMEOUT(
        window.controller().session().segmentIndex(window.controller().now()), segment + 1, 1000);

    QToolButton* pause = button(window, s("Pause"));
    QToolButton* skip = button(window, s("Skip stretch"));
    const int width = pause->width();
    const int skipAt = skip->x();
    window.controller().pause();
    CHECK(pause->accessibleName() == s("Resume"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    CHECK(pause->width() == width);
    CHECK(skip->x() == skipAt);
}

TEST_CASE("The breath circle never crosses the countdown's number or caption, at any size",
    "[player][layout][pacer]")
{
    QWidget dial;
    auto* pacer = new limber::BreathPacer(&dial);
    auto* ring = new limber::CountdownRing(&dial);
    for (const QSize size : { QSize(160, 160), QSize(300, 220), QSize(700, 700) }) {
        pacer->resize(size);
        ring->resize(size);
        for (const auto& [text, caption] : { std::pair { "5", "seconds" },
                 std::pair { "45", "seconds" }, std::pair { "1:30", "minutes" } }) {
            ring->setCountdown(s(text), s(caption), 0.5);
            pacer->setClearShare(ring->textReachShare());
            pacer->setBreath(limber::Breath::Out, 1.0); // breathed out: the smallest circle
            INFO(size.width() << "x" << size.height() << " " << text << " " << caption);
            const double side = std::min(size.width(), size.height());
            CHECK(pacer->radiusNow() > ring->textReachShare() * side);
            // The reach is of the text as drawn: the caption sits below the centre, well
            // out from it (the old smallest circle, 0.17 of the side, crossed it).
            CHECK(ring->textReachShare() > 0.17);
        }
    }
}

TEST_CASE("In a short window (2x scale on a 1080-line screen) the ring and the breath circle stay "
          "concentric",
    "[player][layout][pacer]")
{
    FakeClock clock;
    PlayerWindow window(limber::test::everyKindRoutine(), clock);
    window.setAnimationsEnabled(false);
    window.setMinimumSize(0, 0); // as fitToScreen allows on a screen this short
    window.resize(960, 500);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.controller().start();
    limber::test::playUntil(window.controller(), clock, clock.nowMs(), 6'000);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const auto* ring = window.findChild<limber::CountdownRing*>();
    const auto* pacer = window.findChild<limber::BreathPacer*>();
    REQUIRE(ring);
    REQUIRE(pacer);
    CHECK(ring->geometry() == pacer->geometry());
    CHECK(window.height() == 500);
}
