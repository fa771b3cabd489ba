// The Library tab: search and filters give the expected sets, details show every part of a
// stretch, stars persist across a restart, and a user override is visibly noted.
#include "../support/child.h"
#include "library/builder_view.h"
#include "library/exercise_delegate.h"
#include "library/exercise_details.h"
#include "library/exercise_filter.h"
#include "library/exercise_roles.h"
#include "library/library_view.h"
#include "library/problems_view.h"
#include "storage/favourites.h"
#include "test_support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>
#include <set>

using limber::test::child;

using namespace testing;

namespace {

std::set<QString> visible(limber::LibraryView& view)
{
    const QStringList ids = child<limber::ExerciseFilter>(view, "exercise-filter").visibleIds();
    return { ids.begin(), ids.end() };
}

std::set<QString> ids(std::initializer_list<const char*> list)
{
    std::set<QString> out;
    for (const char* id : list)
        out.insert(QString::fromLatin1(id));
    return out;
}

void choose(QComboBox* box, const QString& value)
{
    const int index = box->findData(value);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

} // namespace

TEST_CASE("search matches name, summary and target area, every word, any case")
{
    TestDirs dirs;
    writeFile(dirs.exercises() + QStringLiteral("/mine.json"),
        exerciseJson(QStringLiteral("mine"), QStringLiteral("Gentle opener"),
            QStringLiteral(R"(, "targets": ["Pectoralis"])")));
    Window w = openWindow(dirs);
    limber::LibraryView& view = w->libraryView();
    auto& search = child<QLineEdit>(view, QStringLiteral("library-search"));

    const std::size_t all = w->library().exercises().size();
    CHECK(visible(view).size() == all);

    QTest::keyClicks(&search, QStringLiteral("gentle"));
    CHECK(visible(view) == ids({ "mine" })); // by name
    search.setText(QStringLiteral("STRETCH OF MY"));
    CHECK(visible(view) == ids({ "mine" })); // by summary, any case
    search.setText(QStringLiteral("pectoral"));
    CHECK(visible(view) == ids({ "mine" })); // by target
    search.setText(QStringLiteral("levator"));
    CHECK(visible(view) == ids({ "head-turn-down" }));
    search.setText(QStringLiteral("thoracic twist"));
    // Every word must match: "twist" in the name or summary, "thoracic" there or in a target.
    CHECK(visible(view) == ids({ "chair-twist", "seated-thoracic-twist", "thread-the-needle" }));
    search.setText(QStringLiteral("no such stretch"));
    CHECK(visible(view).empty());
    search.clear();
    CHECK(visible(view).size() == all);
}

TEST_CASE("filters by position, equipment, target area, desk-friendly and favourites")
{
    TestDirs dirs;
    Window w = openWindow(dirs);
    limber::LibraryView& view = w->libraryView();
    auto& position = child<QComboBox>(view, QStringLiteral("filter-position"));
    auto& equipment = child<QComboBox>(view, QStringLiteral("filter-equipment"));
    auto& target = child<QComboBox>(view, QStringLiteral("filter-target"));
    auto& desk = child<QCheckBox>(view, QStringLiteral("filter-desk"));
    auto& favourites = child<QCheckBox>(view, QStringLiteral("filter-favourites"));

    choose(&position, QStringLiteral("kneeling"));
    CHECK(visible(view) == ids({ "cat-cow", "childs-pose", "thread-the-needle" }));
    choose(&position, QString());

    choose(&equipment, QStringLiteral("mat"));
    CHECK(visible(view)
        == ids({ "cat-cow", "childs-pose", "cobra", "downward-dog", "thread-the-needle" }));
    choose(&target, QStringLiteral("thoracic spine"));
    CHECK(visible(view) == ids({ "cobra", "thread-the-needle" })); // filters combine
    choose(&equipment, QString());
    choose(&target, QString());

    desk.setChecked(true);
    std::set<QString> deskFriendly;
    for (const auto& entry : w->library().exercises()) {
        if (limber::isDeskFriendly(entry.value.position))
            deskFriendly.insert(QString::fromStdString(entry.value.id));
    }
    CHECK(visible(view) == deskFriendly);
    CHECK(deskFriendly.count(QStringLiteral("wall-dog")) == 1);
    CHECK(deskFriendly.count(QStringLiteral("cobra")) == 0);
    desk.setChecked(false);

    favourites.setChecked(true);
    CHECK(visible(view).empty());
    w->favourites().set(QStringLiteral("cobra"), true);
    w->favourites().set(QStringLiteral("eagle-arms"), true);
    CHECK(visible(view) == ids({ "cobra", "eagle-arms" })); // a new star shows at once
    w->favourites().set(QStringLiteral("cobra"), false);
    CHECK(visible(view) == ids({ "eagle-arms" }));
}

TEST_CASE("the details show summary, setup, steps, avoid, cautions, options, dose and sides")
{
    TestDirs dirs;
    Window w = openWindow(dirs);
    limber::LibraryView& view = w->libraryView();
    view.showExercise(QStringLiteral("seated-thoracic-rotation"));
    const QString text = child<limber::ExerciseDetails>(view, "exercise-details").text();
    const limber::Exercise* exercise = w->library().findExercise("seated-thoracic-rotation");
    REQUIRE(exercise);
    CHECK(text.contains(QString::fromStdString(exercise->name)));
    CHECK(text.contains(QString::fromStdString(exercise->summary)));
    for (const auto* list : { &exercise->setup, &exercise->avoid, &exercise->cautions })
        for (const std::string& line : *list)
            CHECK(text.contains(QString::fromStdString(line)));
    CHECK(text.contains(QStringLiteral(
        "Picture your breastbone as a torch. Turn it to the left"))); // {side} filled
    CHECK(text.contains(QString::fromStdString(exercise->options.front().text)));
    CHECK(text.contains(QStringLiteral("2 × 15 reps")));
    CHECK(text.contains(QStringLiteral("Alternating sides")));
    CHECK(text.contains(QStringLiteral("Equipment: chair")));
    CHECK(child<QLabel>(view, QStringLiteral("override-note")).isHidden());
}

TEST_CASE("stars persist across a restart, from the list, the details and the builder")
{
    TestDirs dirs;
    {
        Window w = openWindow(dirs);
        limber::LibraryView& view = w->libraryView();
        view.resize(900, 600);
        view.show();
        QListView& list = view.list();
        // A click on the star of the first row.
        const QModelIndex first = list.model()->index(0, 0);
        const QString firstId = first.data(limber::ExerciseIdRole).toString();
        const QPoint star = limber::ExerciseDelegate::starRect(list.visualRect(first)).center();
        QTest::mouseClick(list.viewport(), Qt::LeftButton, {}, star);
        CHECK(w->favourites().contains(firstId));
        CHECK(list.model()->index(0, 0).data(limber::FavouriteRole).toBool());

        // The details' star.
        view.showExercise(QStringLiteral("wall-dog"));
        auto& detailsStar = child<QAbstractButton>(view, QStringLiteral("details-star"));
        CHECK_FALSE(detailsStar.isChecked());
        detailsStar.click();
        CHECK(w->favourites().contains(QStringLiteral("wall-dog")));
        CHECK(detailsStar.isChecked());
        CHECK(w->favourites().ids() == QStringList({ firstId, QStringLiteral("wall-dog") }));
    }
    Window again = openWindow(dirs);
    CHECK(again->favourites().ids().size() == 2);
    CHECK(again->favourites().contains(QStringLiteral("wall-dog")));
    child<QCheckBox>(again->libraryView(), "filter-favourites").setChecked(true);
    CHECK(visible(again->libraryView()).size() == 2);
}

TEST_CASE("a user exercise with a built-in's id replaces it, with a visible note")
{
    TestDirs dirs;
    const QString path = dirs.exercises() + QStringLiteral("/cobra.json");
    writeFile(path, exerciseJson(QStringLiteral("cobra"), QStringLiteral("My cobra")));
    Window w = openWindow(dirs);
    CHECK(w->library().findExercise("cobra")->name == "My cobra");
    w->libraryView().showExercise(QStringLiteral("cobra"));
    auto& note = child<QLabel>(w->libraryView(), QStringLiteral("override-note"));
    CHECK_FALSE(note.isHidden());
    CHECK(note.text().contains(QStringLiteral("replaces the built-in")));
    CHECK(note.text().contains(path));
    // The problems view lists the warning too.
    bool listed = false;
    for (const QString& line : w->problems().lines())
        listed = listed
            || (line.contains(path) && line.contains(QStringLiteral("replaces the built-in")));
    CHECK(listed);
}

TEST_CASE("a search or filters that match nothing say so, and Clear filters brings all back")
{
    TestDirs dirs;
    Window w = openWindow(dirs);
    limber::LibraryView& view = w->libraryView();
    const std::size_t all = w->library().exercises().size();
    auto& note = child<QWidget>(view, QStringLiteral("library-no-match"));
    auto& search = child<QLineEdit>(view, QStringLiteral("library-search"));
    auto& favourites = child<QCheckBox>(view, QStringLiteral("filter-favourites"));
    auto& desk = child<QCheckBox>(view, QStringLiteral("filter-desk"));
    auto& position = child<QComboBox>(view, QStringLiteral("filter-position"));
    CHECK(note.isHidden());

    search.setText(QStringLiteral("no such stretch"));
    CHECK_FALSE(note.isHidden());
    CHECK(view.list().isHidden());
    search.clear();
    CHECK(note.isHidden());

    // Filters that exclude everything, then one button that clears all of them.
    choose(&position, QStringLiteral("kneeling"));
    desk.setChecked(true);
    favourites.setChecked(true);
    search.setText(QStringLiteral("cat"));
    CHECK_FALSE(note.isHidden());
    child<QPushButton>(view, QStringLiteral("library-clear-filters")).click();
    CHECK(note.isHidden());
    CHECK(search.text().isEmpty());
    CHECK(position.currentIndex() == 0);
    CHECK_FALSE(desk.isChecked());
    CHECK_FALSE(favourites.isChecked());
    CHECK(visible(view).size() == all);

    // The builder's picker does the same.
    limber::BuilderView& builder = w->builder();
    auto& pickerNote = child<QWidget>(builder, QStringLiteral("picker-no-match"));
    auto& pickerFavourites = child<QCheckBox>(builder, QStringLiteral("picker-favourites"));
    pickerFavourites.setChecked(true); // nothing is starred
    CHECK_FALSE(pickerNote.isHidden());
    child<QPushButton>(builder, QStringLiteral("picker-clear-filters")).click();
    CHECK(pickerNote.isHidden());
    CHECK_FALSE(pickerFavourites.isChecked());
}
