// Each problem can be acted on: its file opened, its folder opened, its message copied. The
// opener is the test's, so nothing is launched.
#include "../support/child.h"
#include "library/problems_view.h"
#include "test_support.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QListWidget>
#include <QUrl>

#include <catch2/catch.hpp>

using limber::test::child;

using namespace testing;

TEST_CASE("a problem opens its file or its folder and copies its message")
{
    TestDirs dirs;
    const QString broken = dirs.routines() + QStringLiteral("/broken.json");
    writeFile(broken, "{");
    const QString userFolder = dirs.path() + QStringLiteral("/data/limber");
    QList<QUrl> opened;
    limber::ProblemsView view([&opened](const QUrl& url) {
        opened << url;
        return true;
    });
    limber::Diagnostic diagnostic;
    diagnostic.file = broken.toStdString();
    diagnostic.line = 1;
    diagnostic.column = 2;
    diagnostic.message = "parse error";
    const QString moved = dirs.routines() + QStringLiteral("/old.json.broken-20260101-120000");
    writeFile(moved, "{");
    view.setProblems({ diagnostic },
        { moved + QStringLiteral(": did not load, so it was moved aside"),
            QStringLiteral("\"x\" is not one of your routines") },
        userFolder);
    REQUIRE(view.count() == 3);
    auto& list = child<QListWidget>(view, QStringLiteral("problems-list"));
    auto& openFile = child<QAction>(view, QStringLiteral("problem-open-file"));
    auto& openFolder = child<QAction>(view, QStringLiteral("problem-open-folder"));
    auto& copy = child<QAction>(view, QStringLiteral("problem-copy"));
    CHECK(list.actions().size() == 3); // the same three in the list's context menu

    // A file's problem: the file, the folder it is in, the line as shown.
    list.setCurrentRow(0);
    REQUIRE(openFile.isEnabled());
    openFile.trigger();
    openFolder.trigger();
    copy.trigger();
    CHECK(opened
        == QList<QUrl> { QUrl::fromLocalFile(broken), QUrl::fromLocalFile(dirs.routines()) });
    CHECK(QGuiApplication::clipboard()->text() == view.lines()[0]);
    CHECK(view.lines()[0].startsWith(broken + QStringLiteral(":1:2:")));

    // A session problem names its file at the start.
    opened.clear();
    list.setCurrentRow(1);
    openFile.trigger();
    CHECK(opened == QList<QUrl> { QUrl::fromLocalFile(moved) });

    // A problem about no one file: no file to open; the folder is the person's own.
    opened.clear();
    list.setCurrentRow(2);
    CHECK_FALSE(openFile.isEnabled());
    QDir().mkpath(userFolder);
    view.setProblems({}, { QStringLiteral("\"x\" is not one of your routines") }, userFolder);
    REQUIRE(view.count() == 1);
    CHECK_FALSE(openFile.isEnabled());
    openFolder.trigger();
    CHECK(opened == QList<QUrl> { QUrl::fromLocalFile(userFolder) });

    // Several selected are copied one a line.
    view.setProblems(
        { diagnostic }, { QStringLiteral("\"x\" is not one of your routines") }, userFolder);
    list.selectAll();
    copy.trigger();
    CHECK(QGuiApplication::clipboard()->text() == view.lines().join(QLatin1Char('\n')));

    // No problems: nothing to act on.
    view.setProblems({}, {}, userFolder);
    CHECK_FALSE(openFile.isEnabled());
    CHECK_FALSE(openFolder.isEnabled());
    CHECK_FALSE(copy.isEnabled());
}
