#include "x11_fullscreen_source.h"

#include <cstdlib>
#include <cstring>
#include <memory>
#include <xcb/xcb.h>

namespace limber {

namespace {

using PropertyReply = std::unique_ptr<xcb_get_property_reply_t, decltype(&std::free)>;

PropertyReply property(xcb_connection_t* connection, xcb_window_t window, xcb_atom_t name,
    xcb_atom_t type, std::uint32_t longs)
{
    const xcb_get_property_cookie_t cookie
        = xcb_get_property(connection, 0, window, name, type, 0, longs);
    return { xcb_get_property_reply(connection, cookie, nullptr), &std::free };
}

} // namespace

X11FullscreenSource::X11FullscreenSource(xcb_connection_t* connection)
    : m_connection(connection)
{
    if (!m_connection || xcb_connection_has_error(m_connection))
        return;
    const xcb_screen_iterator_t screens = xcb_setup_roots_iterator(xcb_get_setup(m_connection));
    if (screens.rem == 0)
        return;
    m_root = screens.data->root;
    m_activeWindow = atom("_NET_ACTIVE_WINDOW");
    m_state = atom("_NET_WM_STATE");
    m_fullscreen = atom("_NET_WM_STATE_FULLSCREEN");
}

std::uint32_t X11FullscreenSource::atom(const char* name) const
{
    const xcb_intern_atom_cookie_t cookie
        = xcb_intern_atom(m_connection, 0, static_cast<std::uint16_t>(std::strlen(name)), name);
    const std::unique_ptr<xcb_intern_atom_reply_t, decltype(&std::free)> reply(
        xcb_intern_atom_reply(m_connection, cookie, nullptr), &std::free);
    return reply ? reply->atom : std::uint32_t { XCB_ATOM_NONE };
}

std::optional<bool> X11FullscreenSource::fullscreenFocused()
{
    if (m_root == 0 || m_activeWindow == XCB_ATOM_NONE)
        return std::nullopt;
    const PropertyReply active = property(m_connection, m_root, m_activeWindow, XCB_ATOM_WINDOW, 1);
    if (!active || active->type != XCB_ATOM_WINDOW || active->format != 32
        || xcb_get_property_value_length(active.get()) < 4)
        return std::nullopt;
    const xcb_window_t window = *static_cast<xcb_window_t*>(xcb_get_property_value(active.get()));
    if (window == XCB_WINDOW_NONE)
        return false; // the desktop itself has the focus
    // A window that closed since is not fullscreen: its reply is an error, read as no state.
    const PropertyReply state = property(m_connection, window, m_state, XCB_ATOM_ATOM, 64);
    if (!state || state->type != XCB_ATOM_ATOM || state->format != 32)
        return false;
    const auto* atoms = static_cast<const xcb_atom_t*>(xcb_get_property_value(state.get()));
    const int count = xcb_get_property_value_length(state.get()) / 4;
    for (int i = 0; i < count; ++i)
        if (atoms[i] == m_fullscreen)
            return true;
    return false;
}

} // namespace limber
