"""The baseline of `bench_startup`: a bare PySide6 script that shows an empty QMainWindow.
Run as ``python -m bench.startup_bare``; it prints ``SHOWN <rss_kib> {}`` after the window's
first paint, exactly as `bench.startup_app` does for the program, then quits."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import QtCore, QtWidgets

from bench.rss import rss_kib


class FirstPaint(QtCore.QObject):
    """Says SHOWN at the first paint of the window, then quits."""

    done = False

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if not self.done and event.type() == QtCore.QEvent.Type.Paint:
            self.done = True
            QtCore.QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(f"SHOWN {rss_kib()} {{}}", flush=True)
        QtWidgets.QApplication.quit()


def main() -> int:
    """Show an empty main window until it has painted once."""
    app = QtWidgets.QApplication(sys.argv[:1])
    window = QtWidgets.QMainWindow()
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.resize(1280, 800)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
