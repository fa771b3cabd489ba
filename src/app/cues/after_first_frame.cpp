#include "after_first_frame.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <utility>

namespace limber {

namespace {

// Long enough for any first frame, short enough not to hold back what waits for it.
constexpr int deadlineMs = 500;

// Watches one window for its first paint; deletes itself once the work has run.
class FirstFrameWatch : public QObject {
public:
    FirstFrameWatch(QWidget& window, std::function<void()> work)
        : QObject(&window)
        , m_work(std::move(work))
    {
        window.installEventFilter(this);
        QTimer::singleShot(deadlineMs, this, [this] { run(); });
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Queued: the frame is drawn and flushed to the screen before this runs.
            QTimer::singleShot(0, this, [this] { run(); });
        }
        return false;
    }

private:
    void run()
    {
        if (!m_work)
            return;
        std::exchange(m_work, {})();
        deleteLater();
    }

    std::function<void()> m_work;
};

} // namespace

void afterFirstFrame(QWidget& window, std::function<void()> work)
{
    new FirstFrameWatch(window, std::move(work));
}

} // namespace limber
