"""The recipients book as a table: name and note editable (saved at once), the rest read."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6 import QtCore

from ...store.recipients import Recipient, RecipientsBook
from .words import follows_text, interaction_text

COLUMNS = ("name", "note", "user_id", "interacted", "follows", "tags", "last_send")
EDITABLE = ("name", "note")
_ROOT = QtCore.QModelIndex()


class RecipientsModel(QtCore.QAbstractTableModel):
    """The users of one OA that match the search, from a `RecipientsBook`."""

    def __init__(self, book: RecipientsBook, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._oaid = ""
        self._search = ""
        self._rows: list[Recipient] = []

    def show(self, oaid: str, search: str = "") -> None:
        """Show the users of *oaid* whose name, note, tags or id match *search*."""
        self.beginResetModel()
        self._oaid, self._search = oaid, search
        self._rows = self._book.search(oaid, search) if oaid else []
        self.endResetModel()

    def reload(self) -> None:
        """Read the book again (after a fetch)."""
        self.show(self._oaid, self._search)

    def recipient(self, row: int) -> Recipient:
        """The user shown in *row*."""
        return self._rows[row]

    def rowCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex
                 = _ROOT) -> int:
        """Users shown."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex
                    = _ROOT) -> int:
        """The columns of `COLUMNS`."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: QtCore.Qt.Orientation,
                   role: int = QtCore.Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles in the UI's language."""
        if orientation != QtCore.Qt.Orientation.Horizontal or \
                role != QtCore.Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Name"), self.tr("Note"), self.tr("User id"), self.tr("Interacted"),
                  self.tr("Follows"), self.tr("Tags"), self.tr("Last send"))
        return titles[section]

    def flags(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex
              ) -> QtCore.Qt.ItemFlag:
        """Name and note can be edited."""
        base = super().flags(index)
        if index.isValid() and COLUMNS[index.column()] in EDITABLE:
            return base | QtCore.Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
             role: int = QtCore.Qt.ItemDataRole.DisplayRole) -> Any:
        """What each cell shows."""
        if not index.isValid() or role not in (QtCore.Qt.ItemDataRole.DisplayRole,
                                               QtCore.Qt.ItemDataRole.EditRole):
            return None
        item = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if column == "interacted":
            return interaction_text(item, date.today()) or "—"
        if column == "follows":
            return follows_text(item.follows)
        if column == "tags":
            return ", ".join(item.tags)
        if column == "last_send":
            if item.last_send_ts is None:
                return ""
            when = QtCore.QDateTime.fromSecsSinceEpoch(int(item.last_send_ts))
            return f"{when.toString('yyyy-MM-dd HH:mm')} · {item.last_send_meaning or ''}"
        return getattr(item, column)

    def setData(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex, value: Any,
                role: int = QtCore.Qt.ItemDataRole.EditRole) -> bool:
        """Save a typed name or note in the book at once."""
        if not index.isValid() or role != QtCore.Qt.ItemDataRole.EditRole:
            return False
        column = COLUMNS[index.column()]
        if column not in EDITABLE:
            return False
        item = self._rows[index.row()]
        self._rows[index.row()] = self._book.update(item.oaid, item.user_id,
                                                    **{column: str(value)})
        self.dataChanged.emit(index, index)
        return True
