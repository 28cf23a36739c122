"""The program's real start (`run_gui`, staged), with keys typed into the message editor
right after the window is shown — before its first paint and before its second stage is
built. Once the window is complete, one line goes to stdout::

    STAGED <json: the editor's text, whether the window is modified, whether it was complete
           when the keys arrived, the JSON preview, how many objects the settled start left
           out of garbage collection, and where the composing area's parts were at the first
           paint and are once the window is complete>

Run as ``python -m tests.ui.staged_start_probe`` with ZALO_COMPOSER_HOME set (and
PROBE_OPEN_DOCKS=1 to leave the Results and Templates docks open for the next start).
"""

from __future__ import annotations

import gc
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import QtCore, QtGui, QtWidgets

from zalo_composer.ui import app, main_window

TYPED = "Chào bạn"
OPEN_DOCKS = "PROBE_OPEN_DOCKS"
"""Set: the Results and Templates docks are opened before the window closes."""


def places(window: main_window.MainWindow) -> dict[str, list[int] | list[str]]:
    """Where the composing area's parts are in the window (x, y, width, height), and the
    menu bar's titles."""
    view = window.view
    parts = {"message": view.message, "buttons": view.buttons, "options": view.options,
             "previews": view.preview_tabs, "problems": view.problems_panel,
             "send": view.send_button, "summary": view.summary}
    found: dict[str, list[int] | list[str]] = {
        "menus": [a.text() for a in window.menuBar().actions() if a.isVisible()]}
    for name, widget in parts.items():
        rect = widget.rect().translated(widget.mapTo(window, QtCore.QPoint(0, 0)))
        found[name] = [rect.x(), rect.y(), rect.width(), rect.height()]
    return found


class FirstPaint(QtCore.QObject):
    """Notes where the parts are as the window paints for the first time."""

    def __init__(self, window: main_window.MainWindow, seen: dict[str, object]) -> None:
        super().__init__(window)
        self.window, self.seen = window, seen

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.Paint and "first paint" not in self.seen:
            self.seen["first paint"] = places(self.window)
            self.seen["docks at first paint"] = sorted(
                d.objectName() for d in self.window.findChildren(QtWidgets.QDockWidget)
                if d.isVisible())
        return False


def main() -> int:
    """Start the program, type during its start, report once it is complete."""
    seen: dict[str, object] = {}
    original_show = main_window.MainWindow.show

    def show_then_type(self: main_window.MainWindow) -> None:
        self.installEventFilter(FirstPaint(self, seen))
        original_show(self)
        editor = self.message_editor().text_edit()
        editor.setFocus()
        seen["complete when typed"] = self._complete
        for char in TYPED:
            for kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
                QtWidgets.QApplication.postEvent(editor, QtGui.QKeyEvent(
                    kind, 0, QtCore.Qt.KeyboardModifier.NoModifier, char))

    def report(window: main_window.MainWindow) -> None:
        seen["text"] = window.message_editor().text()
        seen["modified"] = window.isWindowModified()
        QtCore.QTimer.singleShot(0, lambda: finish(window))  # once the start has settled

    def finish(window: main_window.MainWindow) -> None:
        window.flush_preview()
        seen["preview"] = window.preview_text()  # built in the second stage
        seen["frozen objects"] = gc.get_freeze_count()
        seen["complete"] = places(window)
        print(f"STAGED {json.dumps(seen, ensure_ascii=False)}", flush=True)
        window.setWindowModified(False)  # no Save question offscreen
        if os.environ.get(OPEN_DOCKS):  # for the next start: the layout saved with them
            window.docks.results.show()
            window.docks.templates.show()
            QtCore.QTimer.singleShot(200, window.close)  # laid out, as a user would see it
        else:
            window.close()

    main_window.MainWindow.show = show_then_type  # type: ignore[method-assign]
    return app.run_gui([], after_show=report)


if __name__ == "__main__":
    sys.exit(main())
