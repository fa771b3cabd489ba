#!/usr/bin/env python3
"""The main window's named controls, as a screen reader finds them on the real AT-SPI bus.

Run inside a private D-Bus session and X server (run-a11y-test.sh): starts the real `limber`
with no routine (the main window on Home) and a person's settings file in which one stretch is
starred. On Home, each built-in routine's card is named after the routine and its buttons say
which routine they act on. Then it presses the Library tab, as a screen reader user would
through the tab's action, and checks the Library's controls as Orca reads them: each filter
menu labelled by what it filters, the starred stretch read with its state, and the search
field's clear button named. Exit 0 when every check passes, 1 when one fails, 77 (CTest's
skip) when pyatspi is not installed.
"""

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass

from a11y_support import limber_application, private_environment, pyatspi

DEADLINE_S = 20
STARRED_ID = "cat-cow"
# What each filter menu filters, as its label says it.
FILTER_LABELS = ("Position", "Equipment", "Target area")
CLEAR_SEARCH = "Clear the search"
SEARCH_FIELD = "Search exercises"


@dataclass(frozen=True)
class Seen:
    """One accessible object as a screen reader meets it."""
    role: object
    name: str
    showing: bool
    selected: bool
    parent: str
    labelled_by: tuple


def related(node, relation):
    for item in node.getRelationSet():
        if item.getRelationType() == relation:
            return tuple(item.getTarget(i).name for i in range(item.getNTargets()))
    return ()


def seen_objects(root):
    """Every named object under root."""
    found = []
    stack = [(root, "")]
    while stack:
        node, parent = stack.pop()
        if node is None:
            continue
        try:
            if node.name:
                states = node.getState()
                found.append(Seen(node.getRole(), node.name,
                                  states.contains(pyatspi.STATE_SHOWING),
                                  states.contains(pyatspi.STATE_SELECTED), parent,
                                  related(node, pyatspi.RELATION_LABELLED_BY)))
            stack.extend((node.getChildAtIndex(i), node.name) for i in range(node.childCount))
        except Exception:  # an object that went while the tree was walked
            continue
    return found


def listed(limber):
    out = subprocess.run([limber, "--list", "--json"], capture_output=True, text=True,
                         check=True, timeout=10).stdout
    return json.loads(out)


def home_expected(routines):
    expected = set()
    for name in routines:
        expected.add((pyatspi.ROLE_PUSH_BUTTON, f"Play {name}"))
        expected.add((pyatspi.ROLE_PUSH_BUTTON, f"Open {name} in the builder"))
    return expected


def home_problems(found, routines):
    named = {(seen.role, seen.name) for seen in found}
    expected = home_expected(routines)
    problems = [f"no button named {name!r}" for _, name in sorted(expected - named)]
    cards = {name for _, name in named}
    problems += [f"no card named {name!r}" for name in routines if name not in cards]
    return problems


def library_problems(found, starred, unstarred):
    """What a screen reader would miss on the Library page; found is what it shows."""
    shown = [seen for seen in found if seen.showing]
    problems = []
    if not any(s.role == pyatspi.ROLE_LIST and s.name == "Exercises" for s in shown):
        problems.append("the Library's list of exercises is not showing")
    combos = [s for s in shown if s.role == pyatspi.ROLE_COMBO_BOX]
    # Orca reads a combo box as its label (the LABELLED_BY relation, from Qt's buddy) or, with
    # none, its name; Qt names a combo box by its current value.
    for label in FILTER_LABELS:
        if not any(label in s.labelled_by or s.name == label for s in combos):
            problems.append(f"no filter menu labelled {label!r} (menus: "
                            f"{[(s.name, s.labelled_by) for s in combos]})")
    items = {s.name for s in shown
             if s.role == pyatspi.ROLE_LIST_ITEM and s.parent == "Exercises"}
    if f"{starred}, starred" not in items:
        problems.append(f"no exercise read as {starred + ', starred'!r}")
    for name in unstarred:
        if f"{name}, starred" in items:
            problems.append(f"{name!r} is read as starred but is not")
    if not any(s.role == pyatspi.ROLE_PUSH_BUTTON and s.name == CLEAR_SEARCH
               and s.parent == SEARCH_FIELD for s in found):
        problems.append(f"no button {CLEAR_SEARCH!r} in the field {SEARCH_FIELD!r}")
    return problems


def star(env, exercise_id):
    """Stars an exercise as the person did: in their own settings file."""
    folder = os.path.join(env["XDG_CONFIG_HOME"], "limber")
    os.makedirs(folder)
    with open(os.path.join(folder, "limber.conf"), "w", encoding="utf-8") as settings:
        settings.write(f"[library]\nfavourites={exercise_id}\n")


def press_tab(app, name):
    """Presses a page tab through its action, as a screen reader user would; False if none."""
    stack = [app]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        try:
            if node.getRole() == pyatspi.ROLE_PAGE_TAB and node.name == name:
                action = node.queryAction()
                return action.nActions > 0 and action.doAction(0)
            stack.extend(node.getChildAtIndex(i) for i in range(node.childCount))
        except Exception:  # an object that went while the tree was walked
            continue
    return False


def wait_for(window, check):
    """Walks the tree again until check(found) has no problem or the deadline passes."""
    started = time.monotonic()
    problems = ["limber never showed on the AT-SPI bus"]
    found = []
    while time.monotonic() - started < DEADLINE_S and window.poll() is None:
        app = limber_application()
        if app is not None:
            found = seen_objects(app)
            problems = check(app, found)
            if not problems:
                break
        time.sleep(0.2)
    return found, problems


def main():
    limber = sys.argv[1]
    everything = listed(limber)
    routines = [r["name"] for r in everything["routines"] if r["origin"] == "built-in"]
    exercises = {e["id"]: e["name"] for e in everything["exercises"]}
    starred = exercises[STARRED_ID]
    unstarred = [name for key, name in exercises.items() if key != STARRED_ID]

    env = private_environment()
    star(env, STARRED_ID)
    window = subprocess.Popen([limber], env=env)
    try:
        # The tree fills in as the window is laid out: ask again until every name is there.
        found, problems = wait_for(window, lambda app, found: home_problems(found, routines))
        print(f"Home: {len(found)} named objects")
        if not problems:
            found, problems = wait_for(window, lambda app, found: (
                [] if press_tab(app, "Library") else ["no Library tab to press"]))
        if not problems:
            found, problems = wait_for(window, lambda app, found: (
                library_problems(found, starred, unstarred)))
            print(f"Library: {len(found)} named objects")
    finally:
        window.terminate()
        try:
            window.wait(timeout=5)
        except subprocess.TimeoutExpired:
            window.kill()

    for problem in problems:
        print(f"FAIL: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
