"""The program's real start (`run_gui`, staged), with keys typed into the message editor
right after the window is shown — before its first paint and before its second stage is
built. Once the window is complete, one line goes to stdout::

    STAGED <json: the editor's text, whether the window is modified, whether it was complete
           when the keys arrived, the JSON preview, and how many objects the settled start
           left out of garbage collection>

Run as ``python -m tests.ui.staged_start_probe`` with ZALO_COMPOSER_HOME set.
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


def main() -> int:
    """Start the program, type during its start, report once it is complete."""
    seen: dict[str, object] = {}
    original_show = main_window.MainWindow.show

    def show_then_type(self: main_window.MainWindow) -> None:
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
        print(f"STAGED {json.dumps(seen, ensure_ascii=False)}", flush=True)
        window.setWindowModified(False)  # no Save question offscreen
        window.close()

    main_window.MainWindow.show = show_then_type  # type: ignore[method-assign]
    return app.run_gui([], after_show=report)


if __name__ == "__main__":
    sys.exit(main())
