# `cpack` in a build dir makes a Debian package of what `cmake --install` installs. Depends
# names the bookworm runtime packages by hand: the libraries limber links (among them xcb and
# its screen-saver extension, for the reminders' idle time), and what it loads at run time,
# which no library scan would find: the Qt plugins (platforms, SVG icons) and flite's libraries
# for the voice (libflite1, opened by cues/flite_library.h).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME limber)
set(CPACK_PACKAGE_VENDOR "The Limber authors")
set(CPACK_PACKAGE_CONTACT "Limber maintainers <limber@users.noreply.github.com>")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "guided stretch breaks with breathing cues")
# One string per line of the control file, where each gets a leading space: at most 79
# characters here keeps the lines within the 80 columns lintian checks.
set(CPACK_PACKAGE_DESCRIPTION
    "Limber walks you through a stretch break: what to do, which side, when to\n"
    "breathe in and out, and how long is left. It has a 5-minute desk break, a\n"
    "morning routine, break reminders in the tray, and routines of your own as\n"
    "plain JSON files.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(limber_qt_version "6.4")
set(limber_deb_depends
    "libc6 (>= 2.34)"
    "libstdc++6 (>= 11)"
    "libgcc-s1 (>= 3.0)"
    "libqt6core6 (>= ${limber_qt_version})"
    "libqt6gui6 (>= ${limber_qt_version})"
    "libqt6widgets6 (>= ${limber_qt_version})"
    "libqt6network6 (>= ${limber_qt_version})"
    "libqt6dbus6 (>= ${limber_qt_version})"
    "libqt6svg6 (>= ${limber_qt_version})"
    "libqt6multimedia6 (>= ${limber_qt_version})"
    "libqt6sql6 (>= ${limber_qt_version})"
    "libqt6sql6-sqlite"
    "libsqlite3-0"
    "libflite1"
    "libxcb1"
    "libxcb-screensaver0"
    "qt6-qpa-plugins"
    "libspdlog1.10"
    "libfmt9")
string(JOIN ", " CPACK_DEBIAN_PACKAGE_DEPENDS ${limber_deb_depends})

include(CPack)
