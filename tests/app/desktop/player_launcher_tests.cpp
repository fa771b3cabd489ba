// One break at a time, on the offscreen platform and a fake clock: the player launcher
// raises the player of the routine asked again, and for another routine during a break
// does what the person answers.
#include "../support/child.h"
#include "../support/fake_clock.h"
#include "desktop/player_launcher.h"
#include "desktop_test_support.h"
#include "player/closing_page.h"
#include "player/player_controller.h"
#include "player/player_window.h"
#include "storage/data_locations.h"
#include "storage/history_store.h"
#include "storage/library_loader.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using limber::PlayerWindow;
using limber::SessionState;
using limber::test::child;

namespace {

struct Fixture {
    desktop_test::TestDirs dirs;
    limber::test::FakeClock clock;
    limber::Library library = limber::loadStandardLibrary(limber::DataLocations::standard());
    limber::PlayerLauncher launcher { clock };
    QStringList questions;
    bool replace = false;

    Fixture()
    {
        launcher.setReplaceQuestion([this](const QString& playing, const QString& asked) {
            questions << playing + QStringLiteral(" -> ") + asked;
            return replace;
        });
    }

    PlayerWindow* play(const QString& routine, bool start = true,
        limber::SessionOrigin origin = limber::SessionOrigin::MainWindow)
    {
        limber::PlayRequest request;
        request.target = routine;
        request.start = start;
        request.origin = origin;
        return launcher.play(library, request, limber::PlanOptions {});
    }

    // Plays office-break recorded into `store`, up to the recorder's first writes: those wait
    // for the player's first frame, which a timer queued by its first paint follows.
    PlayerWindow* playRecordedInto(limber::HistoryStore& store)
    {
        launcher.setHistory(&store);
        PlayerWindow* player = play(QStringLiteral("office-break"));
        REQUIRE(player);
        REQUIRE(QTest::qWaitForWindowExposed(player));
        player->repaint();
        QApplication::processEvents();
        QApplication::processEvents();
        return player;
    }

    static int openPlayers()
    {
        int count = 0;
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (qobject_cast<PlayerWindow*>(widget) && widget->isVisible())
                ++count;
        return count;
    }
};

} // namespace

TEST_CASE("Asking again for the routine being played raises its one player")
{
    Fixture f;
    PlayerWindow* first = f.play(QStringLiteral("office-break"));
    REQUIRE(first);
    CHECK(first->controller().state() == SessionState::Running);
    for (int again = 0; again < 5; ++again)
        CHECK(f.play(QStringLiteral("office-break")) == first);
    CHECK(Fixture::openPlayers() == 1);
    CHECK(f.questions.isEmpty());
}

TEST_CASE("A player opened but not started is started when a launch says --start")
{
    Fixture f;
    PlayerWindow* ready = f.play(QStringLiteral("morning"), false);
    REQUIRE(ready);
    CHECK(ready->controller().state() == SessionState::Ready);
    CHECK(f.play(QStringLiteral("morning")) == ready);
    CHECK(ready->controller().state() == SessionState::Running);
}

TEST_CASE("Another routine during a break asks first, and does what the person answers")
{
    Fixture f;
    const QPointer<PlayerWindow> first = f.play(QStringLiteral("office-break"));
    REQUIRE(first);

    SECTION("Keep the current break")
    {
        f.replace = false;
        CHECK(f.play(QStringLiteral("morning")) == first);
        REQUIRE(f.questions.size() == 1);
        CHECK(f.questions[0].startsWith(QStringLiteral("5-minute desk break -> ")));
        CHECK(first->controller().state() == SessionState::Running);
        CHECK(Fixture::openPlayers() == 1);
    }
    SECTION("Stop it and start the new one")
    {
        f.replace = true;
        PlayerWindow* second = f.play(QStringLiteral("morning"));
        REQUIRE(second);
        CHECK(second != first);
        CHECK(f.questions.size() == 1);
        CHECK(second->controller().state() == SessionState::Running);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        CHECK_FALSE(first);
        CHECK(Fixture::openPlayers() == 1);
        CHECK(f.launcher.player() == second);
    }
    SECTION("A paused break counts as a break; a finished one is replaced without asking")
    {
        first->controller().pause();
        f.replace = false;
        CHECK(f.play(QStringLiteral("morning")) == first);
        CHECK(f.questions.size() == 1);

        first->controller().resume();
        first->controller().stop();
        PlayerWindow* fresh = f.play(QStringLiteral("office-break"));
        CHECK(fresh != first);
        CHECK(f.questions.size() == 1);
        CHECK(Fixture::openPlayers() == 1);
    }
}

TEST_CASE("The launcher keeps where its player was asked for, and says when a break runs")
{
    Fixture f;
    CHECK_FALSE(f.launcher.isBreakInProgress());
    PlayerWindow* first
        = f.play(QStringLiteral("office-break"), false, limber::SessionOrigin::Reminder);
    REQUIRE(first);
    CHECK(f.launcher.origin() == limber::SessionOrigin::Reminder);
    CHECK_FALSE(f.launcher.isBreakInProgress()); // on its start page
    first->controller().start();
    CHECK(f.launcher.isBreakInProgress());
    first->controller().pause();
    CHECK_FALSE(f.launcher.isBreakInProgress());
    first->controller().resume();

    // Raised by a request from elsewhere, it is still the reminder's break.
    CHECK(f.play(QStringLiteral("office-break"), true, limber::SessionOrigin::Tray) == first);
    CHECK(f.launcher.origin() == limber::SessionOrigin::Reminder);

    f.replace = true;
    PlayerWindow* second = f.play(QStringLiteral("morning"), true, limber::SessionOrigin::Shortcut);
    REQUIRE(second);
    CHECK(second != first);
    CHECK(f.launcher.origin() == limber::SessionOrigin::Shortcut);

    // A plan change in the request is played: half the holds make a shorter routine.
    limber::PlayRequest halved;
    halved.target = QStringLiteral("morning");
    halved.start = true;
    halved.changes.scale = 0.5;
    const std::int64_t fullMs = second->controller().session().plan().totalMs;
    second->controller().stop();
    PlayerWindow* third = f.launcher.play(f.library, halved, limber::PlanOptions {});
    REQUIRE(third);
    CHECK(third != second);
    CHECK(third->controller().session().plan().totalMs < fullMs);
}

TEST_CASE("A break the history cannot record says so on its closing page, and again after Again")
{
    Fixture f;
    // A real fault: a folder stands where the history file would be made.
    const QString path = f.dirs.file(QStringLiteral("history.sqlite"));
    REQUIRE(QDir().mkpath(path));
    limber::HistoryStore store(path);
    PlayerWindow* player = f.playRecordedInto(store);
    auto& line = child<QLabel>(*player, "closing-history");
    const QString said = line.text();
    CHECK(said.startsWith(QStringLiteral("Not added to your history: ")));
    CHECK(said.contains(path));

    player->controller().stop();
    QApplication::processEvents();
    CHECK(line.isVisibleTo(player));
    // A screen reader hears it with the rest of the summary.
    CHECK(child<limber::ClosingPage>(*player, "closing-page").spokenSummary().contains(said));

    SECTION("Again begins a new session, which cannot be recorded either")
    {
        child<QPushButton>(*player, "again-button").click();
        CHECK(player->controller().state() == SessionState::Running);
        CHECK(line.text() == said);
        player->controller().stop();
        CHECK(line.isVisibleTo(player));
    }
}

TEST_CASE("A break the history records has no history line on its closing page")
{
    Fixture f;
    limber::HistoryStore store(f.dirs.file(QStringLiteral("history.sqlite")));
    PlayerWindow* player = f.playRecordedInto(store);
    player->controller().stop();
    QApplication::processEvents();
    CHECK(store.sessions().size() == 1);
    CHECK(child<QLabel>(*player, "closing-history").text().isEmpty());
    CHECK_FALSE(child<QLabel>(*player, "closing-history").isVisibleTo(player));
}
