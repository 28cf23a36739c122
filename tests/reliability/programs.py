"""Run the real program (``python -m zalo_composer …``) in a child process, with a memory
ceiling, and read back its exit status, output and peak memory from `os.wait4`."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: A child that has not finished by then is killed (a hang guard, not a timing test).
HANG_GUARD_S = 60.0


@dataclass(frozen=True)
class Finished:
    """How a child process ended."""

    status: int
    """Exit status; -N when signal N ended it."""
    out: str
    err: str
    peak_rss_mib: float
    """The child's peak resident memory (ru_maxrss)."""
    killed_by_guard: bool


def run_program(
    args: Sequence[str], home: Path, *, memory_limit_mib: int | None = None,
    env: Mapping[str, str] | None = None, stdin: str | None = None, module: str = "zalo_composer",
) -> Finished:
    """``python -m zalo_composer *args*`` with ZALO_COMPOSER_HOME=*home*; RLIMIT_AS is set to
    *memory_limit_mib* in the child when given."""

    def limit() -> None:
        if memory_limit_mib is not None:
            size = memory_limit_mib * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (size, size))

    full_env = {**os.environ, "ZALO_COMPOSER_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
                **(env or {})}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(
            [sys.executable, "-m", module, *args], cwd=ROOT, env=full_env,
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=out, stderr=err, preexec_fn=limit,
        )
        if stdin is not None:
            assert process.stdin is not None
            process.stdin.write(stdin.encode())
            process.stdin.close()
        fired: list[bool] = []

        def guard() -> None:
            fired.append(True)
            os.kill(process.pid, signal.SIGKILL)

        timer = threading.Timer(HANG_GUARD_S, guard)
        timer.start()
        try:
            _, wait_status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(wait_status)
        out.seek(0)
        err.seek(0)
        return Finished(process.returncode, out.read().decode("utf-8", "replace"),
                        err.read().decode("utf-8", "replace"), usage.ru_maxrss / 1024,
                        bool(fired))
