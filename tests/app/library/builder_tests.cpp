// The routine builder: every edit changes the total exactly as the plan compiler says, edits
// undo and redo, order changes by keyboard and by drag and drop, built-ins stay read-only,
// and unsaved work is never dropped without asking.
#include "../support/child.h"
#include "library/builder_view.h"
#include "library/exercise_roles.h"
#include "library/item_editor.h"
#include "library/routine_document.h"
#include "storage/library_store.h"
#include "test_support.h"

#include <limber/describe.h>
#include <limber/plan.h>

#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using limber::test::child;

using namespace testing;
using limber::BuilderView;

namespace {

std::int64_t compiledTotal(const limber::MainWindow& window, const limber::Routine& routine)
{
    const limber::PlanResult plan
        = limber::compile(routine, window.library(), limber::PlanOptions {}, "test");
    REQUIRE(plan);
    return plan.plan->totalMs;
}

std::vector<std::string> order(BuilderView& builder)
{
    std::vector<std::string> ids;
    for (const auto& item : builder.document().routine().items)
        ids.push_back(item.exercise);
    return ids;
}

void select(BuilderView& builder, int row)
{
    child<QListView>(builder, QStringLiteral("routine-items"))
        .setCurrentIndex(
            child<QListView>(builder, QStringLiteral("routine-items")).model()->index(row, 0));
}

} // namespace

TEST_CASE("every builder edit changes the total exactly as the plan compiler says")
{
    TestDirs dirs;
    Window w = openWindow(dirs);
    BuilderView& builder = w->builder();
    const auto checkTotal = [&] {
        REQUIRE(builder.totalMs());
        CHECK(*builder.totalMs() == compiledTotal(*w.window, builder.document().routine()));
    };
    CHECK_FALSE(builder.totalMs()); // an empty routine has no plan
    CHECK_FALSE(builder.problems().isEmpty());

    // seated-thoracic-twist: 45 s each side; eagle-arms: 3 breaths each side;
    // shoulder-blade-squeeze: reps.
    builder.addExercises({ QStringLiteral("seated-thoracic-twist") });
    checkTotal();
    // lead-in 5 + 45 + switch 5 + 45
    CHECK(*builder.totalMs() == 100'000);
    CHECK(builder.problems().isEmpty());

    builder.addExercises(
        { QStringLiteral("eagle-arms"), QStringLiteral("shoulder-blade-squeeze") });
    checkTotal();
    const std::int64_t threeItems = *builder.totalMs();

    // 40 s instead of 45 s on each side of the twist: 10 s less.
    select(builder, 0);
    limber::ItemEditor& editor = child<limber::ItemEditor>(builder, QStringLiteral("item-editor"));
    chooseMeasure(editor, QStringLiteral("Seconds"));
    child<QSpinBox>(editor, "item-hold").setValue(40);
    CHECK(builder.document().routine().items[0].seconds == 40);
    checkTotal();
    CHECK(*builder.totalMs() == threeItems - 10'000);

    // 5 breaths instead of 3 on eagle arms: 2 breaths × 10 s × 2 sides more.
    select(builder, 1);
    chooseMeasure(editor, QStringLiteral("Breaths"));
    child<QSpinBox>(editor, "item-hold").setValue(5);
    CHECK(builder.document().routine().items[1].breaths == 5);
    checkTotal();
    CHECK(*builder.totalMs() == threeItems - 10'000 + 40'000);

    // Reps, sets and rest on the squeeze.
    select(builder, 2);
    REQUIRE(child<QSpinBox>(editor, "item-reps").isVisibleTo(&editor));
    child<QSpinBox>(editor, "item-reps").setValue(4);
    child<QSpinBox>(editor, "item-sets").setValue(3);
    child<QSpinBox>(editor, "item-rest").setValue(0);
    const auto& squeeze = builder.document().routine().items[2];
    CHECK((squeeze.reps == 4 && squeeze.sets == 3 && squeeze.restSeconds == 0));
    checkTotal();

    // The routine's lead-in and switch times.
    const std::int64_t before = *builder.totalMs();
    child<QSpinBox>(builder, QStringLiteral("routine-lead-in"))
        .setValue(10); // 3 items: 5 s more each
    checkTotal();
    CHECK(*builder.totalMs() == before + 15'000);
    child<QSpinBox>(builder, QStringLiteral("routine-switch"))
        .setValue(0); // two "each" items lose their 5 s switch
    checkTotal();
    CHECK(*builder.totalMs() == before + 15'000 - 10'000);

    // The total label says the same.
    CHECK(child<QLabel>(builder, QStringLiteral("routine-total")).text()
        == QStringLiteral("Total ")
            + QString::fromStdString(limber::formatMinutesSeconds(*builder.totalMs())));

    // Undo walks it all back, step by step; redo forward again.
    QUndoStack& undo = builder.document().undoStack();
    const std::int64_t edited = *builder.totalMs();
    while (undo.canUndo())
        undo.undo();
    CHECK(builder.document().routine().items.empty());
    while (undo.canRedo()) {
        undo.redo();
        if (!builder.document().routine().items.empty())
            checkTotal();
    }
    CHECK(*builder.totalMs() == edited);
}

TEST_CASE("spinning a value is one undo step")
{
    TestDirs dirs;
    Window w = openWindow(dirs);
    BuilderView& builder = w->builder();
    builder.addExercises({ QStringLiteral("cobra") });
    select(builder, 0);
    limber::ItemEditor& editor = child<limber::ItemEditor>(builder, QStringLiteral("item-editor"));
    chooseMeasure(editor, QStringLiteral("Seconds"));
    const int steps = builder.document().undoStack().count();
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(&child<QSpinBox>(editor, "item-hold"), Qt::Key_Up);
    CHECK(builder.document().undoStack().count() == steps);
    builder.document().undoStack().undo();
    CHECK_FALSE(builder.document().routine().items[0].seconds);
}

TEST_CASE("reorder with Ctrl+Up/Down and by drag and drop, add by drop, remove with Delete")
{
    TestDirs dirs;
    Window w = openWindow(dirs);
    BuilderView& builder = w->builder();
    builder.addExercises(
        { QStringLiteral("cobra"), QStringLiteral("wall-dog"), QStringLiteral("cat-cow") });
    CHECK(order(builder) == std::vector<std::string> { "cobra", "wall-dog", "cat-cow" });

    builder.resize(1100, 700);
    builder.show();
    QListView& list = child<QListView>(builder, QStringLiteral("routine-items"));
    select(builder, 2);
    list.setFocus();
    QTest::keyClick(&list, Qt::Key_Up, Qt::ControlModifier);
    CHECK(order(builder) == std::vector<std::string> { "cobra", "cat-cow", "wall-dog" });
    CHECK(list.currentIndex().row() == 1); // the moved item stays selected
    QTest::keyClick(&list, Qt::Key_Up, Qt::ControlModifier);
    CHECK(order(builder) == std::vector<std::string> { "cat-cow", "cobra", "wall-dog" });
    QTest::keyClick(&list, Qt::Key_Down, Qt::ControlModifier);
    CHECK(order(builder) == std::vector<std::string> { "cobra", "cat-cow", "wall-dog" });

    // Drag the first row and drop it at the end: the same path a mouse drop takes.
    QAbstractItemModel* model = list.model();
    std::unique_ptr<QMimeData> rows(model->mimeData({ model->index(0, 0) }));
    REQUIRE(model->dropMimeData(rows.get(), Qt::MoveAction, 3, 0, {}));
    CHECK(order(builder) == std::vector<std::string> { "cat-cow", "wall-dog", "cobra" });

    // A stretch dragged from the library, dropped before the second row.
    auto ids = std::make_unique<QMimeData>();
    ids->setData(QString::fromLatin1(limber::exerciseIdsMimeType), "eagle-arms");
    REQUIRE(model->dropMimeData(ids.get(), Qt::CopyAction, 1, 0, {}));
    CHECK(order(builder)
        == std::vector<std::string> { "cat-cow", "eagle-arms", "wall-dog", "cobra" });

    select(builder, 0);
    QTest::keyClick(&list, Qt::Key_Delete);
    CHECK(order(builder) == std::vector<std::string> { "eagle-arms", "wall-dog", "cobra" });
}

TEST_CASE("built-in routines are read-only and can be duplicated")
{
    TestDirs dirs;
    Window w = openWindow(dirs);
    BuilderView& builder = w->builder();
    REQUIRE(builder.openRoutine(QStringLiteral("office-break")));
    CHECK(builder.document().isReadOnly());
    CHECK_FALSE(child<QSpinBox>(builder, QStringLiteral("routine-lead-in")).isEnabled());
    CHECK_FALSE(child<QPushButton>(builder, QStringLiteral("builder-rename")).isEnabled());
    CHECK_FALSE(child<QPushButton>(builder, QStringLiteral("builder-delete")).isEnabled());
    const limber::Routine original = builder.document().routine();
    builder.document().edit(QStringLiteral("try"), limber::Routine {});
    CHECK(builder.document().routine() == original);

    REQUIRE(builder.duplicateRoutine());
    CHECK_FALSE(builder.document().isReadOnly());
    CHECK(builder.document().isSaved()); // a duplicate is saved as a file of its own at once
    CHECK(builder.document().routine().name == original.name + " (copy)");
    CHECK(builder.document().routine().items == original.items);
    CHECK(w->store().isUserRoutine(QString::fromStdString(builder.document().routine().id)));
    CHECK(w->library().findRoutine("office-break")->name == original.name); // untouched
}

TEST_CASE("rename, and delete to the trash after confirming")
{
    TestDirs dirs;
    Window w = openWindow(dirs);
    BuilderView& builder = w->builder();
    builder.addExercises({ QStringLiteral("cobra") });
    REQUIRE(builder.save());
    const QString id = QString::fromStdString(builder.document().routine().id);
    const QString path = builder.document().path();
    CHECK(QFile::exists(path));

    w.dialogs->texts.push_back(QStringLiteral("Evening unwind"));
    REQUIRE(builder.renameRoutine());
    CHECK(builder.document().routine().name == "Evening unwind");
    CHECK(builder.document().routine().id == id.toStdString()); // the id stays: shortcuts use it
    REQUIRE(builder.save());
    CHECK(w->library().findRoutine(id.toStdString())->name == "Evening unwind");

    w.dialogs->confirms.push_back(false);
    CHECK_FALSE(builder.deleteRoutine());
    CHECK(QFile::exists(path));
    w.dialogs->confirms.push_back(true);
    REQUIRE(builder.deleteRoutine());
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(w->library().findRoutine(id.toStdString()));
}

TEST_CASE("unsaved changes are never dropped silently")
{
    TestDirs dirs;
    Window w = openWindow(dirs);
    BuilderView& builder = w->builder();
    builder.addExercises({ QStringLiteral("cobra") });
    CHECK(builder.document().isModified());

    SECTION("switching routines asks; Cancel stays")
    {
        w.dialogs->unsaved.push_back(limber::Dialogs::Unsaved::Cancel);
        CHECK_FALSE(builder.openRoutine(QStringLiteral("morning")));
        CHECK(order(builder) == std::vector<std::string> { "cobra" });
        CHECK(w.dialogs->questionsAsked == 1);
    }
    SECTION("a new routine asks; Save keeps the work in a file")
    {
        w.dialogs->unsaved.push_back(limber::Dialogs::Unsaved::Save);
        CHECK(builder.newRoutine());
        CHECK(builder.document().routine().items.empty());
        REQUIRE(w->library().routines().size() == 6);
        CHECK(w->store().isUserRoutine(QStringLiteral("my-routine")));
    }
    SECTION("closing the window asks; Cancel keeps it open")
    {
        w->show();
        w.dialogs->unsaved.push_back(limber::Dialogs::Unsaved::Cancel);
        CHECK_FALSE(w->close());
        CHECK(w->isVisible());
        w.dialogs->unsaved.push_back(limber::Dialogs::Unsaved::Discard);
        CHECK(w->close());
    }
    SECTION("Play saves first")
    {
        QString played;
        QObject::connect(w.window.get(), &limber::MainWindow::routineActivated,
            [&played](const QString& id) { played = id; });
        builder.play();
        CHECK(played == QStringLiteral("my-routine"));
        CHECK_FALSE(builder.document().isModified());
        CHECK(w->library().findRoutine("my-routine"));
    }
}

TEST_CASE("inline problems name the item, and an invalid routine cannot be saved")
{
    TestDirs dirs;
    const QString path = dirs.routines() + QStringLiteral("/mine.json");
    // Saved when "gone" existed; now that exercise is missing.
    writeFile(dirs.exercises() + QStringLiteral("/gone.json"),
        exerciseJson(QStringLiteral("gone"), QStringLiteral("Gone")));
    writeFile(path,
        R"({"kind":"routine","version":1,"id":"mine","name":"Mine","items":[{"exercise":"cobra"},{"exercise":"gone"}]})");
    Window w = openWindow(dirs);
    BuilderView& builder = w->builder();
    REQUIRE(builder.openRoutine(QStringLiteral("mine")));
    QFile::remove(dirs.exercises() + QStringLiteral("/gone.json"));
    w->store().reload();
    // The routine no longer resolves, but the builder still has it open.
    CHECK(builder.problems()
        == QStringList { QStringLiteral("Stretch 2: no exercise with id \"gone\"") });
    CHECK(child<QListView>(builder, QStringLiteral("routine-items"))
              .model()
              ->index(1, 0)
              .data(limber::ProblemRole)
              .toString()
              .contains(QStringLiteral("gone")));
    CHECK_FALSE(child<QPushButton>(builder, QStringLiteral("builder-play")).isEnabled());
    builder.removeItem(1);
    CHECK(builder.problems().isEmpty());
    REQUIRE(builder.save());
}

TEST_CASE("the lists do not move when the hint or the read-only note comes or goes")
{
    TestDirs dirs;
    Window w = openWindow(dirs);
    BuilderView& builder = w->builder();
    w->resize(1100, 700);
    w->show();
    w->showPage(limber::MainWindow::Page::Builder);
    const auto listsAt = [&builder] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        REQUIRE(builder.isVisible());
        const auto at = [&builder](const QString& name) {
            const QPoint corner = child<QListView>(builder, name).mapTo(&builder, QPoint(0, 0));
            return QStringLiteral("%1 at %2,%3").arg(name).arg(corner.x()).arg(corner.y());
        };
        return at(QStringLiteral("picker-list")) + QStringLiteral(", ")
            + at(QStringLiteral("routine-items"));
    };
    const auto empty = listsAt();
    REQUIRE_FALSE(builder.problems().isEmpty()); // the "add a stretch" hint is shown
    builder.addExercises({ QStringLiteral("cobra") });
    REQUIRE(builder.problems().isEmpty());
    CHECK(listsAt() == empty); // the next double-click lands where the pointer is
    REQUIRE(builder.save());
    REQUIRE(builder.openRoutine(QStringLiteral("morning"))); // built-in: the note is shown
    CHECK(listsAt() == empty);
}

TEST_CASE("no two routines share a name: rename refuses a taken one, new ones are made distinct")
{
    TestDirs dirs;
    writeFile(dirs.routines() + QStringLiteral("/mine.json"),
        R"({"kind":"routine","version":1,"id":"mine","name":"My routine","items":[{"exercise":"cobra"}]})");
    Window w = openWindow(dirs);
    BuilderView& builder = w->builder();
    CHECK(builder.document().routine().name == "My routine (2)");
    builder.addExercises({ QStringLiteral("cobra") });
    REQUIRE(builder.save());
    const std::string id = builder.document().routine().id;

    // Another routine's name, in other letters, is refused and asked again with it kept.
    w.dialogs->texts.push_back(QStringLiteral("  morning "));
    w.dialogs->texts.push_back(QStringLiteral("Evening unwind"));
    REQUIRE(builder.renameRoutine());
    REQUIRE(w.dialogs->errors.size() == 1);
    CHECK(w.dialogs->errors[0].contains(QStringLiteral("“Morning”")));
    CHECK(builder.document().routine().name == "Evening unwind");
    // Its own name is not another's.
    w.dialogs->texts.push_back(QStringLiteral("evening UNWIND"));
    REQUIRE(builder.renameRoutine());
    CHECK(w.dialogs->errors.size() == 1);

    // The chooser shows the edited name at once, marked; saved, it is the name alone.
    QComboBox& chooser = child<QComboBox>(builder, QStringLiteral("routine-chooser"));
    CHECK(chooser.currentText() == QStringLiteral("evening UNWIND (unsaved changes)"));
    CHECK(chooser.currentData().toString() == QString::fromStdString(id));
    REQUIRE(builder.save());
    CHECK(chooser.currentText() == QStringLiteral("evening UNWIND"));

    // Export suggests a file named as the routine is now, not after its first id.
    w.dialogs->files.push_back(QString());
    CHECK_FALSE(builder.exportRoutine());
    REQUIRE(w.dialogs->suggestedFiles.size() == 1);
    CHECK(w.dialogs->suggestedFiles[0].endsWith(QStringLiteral("/evening-unwind.json")));
    CHECK(builder.document().routine().id == id);

    // Cancelling the rename changes nothing.
    w.dialogs->texts.push_back(std::nullopt);
    CHECK_FALSE(builder.renameRoutine());
    CHECK(builder.document().routine().name == "evening UNWIND");
}

TEST_CASE("a routine being made whose name an import then takes cannot be saved until renamed")
{
    TestDirs dirs;
    Window w = openWindow(dirs);
    BuilderView& builder = w->builder();
    builder.addExercises({ QStringLiteral("cobra") });
    REQUIRE(builder.problems().isEmpty());
    const QString name = QString::fromStdString(builder.document().routine().name);
    writeFile(dirs.routines() + QStringLiteral("/theirs.json"),
        QStringLiteral(
            R"({"kind":"routine","version":1,"id":"theirs","name":"%1","items":[{"exercise":"cobra"}]})")
            .arg(name.toUpper())
            .toUtf8());
    w->store().reload();
    REQUIRE(builder.problems().size() == 1);
    CHECK(builder.problems()[0].contains(
        QStringLiteral("Another routine is called “%1”").arg(name.toUpper())));
    CHECK_FALSE(builder.save());
    w.dialogs->texts.push_back(QStringLiteral("Mine after all"));
    REQUIRE(builder.renameRoutine());
    CHECK(builder.problems().isEmpty());
    REQUIRE(builder.save());
}
