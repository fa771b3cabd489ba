// Opening the History page with ten years of daily use (36,500 sessions, ten a day): a new
// HistoryView given the sessions (the sums of days, weeks, calendar and most played, and the
// list's rows), then the same with its first drawing; each against the floor of copying the same
// sessions, since setSessions takes its vector by value and so both pay that copy. Then giving
// an open page the history again, which also frees the one it had, against a copy that frees
// an old copy likewise. Offscreen and without a database: reading the store has its own bench.
// Rows for bench/run on stdout, what was measured on stderr.
#include "../core/bench_support.h"
#include "generated_history.h"
#include "history/history_view.h"

#include <QApplication>

#include <cstdio>
#include <memory>

namespace {

constexpr limber::LocalDate today { 2026, 12, 2 };
constexpr int repetitions = 9;
constexpr double budget = 3.0;

} // namespace

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const std::vector<limber::SessionRecord> sessions
        = limber::testing::generatedHistory(today, { 3650, 10, 1 });
    std::fprintf(stderr, "history view: %zu generated sessions over 3650 days, offscreen\n",
        sessions.size());

    const auto copyFloor = [&] { return std::vector<limber::SessionRecord>(sessions); };
    const auto open = [&] {
        auto view = std::make_unique<limber::HistoryView>();
        view->resize(1200, 780);
        view->setSessions(sessions, today);
        return view; // destroyed after the clock is read, as the floor's copy is
    };
    bench::printRow("history view: open with 36,500 sessions",
        bench::compare(repetitions, open, copyFloor), budget);

    const auto openAndDraw = [&] {
        auto view = open();
        view->show();
        bench::keep(static_cast<std::size_t>(view->grab().width()));
        return view;
    };
    bench::printRow("history view: open + first drawing",
        bench::compare(repetitions, openAndDraw, copyFloor), budget);

    limber::HistoryView view;
    view.setSessions(sessions, today);
    std::vector<limber::SessionRecord> old = sessions;
    const auto reload = [&] { view.setSessions(sessions, today); };
    // A fresh copy in place of the old one, and the old one freed, as setSessions does.
    const auto replaceFloor = [&] {
        std::vector<limber::SessionRecord> fresh = sessions;
        old.swap(fresh);
    };
    bench::printRow("history view: the history again, on an open page",
        bench::compare(repetitions, reload, replaceFloor), budget);
    return 0;
}
