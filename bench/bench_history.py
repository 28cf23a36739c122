"""History store with 100,000 rows: opening (count + first page) and filtering, median of 7."""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

from zalo_composer.store.history import History, HistoryFilter

from .common import Figure, median

ROWS = 100_000
TARGET_MS = 300.0


def _fill(path: Path) -> None:
    history = History.open(path)
    rng = random.Random(7)
    now = time.time()
    batch = []
    for i in range(ROWS):
        accepted = rng.random() < 0.8
        batch.append({
            "created_ts": now - (ROWS - i) * 30, "profile": "Sandbox",
            "recipient": str(1_000_000_000_000_000_000 + rng.randrange(5000)),
            "request_id": f"{i:032x}", "state": "accepted" if accepted else "rejected",
            "request_body": '{"ApiKey": "••••••"}', "message_text": f"Xin chào khách hàng {i}",
            "http_status": 200, "code": "100" if accepted else "210",
            "meaning": "accepted by eSMS" if accepted else "payload breaks the rules",
            "sms_id": f"{rng.getrandbits(128):032x}250" if accepted else None,
            "duration_ms": rng.uniform(20, 200),
        })
    history.insert_many(batch)
    history.close()


def _timed(action) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def run() -> list[Figure]:
    """Open and filter a 100,000-row history database."""
    with tempfile.TemporaryDirectory() as folder:
        os.environ["ZALO_COMPOSER_HOME"] = folder
        path = Path(folder) / "history.sqlite3"
        _fill(path)

        def open_first_page() -> None:
            history = History.open(path)
            history.count()
            history.page(limit=200)
            history.close()

        history = History.open(path)
        filters = {
            "text": HistoryFilter(text="khách hàng 9999"),
            "code": HistoryFilter(code="210"),
            "recipient": HistoryFilter(recipient="1000000000000000042"),
        }
        figures = [Figure("history store: open 100k rows (count + first page)",
                          median([_timed(open_first_page) for _ in range(7)]), "ms", TARGET_MS)]
        for name, flt in filters.items():
            def filtered(flt: HistoryFilter = flt) -> None:
                history.count(flt)
                history.page(flt, limit=200)

            figures.append(Figure(f"history store: filter 100k rows by {name}",
                                  median([_timed(filtered) for _ in range(7)]), "ms", TARGET_MS))
        history.close()
        return figures
