"""Draft-level default values of the message's variables: a small two-column table that
lists the placeholders the message uses, so a value need not be in every recipient's row."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6 import QtCore, QtWidgets

from ...domain.model import Draft
from ...domain.variables import find_placeholders, message_fields, normalize_name
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..retranslate import Retranslatable

NO_VARIABLES_TEXT = QT_TRANSLATE_NOOP("DefaultsEditor", "The message uses no {example}.")
"""Shown with ``{example}`` replaced by ``{{variables}}`` (the syntax, not a word)."""
VARIABLES_EXAMPLE = "{{variables}}"
HINT_TEXT = QT_TRANSLATE_NOOP("DefaultsEditor", "Used where a recipient's own cell is empty.")
NAME_COLUMN, VALUE_COLUMN = 0, 1
MAX_VISIBLE_ROWS = 8


def placeholder_names(draft: Draft) -> list[str]:
    """The placeholders of *draft*'s message in the order they first appear."""
    names = (name for _, value in message_fields(draft.message)
             for _, _, name in find_placeholders(value))
    return list(dict.fromkeys(names))


def _name_tip(name: str) -> str:
    return translate("DefaultsEditor",
                     "Replaces {placeholder} in the text, titles and payloads").format(
        placeholder=f"{{{{{name}}}}}")


class DefaultsEditor(Retranslatable, QtWidgets.QWidget):
    """The default value of each placeholder the message uses. Values typed for a name
    are kept while the name is gone from the message, and come back with it.

    Signals:
        defaults_changed: a default was typed, cleared, or a name came or went.
    """

    defaults_changed = QtCore.Signal(object)  # payload: dict[str, str], name → default value

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkDefaults")
        self._values: dict[str, str] = {}
        self._names: list[str] = []
        self._emitted: dict[str, str] = {}
        self._filling = False
        self._title = QtWidgets.QLabel(self)
        self._title.setObjectName("bulkDefaultsTitle")
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._hint = QtWidgets.QLabel(self)
        self._hint.setObjectName("bulkDefaultsHint")
        self._hint.setWordWrap(True)
        self._hint.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self._table = QtWidgets.QTableWidget(0, 2, self)
        self._table.setObjectName("bulkDefaultsTable")
        self._table.setTabKeyNavigation(False)  # Tab moves on; arrows move in the table
        self._table.verticalHeader().hide()
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(NAME_COLUMN,
                                    QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._table.setEditTriggers(
            QtWidgets.QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QtWidgets.QAbstractItemView.EditTrigger.CurrentChanged)
        self._table.verticalHeader().setSectionResizeMode(
            QtWidgets.QHeaderView.ResizeMode.Fixed)
        self._table.verticalHeader().setDefaultSectionSize(
            self._table.fontMetrics().height() + 10)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title)
        layout.addWidget(self._hint)
        layout.addWidget(self._table)
        self._table.itemChanged.connect(self._on_table_item_changed)
        self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        self._title.setText(self.tr("Default values"))
        self._table.setHorizontalHeaderLabels([self.tr("Variable"), self.tr("Default value")])
        for row, name in enumerate(self._names):
            label, value = self._table.item(row, NAME_COLUMN), self._table.item(row, VALUE_COLUMN)
            if label is not None:
                label.setToolTip(_name_tip(name))
            if value is not None:
                value.setToolTip(translate("DefaultsEditor", HINT_TEXT))
        self._show_hint()

    def table(self) -> QtWidgets.QTableWidget:
        """The name/value table."""
        return self._table

    def names(self) -> list[str]:
        """The variable names listed, in the order the message uses them."""
        return list(self._names)

    def set_names(self, names: Iterable[str]) -> None:
        """List *names* (the message's placeholders), keeping the values typed so far."""
        names = list(dict.fromkeys(normalize_name(n) for n in names))
        if names == self._names:
            return
        self._names = names
        self._filling = True
        try:
            self._table.setRowCount(len(names))
            for row, name in enumerate(names):
                label = QtWidgets.QTableWidgetItem(f"{{{{{name}}}}}")
                label.setFlags(QtCore.Qt.ItemFlag.ItemIsEnabled)
                label.setToolTip(_name_tip(name))
                self._table.setItem(row, NAME_COLUMN, label)
                value = QtWidgets.QTableWidgetItem(self._values.get(name, ""))
                value.setToolTip(translate("DefaultsEditor", HINT_TEXT))
                self._table.setItem(row, VALUE_COLUMN, value)
        finally:
            self._filling = False
        self._show_hint()
        self._emit_if_changed()

    def defaults(self) -> dict[str, str]:
        """Name → default value, for the names listed whose value is not empty."""
        return {n: self._values[n] for n in self._names if self._values.get(n)}

    def set_defaults(self, values: Mapping[str, str]) -> None:
        """Replace every value (names not listed are kept for when they are)."""
        self._values = {normalize_name(k): v for k, v in values.items()}
        self._filling = True
        try:
            for row, name in enumerate(self._names):
                item = self._table.item(row, VALUE_COLUMN)
                if item is not None:
                    item.setText(self._values.get(name, ""))
        finally:
            self._filling = False
        self._emit_if_changed()

    def set_value(self, name: str, value: str) -> None:
        """Set the default of one listed *name*, as typing it would."""
        row = self._names.index(normalize_name(name))
        item = self._table.item(row, VALUE_COLUMN)
        assert item is not None
        item.setText(value)

    def _show_hint(self) -> None:
        self._hint.setText(translate("DefaultsEditor", HINT_TEXT) if self._names else translate(
            "DefaultsEditor", NO_VARIABLES_TEXT).format(example=VARIABLES_EXAMPLE))
        self._table.setVisible(bool(self._names))
        # As tall as its rows (up to `MAX_VISIBLE_ROWS`, then it scrolls).
        rows = min(len(self._names), MAX_VISIBLE_ROWS)
        height = (self._table.horizontalHeader().sizeHint().height()
                  + rows * self._table.verticalHeader().defaultSectionSize()
                  + 2 * self._table.frameWidth())
        self._table.setFixedHeight(height)

    def _on_table_item_changed(self, item: QtWidgets.QTableWidgetItem) -> None:
        if self._filling or item.column() != VALUE_COLUMN:
            return
        self._values[self._names[item.row()]] = item.text()
        self._emit_if_changed()

    def _emit_if_changed(self) -> None:
        current = self.defaults()
        if current != self._emitted:
            self._emitted = current
            self.defaults_changed.emit(dict(current))
