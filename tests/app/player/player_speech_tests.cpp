// What the player says to a screen reader, on the offscreen platform with a fake clock: each
// new stretch, side, step, rep and breath as one sentence in a notification, the time left on
// T, the countdown only when asked for, and the closing page before the focus lands on Again.
#include "../support/child.h"
#include "../support/fake_clock.h"
#include "catch_qt.h"
#include "player/announcer.h"
#include "player/player_controller.h"
#include "player/player_window.h"
#include "player/practice_settings_page.h"
#include "player_fixture.h"
#include "storage/practice_settings.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using limber::test::child;

using limber::Announcer;
using limber::test::s;

namespace {

// The shown player, and every sentence its announcer said since the last take().
struct Player : limber::test::ShownPlayer {
    Announcer* announcer = window.findChild<Announcer*>();
    QStringList said;

    Player()
        : ShownPlayer({ 1000, 700 })
    {
        REQUIRE(announcer);
        QObject::connect(announcer, &Announcer::announced, announcer,
            [this](const QString& sentence) { said << sentence; });
    }

    QStringList take() { return std::exchange(said, {}); }
};

} // namespace

TEST_CASE("The player says each new stretch, side, step, rep and breath once", "[player][speech]")
{
    Player player;
    CHECK(player.window.accessibleName() == s("Every kind"));
    QTest::keyClick(&player.window, Qt::Key_Space);
    player.start = player.clock.nowMs();
    CHECK(player.take() == QStringList { s("Stretch 1 of 2: Seated twist. Get ready.") });

    player.at(5'000);
    CHECK(
        player.take() == QStringList { s("Hold. Left side. Step 1 of 4: Sit tall. Breathe in…") });
    player.at(9'000); // the out-breath and the second step come together
    CHECK(player.take()
        == QStringList { s("Step 2 of 4: Turn to the left. Breathe out, go a little further.") });
    player.at(24'999);
    CHECK(player.take()
        == QStringList { s("Step 3 of 4: Look over your left shoulder. Breathe in…"),
            s("Step 4 of 4: Unwind slowly. Breathe out, go a little further.") });
    player.at(25'000);
    CHECK(player.take() == QStringList { s("Switch sides. Right side.") });
    player.at(30'000);
    CHECK(
        player.take() == QStringList { s("Hold. Right side. Step 1 of 4: Sit tall. Breathe in…") });
    player.at(50'000);
    CHECK(player.take().last() == s("Stretch 2 of 2: Shoulder lift. Get ready."));
    player.at(55'000);
    CHECK(player.take()
        == QStringList {
            s("Reps. Rep 1 of 3 · Set 1 of 2. Step 1 of 2: Lift your shoulders. Lift.") });
    player.at(57'000);
    CHECK(player.take() == QStringList { s("Lower.") }); // the same rep: only the breath
    player.at(59'000);
    CHECK(player.take() == QStringList { s("Rep 2 of 3 · Set 1 of 2. Lift.") });

    // What a screen reader sees: the last sentence in a shown notification, with its label.
    auto* note = player.announcer->findChildren<QWidget*>(s("announcement")).last();
    QAccessibleInterface* spoken = QAccessible::queryAccessibleInterface(note);
    REQUIRE(spoken);
    CHECK(spoken->role() == QAccessible::Notification);
    CHECK(spoken->text(QAccessible::Name) == s("Rep 2 of 3 · Set 1 of 2. Lift."));
    CHECK(note->isVisible());

    SECTION("T says the time left; the countdown's last seconds only when asked for")
    {
        QTest::keyClick(&player.window, Qt::Key_T);
        CHECK(player.take()
            == QStringList { s("8 seconds left of this step; 0:25 left in the routine.") });
        player.at(62'000);
        player.take();
        player.at(66'500); // through the countdown, 3 at 64 s to 1 at 66 s: not said
        CHECK(player.take() == QStringList { s("Rep 3 of 3 · Set 1 of 2. Lift."), s("Lower.") });
        player.window.setCountdownSpoken(true);
        player.at(80'500);
        player.take();
        player.at(81'000);
        CHECK(player.take() == QStringList { s("3") });
        player.at(82'000);
        CHECK(player.take() == QStringList { s("Lower. 2") });
    }
    SECTION("the closing page is read, then the focus lands on Again")
    {
        QString focusWhenRead;
        QObject::connect(
            player.announcer, &Announcer::announced, player.announcer, [&focusWhenRead] {
                focusWhenRead = QApplication::focusWidget()
                    ? QApplication::focusWidget()->objectName()
                    : QString();
            });
        player.at(84'000);
        CHECK(player.take().last()
            == s("Well done, 2 of 2 stretches done. Time: 1:24. Nothing skipped."));
        CHECK(focusWhenRead != s("again-button"));
        CHECK(QApplication::focusWidget()->objectName() == s("again-button"));
    }
}

TEST_CASE("The progress bar tells a screen reader only of a new stretch", "[player][speech]")
{
    Player player;
    auto& bar = child<QProgressBar>(player.window, s("routine-bar"));
    QSignalSpy values(&bar, &QProgressBar::valueChanged);
    QTest::keyClick(&player.window, Qt::Key_Space);
    player.start = player.clock.nowMs();
    player.at(49'000);
    CHECK(values.count() == 0); // a second a refresh for 49 s, all in the first stretch
    player.at(51'000);
    CHECK(values.count() == 1);
    CHECK(bar.value() == 1);
    CHECK(bar.property("limberFraction").toDouble() == Approx(51.0 / 84).margin(0.002));
}

TEST_CASE("Saying the countdown is a practice setting, off by default: the keys are on the start "
          "page",
    "[player][speech][settings]")
{
    QTemporaryDir config;
    REQUIRE(config.isValid());
    const QByteArray before = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    CHECK_FALSE(limber::PracticeSettings::load().speakCountdown);
    {
        limber::PracticeSettingsPage page;
        CHECK_FALSE(child<QCheckBox>(page, "practice-speak-countdown").isChecked());
        child<QCheckBox>(page, "practice-speak-countdown").setChecked(true);
    }
    const bool saved = limber::PracticeSettings::load().speakCountdown;
    qputenv("XDG_CONFIG_HOME", before);
    CHECK(saved);

    Player player;
    const auto& keys = child<QLabel>(player.window, s("start-keys"));
    CHECK(keys.isVisible());
    CHECK(keys.text().contains(s("T time left")));
}
