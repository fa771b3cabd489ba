#!/bin/sh
# Renders docs/screenshots/home.png, library.png and builder.png from a fresh build of the
# screenshot tool, under a virtual X server when there is one (offscreen otherwise).
# Usage: docs/screenshots/make-main-window-screenshots.sh [BUILD_DIR]   (default: build)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$root/build"}
cmake --build "$build" --target limber_main_window_screenshots
if command -v xvfb-run >/dev/null 2>&1; then
    xvfb-run -a -s "-screen 0 1280x900x24" "$build/tests/limber_main_window_screenshots" "$root/docs/screenshots"
else
    QT_QPA_PLATFORM=offscreen "$build/tests/limber_main_window_screenshots" "$root/docs/screenshots"
fi
