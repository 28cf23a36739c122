"""History window over 100,000 sends: opening it and applying filters, median of 7 runs.

Each figure runs until the table has repainted: opening is construct + first page + count +
show + first paint of the table; a filter is the new first page + count + repaint (the
debounce wait before a typed filter applies is not counted). Offscreen Qt.
"""

from __future__ import annotations

import json
import os
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from .common import Figure, median

ROWS = 100_000
RUNS = 7
TARGET_MS = 300.0
SIZE = (1280, 800)


def _fill(path: Path) -> None:
    """100,000 sends with bodies and drafts of realistic size, states mixed as in real use."""
    from zalo_composer.domain.body import build_request_body, mask_secrets
    from zalo_composer.domain.draft import dump_draft
    from zalo_composer.domain.model import Account, Draft, Message, PhoneButton, UrlButton
    from zalo_composer.store.history import History

    account = Account(oaid="4368496045530866759", api_key="AK", secret_key="SK",
                      callback_url="https://shop.example.vn/esms/callback")
    rng = random.Random(11)
    now = time.time()
    history = History.open(path)
    batch = []
    for i in range(ROWS):
        text = (f"Xin chào khách hàng {i}, đơn hàng DH-{i:06d} của anh/chị đã được xác nhận "
                "và sẽ được giao trong hai đến ba ngày làm việc. Cảm ơn anh/chị!")
        draft = Draft(Message(text=text, buttons=(
            UrlButton(title="Theo dõi đơn hàng", url=f"https://shop.example.vn/don/{i}"),
            PhoneButton(title="Gọi tổng đài", phone_code="18006868"))))
        recipient = str(2_281_163_470_342_346_421 + rng.randrange(5000))
        request_id = f"{i:032x}"
        body = mask_secrets(build_request_body(draft.message, account=account,
                                               recipient=recipient, request_id=request_id))
        roll = rng.random()
        state = ("accepted" if roll < 0.8 else "rejected" if roll < 0.93
                 else "failed" if roll < 0.99 else "unknown")
        code = {"accepted": "100", "rejected": rng.choice(("101", "124", "210"))}.get(state)
        batch.append({
            "created_ts": now - (ROWS - i) * 30, "profile": "Shop Hà Nội",
            "recipient": recipient, "request_id": request_id, "state": state,
            "request_body": json.dumps(body, ensure_ascii=False), "message_text": text,
            "http_status": 200 if code else None, "code": code,
            "meaning": {"100": "accepted by eSMS", "101": "wrong ApiKey or SecretKey",
                        "124": "duplicate RequestId", "210": "payload breaks the rules"}.get(
                            code or "", "Could not connect to eSMS within 10 s."),
            "sms_id": f"{rng.getrandbits(128):032x}" if state == "accepted" else None,
            "error_message": "Authorize Failed" if code == "101" else None,
            "raw_response": json.dumps({"CodeResult": code}) if code else "",
            "duration_ms": rng.uniform(20, 400) if state != "unknown" else None,
            "draft": dump_draft(draft) if i % 3 == 0 else None,
        })
        if len(batch) == 10_000:
            history.insert_many(batch)
            batch = []
    history.insert_many(batch)
    history.close()


def run() -> list[Figure]:
    """Open the History window on 100,000 sends, and filter it by text and by code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtCore, QtWidgets

    from zalo_composer.store.history import History
    from zalo_composer.ui.history import HistoryWindow
    from zalo_composer.ui.history.filter_bar import HistoryFilterBar

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])

    class PaintWatch(QtCore.QObject):
        """Notes that the table's viewport painted."""

        painted = False

        def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
            if event.type() == QtCore.QEvent.Type.Paint:
                self.painted = True
            return False

    def until_painted(watch: PaintWatch) -> None:
        deadline = time.perf_counter() + 10
        while not watch.painted and time.perf_counter() < deadline:
            app.processEvents()
        assert watch.painted, "the table never painted"

    with tempfile.TemporaryDirectory() as folder:
        os.environ["ZALO_COMPOSER_HOME"] = folder
        path = Path(folder) / "history.sqlite3"
        _fill(path)
        settings = QtCore.QSettings(str(Path(folder) / "settings.ini"),
                                    QtCore.QSettings.Format.IniFormat)

        def open_window() -> float:
            history = History.open(path)  # a fresh connection: SQLite's cache starts cold
            watch = PaintWatch()
            start = time.perf_counter()
            window = HistoryWindow(history, settings=settings)
            viewport = window.findChild(QtWidgets.QTableView, "historyTable").viewport()
            viewport.installEventFilter(watch)
            window.resize(*SIZE)
            window.show()
            until_painted(watch)
            elapsed = (time.perf_counter() - start) * 1000
            assert window.history_model().rowCount() == 200
            window.close()
            window.deleteLater()
            app.processEvents()
            history.close()
            return elapsed

        history = History.open(path)
        window = HistoryWindow(history, settings=settings)
        window.resize(*SIZE)
        window.show()
        app.processEvents()
        bar = window.findChild(HistoryFilterBar)
        viewport = window.findChild(QtWidgets.QTableView, "historyTable").viewport()

        def filtered(edit: QtWidgets.QLineEdit, values: list[str]) -> list[float]:
            times = []
            for value in values:
                bar.clear()
                app.processEvents()
                watch = PaintWatch()
                viewport.installEventFilter(watch)
                edit.setText(value)  # starts the debounce; apply_now skips the wait
                start = time.perf_counter()
                bar.apply_now()
                until_painted(watch)
                times.append((time.perf_counter() - start) * 1000)
                viewport.removeEventFilter(watch)
            return times

        text_edit = window.findChild(QtWidgets.QLineEdit, "historyTextFilter")
        code_edit = window.findChild(QtWidgets.QComboBox, "historyCodeFilter").lineEdit()
        figures = [
            Figure("history window: open on 100k rows (first page, count, painted)",
                   median([open_window() for _ in range(RUNS)]), "ms", TARGET_MS),
        ]
        cases: list[tuple[str, QtWidgets.QLineEdit, Callable[[int], str]]] = [
            ("text (a few matches)", text_edit, lambda n: f"khách hàng {9990 + n},"),
            ("text (no match)", text_edit, lambda n: f"không có {n}"),
            ("code 210", code_edit, lambda n: "210"),
            ("code 100 (80% of rows)", code_edit, lambda n: "100"),
        ]
        for name, edit, value in cases:
            figures.append(Figure(f"history window: filter 100k rows by {name}",
                                  median(filtered(edit, [value(n) for n in range(RUNS)])),
                                  "ms", TARGET_MS))
        window.close()
        history.close()
        return figures
