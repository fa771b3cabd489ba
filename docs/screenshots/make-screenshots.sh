#!/bin/sh
# Builds limber_screenshots and renders the player in each state into this folder, under
# Xvfb so real fonts are used. Usage: docs/screenshots/make-screenshots.sh [BUILD_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-"$root/build"}

cmake -S "$root" -B "$build" >/dev/null
cmake --build "$build" --target limber_screenshots -j"$(nproc)"
xvfb-run -a -s "-screen 0 1920x1200x24" "$build/tests/limber_screenshots" "$here"
QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 2880x1800x24" "$build/tests/limber_screenshots" "$here" 2x
