#!/bin/sh
# Builds and runs the player benchmark under Xvfb: launch to first paint, memory and CPU of
# `limber --routine office-break --start` against a minimal Qt Widgets window, as a table of
# ratios. Run by hand; timings on a shared machine are not pass/fail material.
# Usage: bench/player/run-player-bench.sh [BUILD_DIR] [LAUNCHES]   (bench/player/README.md)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-"$root/build-bench"}
launches=${2:-10}

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DLIMBER_BUILD_BENCH=ON >/dev/null
cmake --build "$build" --target limber limber_bench_minimal_window limber_bench_player -j"$(nproc)"

# A private runtime dir: no running Limber can take the launch over, and no user files.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
chmod 700 "$scratch"
XDG_RUNTIME_DIR=$scratch XDG_DATA_HOME=$scratch/data XDG_STATE_HOME=$scratch/state \
XDG_CONFIG_HOME=$scratch/config \
    xvfb-run -a -s "-screen 0 1280x800x24" \
    "$build/bench/limber_bench_player" "$build/limber" "$build/bench/limber_bench_minimal_window" \
    "$here/long-hold.json" "$launches"
