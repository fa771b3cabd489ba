#!/usr/bin/env python3
"""Hears a whole routine the way a person at the desk would, by hand (about as long as the
routine; not part of CTest).

A PulseAudio server of its own with a null sink; `limber --routine ROUTINE --start
--exit-when-done --verbose` plays into it with a new user's settings; the sink's monitor is
recorded. Limber's log says when it played each sound and began each phrase; the recording
says when there was sound. Printed: every cue with the sound heard at that moment (on time
within 250 ms, late within a second), sounds that no cue explains, and the verdict: it fails
on a cue not heard or a stray sound. Needs pulseaudio and pulseaudio-utils (parec).

Usage: tools/hear_whole_break.py [LIMBER] [ROUTINE] [--keep DIR]
       tools/hear_whole_break.py --report DIR   (again, from a kept recording)
"""
import argparse
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile
import time

RATE = 8000  # samples a second, mono, 16-bit
FRAME_MS = 10
THRESHOLD = 500  # peak in a frame that counts as sound (about -36 dBFS)
ON_TIME_MS = 250  # a sound starting this soon after its cue is on time
LATE_MS = 1000  # later than this the voice drops a cue (cue_director.h): not heard
LOG_LINE = re.compile(r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3})\] \[limber\] \[debug\] cues: (.*)$")


def frames_of(raw):
    """The peak of each 10 ms frame."""
    samples = memoryview(raw).cast("h")
    size = RATE * FRAME_MS // 1000
    return [max(abs(s) for s in samples[i:i + size]) for i in range(0, len(samples) - size + 1, size)]


def bursts_of(frames):
    """Runs of sound as [start_ms, end_ms], split at 150 ms of silence."""
    bursts, quiet = [], 1000
    for index, peak in enumerate(frames):
        at = index * FRAME_MS
        if peak < THRESHOLD:
            quiet += FRAME_MS
            continue
        if quiet >= 150 or not bursts:
            bursts.append([at, at])
        bursts[-1][1] = at + FRAME_MS
        quiet = 0
    return bursts


def logged_cues(log_path):
    """(wall-clock seconds, what) for each sound played and phrase begun."""
    cues = []
    with open(log_path, encoding="utf-8") as log:
        for line in log:
            match = LOG_LINE.match(line.rstrip("\n"))
            if match and (match.group(2).startswith("sound ") or match.group(2).startswith("say ")):
                stamp = datetime.datetime.strptime(match.group(1), "%Y-%m-%d %H:%M:%S.%f")
                cues.append((stamp.timestamp(), match.group(2)))
    return cues


def record(limber_path, routine, scratch):
    """Plays `routine` into a null sink while recording it; writes capture.raw and run.json
    (the recording's start on the wall clock, and how limber ran) into `scratch`."""
    os.makedirs(os.path.join(scratch, "runtime"), mode=0o700, exist_ok=True)
    socket = os.path.join(scratch, "native")
    env = dict(os.environ, PULSE_SERVER="unix:" + socket, HOME=scratch,
               XDG_RUNTIME_DIR=os.path.join(scratch, "runtime"),
               XDG_CONFIG_HOME=os.path.join(scratch, "config"),
               XDG_DATA_HOME=os.path.join(scratch, "data"),
               XDG_STATE_HOME=os.path.join(scratch, "state"), QT_QPA_PLATFORM="offscreen")

    plan = json.loads(subprocess.run([limber_path, "--plan", routine, "--json"], env=env,
                                     check=True, capture_output=True, text=True).stdout)
    server = subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
         "--disable-shm=yes", "--load=module-null-sink sink_name=hear",
         "--load=module-native-protocol-unix auth-anonymous=1 socket=" + socket],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(500):
            if os.path.exists(socket):
                break
            time.sleep(0.02)
        recorder = subprocess.Popen(
            ["parec", "--device=hear.monitor", "--raw", "--format=s16le", "--channels=1",
             "--rate=%d" % RATE, "--latency-msec=10"], env=env, stdout=subprocess.PIPE)
        first = recorder.stdout.read(RATE // 5)  # 100 ms: the recording runs
        # The wall-clock time of the recording's first sample, to line it up with the log.
        recording_start = time.time() - len(first) / (2 * RATE)
        started = time.time()
        limber = subprocess.Popen(
            [limber_path, "--routine", routine, "--start", "--exit-when-done", "--verbose"],
            env=env, stderr=subprocess.DEVNULL)
        raw = bytearray(first)
        while limber.poll() is None:
            raw += recorder.stdout.read(RATE // 5)
        finished = time.time()
        raw += recorder.stdout.read(RATE * 2)  # the closing chime's tail
        recorder.kill()
    finally:
        server.kill()

    with open(os.path.join(scratch, "capture.raw"), "wb") as capture:
        capture.write(raw)
    with open(os.path.join(scratch, "run.json"), "w", encoding="utf-8") as run:
        json.dump({"routine": routine, "planned_ms": plan["total_ms"],
                   "recording_start": recording_start, "ran_s": finished - started,
                   "exit": limber.returncode}, run)


def report(scratch):
    """Prints what was heard at each logged cue; 0 when every cue was heard and nothing else."""
    with open(os.path.join(scratch, "run.json"), encoding="utf-8") as run:
        facts = json.load(run)
    with open(os.path.join(scratch, "capture.raw"), "rb") as capture:
        frames = frames_of(capture.read())
    bursts = bursts_of(frames)
    cues = logged_cues(os.path.join(scratch, "state", "limber", "limber.log"))
    recording_start = facts["recording_start"]

    print("%s: planned %.3f s, limber ran %.3f s (exit %d)" % (
        facts["routine"], facts["planned_ms"] / 1000, facts["ran_s"], facts["exit"]))
    unheard, late, explained = [], [], set()
    for wall, what in cues:
        at = round((wall - recording_start) * 1000)

        def onset_within(first, last):
            return next((b for b in bursts if at + first <= b[0] <= at + last), None)
        sounding = any(peak >= THRESHOLD
                       for peak in frames[max(0, at // FRAME_MS):(at + ON_TIME_MS) // FRAME_MS])
        on_time = onset_within(-50, ON_TIME_MS)
        later = None if on_time or sounding else onset_within(ON_TIME_MS + 1, LATE_MS)
        if on_time or later:
            onset = on_time or later
            explained.add(onset[0])
            heard = "starts %+4d ms, %5d ms long" % (onset[0] - at, onset[1] - onset[0])
            if later:
                heard += "  LATE"
                late.append(what)
        elif sounding:
            heard = "heard (over a sound already playing)"
        else:
            heard = "NOT HEARD"
            unheard.append(what)
        print("%8.3f s  %-60.60s %s" % (at / 1000, what, heard))
    # Speech pauses between words and sentences, so a phrase may sound as several bursts.
    stray = [b for b in bursts if b[0] not in explained
             and not any(0 <= b[0] - round((w - recording_start) * 1000) <= 3000 for w, _ in cues)]
    for burst in stray:
        print("%8.3f s  sound with no cue, %d ms long" % (burst[0] / 1000, burst[1] - burst[0]))
    print("%d cues logged: %d heard on time or over a sound, %d late (under a second), "
          "%d not heard; %d stray sounds" % (len(cues), len(cues) - len(unheard) - len(late),
                                             len(late), len(unheard), len(stray)))
    return 0 if cues and not unheard and not stray and facts["exit"] == 0 else 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("limber", nargs="?", default=os.path.join(here, "../build/limber"))
    parser.add_argument("routine", nargs="?", default="office-break")
    parser.add_argument("--keep", help="keep the recording and limber's files in this dir")
    parser.add_argument("--report", help="report again on a recording kept in this dir")
    args = parser.parse_args()
    if args.report:
        return report(args.report)
    scratch = args.keep or tempfile.mkdtemp(prefix="limber-hear-")
    record(args.limber, args.routine, scratch)
    return report(scratch)


if __name__ == "__main__":
    sys.exit(main())
