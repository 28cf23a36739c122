"""Resident memory of this process, from /proc/self/status (Linux; no extra dependency)."""

from __future__ import annotations

from pathlib import Path


def rss_kib() -> int:
    """VmRSS in KiB, or -1 where /proc is not there."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return -1
