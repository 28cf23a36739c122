"""The live preview of the request body: highlighted JSON, secrets masked, with a Copy button."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from ..draft_changes import splice
from ..retranslate import FollowsPalette, Retranslatable
from .json_highlighter import JsonHighlighter


def _utf16_len(text: str) -> int:
    """Length in UTF-16 code units: Qt's text positions."""
    return len(text.encode("utf-16-le")) // 2


def _changed_span(old: str, new: str) -> tuple[int, int, int]:
    """(start, end in *old*, end in *new*) of the one span that differs between them."""
    start, removed, inserted = splice(old, new)
    return start, start + len(removed), start + len(inserted)


class JsonPreview(Retranslatable, FollowsPalette, QtWidgets.QWidget):
    """Shows the JSON text it is given, keeping the scroll position across updates.

    It never builds JSON itself: the window passes in the masked body from the builder.

    Signals:
        copied: the JSON was put on the clipboard.
    """

    copied = QtCore.Signal(str)  # payload: the text put on the clipboard

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jsonPreview")
        self._title = QtWidgets.QLabel(self)
        self._title.setObjectName("title")
        bold = self._title.font()
        bold.setBold(True)
        self._title.setFont(bold)
        self._copy = QtWidgets.QPushButton(self)
        self._copy.setObjectName("copyButton")
        self._note = QtWidgets.QLabel(self)
        self._note.setObjectName("note")
        self._note.setWordWrap(True)
        self._view = QtWidgets.QPlainTextEdit(self)
        self._view.setObjectName("view")
        self._view.setReadOnly(True)
        self._view.setFont(QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont))
        self._view.setLineWrapMode(QtWidgets.QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._view.setWordWrapMode(QtGui.QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._view.setUndoRedoEnabled(False)
        self._highlighter = JsonHighlighter(self._view.document(), self._view.palette())
        self._shown = ""

        header = QtWidgets.QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self._title)
        header.addStretch(1)
        header.addWidget(self._copy)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self._note)
        layout.addWidget(self._view, 1)

        self._copy.clicked.connect(self._on_copy_clicked)
        self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        self._title.setText(self.tr("Request body"))
        self._copy.setText(self.tr("Copy &JSON"))
        self._copy.setToolTip(self.tr("Copy the request body (keys masked) to the clipboard"))
        self._view.setAccessibleName(self.tr("Request body JSON"))

    def text(self) -> str:
        """The JSON shown."""
        return self._shown

    def set_text(self, text: str) -> None:
        """Show *text*, keeping the reader's scroll position.

        Only the span that differs from what is shown is replaced: a keystroke changes one
        line of the JSON, so only that block is re-highlighted and repainted (replacing the
        whole text re-highlights every block and repaints the whole view).
        """
        old = self._shown
        if text == old:
            return
        start, old_end, new_end = _changed_span(old, text)
        cursor = QtGui.QTextCursor(self._view.document())
        cursor.beginEditBlock()
        cursor.setPosition(_utf16_len(old[:start]))
        cursor.setPosition(_utf16_len(old[:old_end]), QtGui.QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text[start:new_end])
        cursor.endEditBlock()
        self._shown = text

    def set_note(self, note: str) -> None:
        """Show a line about what the preview stands for (recipient, account), or nothing."""
        self._note.setText(note)
        self._note.setVisible(bool(note))

    def note(self) -> str:
        """The line shown above the JSON."""
        return self._note.text()

    def view(self) -> QtWidgets.QPlainTextEdit:
        """The read-only text view."""
        return self._view

    def highlighter(self) -> JsonHighlighter:
        """The syntax highlighter of the view."""
        return self._highlighter

    def copy_button(self) -> QtWidgets.QPushButton:
        """The Copy button."""
        return self._copy

    def _apply_palette(self) -> None:
        self._highlighter.set_palette(self._view.palette())

    def _on_copy_clicked(self) -> None:
        text = self.text()
        QtGui.QGuiApplication.clipboard().setText(text)
        self.copied.emit(text)
