// The main window as a screen reader meets it: every control names what it is for, by the
// routine or stretch it acts on (read through QAccessible, as the AT-SPI bridge reads them).
#include "../support/child.h"
#include "desktop/settings_problems.h"
#include "library/builder_view.h"
#include "library/exercise_details.h"
#include "library/home_view.h"
#include "library/keyboard_reference.h"
#include "library/library_view.h"
#include "library/routine_document.h"
#include "shared/looks.h"
#include "storage/favourites.h"
#include "test_support.h"

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFocusFrame>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabBar>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using limber::test::child;

using namespace testing;

namespace {

QString accessibleName(QObject* object)
{
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(object);
    REQUIRE(face);
    return face->text(QAccessible::Name);
}

// The text of what labels `object` for assistive technology (a label whose buddy it is).
QString labelOf(QObject* object)
{
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(object);
    REQUIRE(face);
    const auto labels = face->relations(QAccessible::Label);
    return labels.isEmpty() ? QString() : labels.front().first->text(QAccessible::Name);
}

// The accessible name of the clear button inside `field`.
QString clearButtonName(QLineEdit& field)
{
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(&field);
    REQUIRE(face);
    for (QToolButton* button : field.findChildren<QToolButton*>())
        return accessibleName(button);
    return {};
}

} // namespace

TEST_CASE("the main window's controls are named by what they act on")
{
    TestDirs dirs;
    Window w = openWindow(dirs);
    w->show();

    // Home: each card by its routine, each of its buttons by the routine too.
    auto& card = child<QWidget>(w->home(), QStringLiteral("routine-card"));
    const QString id = card.property("routineId").toString();
    const QString name = QString::fromStdString(w->library().findRoutine(id.toStdString())->name);
    CHECK(accessibleName(&card) == name);
    CHECK(accessibleName(&child<QPushButton>(w->home(), QStringLiteral("edit-") + id))
        == QStringLiteral("Open %1 in the builder").arg(name));
    CHECK(accessibleName(&child<QPushButton>(w->home(), QStringLiteral("start-") + id))
        == QStringLiteral("Play %1").arg(name));

    // Library: the filters by what they filter, the search and its clear button.
    limber::LibraryView& library = w->libraryView();
    // On Linux a combo box's name is its value; its label comes as the "labelled by" relation.
    for (const auto& [box, label] : { std::pair { "filter-position", "Position" },
             std::pair { "filter-equipment", "Equipment" },
             std::pair { "filter-target", "Target area" } })
        CHECK(labelOf(&child<QComboBox>(library, QString::fromLatin1(box)))
            == QString::fromLatin1(label));
    auto& search = child<QLineEdit>(library, QStringLiteral("library-search"));
    CHECK(accessibleName(&search) == QStringLiteral("Search exercises"));
    CHECK(clearButtonName(search) == QStringLiteral("Clear the search"));
    CHECK(clearButtonName(child<QLineEdit>(w->builder(), QStringLiteral("picker-search")))
        == QStringLiteral("Clear the search"));

    // A stretch's star is read with its name, in the list and on the details' button.
    w->favourites().set(QStringLiteral("cobra"), true);
    library.showExercise(QStringLiteral("cobra"));
    QListView& list = library.list();
    QAccessibleInterface* listFace = QAccessible::queryAccessibleInterface(&list);
    REQUIRE(listFace);
    QAccessibleTableInterface* table = listFace->tableInterface();
    REQUIRE(table);
    const int row = list.currentIndex().row();
    QAccessibleInterface* cell = table->cellAt(row, 0);
    REQUIRE(cell);
    CHECK(cell->text(QAccessible::Name) == QStringLiteral("Cobra, starred"));
    QAccessibleInterface* other = table->cellAt(row == 0 ? 1 : 0, 0);
    REQUIRE(other);
    CHECK(other->text(QAccessible::Name).endsWith(QStringLiteral(", not starred")));

    auto& star = child<QToolButton>(library, QStringLiteral("details-star"));
    CHECK(accessibleName(&star) == QStringLiteral("Cobra, starred"));
    star.click();
    CHECK(accessibleName(&star) == QStringLiteral("Cobra, not starred"));
}

TEST_CASE("the main window fits the screen, lays out at 800x600 and keeps its place")
{
    TestDirs dirs;
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QRect placed;
    {
        Window w = openWindow(dirs);
        w->show();
        INFO("opened at " << w->width() << "x" << w->height() << " on " << available.width() << "x"
                          << available.height());
        CHECK(w->frameGeometry().width() <= available.width());
        CHECK(w->frameGeometry().height() <= available.height());
        // A page that needs more room scrolls: the window itself fits in 800x600 and less.
        const QSize least = w->minimumSizeHint();
        INFO("the window needs " << least.width() << "x" << least.height());
        CHECK(least.width() <= 800);
        CHECK(least.height() <= 500);

        // At 800x600 no control on Home or in the Library is cut at the side (cards below the
        // fold scroll into view), and Home's New routine and Import are in sight.
        w->resize(800, 600);
        for (const auto page :
            { limber::MainWindow::Page::Home, limber::MainWindow::Page::Library }) {
            w->showPage(page);
            QCoreApplication::processEvents();
            for (QAbstractButton* button : w->findChildren<QAbstractButton*>()) {
                if (!button->isVisible() || button->objectName().startsWith(QStringLiteral("qt_")))
                    continue;
                const QRect inWindow(button->mapTo(w.window.get(), QPoint()), button->size());
                INFO(button->objectName().toStdString() << " " << button->text().toStdString());
                CHECK(inWindow.left() >= 0);
                CHECK(inWindow.right() < w->width());
            }
        }
        w->showPage(limber::MainWindow::Page::Home);
        QCoreApplication::processEvents();
        for (const char* name : { "home-new", "home-import" }) {
            auto& button = child<QWidget>(w->home(), QString::fromLatin1(name));
            CHECK(w->rect().contains(QRect(button.mapTo(w.window.get(), QPoint()), button.size())));
        }
        w->setGeometry(QRect(QPoint(40, 30), QSize(700, 500)));
        placed = w->geometry();
        CHECK(w->close());
    }
    Window again = openWindow(dirs);
    CHECK(again->geometry() == placed);

    // Closed on the History page, it opens there again, and the settings file has no problem.
    again->showPage(limber::MainWindow::Page::History);
    CHECK(again->close());
    Window third = openWindow(dirs);
    CHECK(third->currentPage() == limber::MainWindow::Page::History);
    CHECK(limber::SettingsProblems::check().problems.isEmpty());
}

TEST_CASE("keyboard focus is visible on Home, every tab stop is a control, Enter presses buttons")
{
    TestDirs dirs;
    Window w = openWindow(dirs);
    w->resize(1000, 700);
    w->show();
    QApplication::setActiveWindow(w.window.get());
    QCoreApplication::processEvents();
    auto& ring = child<QFocusFrame>(*w.window, QStringLiteral("focus-ring"));

    // Tab from New routine through Home: each stop is a control the ring is drawn around.
    child<QWidget>(w->home(), QStringLiteral("home-new")).setFocus(Qt::TabFocusReason);
    QStringList stops;
    for (int step = 0; step < 12; ++step) {
        QWidget* focused = QApplication::focusWidget();
        REQUIRE(focused);
        INFO("stop " << step << ": " << focused->metaObject()->className() << " "
                     << focused->objectName().toStdString());
        CHECK((qobject_cast<QAbstractButton*>(focused) || qobject_cast<QTabBar*>(focused)
            || qobject_cast<QLineEdit*>(focused)));
        CHECK(ring.isVisible());
        CHECK(ring.widget() == focused);
        stops << focused->objectName();
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    CHECK(stops.contains(QStringLiteral("home-new")));

    // The ring is drawn in the focus colour just outside the focused Play button.
    auto& card = child<QWidget>(w->home(), QStringLiteral("routine-card"));
    const QString id = card.property("routineId").toString();
    auto& play = child<QPushButton>(card, QStringLiteral("start-") + id);
    play.setFocus(Qt::TabFocusReason);
    CHECK(ring.widget() == &play);
    const QImage shot = w->grab().toImage();
    const QPoint left = play.mapTo(w.window.get(), QPoint(-1, play.height() / 2));
    const double scale = shot.devicePixelRatio();
    const QColor seen = shot.pixelColor((QPointF(left) * scale).toPoint());
    const QColor want = limber::focusColor(w->palette());
    INFO("seen " << seen.name().toStdString() << ", want " << want.name().toStdString());
    CHECK(std::abs(seen.red() - want.red()) + std::abs(seen.green() - want.green())
            + std::abs(seen.blue() - want.blue())
        < 90);

    // A click hides it; the keyboard brings it back.
    QTest::mouseClick(&play, Qt::LeftButton, {}, QPoint(-20, -20));
    QTest::mousePress(w->findChild<QTabBar*>(), Qt::LeftButton);
    CHECK(ring.widget() == nullptr);

    // Enter presses the focused button: Open in builder opens the builder on that routine.
    auto& open = child<QPushButton>(card, QStringLiteral("edit-") + id);
    open.setFocus(Qt::TabFocusReason);
    QTest::keyClick(&open, Qt::Key_Return);
    CHECK(w->currentPage() == limber::MainWindow::Page::Builder);
}

TEST_CASE("Ctrl+Q quits and F1 lists the keys of the window and the player, whatever the theme")
{
    TestDirs dirs;
    Window w = openWindow(dirs);
    w->show();
    QApplication::setActiveWindow(w.window.get());
    QCoreApplication::processEvents();

    // The offscreen platform's theme binds no key to Quit: Ctrl+Q is there all the same.
    QSignalSpy quit(w.window.get(), &limber::MainWindow::quitRequested);
    QTest::keyClick(w.window.get(), Qt::Key_Q, Qt::ControlModifier);
    CHECK(quit.count() == 1);

    QTest::keyClick(w.window.get(), Qt::Key_F1);
    auto& reference
        = child<limber::KeyboardReference>(*w.window, QStringLiteral("keyboard-reference"));
    CHECK(reference.isVisible());
    const QStringList lines = reference.lines();
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.contains(QStringLiteral("Ctrl+Q: Quit")));
    CHECK(lines.contains(QStringLiteral("Ctrl+N: New routine")));
    CHECK(lines.contains(QStringLiteral("Alt+1: Home")));
    CHECK(lines.contains(QStringLiteral("F1: Keyboard reference")));
    CHECK(lines.contains(QStringLiteral("Esc: Stop the routine")));
    CHECK(lines.contains(QStringLiteral("Shift+Right: Skip the rest of this stretch")));
    // Read from the player's own controls: its key for the time left, never written by hand.
    CHECK(lines.contains(QStringLiteral("T: Say how long is left")));
    // Asked again, the same reference comes up rather than a second one.
    QTest::keyClick(w.window.get(), Qt::Key_F1);
    CHECK(w->findChildren<limber::KeyboardReference*>().size() == 1);
}

TEST_CASE("Home greets a new user with a hint where the history's glance would show zeros")
{
    TestDirs dirs;
    Window w = openWindow(dirs);
    w->resize(1000, 700);
    w->show();
    auto& hint = child<QLabel>(w->home(), QStringLiteral("home-history-hint"));
    auto& glance = child<QWidget>(w->home(), QStringLiteral("history-summary"));
    CHECK(hint.isVisible());
    CHECK_FALSE(glance.isVisible());
    // The hint says what New routine does, as it does it: it opens empty.
    child<QPushButton>(w->home(), QStringLiteral("home-new")).click();
    CHECK(w->builder().document().routine().items.empty());
    CHECK(child<QLabel>(w->home(), QStringLiteral("home-no-routines"))
              .text()
              .contains(QStringLiteral("opens an empty one")));
}

TEST_CASE("a narrow details pane wraps a long name above the text, with nothing cut")
{
    TestDirs dirs;
    Window w = openWindow(dirs);
    w->resize(800, 600);
    w->show();
    w->showPage(limber::MainWindow::Page::Library);
    w->libraryView().showExercise(QStringLiteral("cross-body-shoulder"));
    w->libraryView().findChild<QSplitter*>()->setSizes({ 500, 300 });
    QCoreApplication::processEvents();
    const auto placed = [&w](const QWidget& part) {
        return QRect(part.mapTo(w.window.get(), QPoint()), part.size());
    };
    const QRect title = placed(child<QLabel>(w->libraryView(), QStringLiteral("exercise-title")));
    const QRect add = placed(child<QWidget>(w->libraryView(), QStringLiteral("details-add")));
    const QRect body = placed(child<QWidget>(w->libraryView(), QStringLiteral("exercise-body")));
    for (const QRect& part : { title, add, body }) {
        CHECK(part.left() >= 0);
        CHECK(part.right() < w->width());
    }
    // No sideways scrolling: the pane shrinks to its share instead of widening the page.
    CHECK(w->libraryView().width() <= w->width());
    CHECK(title.bottom() < body.top());
    CHECK(add.bottom() < body.top());
    CHECK_FALSE(title.intersects(add));
}

TEST_CASE("at 800 px wide the builder fits and Home's cards wrap inside the window")
{
    TestDirs dirs;
    Window w = openWindow(dirs);
    w->resize(800, 600);
    w->show();
    // At 1x the builder page (its toolbar the widest row) needs no more than the window.
    auto* builder = w->findChild<limber::BuilderView*>();
    REQUIRE(builder);
    INFO("the builder needs " << builder->minimumSizeHint().width() << " px");
    CHECK(builder->minimumSizeHint().width() <= 800);
    w->showPage(limber::MainWindow::Page::Builder);
    QCoreApplication::processEvents();
    // No sideways scrolling: the page is as wide as the area it scrolls in, no wider.
    CHECK(builder->width() <= builder->parentWidget()->width());

    // Home at 800 px (and 2x on 1920x1080, much the same) and narrower: the cards take fewer
    // columns, each card whole inside the area that shows them.
    w->showPage(limber::MainWindow::Page::Home);
    for (const int width : { 800, 560 }) {
        w->resize(width, 600);
        QCoreApplication::processEvents();
        const auto cards = w->findChild<limber::HomeView*>()->findChildren<QWidget*>(
            QStringLiteral("routine-card"));
        REQUIRE(cards.size() >= 3);
        for (QWidget* card : cards) {
            if (!card->isVisible())
                continue;
            // Home's own scroll area, the nearest around the card.
            QWidget* around = card->parentWidget();
            while (around && !qobject_cast<QAbstractScrollArea*>(around))
                around = around->parentWidget();
            auto* area = qobject_cast<QAbstractScrollArea*>(around);
            REQUIRE(area);
            const QRect inArea(card->mapTo(area->viewport(), QPoint()), card->size());
            const QRect inWindow(card->mapTo(w.window.get(), QPoint()), card->size());
            INFO("at " << width << " px a card lies at " << inArea.left() << ".." << inArea.right()
                       << " in a view " << area->viewport()->width() << " px wide, at "
                       << inWindow.left() << ".." << inWindow.right() << " in the window");
            CHECK(inArea.left() >= 0);
            CHECK(inArea.right() < area->viewport()->width());
            CHECK(inWindow.left() >= 0);
            CHECK(inWindow.right() < w->width());
        }
    }
}
