"""``zalo-composer sandbox`` / ``python -m zalo_composer.sandbox``: a port in use, a bad fault,
and a real process stopped by Ctrl+C or SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import httpx
import pytest

from zalo_composer.domain.demo import DEMO_API_KEY, DEMO_SECRET_KEY
from zalo_composer.sandbox import (
    BALANCE_ENDPOINT,
    Sandbox,
)
from zalo_composer.sandbox.command import main

from .samples import (
    KEYS,
)

# --- command line ---------------------------------------------------------------------------


def test_main_reports_a_port_in_use(sandbox: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--port", str(sandbox.port)]) == 1
    assert "cannot listen" in capsys.readouterr().err


def test_main_refuses_an_unknown_fault_kind(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--fault", "explode"])
    assert exit_info.value.code == 2
    assert "unknown fault kind" in capsys.readouterr().err


@pytest.mark.skipif(sys.platform == "win32", reason="sends POSIX signals")
@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_python_m_runs_in_the_foreground_until_ctrl_c(
    http: httpx.Client, stop_signal: signal.Signals
) -> None:
    command = [sys.executable, "-m", "zalo_composer.sandbox", "--port", "0",
               "--fault", "http_500"]
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          env=env) as process:
        assert process.stdout is not None
        banner = [process.stdout.readline() for _ in range(4)]
        base_url = banner[1].split()[-1]
        assert base_url.startswith("http://127.0.0.1:")
        assert DEMO_API_KEY in banner[2] and DEMO_SECRET_KEY in banner[3]
        assert http.post(base_url + BALANCE_ENDPOINT, json=KEYS).status_code == 500
        assert http.post(base_url + BALANCE_ENDPOINT, json=KEYS).json()["CodeResponse"] == "100"
        process.send_signal(stop_signal)
        out, err = process.communicate(timeout=5)
    assert process.returncode == 0
    assert "Stopping" in out
    log_lines = [line for line in err.splitlines() if BALANCE_ENDPOINT in line]
    assert len(log_lines) == 2 and "fault http_500" in log_lines[0]
    assert DEMO_SECRET_KEY not in err
