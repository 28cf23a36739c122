"""Run every benchmark and print each figure beside its target (`make bench`)."""

from __future__ import annotations

import importlib
import platform
import sys

#: `bench_keystroke` replaces `bench_typing` and `bench_preview` (still runnable by name, their
#: figures reported only): its parts are theirs, measured the way a user waits.
BENCHMARKS = ("bench_history", "bench_history_view", "bench_keystroke", "bench_zalo_preview",
              "bench_startup", "bench_send_path", "bench_bulk", "bench_hostile",
              "bench_templates")


def main(names: list[str]) -> int:
    """Run the named benchmarks (all by default); exit 1 if a target is not met."""
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
