// Benchmark hooks (bench/README.md), read once at start and inert unless set:
//   LIMBER_BENCH_EXIT_ON_FIRST_PAINT=1   at the window's first paint, print
//       "first-paint monotonic_ns=N since_start_ms=M" on stdout and end the process at once;
//   LIMBER_BENCH_PAUSE_ON_FIRST_PAINT=1  at the first paint, run `pause` (idle-CPU runs).
// Shared by the player and bench/minimal_window.cpp so both are measured the same way.
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace limber {

class FirstPaintProbe : public QObject {
public:
    // Watches `window` if a hook is set; otherwise does nothing at all.
    static void install(QWidget& window, std::function<void()> pause = {});

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    FirstPaintProbe(QWidget& window, bool exit, std::function<void()> pause);
    void report() const;

    bool m_exit = false;
    std::function<void()> m_pause;
};

} // namespace limber
