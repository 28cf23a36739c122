"""Run a `zalo-composer` command in this process, then write its peak resident memory
(VmHWM of /proc/self/status, in KiB) to the file named by the environment's
BENCH_PEAK_FILE; exit with the command's status::

    BENCH_PEAK_FILE=peak.txt python -m bench.peak_rss send draft.zalo.json …

Not the parent's `wait4` ru_maxrss: Linux carries the parent's peak into a child across
`exec` (a vfork'd child starts in the parent's memory), so a large benchmark process would
be measured instead of the command."""

from __future__ import annotations

import os
import sys
from pathlib import Path

PEAK_FILE_ENV = "BENCH_PEAK_FILE"


def peak_kib() -> int:
    """This process's peak resident memory since its `exec`, in KiB."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


def main() -> int:
    """Run the command, note its peak, return its status."""
    from zalo_composer.__main__ import main as zalo_composer

    try:
        status = zalo_composer(sys.argv[1:])
    finally:
        Path(os.environ[PEAK_FILE_ENV]).write_text(str(peak_kib()), encoding="ascii")
    return status


if __name__ == "__main__":
    sys.exit(main())
