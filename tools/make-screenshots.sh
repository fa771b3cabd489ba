#!/bin/sh
# Renders every picture in docs/screenshots (not those in docs/screenshots/by-hand, which were
# taken by hand on a real desktop: see the README there), each from a fresh build of its tool
# under a virtual X server, so that real fonts are used:
#   - the player in each state, on a fake clock (tools/screenshots/player_screenshots.cpp):
#     NAME.png at 1280×800 and NAME-800x600.png in the system palette, NAME-dark.png in the
#     sample dark one, and hold-2x.png at twice the scale;
#   - the main window's home.png, library.png and builder.png
#     (tools/screenshots/main_window_screenshots.cpp);
#   - Home and the History page over a generated history, home-history-{light,dark}.png,
#     history-{light,dark}.png and history-{light,dark}-800x600.png, in the sample palettes
#     (tools/screenshots/history_screenshots.cpp);
#   - the import's question about a routine the person already has, import-collision.png
#     (tools/screenshots/import_question_screenshot.cpp).
# The main window's, the history's and the import's pictures are made offscreen when there is no
# xvfb-run (the player's need it). docs/figures.png, every figure pose by pose, is made by
# tools/figures/make-contact-sheet.sh.
# Usage: tools/make-screenshots.sh [BUILD_DIR]   (default: build)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/docs/screenshots"
build=${1:-"$root/build"}

# Runs a tool under a virtual X server of the given size, or offscreen without one.
render() {
    screen=$1
    shift
    if command -v xvfb-run >/dev/null 2>&1; then
        xvfb-run -a -s "-screen 0 ${screen}x24" "$@"
    else
        QT_QPA_PLATFORM=offscreen "$@"
    fi
}

cmake -S "$root" -B "$build" >/dev/null
cmake --build "$build" -j"$(nproc)" --target limber_screenshots limber_main_window_screenshots \
    limber_history_screenshots limber_import_question_screenshot
xvfb-run -a -s "-screen 0 1920x1200x24" "$build/tools/limber_screenshots" "$out"
QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 2880x1800x24" "$build/tools/limber_screenshots" "$out" 2x
render 1280x900 "$build/tools/limber_main_window_screenshots" "$out"
render 1280x900 "$build/tools/limber_history_screenshots" "$out"
render 1280x900 "$build/tools/limber_import_question_screenshot" "$out"
