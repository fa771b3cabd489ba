// The X11 sources against a real X server (Xvfb) of the test's own: the idle time grows while
// nothing happens and starts again after an `xdotool key`; the fullscreen window is read from
// the properties an EWMH window manager sets, set here by the test as one would. Skipped, and
// said so, when Xvfb is not installed.
#include "desktop/x11_fullscreen_source.h"
#include "desktop/x11_idle_source.h"
#include "desktop_test_support.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <xcb/xcb.h>

namespace {

// An Xvfb on the first free display, ended with the test.
class VirtualDisplay {
public:
    VirtualDisplay()
    {
        m_server.start(desktop_test::findTool(QStringLiteral("Xvfb")),
            { QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                QStringLiteral("0"), QStringLiteral("640x480x24"), QStringLiteral("-nolisten"),
                QStringLiteral("tcp") });
        QElapsedTimer waited;
        waited.start();
        while (!m_server.canReadLine() && waited.elapsed() < 10'000)
            m_server.waitForReadyRead(500);
        const QByteArray number = m_server.readLine().trimmed();
        if (!number.isEmpty())
            m_name = ':' + number;
    }
    ~VirtualDisplay()
    {
        m_server.terminate();
        m_server.waitForFinished(5'000);
    }
    VirtualDisplay(const VirtualDisplay&) = delete;
    VirtualDisplay& operator=(const VirtualDisplay&) = delete;

    QByteArray name() const { return m_name; }

private:
    QProcess m_server;
    QByteArray m_name;
};

struct Disconnect {
    void operator()(xcb_connection_t* connection) const { xcb_disconnect(connection); }
};
using Connection = std::unique_ptr<xcb_connection_t, Disconnect>;

xcb_atom_t atom(xcb_connection_t* connection, const char* name)
{
    const auto cookie
        = xcb_intern_atom(connection, 0, static_cast<std::uint16_t>(std::strlen(name)), name);
    const std::unique_ptr<xcb_intern_atom_reply_t, decltype(&std::free)> reply(
        xcb_intern_atom_reply(connection, cookie, nullptr), &std::free);
    return reply ? reply->atom : std::uint32_t { XCB_ATOM_NONE };
}

void setProperty(xcb_connection_t* connection, xcb_window_t window, xcb_atom_t name,
    xcb_atom_t type, const std::vector<std::uint32_t>& values)
{
    xcb_change_property(connection, XCB_PROP_MODE_REPLACE, window, name, type, 32,
        static_cast<std::uint32_t>(values.size()), values.data());
    xcb_flush(connection);
}

} // namespace

TEST_CASE("X11 idle time grows with no input and starts again after a key", "[x11]")
{
    if (desktop_test::findTool(QStringLiteral("Xvfb")).isEmpty()) {
        WARN("skipped: Xvfb is not installed");
        return;
    }
    const QString xdotool = desktop_test::findTool(QStringLiteral("xdotool"));
    REQUIRE_FALSE(xdotool.isEmpty()); // installed with Xvfb by .ci/install-deps
    VirtualDisplay display;
    REQUIRE_FALSE(display.name().isEmpty());
    const Connection connection(xcb_connect(display.name().constData(), nullptr));
    REQUIRE(xcb_connection_has_error(connection.get()) == 0);

    limber::X11IdleSource idle(connection.get());
    REQUIRE(idle.available());
    const std::optional<std::int64_t> first = idle.idleMs();
    REQUIRE(first);
    // The server's own clock runs: look until it has counted 600 ms more (10 s at most).
    std::optional<std::int64_t> later = first;
    QElapsedTimer waited;
    waited.start();
    while (later && *later < *first + 600 && waited.elapsed() < 10'000) {
        QThread::msleep(50);
        later = idle.idleMs();
    }
    REQUIRE(later);
    CHECK(*later >= *first + 600);

    qputenv("DISPLAY", display.name());
    const desktop_test::RunResult key
        = desktop_test::run(xdotool, { QStringLiteral("key"), QStringLiteral("shift") });
    qunsetenv("DISPLAY");
    REQUIRE(key.exitCode == 0);
    const std::optional<std::int64_t> afterKey = idle.idleMs();
    REQUIRE(afterKey);
    CHECK(*afterKey < *later);
    CHECK(*afterKey < 500);
}

TEST_CASE("The X11 fullscreen window is read from the window manager's properties", "[x11]")
{
    if (desktop_test::findTool(QStringLiteral("Xvfb")).isEmpty()) {
        WARN("skipped: Xvfb is not installed");
        return;
    }
    VirtualDisplay display;
    REQUIRE_FALSE(display.name().isEmpty());
    const Connection connection(xcb_connect(display.name().constData(), nullptr));
    REQUIRE(xcb_connection_has_error(connection.get()) == 0);
    xcb_connection_t* c = connection.get();
    const xcb_screen_t* screen = xcb_setup_roots_iterator(xcb_get_setup(c)).data;

    limber::X11FullscreenSource fullscreen(c);
    CHECK_FALSE(fullscreen.doNotDisturb());
    // No window manager yet: nobody says which window is active.
    CHECK_FALSE(fullscreen.fullscreenFocused());

    const xcb_window_t window = xcb_generate_id(c);
    xcb_create_window(c, XCB_COPY_FROM_PARENT, window, screen->root, 0, 0, 100, 100, 0,
        XCB_WINDOW_CLASS_INPUT_OUTPUT, screen->root_visual, 0, nullptr);
    const xcb_atom_t active = atom(c, "_NET_ACTIVE_WINDOW");
    const xcb_atom_t state = atom(c, "_NET_WM_STATE");
    const xcb_atom_t full = atom(c, "_NET_WM_STATE_FULLSCREEN");
    const xcb_atom_t above = atom(c, "_NET_WM_STATE_ABOVE");

    setProperty(c, screen->root, active, XCB_ATOM_WINDOW, { window });
    CHECK(fullscreen.fullscreenFocused() == false); // active, no state at all
    setProperty(c, window, state, XCB_ATOM_ATOM, { above, full });
    CHECK(fullscreen.fullscreenFocused() == true);
    setProperty(c, window, state, XCB_ATOM_ATOM, { above });
    CHECK(fullscreen.fullscreenFocused() == false);

    setProperty(c, window, state, XCB_ATOM_ATOM, { full });
    setProperty(c, screen->root, active, XCB_ATOM_WINDOW, { XCB_WINDOW_NONE });
    CHECK(fullscreen.fullscreenFocused() == false); // the desktop has the focus
    setProperty(c, screen->root, active, XCB_ATOM_WINDOW, { window });
    CHECK(fullscreen.fullscreenFocused() == true);
    xcb_destroy_window(c, window);
    xcb_flush(c);
    CHECK(fullscreen.fullscreenFocused() == false); // the window closed since
}
