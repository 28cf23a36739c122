"""Start-up: process start to the main window shown and painted (offscreen), and resident
memory at that moment, against a bare PySide6 script showing an empty QMainWindow.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench bench_startup

Both are fresh processes of the same interpreter, started alternately (after one warm-up
each, so both find the files in the page cache), timed from just before the process is
spawned to the line it prints after its first paint; median of `RUNS`. The program's run
goes through `run_gui` unchanged (`bench.startup_app`), against one ZALO_COMPOSER_HOME that
its first (warm-up) start set up, as a user's second start would. The phases of the
program's start are reported too, so a miss says which part is slow.

Then the whole process: `zalo-composer --smoke` (the installed script; a temporary
ZALO_COMPOSER_HOME) against `bench.startup_bare`, a bare script that shows a QMainWindow,
waits for its paint and quits; wall time from spawn to exit, median of `SMOKE_RUNS`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import Figure, median

RUNS = 7
TIME_TARGET = 1.5
SMOKE_RUNS = 5
SMOKE_TARGET = 2.0
RSS_TARGET = 1.4
ROOT = Path(__file__).resolve().parents[1]


def start_once(module: str, home: str) -> tuple[float, int, dict[str, float]]:
    """Milliseconds from spawn to SHOWN, VmRSS (KiB) then, and the phases the script timed."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "ZALO_COMPOSER_HOME": home}
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", module], cwd=ROOT, env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000
    process.stdout.read()
    process.stdout.close()
    status = process.wait(timeout=60)
    word, rss, phases = line.split(" ", 2)
    if word != "SHOWN" or status != 0:
        raise RuntimeError(f"{module} did not show its window (exit {status}, said {line!r})")
    return elapsed, int(rss), json.loads(phases)


def wall_once(command: list[str], home: str) -> float:
    """Seconds of wall time of *command*, spawn to exit (it must exit 0)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "ZALO_COMPOSER_HOME": home}
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{command} failed (exit {done.returncode}): {done.stderr[-2000:]}")
    return seconds


def smoke_figures() -> list[Figure]:
    """The whole process `zalo-composer --smoke` (the installed entry point, its own
    interpreter start, imports, window, check and shut-down) against `bench.startup_bare`
    (the start-up figure's bare script: shows a window, quits after its first paint),
    alternately after one warm-up each; wall time, median of `SMOKE_RUNS`."""
    program = [str(Path(sys.executable).with_name("zalo-composer")), "--smoke"]
    bare = [sys.executable, "-m", "bench.startup_bare"]
    bare_s, program_s = [], []
    with tempfile.TemporaryDirectory() as home:
        wall_once(bare, home)
        wall_once(program, home)
        for _ in range(SMOKE_RUNS):
            bare_s.append(wall_once(bare, home))
            program_s.append(wall_once(program, home))
    return [
        Figure("whole process: bare show-and-quit script (wall)", median(bare_s), "s"),
        Figure("whole process: zalo-composer --smoke (wall)", median(program_s), "s"),
        Figure(f"whole process: --smoke / bare (median of {SMOKE_RUNS})",
               median(program_s) / median(bare_s), "x", SMOKE_TARGET),
    ]


def run() -> list[Figure]:
    """Median start time and memory of the program and of the bare script, and the ratios."""
    bare_ms, app_ms, bare_rss, app_rss = [], [], [], []
    phases: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as home:
        start_once("bench.startup_bare", home)  # warm-up: page cache
        start_once("bench.startup_app", home)  # warm-up: also the first start's profile
        for _ in range(RUNS):
            ms, rss, _ = start_once("bench.startup_bare", home)
            bare_ms.append(ms)
            bare_rss.append(rss)
            ms, rss, marks = start_once("bench.startup_app", home)
            app_ms.append(ms)
            app_rss.append(rss)
            for name, at in marks.items():
                phases.setdefault(name, []).append(at)
    bare, program = median(bare_ms), median(app_ms)
    figures = [
        Figure("start-up: bare PySide6 QMainWindow, spawn to painted", bare, "ms"),
        Figure("start-up: zalo-composer, spawn to main window painted", program, "ms"),
        Figure("start-up: zalo-composer / bare (median of 7)", program / bare, "x",
               TIME_TARGET),
    ]
    previous = 0.0
    for name, values in phases.items():
        at = median(values)
        figures.append(Figure(f"  start-up phase (in-script): {name}", at - previous, "ms"))
        previous = at
    rss_bare, rss_app = median(bare_rss) / 1024, median(app_rss) / 1024
    figures += [
        Figure("memory after start: bare PySide6 QMainWindow (VmRSS)", rss_bare, "MiB"),
        Figure("memory after start: zalo-composer (VmRSS)", rss_app, "MiB"),
        Figure("memory after start: zalo-composer / bare", rss_app / rss_bare, "x", RSS_TARGET),
    ]
    return figures + smoke_figures()
