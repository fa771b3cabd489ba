"""What both AT-SPI checks share: pyatspi (or CTest's skip without it), Limber's accessible
application on the bus, and a private home in which the real binary runs with its bridge on."""

import os
import sys
import tempfile

try:
    import gi

    gi.require_version("Atspi", "2.0")
    from gi.repository import GLib  # noqa: F401 (the player's check runs GLib's loop)
    import pyatspi
except (ImportError, ValueError) as missing:
    print(f"SKIP: pyatspi is not installed ({missing}); apt install python3-pyatspi at-spi2-core")
    sys.exit(77)


def limber_application():
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name == "limber":
            return app
    return None


def private_environment():
    """Limber's environment: its own XDG folders, X11, and Qt's AT-SPI bridge always on."""
    home = tempfile.mkdtemp(prefix="limber-a11y-")
    return dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, "config"),
                XDG_DATA_HOME=os.path.join(home, "data"), XDG_STATE_HOME=os.path.join(home, "state"),
                XDG_CACHE_HOME=os.path.join(home, "cache"), QT_QPA_PLATFORM="xcb",
                QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
