"""Runs the Python file named by $PROBE_SCRIPT as ``__main__`` (so `run_program` can start a
probe script with its memory limit and wait4)."""

from __future__ import annotations

import os
import runpy

if __name__ == "__main__":
    runpy.run_path(os.environ["PROBE_SCRIPT"], run_name="__main__")
