#include "first_paint_probe.h"

#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <unistd.h>

namespace limber {

namespace {

bool isSet(const char* name)
{
    return qEnvironmentVariableIntValue(name) == 1;
}

std::int64_t nanoseconds(clockid_t clock)
{
    timespec now {};
    clock_gettime(clock, &now);
    return std::int64_t { now.tv_sec } * 1'000'000'000 + now.tv_nsec;
}

// Milliseconds since the kernel started this process (/proc/self/stat field 22, in clock
// ticks since boot): coarse (10 ms), but needs nothing from whoever launched us.
long long msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields[19].toDouble(); // field 22, counted after "pid (comm)"
    const double ticksPerSecond = static_cast<double>(sysconf(_SC_CLK_TCK));
    const double sinceBootMs = static_cast<double>(nanoseconds(CLOCK_BOOTTIME)) / 1e6;
    return static_cast<long long>(sinceBootMs - startTicks * 1000.0 / ticksPerSecond);
}

} // namespace

void FirstPaintProbe::install(QWidget& window, std::function<void()> pause)
{
    const bool exit = isSet("LIMBER_BENCH_EXIT_ON_FIRST_PAINT");
    const bool pauseAsked = isSet("LIMBER_BENCH_PAUSE_ON_FIRST_PAINT");
    if (exit || (pauseAsked && pause))
        new FirstPaintProbe(window, exit, pauseAsked ? std::move(pause) : std::function<void()> {});
}

FirstPaintProbe::FirstPaintProbe(QWidget& window, bool exit, std::function<void()> pause)
    : QObject(&window)
    , m_exit(exit)
    , m_pause(std::move(pause))
{
    window.installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Paint)
        return false;
    watched->removeEventFilter(this);
    // Queued: runs once this paint has been drawn and flushed to the screen.
    QTimer::singleShot(0, this, [this] { report(); });
    return false;
}

void FirstPaintProbe::report() const
{
    if (m_pause)
        m_pause();
    if (!m_exit)
        return;
    std::printf("first-paint monotonic_ns=%lld since_start_ms=%lld\n",
        static_cast<long long>(nanoseconds(CLOCK_MONOTONIC)), msSinceProcessStart());
    std::fflush(stdout);
    // At once, not through the event loop: what waits for the first frame (loading the voice,
    // making the sounds) would otherwise run first and count in the memory "at first frame".
    std::_Exit(0);
}

} // namespace limber
