"""Keystroke to preview, with a 2000-character text and five buttons, at 1280x800 and 1024x700.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench bench_preview

One keystroke is the whole path a user waits for: the key event, the counter, validation,
the inline problems and the summary, the request body rebuilt and pretty-printed, the
preview text replaced and re-highlighted, and one forced repaint of the whole window
(offscreen). Superseded by `bench_keystroke`, which paints only what Qt would (what a user
waits for) and holds that to the targets: these figures are reported only.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import time
from collections.abc import Iterator

from PySide6 import QtCore, QtGui, QtWidgets

from zalo_composer.domain.model import (
    Draft,
    Message,
    PhoneButton,
    QueryHideButton,
    QueryShowButton,
    SmsButton,
    UrlButton,
)
from zalo_composer.ui.main_window import MainWindow

from .common import Figure, median, percentile

KEYSTROKES = 300
TEXT = ("Cảm ơn quý khách đã liên hệ với chúng tôi. " * 60)[:1990]
BUTTONS = (
    UrlButton(title="Theo dõi đơn hàng", url="https://example.vn/don-hang/118374"),
    QueryShowButton(title="Đổi địa chỉ", payload="#doi_dia_chi"),
    QueryHideButton(title="Xuất hoá đơn", payload="#hoa_don"),
    SmsButton(title="Nhắn tin", content="Toi muon doi gio giao", phone_code="0901888484"),
    PhoneButton(title="Gọi tổng đài", phone_code="18006868"),
)


def _keystrokes(window: MainWindow, target: QtWidgets.QWidget) -> list[float]:
    """Milliseconds per keystroke typed into *target* (ten characters past 2000 included)."""
    app = QtWidgets.QApplication.instance()
    assert app is not None
    timings = []
    for i in range(KEYSTROKES):
        char = "ư" if i % 2 else "a"
        start = time.perf_counter()
        for kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
            event = QtGui.QKeyEvent(kind, 0, QtCore.Qt.KeyboardModifier.NoModifier, char)
            QtWidgets.QApplication.sendEvent(target, event)
        window.flush_preview()
        window.repaint()
        app.processEvents()
        timings.append((time.perf_counter() - start) * 1000)
        if target is window.message_editor().text_edit() and i % 10 == 9:
            # Stay around 2000 characters: delete what was typed.
            cursor = window.message_editor().text_edit().textCursor()
            cursor.movePosition(
                QtGui.QTextCursor.MoveOperation.Left, QtGui.QTextCursor.MoveMode.KeepAnchor, 10
            )
            cursor.removeSelectedText()
    return timings


def run() -> Iterator[Figure]:
    """Median and 95th percentile per keystroke, in the text and in a button title."""
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    for width, height in ((1280, 800), (1024, 700)):
        window = MainWindow()
        window.resize(width, height)
        window.load_draft(Draft(message=Message(text=TEXT, buttons=BUTTONS), recipients=("1",)))
        window.show()
        app.processEvents()
        text_edit = window.message_editor().text_edit()
        text_edit.moveCursor(QtGui.QTextCursor.MoveOperation.End)
        title = window.button_list_editor().row(4).field("title")
        assert title is not None
        for where, target in (("text", text_edit), ("button title", title.line_edit())):
            timings = _keystrokes(window, target)
            name = f"preview per keystroke, {where}, {width}x{height}"
            yield Figure(f"{name}: median (reported)", median(timings), "ms")
            yield Figure(f"{name}: p95 (reported)", percentile(timings, 0.95), "ms")
        window.setWindowModified(False)  # no Save/Discard question offscreen
        window.close()
        window.deleteLater()
