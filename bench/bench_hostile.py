"""Peak memory of `zalo-composer send` against a hostile server (tests/reliability/hostile.py):
an ordinary answer as the baseline, then an endless chunked answer, a 200 MB body and two
gzip bombs. Peak RSS is the child's own VmHWM (`bench.peak_rss`); the target is 150 MB."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import Figure
from bench.peak_rss import PEAK_FILE_ENV
from tests.reliability.hostile import API_KEY, SECRET_KEY, hostile_server
from zalo_composer.domain.model import Draft, Message, PhoneButton
from zalo_composer.store.files import save_draft

TARGET_MIB = 150.0
ROOT = Path(__file__).resolve().parents[1]
ATTACKS = (("an ordinary answer (baseline)", "int100"), ("an endless chunked answer", "endless"),
           ("a 200 MB body", "huge"), ("a gzip bomb, 1 MB → 1 GB", "bomb"),
           ("a double gzip bomb", "bomb2"))


def peak_rss_mib(base_url: str, folder: Path) -> float:
    """Run one `send` against *base_url* in a child process; its peak RSS in MiB."""
    draft = folder / "bench.zalo.json"
    save_draft(draft, Draft(message=Message("Xin chào", (PhoneButton("Gọi", "0901888484"),)),
                            recipients=("6100000000000000321",)))
    peak = folder / "peak.txt"
    peak.unlink(missing_ok=True)
    done = subprocess.run(
        [sys.executable, "-m", "bench.peak_rss", "send", str(draft), "--endpoint", base_url,
         "--timeout", "5"], cwd=ROOT,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
        env={**os.environ, "ZALO_COMPOSER_HOME": str(folder / "home"),
             "ESMS_API_KEY": API_KEY, "ESMS_SECRET_KEY": SECRET_KEY, PEAK_FILE_ENV: str(peak)},
        check=False, timeout=120,
    )
    if done.returncode not in (0, 3):  # accepted, or the answer refused: anything else
        raise RuntimeError(f"zalo-composer send exited {done.returncode}: no figure")
    return int(peak.read_text(encoding="ascii")) / 1024


def run() -> list[Figure]:
    """One figure per answer; the hostile ones are held to the target."""
    figures = []
    with tempfile.TemporaryDirectory() as folder, hostile_server() as (url, _):
        for words, attack in ATTACKS:
            peak = peak_rss_mib(url(attack), Path(folder))
            target = None if attack == "int100" else TARGET_MIB
            figures.append(Figure(f"send, peak RSS against {words}", peak, "MiB", target))
    return figures


if __name__ == "__main__":
    for figure in run():
        print(figure.line())
