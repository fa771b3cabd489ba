#!/bin/sh
# Renders docs/screenshots/home-history-*.png and history-*.png (light and dark, 1200×780 and
# 800×600) from a fresh build of the history's screenshot tool, under a virtual X server when
# there is one (offscreen otherwise).
# Usage: docs/screenshots/make-history-screenshots.sh [BUILD_DIR]   (default: build)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$root/build"}
cmake --build "$build" --target limber_history_screenshots
if command -v xvfb-run >/dev/null 2>&1; then
    xvfb-run -a -s "-screen 0 1280x900x24" "$build/tests/limber_history_screenshots" "$root/docs/screenshots"
else
    QT_QPA_PLATFORM=offscreen "$build/tests/limber_history_screenshots" "$root/docs/screenshots"
fi
