#!/usr/bin/env python3
"""What a screen reader hears from Limber, through the real AT-SPI bus.

Run inside a private D-Bus session and an X server of its own (see run-a11y-test.sh): it
listens on the accessibility bus as a screen reader would, plays a short routine in the real
`limber` binary, and checks what each window offers. Exit 0 when every check passes, 1 when
one fails, 77 (CTest's skip) when pyatspi is not installed.

One check function per window, in WINDOW_CHECKS: the player's; the main window's named controls
are checked by main_window_names.py, which starts Limber without a routine.
"""

import json
import os
import subprocess
import sys
import time

from a11y_support import GLib, limber_application, private_environment, pyatspi

HERE = os.path.dirname(os.path.abspath(__file__))
ROUTINE = os.path.join(HERE, "short-routine.json")
PACE = "1,1"
# The routine plays 15 s; this is the most the whole run may take before it is a failure.
DEADLINE_S = 25


class Recorder:
    """Every speakable event, in order: notifications shown and focus changes, with names."""

    def __init__(self):
        self.events = []  # (kind, role, name)

    def __call__(self, event):
        try:
            source = event.source
            role = source.getRole()
            name = source.name or ""
        except Exception:  # the object went before it could be asked
            return
        if event.type.startswith("object:state-changed:showing"):
            if event.detail1 == 1 and role == pyatspi.ROLE_NOTIFICATION:
                self.events.append(("notification", role, name))
        elif event.type.startswith("object:state-changed:focused"):
            if event.detail1 == 1:
                self.events.append(("focus", role, name))

    def notifications(self):
        return [name for kind, _, name in self.events if kind == "notification"]



def plan_of(limber):
    text = subprocess.run(
        [limber, "--plan", ROUTINE, "--pace", PACE, "--json"],
        check=True, capture_output=True, text=True, timeout=10).stdout
    return json.loads(text)


def expected_fragments(plan):
    """What must be said, in order: each stretch, hold, switch, side, step and cue."""
    fragments = []
    stretch = 0
    shown_side = None
    for segment in plan["segments"]:
        kind = segment["kind"]
        cues = segment["cues"]
        side = segment.get("side") or (cues[0].get("side") if cues else None)
        if kind == "lead-in":
            stretch += 1
            fragments += [f"Stretch {stretch} of ", "Get ready."]
            shown_side = None
        else:
            fragments.append({"switch": "Switch sides.", "hold": "Hold.", "set": "Reps."}[kind])
        if side:
            fragments.append(f"{side.capitalize()} side.")
            shown_side = side
        if kind in ("hold", "set"):
            fragments.append("Step 1 of ")
        for cue in cues:
            cue_side = cue.get("side")
            if cue_side and cue_side != shown_side:
                fragments.append(f"{cue_side.capitalize()} side.")
                shown_side = cue_side
            fragments.append(cue["text"])
    return fragments


def check_in_order(said, fragments):
    """Each fragment in some sentence, each after the one before; the first missing, or None."""
    text = "\n".join(said)
    at = 0
    for fragment in fragments:
        found = text.find(fragment, at)
        if found < 0:
            return fragment
        at = found + len(fragment)
    return None


def check_player(app, recorder, plan, problems):
    frames = [app.getChildAtIndex(i) for i in range(app.childCount)]
    if not any(f is not None and f.getRole() == pyatspi.ROLE_FRAME
               and f.name == plan["name"] for f in frames):
        found = [(f.getRoleName(), f.name) for f in frames if f is not None]
        problems.append(f"no frame named {plan['name']!r} for the player; found {found}")


def check_player_speech(recorder, plan, problems):
    said = recorder.notifications()
    missing = check_in_order(said, expected_fragments(plan))
    if missing:
        problems.append(f"never said (in order): {missing!r}")
    closing = [i for i, (kind, _, name) in enumerate(recorder.events)
               if kind == "notification" and name.startswith("Well done, 2 of 2 stretches")]
    again = [i for i, (kind, role, name) in enumerate(recorder.events)
             if kind == "focus" and role == pyatspi.ROLE_PUSH_BUTTON and name == "Again"]
    if not closing:
        problems.append("the closing page was not read")
    elif not again or again[-1] < closing[0]:
        problems.append("the focus did not land on Again after the closing page was read")


# One function per window: each gets Limber's accessible application once the window is up.
WINDOW_CHECKS = {"player": check_player}


def main():
    limber = sys.argv[1]
    plan = plan_of(limber)
    plan["name"] = json.load(open(ROUTINE, encoding="utf-8"))["name"]
    recorder = Recorder()
    pyatspi.Registry.registerEventListener(
        recorder, "object:state-changed:showing", "object:state-changed:focused")

    env = private_environment()
    player = subprocess.Popen(
        [limber, "--routine", ROUTINE, "--start", "--pace", PACE], env=env)
    started = time.monotonic()
    problems = []
    checked = set()

    def tick():
        app = limber_application()
        if app is not None and recorder.notifications():
            for window, check in WINDOW_CHECKS.items():
                if window not in checked:
                    checked.add(window)
                    check(app, recorder, plan, problems)
        # Played through: the closing page read and the focus on Again (the player stays open,
        # so that its objects can still be asked for their names).
        done = any(kind == "focus" and name == "Again" for kind, _, name in recorder.events)
        if done or player.poll() is not None or time.monotonic() - started > DEADLINE_S:
            pyatspi.Registry.stop()
            return False
        return True

    GLib.timeout_add(100, tick)
    pyatspi.Registry.start()
    if player.poll() is None:
        player.terminate()
    try:
        player.wait(timeout=5)
    except subprocess.TimeoutExpired:
        player.kill()

    check_player_speech(recorder, plan, problems)
    for window in WINDOW_CHECKS:
        if window not in checked:
            problems.append(f"the {window} window never reached the accessibility bus")
    print(f"heard {len(recorder.notifications())} notifications in "
          f"{time.monotonic() - started:.1f} s:")
    for sentence in recorder.notifications():
        print(f"  {sentence}")
    for problem in problems:
        print(f"FAIL: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
