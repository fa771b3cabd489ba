// Work held back until a window's first frame: after that paint, never before it; at a
// deadline when the window is never painted; never when the window is gone first.
#include "cues/after_first_frame.h"

#include <QEvent>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <catch2/catch.hpp>
#include <memory>

namespace {

// Counts the paints a window has had.
class PaintCounter : public QObject {
public:
    explicit PaintCounter(QWidget& window) { window.installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        paints += event->type() == QEvent::Paint ? 1 : 0;
        return false;
    }
};

} // namespace

TEST_CASE("Work for after the first frame runs once that frame is painted")
{
    QWidget window;
    window.resize(200, 100);
    PaintCounter counter(window);
    int runs = 0;
    int paintsWhenRun = -1;
    limber::afterFirstFrame(window, [&] {
        ++runs;
        paintsWhenRun = counter.paints;
    });
    QCoreApplication::processEvents();
    CHECK(runs == 0); // not shown yet, and the deadline is not this close

    window.show();
    REQUIRE(QTest::qWaitFor([&runs] { return runs > 0; }, 5'000));
    CHECK(paintsWhenRun >= 1);
    window.update();
    QCoreApplication::processEvents();
    CHECK(runs == 1);
}

TEST_CASE("Work for after the first frame runs at a deadline when the window is never painted")
{
    QWidget window; // never shown
    bool ran = false;
    limber::afterFirstFrame(window, [&ran] { ran = true; });
    CHECK(QTest::qWaitFor([&ran] { return ran; }, 5'000));
}

TEST_CASE("Work for after the first frame never runs when the window goes first")
{
    auto window = std::make_unique<QWidget>();
    auto ran = std::make_shared<bool>(false);
    limber::afterFirstFrame(*window, [ran] { *ran = true; });
    window.reset();
    QObject later;
    bool deadlinePassed = false;
    QTimer::singleShot(1'000, &later, [&deadlinePassed] { deadlinePassed = true; });
    REQUIRE(QTest::qWaitFor([&deadlinePassed] { return deadlinePassed; }, 5'000));
    CHECK_FALSE(*ran);
}
