"""Run every benchmark and print each figure beside its target (`make bench`)."""

from __future__ import annotations

import importlib
import json
import os
import platform
import sys
import tempfile
from pathlib import Path

#: `bench_keystroke` replaced `bench_typing` and `bench_preview`: its reported parts are
#: theirs, measured the way a user waits.
BENCHMARKS = ("bench_history", "bench_history_view", "bench_keystroke", "bench_zalo_preview",
              "bench_startup", "bench_send_path", "bench_bulk", "bench_hostile",
              "bench_templates")


LAPTOP_SCREEN = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 728,
                 "logicalDpi": 96, "logicalBaseDpi": 96}
"""The offscreen screen the benchmarks' windows are on: a 1366x768 laptop less a taskbar
(the default offscreen screen is 800 px wide, and the window keeps within its screen)."""


def use_laptop_screen(folder: Path) -> None:
    """Put this process's (and its children's) offscreen windows on `LAPTOP_SCREEN`."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        config = folder / "screen.json"
        config.write_text(json.dumps({"screens": [LAPTOP_SCREEN]}), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main(names: list[str]) -> int:
    """Run the named benchmarks (all by default); exit 1 if a target is not met."""
    with tempfile.TemporaryDirectory() as folder:
        use_laptop_screen(Path(folder))
        return _run(names)


def _run(names: list[str]) -> int:
    print(f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, "
          f"Python {platform.python_version()}, {platform.system()} {platform.release()}")
    missed = 0
    for name in names or BENCHMARKS:
        module = importlib.import_module(f"bench.{name}")
        for figure in module.run():
            print(figure.line(), flush=True)
            missed += figure.met is False
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
