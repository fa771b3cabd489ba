#!/bin/sh
# Renders every picture in docs/screenshots: the player in each state (at 1x and 2x) and the
# main window's Home, Library and Builder, under Xvfb so real fonts are used (the main window
# offscreen when there is no xvfb-run). Usage: tools/make-screenshots.sh [BUILD_DIR]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/docs/screenshots"
build=${1:-"$root/build"}

cmake -S "$root" -B "$build" >/dev/null
cmake --build "$build" --target limber_screenshots limber_main_window_screenshots -j"$(nproc)"
xvfb-run -a -s "-screen 0 1920x1200x24" "$build/tools/limber_screenshots" "$out"
QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 2880x1800x24" "$build/tools/limber_screenshots" "$out" 2x
if command -v xvfb-run >/dev/null 2>&1; then
    xvfb-run -a -s "-screen 0 1280x900x24" "$build/tools/limber_main_window_screenshots" "$out"
else
    QT_QPA_PLATFORM=offscreen "$build/tools/limber_main_window_screenshots" "$out"
fi
