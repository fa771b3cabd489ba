// limber_history_screenshots OUTDIR: renders Home with the history's glance and the History
// page over five months of generated history, light and dark, into OUTDIR as home-history-*.png
// and history-*.png (run by tools/make-screenshots.sh; not a test), in the sample palettes. The
// main window works in a temporary data folder; its History page is given the generated sessions.
#include "generated_history.h"
#include "history/history_summary.h"
#include "history/history_view.h"
#include "library/home_view.h"
#include "library/main_window.h"
#include "screenshot_support.h"
#include "shared/sample_palettes.h"
#include "storage/data_locations.h"

#include <QApplication>
#include <QStyleFactory>
#include <QTabWidget>

namespace {

constexpr limber::LocalDate today { 2026, 12, 2 };
// Five months of practice.
const limber::testing::HistoryShape shape { 150, 0, 17 };

bool render(const QString& out, const QString& theme)
{
    const limber::DataLocations locations = limber::DataLocations::standard();
    limber::MainWindow window(locations, nullptr);
    const limber::DailyGoal goal { limber::GoalKind::Minutes, 5 };
    limber::HistoryView* history = &window.history();
    history->setGoal(goal);
    history->setSessions(limber::testing::generatedHistory(today, shape), today);
    window.show();

    bool ok = true;
    window.resize(1200, 780);
    window.showPage(limber::MainWindow::Page::Home);
    ok = limber::screenshots::saveScreenshot(
             window, out + QStringLiteral("/home-history-%1.png").arg(theme))
        && ok;
    window.showPage(limber::MainWindow::Page::History);
    ok = limber::screenshots::saveScreenshot(
             window, out + QStringLiteral("/history-%1.png").arg(theme))
        && ok;
    // The main window as a whole is wider than 800 (its Builder asks for more), so the page is
    // shown by itself at the size of a small screen.
    limber::HistoryView page;
    page.setGoal(goal);
    page.setSessions(limber::testing::generatedHistory(today, shape), today);
    page.resize(800, 600);
    page.show();
    ok = limber::screenshots::saveScreenshot(
             page, out + QStringLiteral("/history-%1-800x600.png").arg(theme))
        && ok;
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    const limber::screenshots::ScratchHome home;
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("limber"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString out = limber::screenshots::outputFolder(argc, argv);

    bool ok = true;
    QApplication::setPalette(limber::sampleLightPalette());
    ok = render(out, QStringLiteral("light")) && ok;
    QApplication::setPalette(limber::sampleDarkPalette());
    ok = render(out, QStringLiteral("dark")) && ok;
    return ok ? 0 : 1;
}
