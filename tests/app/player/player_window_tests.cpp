// The player window on the offscreen platform with a fake clock: what it shows at chosen
// moments of a routine with every kind of segment, and what each control and key does.
#include "../support/child.h"
#include "../support/fake_clock.h"
#include "catch_qt.h"
#include "player/breath_pacer.h"
#include "player/countdown_ring.h"
#include "player/details_panel.h"
#include "player/player_controller.h"
#include "player/player_style.h"
#include "player/player_window.h"
#include "player/side_banner.h"
#include "player_fixture.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using limber::test::child;

using limber::Breath;
using limber::PlayerWindow;
using limber::SessionState;
using limber::test::FakeClock;
using limber::test::s;

namespace {

// The shown player, and what it shows read by name.
struct Player : limber::test::ShownPlayer {
    using ShownPlayer::ShownPlayer;

    limber::PlayerController& controller() { return window.controller(); }

    QString label(const char* name) const
    {
        const auto& label = child<QLabel>(window, QLatin1String(name));
        return label.isVisible() ? label.text() : QString();
    }
    QString countdown() const { return window.findChild<limber::CountdownRing*>()->text(); }
    QString side() const { return window.findChild<limber::SideBanner*>()->text(); }
    const limber::BreathPacer& pacer() const { return *window.findChild<limber::BreathPacer*>(); }
    QString page() const
    {
        return window.findChild<QStackedWidget*>()->currentWidget()->objectName();
    }
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(&window, key, modifiers);
    }
};

} // namespace

TEST_CASE("The player shows every kind of segment as it plays", "[player]")
{
    Player player;
    CHECK(player.page() == s("start-page"));
    CHECK(player.label("start-title") == s("Every kind"));
    CHECK(player.label("start-length") == s("2 stretches · 1:24"));

    player.key(Qt::Key_Space);
    CHECK(player.controller().state() == SessionState::Running);
    player.start = player.clock.nowMs();

    SECTION("a lead-in: get ready, with the setup")
    {
        player.at(0);
        CHECK(player.page() == s("stretch-page"));
        CHECK(player.label("stage-text") == s("Get ready"));
        CHECK(player.label("exercise-name") == s("Seated twist"));
        CHECK(player.countdown() == s("5"));
        CHECK(player.side().isEmpty());
        CHECK(player.label("setup-text") == s("• A sturdy chair.\n• Sit tall, feet flat."));
        CHECK(player.label("about-text") == s("Seated · chair · 20 s hold · each side"));
        CHECK(player.label("next-text") == s("Next: Shoulder lift"));
        CHECK(player.label("progress-text") == s("Stretch 1 of 2"));
        CHECK(player.label("time-left-text") == s("1:24 left"));
        CHECK_FALSE(player.pacer().breath());
    }
    SECTION("a hold at an in-breath, then an out-breath")
    {
        player.at(6'000);
        CHECK(player.label("stage-text") == s("Hold"));
        CHECK(player.side() == s("Left side"));
        CHECK(player.label("cue-text") == s("Breathe in…"));
        CHECK(player.countdown() == s("19"));
        CHECK(player.label("step-label") == s("Step 1 of 4"));
        CHECK(player.label("step-text") == s("Sit tall."));
        CHECK(player.label("setup-text").isEmpty());
        CHECK(player.pacer().breath() == Breath::In);
        CHECK(player.pacer().position() == Approx(0.25)); // 1 s into a 4 s in-breath

        player.at(10'000);
        CHECK(player.label("cue-text") == s("Breathe out, go a little further"));
        CHECK(player.pacer().breath() == Breath::Out);
        CHECK(player.pacer().position() == Approx(1.0 / 6)); // 1 s into a 6 s out-breath
        CHECK(player.label("step-text") == s("Turn to the left."));
        CHECK(player.label("time-left-text") == s("1:14 left"));
    }
    SECTION("a switch: an unmistakable Switch sides, then the other side")
    {
        player.at(26'000);
        CHECK(player.label("exercise-name") == s("Switch sides"));
        CHECK(player.label("stage-text") == s("Seated twist"));
        CHECK(player.side() == s("Right side"));
        CHECK(player.label("cue-text") == s("Now your right side."));
        CHECK(player.countdown() == s("4"));
        CHECK_FALSE(player.pacer().breath());

        player.at(41'000); // the third of four cues, the third of four steps
        CHECK(player.label("exercise-name") == s("Seated twist"));
        CHECK(player.side() == s("Right side"));
        CHECK(player.label("step-text") == s("Look over your right shoulder."));
        CHECK(player.countdown() == s("9"));
    }
    SECTION("sets of reps with their rests")
    {
        player.at(57'500);
        CHECK(player.label("stage-text") == s("Reps"));
        CHECK(player.label("progress-text") == s("Stretch 2 of 2"));
        CHECK(player.label("rep-text") == s("Rep 1 of 3 · Set 1 of 2"));
        CHECK(player.label("cue-text") == s("Lower"));
        CHECK(player.countdown() == s("10"));
        CHECK(player.side().isEmpty());
        CHECK(player.pacer().breath() == Breath::Out);
        CHECK(player.pacer().position() == Approx(0.25));
        CHECK(player.label("next-text") == s("Last stretch"));

        player.at(68'000);
        CHECK(player.label("stage-text") == s("Rest"));
        CHECK(player.label("cue-text") == s("Rest. Set 2 of 2 comes next."));
        CHECK(player.label("rep-text").isEmpty());
        CHECK(player.countdown() == s("4"));

        player.at(76'000);
        CHECK(player.label("rep-text") == s("Rep 2 of 3 · Set 2 of 2"));
        CHECK(player.label("cue-text") == s("Lift"));
    }
    SECTION("the closing screen")
    {
        player.at(84'000);
        CHECK(player.controller().state() == SessionState::Finished);
        CHECK(player.page() == s("closing-page"));
        CHECK(player.label("closing-title") == s("Well done"));
        CHECK(player.label("closing-done") == s("2 of 2 stretches done"));
        CHECK(player.label("closing-time") == s("Time: 1:24"));
        CHECK(player.label("closing-skipped") == s("Nothing skipped"));
        CHECK_FALSE(player.controller().isTimerArmed());
    }
}

TEST_CASE("Pause freezes the countdown, shows Paused and disarms the timer", "[player]")
{
    Player player;
    player.key(Qt::Key_Space);
    player.start = player.clock.nowMs();
    player.at(7'300);
    CHECK(player.countdown() == s("18"));

    player.key(Qt::Key_Space);
    CHECK(player.controller().state() == SessionState::Paused);
    CHECK(child<QWidget>(player.window, s("pause-overlay")).isVisible());
    CHECK_FALSE(player.controller().isTimerArmed());
    const double position = player.pacer().position();

    player.clock.advance(30'000);
    player.controller().refresh();
    CHECK(player.countdown() == s("18"));
    CHECK(player.pacer().position() == position);
    CHECK_FALSE(player.controller().isTimerArmed());

    player.key(Qt::Key_Space);
    CHECK(player.controller().state() == SessionState::Running);
    CHECK_FALSE(child<QWidget>(player.window, s("pause-overlay")).isVisible());
    player.clock.advance(700);
    player.controller().refresh();
    CHECK(player.countdown() == s("17"));
}

TEST_CASE("Every control works from its key", "[player][keys]")
{
    Player player;
    auto& controller = player.controller();
    const auto segment = [&] { return controller.session().segmentIndex(controller.now()); };
    player.key(Qt::Key_Space);
    player.start = player.clock.nowMs();
    player.at(1'000);

    player.key(Qt::Key_Right); // next: the hold
    CHECK(segment() == 1);
    player.key(Qt::Key_Plus); // +10 s on the hold
    CHECK(controller.session().plan().segments[1].durationMs == 30'000);
    player.key(Qt::Key_Equal); // = is + without Shift
    CHECK(controller.session().plan().segments[1].durationMs == 40'000);
    player.key(Qt::Key_Left); // previous, within 2 s of the start: the lead-in again
    CHECK(segment() == 0);
    player.key(Qt::Key_Right, Qt::ShiftModifier); // skip the stretch
    CHECK(segment() == 4);
    CHECK(player.label("exercise-name") == s("Shoulder lift"));

    player.key(Qt::Key_I); // the details, one key away
    const auto* details = player.window.findChild<limber::DetailsPanel*>();
    CHECK(details->isVisible());
    CHECK(details->text().contains(s("Lift your shoulders.")));
    player.key(Qt::Key_I);
    CHECK_FALSE(details->isVisible());

    player.key(Qt::Key_F11);
    CHECK(player.window.isFullScreen());
    player.key(Qt::Key_F11);
    CHECK_FALSE(player.window.isFullScreen());

    SECTION("Esc asks first; Esc again keeps going, where it was")
    {
        player.key(Qt::Key_Escape);
        CHECK(child<QWidget>(player.window, s("stop-confirmation")).isVisible());
        CHECK(controller.state() == SessionState::Paused);
        CHECK_FALSE(child<QWidget>(player.window, s("pause-overlay")).isVisible());
        player.key(Qt::Key_Space); // the player's keys wait for the answer
        CHECK(controller.state() == SessionState::Paused);
        player.key(Qt::Key_Escape);
        CHECK_FALSE(child<QWidget>(player.window, s("stop-confirmation")).isVisible());
        CHECK(controller.state() == SessionState::Running);
    }
    SECTION("Esc then Enter stops, and the closing screen counts the skip")
    {
        player.key(Qt::Key_Escape);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        CHECK(controller.state() == SessionState::Stopped);
        CHECK(player.page() == s("closing-page"));
        CHECK(player.label("closing-title") == s("Stopped"));
        CHECK(player.label("closing-skipped") == s("Skipped: Seated twist"));
        CHECK_FALSE(controller.isTimerArmed());

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Again has the focus
        CHECK(controller.state() == SessionState::Running);
        CHECK(segment() == 0);
    }
}

TEST_CASE("Esc closes a player that has not started or has ended", "[player][keys]")
{
    Player player;
    player.key(Qt::Key_Escape);
    CHECK_FALSE(player.window.isVisible());
}

TEST_CASE("Every button does what its key does, and says so", "[player][buttons]")
{
    Player player;
    auto& controller = player.controller();
    const auto button = [&](const char* name) {
        for (auto* candidate : player.window.findChildren<QAbstractButton*>()) {
            if (candidate->accessibleName() == s(name))
                return candidate;
        }
        FAIL("no button named " << name);
        return static_cast<QAbstractButton*>(nullptr);
    };
    const auto segment = [&] { return controller.session().segmentIndex(controller.now()); };

    QTest::mouseClick(button("Start the routine"), Qt::LeftButton);
    CHECK(controller.state() == SessionState::Running);
    player.start = player.clock.nowMs();

    for (auto* control :
        child<QWidget>(player.window, s("player-controls")).findChildren<QToolButton*>()) {
        INFO(control->accessibleName().toStdString());
        CHECK_FALSE(control->accessibleName().isEmpty());
        CHECK(control->toolTip().contains(QLatin1Char('(')));
        CHECK(control->focusPolicy() & Qt::TabFocus);
    }
    CHECK(button("Pause")->toolTip() == s("Pause (Space)"));
    CHECK(button("Skip stretch")->toolTip() == s("Skip the rest of this stretch (Shift+Right)"));

    QTest::mouseClick(button("Pause"), Qt::LeftButton);
    CHECK(controller.state() == SessionState::Paused);
    QTest::mouseClick(button("Resume"), Qt::LeftButton);
    CHECK(controller.state() == SessionState::Running);
    QTest::mouseClick(button("Next"), Qt::LeftButton);
    CHECK(segment() == 1);
    QTest::mouseClick(button("+10 s"), Qt::LeftButton);
    CHECK(controller.session().plan().segments[1].durationMs == 30'000);
    QTest::mouseClick(button("Previous"), Qt::LeftButton);
    CHECK(segment() == 0);
    QTest::mouseClick(button("Skip stretch"), Qt::LeftButton);
    CHECK(segment() == 4);
    QTest::mouseClick(button("Avoid & cautions"), Qt::LeftButton);
    CHECK(player.window.findChild<limber::DetailsPanel*>()->isVisible());
    QTest::mouseClick(button("Full screen"), Qt::LeftButton);
    CHECK(player.window.isFullScreen());
    QTest::mouseClick(button("Full screen"), Qt::LeftButton);

    player.at(30'000); // into the first set: +10 s does not apply to a set
    CHECK_FALSE(button("+10 s")->isEnabled());

    QTest::mouseClick(button("Stop"), Qt::LeftButton);
    QTest::mouseClick(button("Keep going"), Qt::LeftButton);
    CHECK(controller.state() == SessionState::Running);
    QTest::mouseClick(button("Stop"), Qt::LeftButton);
    QTest::mouseClick(button("Stop the routine"), Qt::LeftButton);
    CHECK(controller.state() == SessionState::Stopped);

    QTest::mouseClick(button("Again"), Qt::LeftButton);
    CHECK(controller.state() == SessionState::Running);
    controller.stop();
    QTest::mouseClick(button("Close"), Qt::LeftButton);
    CHECK_FALSE(player.window.isVisible());
}

TEST_CASE("The keys reach the player wherever the focus is", "[player][keys]")
{
    Player player;
    player.key(Qt::Key_Space);
    auto* next = child<QWidget>(player.window, s("player-controls")).findChild<QToolButton*>();
    next->setFocus();
    QTest::keyClick(next, Qt::Key_Space); // pauses; does not press the focused button
    CHECK(player.controller().state() == SessionState::Paused);
    CHECK(player.controller().session().segmentIndex(player.controller().now()) == 0);
}

TEST_CASE("While animating, the player wakes per frame and not while paused", "[player][timer]")
{
    Player player;
    player.window.setAnimationsEnabled(true);
    player.key(Qt::Key_Space);
    player.start = player.clock.nowMs();
    player.at(6'000); // in the hold: ring and pacer both move

    const std::int64_t due = *player.controller().timerDueAt() - player.clock.nowMs();
    CHECK(due >= 33); // at most 30 frames a second
    CHECK(due < 1'000);

    const int fired
        = limber::test::playUntil(player.controller(), player.clock, player.start, 7'000);
    CHECK(fired <= 1'000 / 33 + 1);
    CHECK(fired >= 10);

    player.key(Qt::Key_Space);
    CHECK_FALSE(player.controller().isTimerArmed());
    player.window.setAnimationsEnabled(false);
}

TEST_CASE("A lead-in tells the dose the routine plays, not the stretch's own", "[player]")
{
    // The twist is written as a 20 s hold; at double length the lead-in says 40 s, and the
    // lift's sets stay 2 × 3 reps (reps never scale).
    limber::PlanOptions doubled;
    doubled.scale = 2;
    FakeClock clock;
    const limber::PlayerRoutine routine = limber::test::everyKindRoutine(doubled);
    PlayerWindow window(routine, clock);
    window.setAnimationsEnabled(false);
    window.show();
    auto about = [&window] { return child<QLabel>(window, QStringLiteral("about-text")).text(); };
    const std::int64_t start = clock.nowMs();
    window.controller().start();
    window.controller().refresh();
    CHECK(about() == s("Seated · chair · 40 s hold · each side"));
    const std::int64_t liftLeadIn = routine.plan.segments[4].startMs;
    limber::test::playUntil(window.controller(), clock, start, liftLeadIn);
    CHECK(about().endsWith(s("2 × 3 reps")));
}

TEST_CASE("Every text has its type for the window's size before the window is first laid out",
    "[player][type]")
{
    FakeClock clock;
    const PlayerWindow window { limber::test::everyKindRoutine(), clock };
    // The window opens at 1100×720: its type is min(1100 / 1280, 720 / 800) of the design's.
    const double windowScale = 1100.0 / 1280.0;
    const double appPoints = QApplication::font().pointSizeF();
    const auto points = [&window](const char* name) {
        const auto& widget = child<QWidget>(window, QLatin1String(name));
        return widget.font().pointSizeF();
    };
    CHECK_FALSE(window.isVisible());
    CHECK(points("exercise-name") == Approx(appPoints * limber::typeScale::title * windowScale));
    CHECK(points("start-title") == Approx(appPoints * limber::typeScale::title * windowScale));
    CHECK(points("routine-name") == Approx(appPoints * limber::typeScale::body * windowScale));
    CHECK(points("details-text") == Approx(appPoints * limber::typeScale::caption * windowScale));
    CHECK(points("keep-going") == Approx(appPoints * limber::typeScale::body * windowScale));
}
