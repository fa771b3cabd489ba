#!/usr/bin/env python3
"""The main window's named controls, as a screen reader finds them on the real AT-SPI bus.

Run inside a private D-Bus session and X server (run-a11y-test.sh): starts the real `limber`
with no routine (the main window on Home), walks its accessible tree and checks that each built-in
routine's card is named after the routine and its buttons say which routine they act on. Exit 0
when every check passes, 1 when one fails, 77 (CTest's skip) when pyatspi is not installed.
"""

import json
import subprocess
import sys
import time

from a11y_support import limber_application, private_environment, pyatspi

DEADLINE_S = 20



def named_objects(root):
    """(role, name) of every object under root that has a name."""
    found = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        try:
            if node.name:
                found.add((node.getRole(), node.name))
            stack.extend(node.getChildAtIndex(i) for i in range(node.childCount))
        except Exception:  # an object that went while the tree was walked
            continue
    return found


def expected_names(limber):
    listed = subprocess.run([limber, "--list", "--json"], capture_output=True, text=True,
                            check=True, timeout=10).stdout
    names = [r["name"] for r in json.loads(listed)["routines"] if r["origin"] == "built-in"]
    expected = set()
    for name in names:
        expected.add((pyatspi.ROLE_PUSH_BUTTON, f"Play {name}"))
        expected.add((pyatspi.ROLE_PUSH_BUTTON, f"Open {name} in the builder"))
    return names, expected


def main():
    limber = sys.argv[1]
    names, expected = expected_names(limber)
    env = private_environment()
    window = subprocess.Popen([limber], env=env)
    started = time.monotonic()
    found = set()
    try:
        # The tree fills in as the window is laid out: ask again until every name is there.
        while time.monotonic() - started < DEADLINE_S and window.poll() is None:
            app = limber_application()
            if app is not None:
                found = named_objects(app)
                if expected <= found:
                    break
            time.sleep(0.2)
    finally:
        window.terminate()
        try:
            window.wait(timeout=5)
        except subprocess.TimeoutExpired:
            window.kill()

    problems = [f"no button named {name!r}" for _, name in sorted(expected - found)]
    cards = {name for _, name in found}
    problems += [f"no card named {name!r}" for name in names if name not in cards]
    print(f"{len(found)} named objects; {len(expected & found)} of {len(expected)} expected buttons")
    for problem in problems:
        print(f"FAIL: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
