"""The eSMS sandbox in a process of its own (``python -m zalo_composer.sandbox``), for the
benchmarks that must not share a CPU-bound interpreter with the server they talk to."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def sandbox_process() -> Iterator[str]:
    """Start the sandbox on a free loopback port; yield its base URL; stop it (SIGTERM)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "zalo_composer.sandbox", "--port", "0"],
        cwd=ROOT, text=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        base_url = ""
        for line in process.stdout:
            if line.startswith("Base URL:"):
                base_url = line.split(":", 1)[1].strip()
                break
        if not base_url:
            raise RuntimeError(f"the sandbox did not start (exit {process.poll()})")
        yield base_url
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()
