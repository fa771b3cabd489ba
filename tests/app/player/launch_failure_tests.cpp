// A player launch that fails says so in a message window: found, read and closed here, so the
// test never waits on a modal window.
#include "catch_qt.h"
#include "player/launch_failure.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <catch2/catch.hpp>

TEST_CASE("A launch that cannot play its routine shows why in a message window", "[player][launch]")
{
    limber::Diagnostic problem;
    problem.file = "nope";
    problem.message = "no routine or routine file of that name";
    QString title;
    QString text;
    QString details;
    bool closed = false;
    // Once the window is up, inside its own event loop: read it and close it.
    QTimer::singleShot(0, qApp, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        title = box->windowTitle();
        text = box->text();
        details = box->informativeText();
        closed = true;
        box->close();
    });
    limber::showLaunchFailure(QStringLiteral("nope"), { problem });
    REQUIRE(closed);
    CHECK(title == QStringLiteral("Limber cannot play this routine"));
    CHECK(text == QStringLiteral("Limber cannot play \"nope\"."));
    CHECK(details.contains(QStringLiteral("nope")));
    CHECK(details.contains(QStringLiteral("no routine or routine file of that name")));

    // The tests run on the offscreen platform, where no one would see a window.
    CHECK_FALSE(limber::launchFailureNeedsWindow());
}
