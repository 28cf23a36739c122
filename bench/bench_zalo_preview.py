"""The Zalo-style preview per keystroke: 500 `set_draft` calls alternating one-character edits
of a 2000-character text with five buttons, at the size of the window's preview pane.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench bench_zalo_preview

"set_draft" is the call alone. "to screen" adds the turn of the event loop that follows it:
the layout (when the number of lines changed) and the paint of what changed (offscreen).
"line break" alternates a text with and without a last line, so every call lays out the chat.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import dataclasses
import time

from PySide6 import QtWidgets

from zalo_composer.domain.model import Draft, Message
from zalo_composer.ui.preview.zalo_preview import ZaloPreview

from .common import Figure, median, percentile
from .samples import FIVE_BUTTONS

CALLS = 500
TARGET_MS = 2.0
SIZE = (600, 560)
TEXT = ("Cảm ơn quý khách đã liên hệ với chúng tôi.\n" * 60)[:1999]
BUTTONS = FIVE_BUTTONS


def _drafts(edit: str) -> tuple[Draft, Draft]:
    """Two drafts one character apart: in the text, in the text with a line break (so the
    bubble changes height and the chat is laid out again), or in the last button's title."""
    base = Draft(message=Message(text=TEXT + "a", buttons=BUTTONS), recipients=("1",))
    if edit == "text":
        other = dataclasses.replace(base.message, text=TEXT + "ư")
    elif edit == "line break":
        other = dataclasses.replace(base.message, text=TEXT + "\n")
    else:
        last = dataclasses.replace(BUTTONS[-1], title=BUTTONS[-1].title + "!")
        other = dataclasses.replace(base.message, buttons=(*BUTTONS[:-1], last))
    return base, dataclasses.replace(base, message=other)


def _timings(preview: ZaloPreview, drafts: tuple[Draft, Draft], to_screen: bool) -> list[float]:
    app = QtWidgets.QApplication.instance()
    assert app is not None
    timings = []
    for i in range(CALLS):
        start = time.perf_counter()
        preview.set_draft(drafts[i % 2])
        if to_screen:
            app.processEvents()
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def run() -> list[Figure]:
    """Median and 99th percentile per call, for the text and for a button title."""
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    preview = ZaloPreview()
    preview.resize(*SIZE)
    preview.show()
    app.processEvents()
    figures = []
    cases = (("text", False), ("text", True), ("line break", True), ("button title", True))
    for edit, to_screen in cases:
        drafts = _drafts(edit)
        preview.set_draft(drafts[1])
        # The row edited must be in view, or nothing is painted.
        preview.reveal_button(len(BUTTONS) - 1 if edit == "button title" else 0)
        app.processEvents()
        timings = _timings(preview, drafts, to_screen)
        name = f"zalo preview, {edit} edit, {'to screen' if to_screen else 'set_draft'}"
        figures.append(Figure(f"{name}: median", median(timings), "ms", TARGET_MS))
        figures.append(Figure(f"{name}: p99", percentile(timings, 0.99), "ms"))
    preview.close()
    preview.deleteLater()
    return figures
