"""The window's docks (Results, Bulk send, Templates), made empty in the first stage of the
start: the saved layout is restored with them, so the composing area has its final size at
the first paint and nothing moves when their contents come in the second stage
(`Activity` fills Results and Bulk send, `Templates` fills Templates)."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from .i18n import translate


class WindowDocks:
    """The three docks of one main window, placed and titled, still empty."""

    def __init__(self, window: QtWidgets.QMainWindow) -> None:
        self.results = QtWidgets.QDockWidget(window)
        self.results.setObjectName("resultsDock")
        self.results.setFeatures(
            QtWidgets.QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QtWidgets.QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.bulk = QtWidgets.QDockWidget(window)
        self.bulk.setObjectName("bulkDock")
        self.templates = QtWidgets.QDockWidget(window)
        self.templates.setObjectName("templatesDock")
        # The results log docks below everything, so the message stays in view after a send.
        bottom = QtCore.Qt.DockWidgetArea.BottomDockWidgetArea
        window.addDockWidget(bottom, self.results)
        window.addDockWidget(bottom, self.bulk)
        window.tabifyDockWidget(self.results, self.bulk)
        window.addDockWidget(QtCore.Qt.DockWidgetArea.LeftDockWidgetArea, self.templates)
        for dock in (self.results, self.bulk, self.templates):
            dock.hide()  # until the saved layout or the user shows one
        self.retitle()

    def retitle(self) -> None:
        """The titles in the UI's language."""
        self.results.setWindowTitle(translate("WindowDocks", "Results"))
        self.bulk.setWindowTitle(translate("WindowDocks", "Bulk send"))
        self.templates.setWindowTitle(translate("WindowDocks", "Templates"))
