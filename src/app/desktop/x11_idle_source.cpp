#include "x11_idle_source.h"

#include <cstdlib>
#include <memory>
#include <xcb/screensaver.h>
#include <xcb/xcb.h>

namespace limber {

X11IdleSource::X11IdleSource(xcb_connection_t* connection)
    : m_connection(connection)
{
    if (!m_connection || xcb_connection_has_error(m_connection))
        return;
    const xcb_screen_iterator_t screens = xcb_setup_roots_iterator(xcb_get_setup(m_connection));
    if (screens.rem == 0)
        return;
    m_root = screens.data->root;
    const xcb_query_extension_reply_t* extension
        = xcb_get_extension_data(m_connection, &xcb_screensaver_id);
    m_available = extension && extension->present;
}

std::optional<std::int64_t> X11IdleSource::idleMs()
{
    if (!m_available)
        return std::nullopt;
    const xcb_screensaver_query_info_cookie_t cookie
        = xcb_screensaver_query_info(m_connection, m_root);
    const std::unique_ptr<xcb_screensaver_query_info_reply_t, decltype(&std::free)> reply(
        xcb_screensaver_query_info_reply(m_connection, cookie, nullptr), &std::free);
    if (!reply)
        return std::nullopt;
    return std::int64_t { reply->ms_since_user_input };
}

} // namespace limber
