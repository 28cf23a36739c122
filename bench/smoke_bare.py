"""The baseline of the whole-process `--smoke` figure (`bench_startup`): a bare PySide6 script
that creates a QApplication, shows a QMainWindow, processes events until it has painted
once, and quits. Run as ``python bench/smoke_bare.py`` (offscreen)."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import QtCore, QtWidgets


class FirstPaint(QtCore.QObject):
    """Quits the application after the window's first paint."""

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.Paint:
            QtCore.QTimer.singleShot(0, QtWidgets.QApplication.quit)
        return False


def main() -> int:
    """Show an empty main window until it has painted, then quit."""
    app = QtWidgets.QApplication(sys.argv[:1])
    window = QtWidgets.QMainWindow()
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.resize(1280, 800)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
