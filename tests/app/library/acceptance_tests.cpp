// The acceptance, as a new user would do it: star three stretches, build a routine of them,
// reorder, set holds, save, quit, restart. It is there, its total is what `limber --plan` says
// for the saved file, and it plays to the end.
#include "../support/child.h"
#include "../support/fake_clock.h"
#include "library/builder_view.h"
#include "library/exercise_delegate.h"
#include "library/exercise_filter.h"
#include "library/exercise_roles.h"
#include "library/home_view.h"
#include "library/item_editor.h"
#include "library/library_view.h"
#include "library/routine_document.h"
#include "player/player_controller.h"
#include "player/player_routine.h"
#include "player/player_window.h"
#include "storage/favourites.h"
#include "storage/library_store.h"
#include "test_support.h"

#include <limber/plan.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <catch2/catch.hpp>

using limber::test::child;

using limber::test::FakeClock;
using namespace testing;

namespace {

void clickStar(QListView& list, const QString& exerciseId)
{
    const QModelIndex index = list.model()
                                  ->match(list.model()->index(0, 0), limber::ExerciseIdRole,
                                      exerciseId, 1, Qt::MatchExactly)
                                  .value(0);
    REQUIRE(index.isValid());
    list.scrollTo(index);
    QTest::mouseClick(list.viewport(), Qt::LeftButton, {},
        limber::ExerciseDelegate::starRect(list.visualRect(index)).center());
}

} // namespace

TEST_CASE(
    "star three, build, reorder, set holds, save, restart: it is there, matches --plan, and plays")
{
    TestDirs dirs;
    const QStringList starred { QStringLiteral("eagle-arms"),
        QStringLiteral("seated-thoracic-twist"), QStringLiteral("chin-to-chest") };
    limber::Routine built;
    {
        Window w = openWindow(dirs);
        w->resize(1200, 800);
        w->show();
        w->activateWindow(); // keyboard shortcuts go to the active window
        REQUIRE(QTest::qWaitForWindowActive(w.window.get()));

        // Star three stretches in the Library.
        w->showPage(limber::MainWindow::Page::Library);
        for (const QString& id : starred)
            clickStar(w->libraryView().list(), id);
        CHECK(w->favourites().ids() == starred);

        // New routine, from Home.
        child<QPushButton>(w->home(), QStringLiteral("home-new")).click();
        CHECK(w->currentPage() == limber::MainWindow::Page::Builder);
        limber::BuilderView& builder = w->builder();

        // The favourites, all added at once.
        child<QCheckBox>(builder, QStringLiteral("picker-favourites")).setChecked(true);
        auto& picker = child<QListView>(builder, QStringLiteral("picker-list"));
        REQUIRE(picker.model()->rowCount() == 3);
        picker.selectAll();
        child<QPushButton>(builder, QStringLiteral("picker-add")).click();
        REQUIRE(builder.document().routine().items.size() == 3);

        // Reorder: chin-to-chest first (it is last in name order: Chin, Eagle, Seated).
        QListView& items = child<QListView>(builder, QStringLiteral("routine-items"));
        items.setCurrentIndex(items.model()->index(0, 0));
        items.setFocus();
        QTest::keyClick(&items, Qt::Key_Down, Qt::ControlModifier); // Chin to the middle
        QTest::keyClick(&items, Qt::Key_Down, Qt::ControlModifier); // and to the end
        std::vector<std::string> order;
        for (const auto& item : builder.document().routine().items)
            order.push_back(item.exercise);
        CHECK(order
            == std::vector<std::string> { "eagle-arms", "seated-thoracic-twist", "chin-to-chest" });

        // Holds: 4 breaths of eagle arms, 40 s of the twist, 20 s of chin to chest.
        auto& editor = child<limber::ItemEditor>(builder, "item-editor");
        auto& hold = child<QSpinBox>(editor, "item-hold");
        items.setCurrentIndex(items.model()->index(0, 0));
        chooseMeasure(editor, QStringLiteral("Breaths"));
        hold.setValue(4);
        items.setCurrentIndex(items.model()->index(1, 0));
        chooseMeasure(editor, QStringLiteral("Seconds"));
        hold.setValue(40);
        items.setCurrentIndex(items.model()->index(2, 0));
        chooseMeasure(editor, QStringLiteral("Seconds"));
        hold.setValue(20);

        // A name, then Ctrl+S.
        w.dialogs->texts.push_back(QStringLiteral("My desk three"));
        child<QPushButton>(builder, QStringLiteral("builder-rename")).click();
        QTest::keySequence(w.window.get(), QKeySequence::Save);
        CHECK_FALSE(builder.document().isModified());
        CHECK(w.dialogs->errors.isEmpty());
        built = builder.document().routine();

        // Quit: nothing to ask.
        CHECK(w->close());
        CHECK(w.dialogs->questionsAsked == 1); // only the name
    }
    CHECK(built.id == "my-desk-three");
    const QString file = dirs.routines() + QStringLiteral("/my-desk-three.json");
    REQUIRE(QFile::exists(file));

    // Restart: it is there, on Home and in the builder's list.
    Window w = openWindow(dirs);
    const limber::Routine* loaded = w->library().findRoutine("my-desk-three");
    REQUIRE(loaded);
    CHECK(*loaded == built);
    auto& start = child<QPushButton>(w->home(), QStringLiteral("start-my-desk-three"));
    CHECK(w->favourites().ids() == starred);

    // Its total is what `limber --plan` says for the saved file.
    const limber::PlanResult plan
        = limber::compile(*loaded, w->library(), limber::PlanOptions {}, "test");
    REQUIRE(plan);
    // eagle: 5 + 40 + 5 + 40; twist: 5 + 40 + 5 + 40; chin: 5 + 20
    CHECK(plan.plan->totalMs == 205'000);
    QProcess limber;
    limber.setProcessEnvironment(QProcessEnvironment::systemEnvironment()); // the test's XDG dirs
    limber.start(QStringLiteral(LIMBER_EXECUTABLE),
        { QStringLiteral("--plan"), file, QStringLiteral("--json") });
    REQUIRE(limber.waitForFinished(30'000));
    CHECK(limber.exitCode() == 0);
    const QJsonObject json = QJsonDocument::fromJson(limber.readAllStandardOutput()).object();
    CHECK(json.value(QStringLiteral("total_ms")).toInteger() == plan.plan->totalMs);

    // Start plays it: the window asks for it, and a player runs it to the end.
    QString activated;
    QObject::connect(w.window.get(), &limber::MainWindow::routineActivated,
        [&](const QString& id) { activated = id; });
    start.click();
    REQUIRE(activated == QStringLiteral("my-desk-three"));
    limber::PreparedRoutine prepared
        = limber::prepareRoutine(w->library(), activated, limber::PlanOptions {});
    REQUIRE(prepared.routine);
    CHECK(prepared.routine->plan.totalMs == plan.plan->totalMs);
    FakeClock clock;
    limber::PlayerWindow player(std::move(*prepared.routine), clock);
    player.setAnimationsEnabled(false);
    bool done = false;
    QObject::connect(
        &player.controller(), &limber::PlayerController::routineDone, [&done] { done = true; });
    player.controller().start();
    CHECK(player.controller().state() == limber::SessionState::Running);
    clock.advance(plan.plan->totalMs);
    player.controller().refresh();
    CHECK(done);
    CHECK(player.controller().state() == limber::SessionState::Finished);
}
