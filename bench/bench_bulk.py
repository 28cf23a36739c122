"""Bulk: 1000 recipients from the program's window against the sandbox in another process,
without a rate limit (messages per second) and with one below capacity (achieved within
10 %); the window's event-loop lag throughout (p99 of a 10 ms timer's lateness ≤ 50 ms, and no tick
later than one frame, 16 ms); and
resident memory after the bulk against after start (≤ 20 MiB more).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench bench_bulk

The sending process is `bench.bulk_app` (the program through `run_gui`, its qasync loop,
its one HTTP client and its history in a fresh ZALO_COMPOSER_HOME); the server is
`python -m zalo_composer.sandbox` (`bench.sandbox_process`). The achieved rate is
measured between the first and the last request's start, as `BulkSender` paces starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

from .common import Figure, percentile
from .sandbox_process import ROOT, sandbox_process

MAX_RATE = 200.0
RATE_TOLERANCE = 0.10
LAG_P99_TARGET_MS = 50.0
WORST_TICK_TARGET_MS = 16.0
MEMORY_TARGET_MIB = 20.0


def run() -> list[Figure]:
    """Both batches, the lag and the memory."""
    with tempfile.TemporaryDirectory() as home, sandbox_process() as base_url:
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "ZALO_COMPOSER_HOME": home}
        done = subprocess.run(
            [sys.executable, "-m", "bench.bulk_app", base_url, str(MAX_RATE)], cwd=ROOT,
            env=env, capture_output=True, text=True, timeout=300, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"bench.bulk_app failed (exit {done.returncode}): "
                           f"{done.stderr[-2000:]}")
    result = json.loads(lines[-1].removeprefix("RESULT "))
    unlimited, limited = result["unlimited"], result["limited"]
    limit = limited["limit"]
    lateness = result["lateness_ms"]
    panel_lateness = result["panel_lateness_ms"]
    start_mib = result["rss_after_start"] / 1024
    first_mib = result["rss_after_first_bulk"] / 1024
    second_mib = result["rss_after_second_bulk"] / 1024
    off_by = abs(limited["start_rate"] - limit) / limit * 100
    return [
        Figure("bulk 1000, no rate limit: messages per second", unlimited["per_second"],
               "msg/s"),
        Figure(f"bulk 1000, limit {limit:g} msg/s: achieved rate", limited["start_rate"],
               "msg/s"),
        Figure(f"bulk 1000, limit {limit:g} msg/s: off the limit by", off_by, "%",
               RATE_TOLERANCE * 100),
        Figure(f"bulk: event-loop lag, p99 of {len(lateness)} 10 ms ticks",
               percentile(lateness, 0.99), "ms", LAG_P99_TARGET_MS),
        Figure("bulk: event-loop lag, worst tick (one frame)", max(lateness), "ms",
               WORST_TICK_TARGET_MS),
        Figure("bulk: memory after start (VmRSS, this process)", start_mib, "MiB"),
        Figure("bulk: memory after the 1000-recipient bulk, above after start",
               first_mib - start_mib, "MiB", MEMORY_TARGET_MIB),
        Figure("bulk: memory after a second 1000-recipient bulk, above after start",
               second_mib - start_mib, "MiB"),
        Figure("bulk 1000 through the Bulk send dock (table in view): messages per second",
               result["panel"]["per_second"], "msg/s"),
        Figure("bulk through the dock: Start pressed → sending (1000 rows checked)",
               result["panel"]["start_ms"], "ms"),
        Figure("bulk through the dock: event-loop lag while sending, p99",
               percentile(panel_lateness, 0.99), "ms", LAG_P99_TARGET_MS),
        Figure("bulk through the dock: event-loop lag while sending, worst tick (one frame)",
               max(panel_lateness), "ms", WORST_TICK_TARGET_MS),
    ]
