"""Start-up in stages: what the first paint does not need waits until the window has
painted once.

`after_first_paint(widget, work)` runs *work* at the turn of the event loop after
*widget*'s first paint. Until then the events the user makes (keys, clicks) wait in Qt's
queue and are delivered in order, so nothing typed during the start is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore, QtWidgets


class _FirstPaint(QtCore.QObject):
    """Event filter: calls back once, after the watched widget's first paint."""

    def __init__(self, widget: QtWidgets.QWidget, work: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget, self._work = widget, work

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """Watch for the first Paint; the work runs once it has returned."""
        if watched is self._widget and event.type() == QtCore.QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QtCore.QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        try:
            self._work()
        finally:
            self.deleteLater()


def after_first_paint(widget: QtWidgets.QWidget, work: Callable[[], object]) -> None:
    """Run *work* once *widget* has painted for the first time (see the module's text)."""
    widget.installEventFilter(_FirstPaint(widget, work))
