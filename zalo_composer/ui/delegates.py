"""Item delegates shared by the program's tables."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets


class MiddleElideDelegate(QtWidgets.QStyledItemDelegate):
    """Elides a cell's text in the middle: both ends of an id (RequestId, SMSID, user_id)
    tell ids apart, where an end-elided id would all look alike."""

    def initStyleOption(
        self,
        option: QtWidgets.QStyleOptionViewItem,
        index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
    ) -> None:
        """Elide this column's text in the middle."""
        super().initStyleOption(option, index)
        option.textElideMode = QtCore.Qt.TextElideMode.ElideMiddle
