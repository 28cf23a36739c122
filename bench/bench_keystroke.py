"""One keystroke as a user sees it: from the key press to the whole window painted with the
counter and the visible (JSON) preview updated, at 1366x728 (a 1366x768 screen less a
taskbar), with a 1500-character message and five filled buttons; in the text and in a
button title.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench bench_keystroke

What is timed, and why it is what a user sees:

* The key press and release are *posted* to the focused editor (`postEvent`), as the
  window system delivers them, not sent synchronously: the event loop takes them in turn.
* Then the event loop runs (`processEvents`, again and again) as the program's own loop
  would, with nothing forced: the editor handles the key, the window refreshes (counter,
  validation, inline problems, summary, Send), the preview timer (0 ms) fires at a later
  turn and rebuilds the JSON preview (and the hidden Zalo preview, whatever the program
  does there), and Qt's repaint manager paints the dirty parts of the window when the
  top-level window's UpdateRequest event comes round — one paint of everything that
  changed, then the flush of the window's backing store (offscreen: its image).
* The keystroke is done at the end of the event-loop pass that handled the first
  UpdateRequest of the top-level window *after* the JSON preview had been updated, and in
  which the editor and the counter have been painted since the key. Nothing is repainted
  that Qt would not have repainted, so the figure includes neither a forced whole-window
  repaint (the former `bench_preview` did that: more than a user waits for) nor leaves out
  the paint (the former `bench_typing` flushed the previews by hand and did not wait).

After every keystroke the editor, the counter and the JSON preview are checked to show the
new text, so a figure cannot come from a preview that silently stopped updating.

Each keystroke types one Vietnamese letter or deletes it again (1500 ↔ 1501 characters):
the common case. At 1999 ↔ 2000 characters every keystroke crosses the limit and toggles the
counter's warning (and the problems list); that case is reported on its own, with no
target. The parts of a keystroke (the key handled, then the previews rebuilt, then the
paint) are reported too, so a miss says where the time goes.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import dataclasses
import gc
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from .common import Figure, median, percentile
from .samples import FIVE_BUTTONS

KEYSTROKES = 400
WARM_UP = 20
MEDIAN_TARGET_MS = 4.0
P99_TARGET_MS = 8.0
COMMON_LENGTH = 1500
LIMIT_LENGTH = 2000
WIDTH, HEIGHT = 1366, 728
SCREEN_HEIGHT = 768
ROOT = Path(__file__).resolve().parents[1]
SENTENCE = "Cảm ơn quý khách đã liên hệ với chúng tôi. "
#: A keystroke that has not painted after this long is a broken benchmark, not a slow one.
GIVE_UP_S = 5.0


def run() -> list[Figure]:
    """Measure in a fresh process whose offscreen screen is 1366x768 (Qt's offscreen
    screen is 800x600 by default, and the window is never larger than its screen)."""
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder, "screen.json")
        config.write_text(json.dumps({"screens": [{
            "name": "bench", "x": 0, "y": 0, "width": WIDTH, "height": SCREEN_HEIGHT,
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
        env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
        done = subprocess.run([sys.executable, "-m", "bench.bench_keystroke"], cwd=ROOT,
                              env=env, capture_output=True, text=True, timeout=600,
                              check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"bench.bench_keystroke failed (exit {done.returncode}): "
                           f"{done.stderr[-2000:]}")
    return [Figure(**fields) for fields in json.loads(lines[-1].removeprefix("RESULT "))]


def measure() -> list[Figure]:
    """Median and p99 per keystroke in the text and in a button title; the parts; the
    2000-character boundary."""

    from PySide6 import QtCore, QtGui, QtWidgets

    from zalo_composer.app.services import AppServices
    from zalo_composer.domain.model import Draft, Message, wire_length
    from zalo_composer.ui.main_window import MainWindow

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    buttons = FIVE_BUTTONS

    class Marks(QtCore.QObject):
        """When each watched widget last received a Paint event, and when the top-level
        window's UpdateRequests (the repaint manager's one paint of all that is dirty)
        came."""

        def __init__(self) -> None:
            super().__init__()
            self.paints: dict[int, float] = {}
            self.updates: list[float] = []
            self.window_id = 0

        def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
            kind = event.type()
            if kind == QtCore.QEvent.Type.Paint:
                self.paints[id(watched)] = time.perf_counter()
            elif kind == QtCore.QEvent.Type.UpdateRequest and id(watched) == self.window_id:
                self.updates.append(time.perf_counter())
            return False

    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as home:
        os.environ["ZALO_COMPOSER_HOME"] = home
        window = MainWindow(services=AppServices())
        window.resize(WIDTH, HEIGHT)
        window.show()
        app.processEvents()
        size = window.size()
        # The offscreen window frame takes a few pixels; `screen_fit` keeps it on screen.
        if abs(size.width() - WIDTH) > 8 or abs(size.height() - HEIGHT) > 8:
            raise RuntimeError(f"the window is {size.width()}x{size.height()}, "
                               f"not {WIDTH}x{HEIGHT}")
        view = window.view
        view.preview_tabs.setCurrentWidget(view.json_preview)  # the JSON preview is shown
        json_view = view.json_preview.view()
        marks = Marks()
        marks.window_id = id(window)
        window.installEventFilter(marks)
        preview_set: list[float] = []
        json_view.document().contentsChanged.connect(
            lambda: preview_set.append(time.perf_counter()))
        text_changed: list[float] = []

        def load(length: int) -> None:
            """A draft of *length* - 1 characters and the five buttons (the editors'
            widgets may be made anew: look them up after this)."""
            text = (SENTENCE * (length // len(SENTENCE) + 1))[: length - 1]
            window.load_draft(Draft(message=Message(text=text, buttons=buttons),
                                    recipients=("1234567890",)))
            window.flush_preview()

        def measure(label: str, target: QtWidgets.QWidget,
                    painted: tuple[QtWidgets.QWidget, ...], check: Callable[[str], None],
                    targets: bool) -> None:
            target.setFocus()
            parent = target.parentWidget()
            while parent is not None:  # as Qt does for a user's Tab into a scrolled field
                if isinstance(parent, QtWidgets.QScrollArea):
                    parent.ensureWidgetVisible(target)
                parent = parent.parentWidget()
            for _ in range(5):
                app.processEvents()
            if target.visibleRegion().isEmpty():
                raise RuntimeError(f"{label}: the field typed into is not on screen")
            if isinstance(target, QtWidgets.QPlainTextEdit):
                target.moveCursor(QtGui.QTextCursor.MoveOperation.End)
            elif isinstance(target, QtWidgets.QLineEdit):
                target.end(False)
            for _ in range(5):
                app.processEvents()
            for widget in painted:
                widget.installEventFilter(marks)
            json_view.viewport().installEventFilter(marks)
            json_painted = 0
            timings: list[float] = []
            parts: dict[str, list[float]] = {
                "key to the text changed": [],
                "refresh, counter, previews rebuilt": [],
                "paint of the window after it": []}
            gc.collect()
            for i in range(WARM_UP + KEYSTROKES):
                typing = i % 2 == 0
                key, char = (0, "ư") if typing else (QtCore.Qt.Key.Key_Backspace, "")
                preview_set.clear()
                text_changed.clear()
                marks.updates.clear()
                start = time.perf_counter()
                for kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
                    QtWidgets.QApplication.postEvent(target, QtGui.QKeyEvent(
                        kind, key, QtCore.Qt.KeyboardModifier.NoModifier, char))
                while True:
                    app.processEvents()
                    now = time.perf_counter()
                    if (preview_set and any(at > preview_set[-1] for at in marks.updates)
                            and all(marks.paints.get(id(w), 0.0) > start for w in painted)):
                        break
                    if now - start > GIVE_UP_S:
                        raise RuntimeError(
                            f"{label}: the window did not paint the keystroke "
                            f"(preview set {bool(preview_set)}, {len(marks.updates)} updates, "
                            f"painted {[marks.paints.get(id(w), 0.0) > start for w in painted]})")
                check("ư" if typing else "")
                if i >= WARM_UP:
                    json_painted += marks.paints.get(id(json_view.viewport()), 0.0) > start
                    timings.append((now - start) * 1000)
                    handled = text_changed[0] if text_changed else start
                    paint_from = next(at for at in marks.updates if at > preview_set[-1])
                    parts["key to the text changed"].append(
                        (handled - start) * 1000)
                    parts["refresh, counter, previews rebuilt"].append(
                        (paint_from - handled) * 1000)
                    parts["paint of the window after it"].append((now - paint_from) * 1000)
            for widget in painted:
                widget.removeEventFilter(marks)
            json_view.viewport().removeEventFilter(marks)
            name = f"keystroke → window painted, {label}"
            figures.append(Figure(f"{name}: median", median(timings), "ms",
                                  MEDIAN_TARGET_MS if targets else None))
            figures.append(Figure(f"{name}: p99", percentile(timings, 0.99), "ms",
                                  P99_TARGET_MS if targets else None))
            if targets:
                figures.extend(Figure(f"  {label}, median of the part: {part}", median(v), "ms")
                               for part, v in parts.items())
                figures.append(Figure(f"  {label}: keystrokes that repainted the JSON view",
                                      json_painted / len(timings) * 100, "%"))

        # The text: 1500 characters, typing at the end.
        load(COMMON_LENGTH)
        editor = window.message_editor()
        text_edit = editor.text_edit()
        text_edit.textChanged.connect(lambda: text_changed.append(time.perf_counter()))

        def text_check(length: int) -> Callable[[str], None]:
            base = (SENTENCE * (length // len(SENTENCE) + 1))[: length - 1]

            def check(added: str) -> None:
                expected = base + added
                assert editor.text() == expected, "the keystroke did not reach the text"
                assert editor.counter().count() == wire_length(expected), \
                    "the counter did not follow"
                assert window.preview_text().count("ư") == expected.count("ư"), \
                    "the JSON preview did not follow"
            return check

        measure(f"text at {COMMON_LENGTH} chars", text_edit,
                (text_edit.viewport(), editor.counter()), text_check(COMMON_LENGTH), True)

        # A button title: the fifth button's, typing at its end (text at 1500 chars).
        load(COMMON_LENGTH)
        field = window.button_list_editor().row(4).field("title")
        assert field is not None
        title_edit = field.line_edit()
        title_edit.textChanged.connect(lambda _text: text_changed.append(time.perf_counter()))
        title_counter = field.counter()
        title = buttons[4].title

        def title_check(added: str) -> None:
            assert title_edit.text() == title + added, "the keystroke did not reach the title"
            assert title_counter is None or title_counter.count() == len(title + added), \
                "the title's counter did not follow"
            assert f'"{title + added}"' in window.preview_text(), \
                "the JSON preview did not follow"

        painted_title: tuple[QtWidgets.QWidget, ...] = (
            (title_edit,) if title_counter is None else (title_edit, title_counter))
        measure("button title", title_edit, painted_title, title_check, True)

        # The boundary: 1999 ↔ 2000 characters toggles the warning on every keystroke.
        load(LIMIT_LENGTH)
        editor = window.message_editor()
        text_edit = editor.text_edit()
        text_edit.textChanged.connect(lambda: text_changed.append(time.perf_counter()))
        measure(f"text at {LIMIT_LENGTH - 1}↔{LIMIT_LENGTH} chars (reported)", text_edit,
                (text_edit.viewport(), editor.counter()), text_check(LIMIT_LENGTH), False)

        window.setWindowModified(False)  # or closing would ask about the unsaved edits
        window.close()
        window.deleteLater()
        app.processEvents()
    return figures


if __name__ == "__main__":
    print("RESULT " + json.dumps([dataclasses.asdict(f) for f in measure()]), flush=True)
