"""The "Paste ids" dialog: a text box for user ids (one per line, or separated by commas,
semicolons, spaces or tabs; a spreadsheet block with a user_id header keeps its columns),
with a live count, replacing the list or adding to it."""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from PySide6 import QtCore, QtGui, QtWidgets

from ...domain.errors import ZaloComposerError
from ...domain.variables import RecipientsTable, parse_recipients_text
from ..i18n import error_text, translate
from ..retranslate import Retranslatable
from .words import number


class PastedIds(NamedTuple):
    """What the user pasted, and whether it goes after the rows already listed."""

    text: str
    append: bool


def count_text(text: str) -> str:
    """``12 ids`` / ``12 rows, 2 variable columns`` / why the text cannot be read."""
    if not text.strip():
        return translate("PasteIdsDialog", "Nothing pasted yet.")
    try:
        table = parse_recipients_text(text)
    except ZaloComposerError as exc:
        return error_text(exc)
    rows = len(table.rows)
    ids = (translate("PasteIdsDialog", "{count} id") if rows == 1
           else translate("PasteIdsDialog", "{count} ids")).format(count=number(rows))
    if not table.columns:
        return ids
    columns = len(table.columns)
    if columns == 1:
        text = translate("PasteIdsDialog", "{ids}, {count} variable column")
    else:
        text = translate("PasteIdsDialog", "{ids}, {count} variable columns")
    return text.format(ids=ids, count=columns)


def append_table(first: RecipientsTable, more: RecipientsTable) -> RecipientsTable:
    """*first* followed by *more*: their variable columns merged, and the line numbers of
    *more* moved past those of *first*, so "already listed on line N" points at one place."""
    offset = max((row.line for row in first.rows), default=0)
    rows = (*first.rows, *(replace(row, line=row.line + offset) for row in more.rows))
    columns = (*first.columns, *(c for c in more.columns if c not in first.columns))
    return RecipientsTable(rows, columns)


class PasteIdsDialog(Retranslatable, QtWidgets.QDialog):
    """A text box for pasted ids and the buttons Replace list / Add to list / Cancel."""

    def __init__(self, has_rows: bool, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pasteIdsDialog")
        self._has_rows = has_rows
        self._append = False
        self._help = QtWidgets.QLabel(self)
        self._help.setWordWrap(True)
        self._text = QtWidgets.QPlainTextEdit(self)
        self._text.setObjectName("pasteIdsText")
        self._text.setPlaceholderText("2281163470342346421\n6100000000000000001, …")
        self._text.setFont(QtGui.QFontDatabase.systemFont(
            QtGui.QFontDatabase.SystemFont.FixedFont))
        self._count = QtWidgets.QLabel(self)
        self._count.setObjectName("pasteIdsCount")
        self._buttons = QtWidgets.QDialogButtonBox(self)
        self._replace = self._buttons.addButton(
            "", QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        self._replace.setObjectName("pasteReplaceButton")
        self._add = self._buttons.addButton(
            "", QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        self._add.setObjectName("pasteAddButton")
        self._add.setVisible(has_rows)
        self._buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self._help)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._count)
        layout.addWidget(self._buttons)
        self.resize(520, 360)
        self._text.textChanged.connect(self._on_text_text_changed)
        self._add.clicked.connect(self._on_add_clicked)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Paste user ids"))
        self._help.setText(self.tr(
            "One Zalo user id per line, or separated by commas, semicolons, spaces or tabs. A "
            "block copied from a spreadsheet with a user_id header keeps its variable columns."))
        self._replace.setText(self.tr("Replace list") if self._has_rows
                              else self.tr("Use these ids"))
        self._add.setText(self.tr("Add to list"))
        self._on_text_text_changed()

    def pasted(self) -> PastedIds:
        """The text and the choice made."""
        return PastedIds(self._text.toPlainText(), self._append)

    def text_edit(self) -> QtWidgets.QPlainTextEdit:
        """The text box."""
        return self._text

    def _on_text_text_changed(self) -> None:
        text = self._text.toPlainText()
        self._count.setText(count_text(text))
        self._replace.setEnabled(bool(text.strip()))
        self._add.setEnabled(bool(text.strip()))

    def _on_add_clicked(self) -> None:
        self._append = True


def ask_pasted_ids(parent: QtWidgets.QWidget, has_rows: bool) -> PastedIds | None:
    """Show the dialog; what was pasted, or None when cancelled."""
    dialog = PasteIdsDialog(has_rows, parent)
    dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
    accepted = dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted
    pasted = dialog.pasted()
    dialog.deleteLater()
    return pasted if accepted and pasted.text.strip() else None
