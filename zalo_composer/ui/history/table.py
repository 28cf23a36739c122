"""The History window's table: fixed-height rows, columns sized for their usual content,
ids elided in the middle, and Enter to reopen a row."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from ..delegates import MiddleElideDelegate
from .model import (
    CODE,
    DURATION,
    ERROR_MESSAGE,
    HTTP,
    MEANING,
    MESSAGE,
    PROFILE,
    RECIPIENT,
    REQUEST_ID,
    SMS_ID,
    STATE,
    TIME,
    HistoryModel,
)

COLUMN_SAMPLES = {
    TIME: "2026-03-14 09:26:53", PROFILE: "Shop Hà Nội", RECIPIENT: "228116347034234642",
    REQUEST_ID: "0123456789abcdef01", STATE: "outcome unknown", HTTP: "HTTP", CODE: "Code",
    MEANING: "wrong ApiKey or SecretKey", SMS_ID: "a1b2c3d4e5f6a7b8",
    ERROR_MESSAGE: "Authorize Failed", DURATION: "10000 ms",
    MESSAGE: "Xin chào anh/chị Nguyễn Thị",
}
"""Each column starts wide enough for this text (the table scrolls sideways if need be)."""


class HistoryTable(QtWidgets.QTableView):
    """The sends, one per row, whole rows selected.

    Signals:
        row_activated: Enter, Return or a double click on a row.
    """

    row_activated = QtCore.Signal(int)  # payload: the table row

    def __init__(self, model: HistoryModel, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyTable")
        self._id_delegate = MiddleElideDelegate(self)
        self.setModel(model)
        self.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(QtCore.Qt.TextElideMode.ElideRight)
        self.setVerticalScrollMode(QtWidgets.QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QtWidgets.QAbstractItemView.ScrollMode.ScrollPerPixel)
        for column in (RECIPIENT, REQUEST_ID, SMS_ID):
            self.setItemDelegateForColumn(column, self._id_delegate)
        metrics = self.fontMetrics()
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights: the view never measures rows, which keeps long histories fast.
        vertical.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(metrics.height() + 10)
        self.setIconSize(QtCore.QSize(16, 16))
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(40)
        header.setDefaultAlignment(QtCore.Qt.AlignmentFlag.AlignLeft
                                   | QtCore.Qt.AlignmentFlag.AlignVCenter)
        for column, sample in COLUMN_SAMPLES.items():
            extra = 40 if column == STATE else 18  # the state badge, and cell padding
            header.resizeSection(column, metrics.horizontalAdvance(sample) + extra)
        header.setStretchLastSection(True)
        self.setMinimumHeight(vertical.defaultSectionSize() * 5)
        self.doubleClicked.connect(self._on_self_double_clicked)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        """Enter or Return activates the current row; other keys move as usual."""
        plain = event.modifiers() in (QtCore.Qt.KeyboardModifier.NoModifier,
                                      QtCore.Qt.KeyboardModifier.KeypadModifier)
        if event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter) and plain:
            if self.currentIndex().isValid():
                self.row_activated.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)

    @QtCore.Slot(QtCore.QModelIndex)
    def _on_self_double_clicked(self, index: QtCore.QModelIndex) -> None:
        if index.isValid():
            self.row_activated.emit(index.row())
