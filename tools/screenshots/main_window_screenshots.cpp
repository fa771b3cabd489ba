// Renders the main window's screenshots for the docs: Home, the Library with a stretch's
// details, and the Builder with a routine of the user's; the Builder and Home again at 800x600. It
// works in a temporary data and config folder seeded with three stars and one routine, so the
// pictures never show (or touch) the real user's files. Run by tools/make-screenshots.sh.
#include "library/builder_view.h"
#include "library/home_view.h"
#include "library/library_view.h"
#include "library/main_window.h"
#include "screenshot_support.h"
#include "storage/data_locations.h"
#include "storage/favourites.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QListView>

namespace {

const char* const myRoutine = R"({
  "kind": "routine",
  "version": 1,
  "id": "my-desk-three",
  "name": "My desk three",
  "summary": "Three starred stretches for the middle of the afternoon.",
  "lead_in_seconds": 5,
  "switch_seconds": 5,
  "items": [
    { "exercise": "eagle-arms", "breaths": 4 },
    { "exercise": "seated-thoracic-twist", "seconds": 40 },
    { "exercise": "chin-to-chest", "seconds": 20 }
  ]
}
)";

} // namespace

int main(int argc, char** argv)
{
    const limber::screenshots::ScratchHome home;
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("limber"));
    const QString out = limber::screenshots::outputFolder(argc, argv);

    const limber::DataLocations locations = limber::DataLocations::standard();
    QDir().mkpath(locations.userRoutines);
    QFile routine(locations.userRoutines + QStringLiteral("/my-desk-three.json"));
    if (!routine.open(QIODevice::WriteOnly) || routine.write(myRoutine) < 0)
        return 1;
    routine.close();

    limber::MainWindow window(locations, nullptr);
    for (const char* id : { "eagle-arms", "seated-thoracic-twist", "chin-to-chest" })
        window.favourites().set(QString::fromLatin1(id), true);
    window.resize(1200, 780);
    window.show();

    bool ok = true;
    window.showPage(limber::MainWindow::Page::Home);
    ok = limber::screenshots::saveScreenshot(window, out + QStringLiteral("/home.png")) && ok;

    window.showPage(limber::MainWindow::Page::Library);
    window.libraryView().showExercise(QStringLiteral("seated-thoracic-twist"));
    window.libraryView().list().setFocus();
    ok = limber::screenshots::saveScreenshot(window, out + QStringLiteral("/library.png")) && ok;

    limber::BuilderView& builder = window.builder();
    builder.openRoutine(QStringLiteral("my-desk-three"));
    window.showPage(limber::MainWindow::Page::Builder);
    (*builder.findChild<QListView*>(QStringLiteral("routine-items")))
        .setCurrentIndex(
            (*builder.findChild<QListView*>(QStringLiteral("routine-items"))).model()->index(1, 0));
    (*builder.findChild<QListView*>(QStringLiteral("routine-items"))).setFocus();
    ok = limber::screenshots::saveScreenshot(window, out + QStringLiteral("/builder.png")) && ok;

    // The smallest window it is laid out for: the builder's toolbar in its two rows, Home's
    // cards in the columns that fit.
    window.resize(800, 600);
    ok = limber::screenshots::saveScreenshot(window, out + QStringLiteral("/builder-800x600.png"))
        && ok;
    window.showPage(limber::MainWindow::Page::Home);
    ok = limber::screenshots::saveScreenshot(window, out + QStringLiteral("/home-800x600.png"))
        && ok;
    return ok ? 0 : 1;
}
