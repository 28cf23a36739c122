"""The program's real start, as `bench_startup` times it: ``python -m bench.startup_app``.

It calls `zalo_composer.ui.app.run_gui` unchanged (QApplication, AppServices, the
window's first stage and its first paint). Two hooks only observe it: `MainWindow.show` is
wrapped to note when the window first paints, and the phases of the start are timed by wrapping
`AppServices` and `MainWindow` where `app` looks them up. Once the window has been shown
and painted, one line goes to stdout::

    SHOWN <rss_kib> <json phases in ms since this script started>

then the window closes and `run_gui` returns, as when the user quits.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.rss import rss_kib  # noqa: E402

PHASES: dict[str, float] = {}


def _mark(name: str) -> None:
    PHASES[name] = round((time.perf_counter() - T0) * 1000, 1)


def main() -> int:
    """Run the program until its window has painted once, then quit."""
    from PySide6 import QtCore

    _mark("PySide6 imported")
    from zalo_composer.ui import app, main_window

    _mark("zalo_composer.ui.app imported")
    real_services, real_window = app.AppServices, app.MainWindow

    def timed_services(*args: object, **kwargs: object) -> object:
        _mark("QApplication, theme, language, profiles read")
        made = real_services(*args, **kwargs)  # type: ignore[arg-type]
        _mark("AppServices made")
        return made

    def timed_window(*args: object, **kwargs: object) -> object:
        made = real_window(*args, **kwargs)  # type: ignore[arg-type]
        _mark("MainWindow made")
        return made

    app.AppServices = timed_services  # type: ignore[assignment,misc]
    app.MainWindow = timed_window  # type: ignore[assignment,misc]
    original_show = main_window.MainWindow.show

    class FirstPaint(QtCore.QObject):
        """Says SHOWN at the first paint of the window after `show` (offscreen too)."""

        def __init__(self, window: main_window.MainWindow) -> None:
            super().__init__(window)
            self.window = window
            self.done = False

        def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
            if not self.done and event.type() == QtCore.QEvent.Type.Paint:
                self.done = True
                # After this paint returns: the whole window is on screen.
                QtCore.QTimer.singleShot(0, self.report)
            return False

        def report(self) -> None:
            _mark("window shown and painted")
            print(f"SHOWN {rss_kib()} {json.dumps(PHASES)}", flush=True)
            QtCore.QTimer.singleShot(0, self.window.close)

    def show_and_watch(self: main_window.MainWindow) -> None:
        watcher = FirstPaint(self)
        self.installEventFilter(watcher)
        _mark("show() called")
        original_show(self)

    main_window.MainWindow.show = show_and_watch  # type: ignore[method-assign]
    return app.run_gui([])


if __name__ == "__main__":
    sys.exit(main())
