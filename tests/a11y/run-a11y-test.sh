#!/usr/bin/env bash
# Runs an AT-SPI check in a world of its own: a private D-Bus session (the accessibility bus is
# started in it on demand, as on a desktop) and a private X server. Usage:
#   run-a11y-test.sh PYTHON SCRIPT LIMBER
# Exits 77 (CTest's skip) when a tool it needs is missing.
set -euo pipefail
python=$1 script=$2 limber=$3
for tool in dbus-run-session xvfb-run; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed"
        exit 77
    fi
done
if [ ! -x /usr/libexec/at-spi-bus-launcher ]; then
    echo "SKIP: at-spi2-core is not installed"
    exit 77
fi
# timeout: however the bus or the server misbehave, the test ends.
exec timeout -k 5 35 dbus-run-session -- \
    xvfb-run -a -s "-screen 0 1280x800x24" "$python" "$script" "$limber"
