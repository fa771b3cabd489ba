// limber_screenshots OUTDIR [SUFFIX]: renders the player in each state with a fake clock and
// saves PNGs for docs/screenshots (run by tools/make-screenshots.sh; not a test):
// 1280×800 and 800×600 in the system palette, 1280×800 in the sample dark one. With SUFFIX, only
// the hold, named hold-SUFFIX.png: run under QT_SCALE_FACTOR=2 to see it on a high-DPI screen.
#include "fake_clock.h"
#include "player/player_controller.h"
#include "player/player_routine.h"
#include "player/player_window.h"
#include "screenshot_support.h"
#include "shared/sample_palettes.h"
#include "storage/library_loader.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QStyleFactory>
#include <QThread>
#include <QToolButton>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>

namespace {

using limber::PlayerController;

struct Shot {
    const char* name;
    const char* routine;
    std::int64_t atMs; // plan time; negative: not started
    std::function<void(limber::PlayerWindow&)> then; // a control to press once there
    std::int64_t endMs = -1; // then, the clock moved on to this plan time; negative: not
};

// The keyboard focus is drawn only in an active window.
void activate(limber::PlayerWindow& window)
{
    window.activateWindow();
    for (int i = 0; i < 50 && !window.isActiveWindow(); ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
}

// Next through every step of the routine's first stretch.
void nextThroughFirst(limber::PlayerWindow& window)
{
    PlayerController& controller = window.controller();
    while (controller.session().exerciseNumber(controller.now()) == 1
        && controller.state() == limber::SessionState::Running)
        controller.next();
}

limber::PlayerRoutine builtIn(const limber::Library& library, const char* id)
{
    limber::PreparedRoutine prepared
        = limber::prepareRoutine(library, QString::fromUtf8(id), limber::PlanOptions {});
    if (!prepared.routine) {
        std::fprintf(stderr, "no routine %s\n", id);
        std::exit(1);
    }
    return std::move(*prepared.routine);
}

void press(limber::PlayerWindow& window, const char* accessibleName)
{
    for (auto* button : window.findChildren<QToolButton*>()) {
        if (button->accessibleName() == QString::fromUtf8(accessibleName))
            button->click();
    }
}

bool save(const limber::Library& library, const Shot& shot, QSize size, const QString& path)
{
    limber::test::FakeClock clock;
    limber::PlayerWindow window(builtIn(library, shot.routine), clock);
    // Animations stay on so the figure shows the moment's own pose (reduced motion would show
    // still poses); the fake clock stands still, so no frame comes due before the grab.
    window.resize(size);
    window.show();
    PlayerController& controller = window.controller();
    if (shot.atMs >= 0) {
        const std::int64_t start = clock.nowMs();
        controller.start();
        clock.set(start + shot.atMs);
        controller.refresh();
    }
    if (shot.then)
        shot.then(window);
    if (shot.endMs >= 0) {
        clock.set(clock.nowMs() + shot.endMs);
        controller.refresh();
    }
    return limber::screenshots::saveScreenshot(window, path);
}

} // namespace

int main(int argc, char** argv)
{
    // The player reads the practice and sound settings: a scratch home keeps them the defaults.
    const limber::screenshots::ScratchHome home;
    QApplication app(argc, argv);
    if (argc != 2 && argc != 3) {
        std::fprintf(stderr, "usage: limber_screenshots OUTDIR [SUFFIX]\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    limber::Library library;
    limber::addBuiltInData(library);
    library.resolve();

    // thoracic-mobility: 0 lead-in, 5 s hold left (in-breaths from 0 every 10 s), 50 s
    // switch, 1:45 set 1, 3:45 rest, 4:15 set 2 (8 s per alternating rep).
    const std::vector<Shot> shots {
        { "start", "office-break", -1, {} },
        { "lead-in", "thoracic-mobility", 1'200, {} },
        { "hold", "thoracic-mobility", 5'000 + 20'000 + 2'300, {} },
        // The top of an in-breath and the bottom of an out-breath: the figure's two ends.
        { "hold-in", "thoracic-mobility", 5'000 + 20'000 + 4'000, {} },
        { "hold-out", "thoracic-mobility", 5'000 + 30'000, {} },
        { "switch", "thoracic-mobility", 51'600, {} },
        { "set", "thoracic-mobility", 255'000 + 48'500, {} },
        { "rest", "thoracic-mobility", 225'000 + 12'000, {} },
        { "paused", "thoracic-mobility", 5'000 + 24'000 + 1'500,
            [](auto& w) { w.controller().pause(); } },
        { "details", "thoracic-mobility", 5'000 + 31'000,
            [](auto& w) { press(w, "Avoid & cautions"); } },
        { "done", "office-break", 300'000, {} },
        // For keyboards and honesty: the focus ring on Start, and the closing page after the
        // first stretch was passed with Next.
        { "start-focus", "office-break", -1, activate },
        { "done-after-next", "office-break", 1'000, nextThroughFirst, 400'000 },
    };
    bool ok = true;
    if (argc == 3) {
        const auto hold = std::find_if(shots.begin(), shots.end(),
            [](const Shot& shot) { return std::strcmp(shot.name, "hold") == 0; });
        const QString name = QStringLiteral("hold-%1.png").arg(QString::fromLocal8Bit(argv[2]));
        return save(library, *hold, { 1280, 800 }, out.filePath(name)) ? 0 : 1;
    }
    for (const Shot& shot : shots)
        ok &= save(library, shot, { 1280, 800 },
            out.filePath(QString::fromUtf8(shot.name) + QStringLiteral(".png")));
    for (const Shot& shot : shots)
        ok &= save(library, shot, { 800, 600 },
            out.filePath(QString::fromUtf8(shot.name) + QStringLiteral("-800x600.png")));

    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(limber::sampleDarkPalette());
    for (const Shot& shot : shots)
        ok &= save(library, shot, { 1280, 800 },
            out.filePath(QString::fromUtf8(shot.name) + QStringLiteral("-dark.png")));
    return ok ? 0 : 1;
}
