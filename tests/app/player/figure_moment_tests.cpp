// The figure moves on the session's own time: at chosen fake-clock times the player's figure
// shows exactly the pose the moment calls for, mirrored on the right side, frozen while
// paused and still while motion is reduced.
#include "../support/child.h"
#include "../support/fake_clock.h"
#include "catch_qt.h"
#include "figure/figure_description.h"
#include "figure/figure_thumbnails.h"
#include "figure/figure_view.h"
#include "player/breath_pacer.h"
#include "player/figure_moment.h"
#include "player/player_controller.h"
#include "player/player_window.h"
#include "player/practice_settings_page.h"
#include "player_fixture.h"
#include "storage/practice_settings.h"

#include <QCheckBox>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using limber::test::child;

using limber::figure::Joint;
using limber::figure::Pose;
using limber::test::FakeClock;

namespace {

Pose twisted(double degrees)
{
    Pose pose;
    pose[Joint::LowerSpine].twist = degrees / 3;
    pose[Joint::UpperSpine].twist = 2 * degrees / 3;
    pose[Joint::Neck].twist = degrees / 2;
    return pose;
}

Pose armsRaised(double degrees)
{
    Pose pose;
    pose[Joint::LeftShoulder].flex = degrees;
    pose[Joint::RightShoulder].flex = degrees;
    return pose;
}

// The fixture's routine with figures of their own: the twist breathes between a small turn
// (in) and a deeper one (out); the lift raises the arms and lowers them.
limber::PlayerRoutine routineWithFigures()
{
    limber::PlayerRoutine routine = limber::test::everyKindRoutine();
    limber::figure::ExerciseFigure twist;
    twist.support = limber::figure::Support::Seated;
    twist.props = { limber::figure::Prop::Chair };
    twist.view = { 60, 12 }; // three-quarter, so the switch has a turn to make
    twist.start = twisted(5);
    twist.in = twisted(20);
    twist.out = twisted(36);
    routine.exercises.at("twist").figure = twist;
    limber::figure::ExerciseFigure lift;
    lift.start = armsRaised(0);
    lift.phases = { armsRaised(60), armsRaised(10) };
    routine.exercises.at("lift").figure = lift;
    return routine;
}

struct Player {
    FakeClock clock;
    limber::PlayerRoutine routine = routineWithFigures();
    limber::PlayerWindow window { routine, clock };
    std::int64_t start = clock.nowMs();

    Player()
    {
        window.resize(1100, 720);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.controller().start();
    }
    void at(std::int64_t ms) { limber::test::playUntil(window.controller(), clock, start, ms); }
    const limber::FigureView& figure() const
    {
        return child<limber::FigureView>(window, QStringLiteral("figure-view"));
    }
    limber::figure::Moment moment() const
    {
        const auto& controller = window.controller();
        return limber::figureMomentAt(
            controller.session(), routine.exercise("twist"), controller.now())
            .moment;
    }
    const limber::figure::ExerciseFigure& figureOf(const char* id) const
    {
        return *routine.exercises.at(id).figure;
    }
};

} // namespace

TEST_CASE("A hold breathes: the in pose at the top of the in-breath, the out pose at the bottom",
    "[player][figure]")
{
    Player player;
    const auto& twist = player.figureOf("twist");
    // The hold starts at 5 s: in-breath 0-4 s, out-breath 4-10 s, in again from 10 s.
    player.at(9'000);
    CHECK(player.figure().pose() == *twist.in);
    // Between them the figure is on its way, neither end.
    player.at(12'000);
    CHECK(player.figure().pose() != *twist.in);
    CHECK(player.figure().pose() != *twist.out);
    player.at(15'000);
    CHECK(player.figure().pose() == *twist.out);
}

TEST_CASE("The right side shows the mirrored pose", "[player][figure]")
{
    Player player;
    const auto& twist = player.figureOf("twist");
    // The right side's hold starts at 30 s; its first in-breath tops at 34 s.
    player.at(34'000);
    CHECK(player.figure().pose() == limber::figure::mirror(*twist.in));
    CHECK(player.figure().pose() != *twist.in);
    player.at(40'000);
    CHECK(player.figure().pose() == limber::figure::mirror(*twist.out));
}

TEST_CASE("Pause freezes the figure and asks for no frames", "[player][figure]")
{
    Player player;
    player.at(12'000);
    const Pose paused = player.figure().pose();
    player.window.controller().pause();
    const int armed = player.window.controller().timerArmCount();
    player.clock.advance(5'000);
    player.window.controller().refresh();
    CHECK(player.figure().pose() == paused);
    CHECK_FALSE(player.window.controller().isTimerArmed());
    CHECK(player.window.controller().timerArmCount() == armed);
    // And it moves on from the same pose when resumed.
    player.window.controller().resume();
    CHECK(player.figure().pose() == paused);
}

TEST_CASE("Reps move phase by phase over each phase's seconds", "[player][figure]")
{
    Player player;
    const auto& lift = player.figureOf("lift");
    // Set 1 starts at 55 s: Lift 0-2 s, Lower 2-4 s, Lift again from 4 s.
    player.at(55'000);
    CHECK(player.figure().pose() == lift.start);
    player.at(57'000);
    CHECK(player.figure().pose() == lift.phases[0]);
    player.at(59'000);
    CHECK(player.figure().pose() == lift.phases[1]);
    player.at(60'000);
    CHECK(player.figure().pose() != lift.phases[0]);
    CHECK(player.figure().pose() != lift.phases[1]);
}

TEST_CASE("While the figure moves it asks for frames: with motion reduced it holds still poses",
    "[player][figure][timer]")
{
    Player player;
    player.at(6'000); // mid in-breath
    const auto moving = player.figure().frameMs(4'000);
    REQUIRE(moving);
    CHECK(*moving > 0);
    CHECK(*moving < 4'000);

    player.window.setAnimationsEnabled(false);
    const auto& twist = player.figureOf("twist");
    CHECK(player.figure().pose() == limber::figure::interpolate(*twist.in, *twist.out, 0.5));
    CHECK_FALSE(player.figure().frameMs(4'000));
    player.at(12'000); // another breath: the same still pose
    CHECK(player.figure().pose() == limber::figure::interpolate(*twist.in, *twist.out, 0.5));
    player.at(57'000); // a rep's phase: that phase's own pose
    CHECK(player.figure().pose() == player.figureOf("lift").phases[1]);
}

TEST_CASE("The figure's moment follows the session's segments and cues", "[player][figure]")
{
    const limber::PlayerRoutine routine = limber::test::everyKindRoutine();
    limber::Session session(routine.plan);
    session.start(0);
    const limber::Exercise* twist = routine.exercise("twist");
    const limber::Exercise* lift = routine.exercise("lift");
    using Stage = limber::figure::Moment::Stage;
    using limber::figure::BodySide;

    auto moment = limber::figureMomentAt(session, twist, 2'500).moment;
    CHECK(moment.stage == Stage::LeadIn);
    CHECK(moment.progress == Approx(0.5));
    CHECK(moment.side == BodySide::Left);

    const auto firstIn = limber::figureMomentAt(session, twist, 6'000);
    CHECK(firstIn.moment.stage == Stage::Hold);
    CHECK(firstIn.moment.inBreath);
    CHECK(firstIn.moment.fromStart);
    CHECK(firstIn.moment.progress == Approx(0.25));
    CHECK(firstIn.moveMs == 4'000);

    const auto out = limber::figureMomentAt(session, twist, 12'000);
    CHECK_FALSE(out.moment.inBreath);
    CHECK(out.moment.progress == Approx(0.5));
    CHECK(out.moveMs == 6'000);

    moment = limber::figureMomentAt(session, twist, 26'000).moment;
    CHECK(moment.stage == Stage::Switch);
    CHECK(moment.side == BodySide::Right);
    CHECK(moment.progress == Approx(0.2));

    moment = limber::figureMomentAt(session, lift, 58'000).moment;
    CHECK(moment.stage == Stage::Rep);
    CHECK(moment.phase == 1);
    CHECK(moment.progress == Approx(0.5));
    CHECK_FALSE(moment.fromStart);

    moment = limber::figureMomentAt(session, lift, 68'000).moment;
    CHECK(moment.stage == Stage::Rest);
}

TEST_CASE("A side switch turns the figure round on the session's time", "[player][figure]")
{
    // The twist's switch runs from 25 s to 30 s of the fixture's session (0.2 through at 26 s).
    Player player;
    // The view drawn trails the moment's by less than a visible step (a few degrees here).
    constexpr double step = 3;
    player.at(26'000);
    const double early = player.figure().view().yaw;
    CHECK(early == Approx(60 - 120 * limber::figure::ease(0.2)).margin(step));
    CHECK(early < 60);
    player.at(27'500);
    // Half way round: facing the eye, between the first side's view and the second's.
    CHECK(player.figure().view().yaw == Approx(0).margin(step));
    CHECK(player.figure().view().pitch == Approx(12));
    player.at(29'990);
    CHECK(player.figure().view().yaw == Approx(-60).margin(step));
    CHECK(player.figure().view().yaw > -60);
}

TEST_CASE("The figure's description says how the body rests and turns", "[figure]")
{
    limber::PlayerRoutine routine = routineWithFigures();
    const limber::Exercise& twist = routine.exercises.at("twist");
    limber::figure::Moment moment;
    moment.stage = limber::figure::Moment::Stage::Hold;
    moment.progress = 1;
    CHECK(limber::describeFigure(twist, moment) == QStringLiteral("Seated, turning to the left"));
    moment.side = limber::figure::BodySide::Right;
    CHECK(limber::describeFigure(twist, moment) == QStringLiteral("Seated, turning to the right"));

    limber::Exercise cat = twist;
    limber::figure::ExerciseFigure allFours;
    allFours.support = limber::figure::Support::AllFours;
    allFours.start = limber::figure::neutralFigure(allFours.support).start;
    allFours.in = allFours.start;
    (*allFours.in)[Joint::LowerSpine].flex -= 15;
    (*allFours.in)[Joint::UpperSpine].flex -= 10;
    allFours.out = allFours.start;
    (*allFours.out)[Joint::LowerSpine].flex += 20;
    (*allFours.out)[Joint::UpperSpine].flex += 20;
    cat.figure = allFours;
    cat.sides = limber::Sides::None;
    moment.side = limber::figure::BodySide::Left;
    CHECK(limber::describeFigure(cat, moment) == QStringLiteral("On all fours, back arched"));
    moment.inBreath = false;
    CHECK(limber::describeFigure(cat, moment) == QStringLiteral("On all fours, back rounded"));

    const limber::Exercise& lift = routine.exercises.at("lift");
    moment.stage = limber::figure::Moment::Stage::Done;
    CHECK(limber::describeFigure(lift, moment) == QStringLiteral("Standing, upright"));
}

TEST_CASE("A thumbnail is a small non-empty picture of the hold, kept for the next ask by its list",
    "[figure]")
{
    const limber::PlayerRoutine routine = routineWithFigures();
    const limber::Exercise& twist = routine.exercises.at("twist");
    limber::FigureThumbnails thumbnails;
    const QImage image = thumbnails.image(twist, QSize(48, 48), 2, QPalette());
    CHECK(image.size() == QSize(96, 96));
    CHECK(image.devicePixelRatio() == 2);
    int painted = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            painted += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    CHECK(painted > 200);
    CHECK(painted < image.width() * image.height() / 2);
    CHECK(thumbnails.image(twist, QSize(48, 48), 2, QPalette()).cacheKey() == image.cacheKey());
}

TEST_CASE("The figure redraws only once it has moved a visible step", "[player][figure][timer]")
{
    Player player;
    // Through the first in-breath (5-9 s) ten milliseconds at a time: 400 moments, of which
    // only those a visible step apart are drawn, and the breath's end exactly.
    int drawn = 0;
    Pose shown = player.figure().pose();
    for (std::int64_t ms = 5'000; ms <= 9'000; ms += 10) {
        player.at(ms);
        if (player.figure().pose() != shown) {
            shown = player.figure().pose();
            ++drawn;
        }
    }
    CHECK(drawn > 3);
    CHECK(drawn < 100);
    CHECK(player.figure().pose() == *player.figureOf("twist").in);
}

TEST_CASE("Frames come sooner mid-move than where the move turns", "[player][figure][timer]")
{
    Player player;
    player.at(5'050); // the in-breath (4 s) has just begun: the figure is slow
    const auto atTurn = player.figure().frameMs(4'000);
    player.at(7'000); // half-way: the figure is at its fastest
    const auto midway = player.figure().frameMs(4'000);
    REQUIRE(atTurn);
    REQUIRE(midway);
    CHECK(*midway < *atTurn);
}

TEST_CASE("The pacer's next step is soonest mid-breath", "[player][timer]")
{
    limber::BreathPacer pacer;
    pacer.resize(300, 300);
    pacer.setBreath(limber::Breath::In, 0.02);
    const auto atTurn = pacer.msToMove(2, 4'000);
    pacer.setBreath(limber::Breath::In, 0.5);
    const auto midway = pacer.msToMove(2, 4'000);
    pacer.setBreath(limber::Breath::Out, 0.999);
    const auto atEnd = pacer.msToMove(2, 4'000);
    REQUIRE(atTurn);
    REQUIRE(midway);
    CHECK(*midway < *atTurn);
    // Mid-way the edge moves at pi/2 times its mean speed over its travel.
    CHECK(*midway == Approx(2 * 4'000 / (pacer.travelPx() * 1.5707963)).margin(2));
    // Near the breath's end, no further than the end.
    REQUIRE(atEnd);
    CHECK(*atEnd <= 5); // 4 ms, rounded up
    pacer.setBreath(std::nullopt, 0);
    CHECK_FALSE(pacer.msToMove(2, 4'000));
}

TEST_CASE("Reduce motion, set on the practice page, shows still poses and arms no frames",
    "[player][figure][timer][settings]")
{
    QTemporaryDir config;
    REQUIRE(config.isValid());
    const QByteArray before = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    {
        limber::PracticeSettingsPage page;
        CHECK_FALSE(child<QCheckBox>(page, "practice-reduce-motion").isChecked());
        child<QCheckBox>(page, "practice-reduce-motion").setChecked(true);
    }
    const limber::PracticeSettings settings = limber::PracticeSettings::load();
    qputenv("XDG_CONFIG_HOME", before);
    REQUIRE(settings.reduceMotion);

    Player player;
    player.window.setAnimationsEnabled(!settings.reduceMotion); // as the launcher does
    player.at(7'000); // mid in-breath (5-9 s)
    const auto& twist = player.figureOf("twist");
    CHECK(player.figure().pose() == limber::figure::stillPoseAt(twist, player.moment()));
    CHECK(player.figure().pose() == limber::figure::interpolate(*twist.in, *twist.out, 0.5));
    // The only wake-up is the countdown's next second: no frame in between.
    REQUIRE(player.window.controller().timerDueAt());
    CHECK(*player.window.controller().timerDueAt() == player.start + 8'000);
    CHECK_FALSE(player.figure().frameMs(4'000));
}
