"""The message text: a wrapping plain-text editor with its ``n / 2000`` counter."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6 import QtCore, QtGui, QtWidgets

from ...domain import limits
from ...domain.validation import Problem
from ..counter import LengthCounter
from ..field_paths import problems_at
from ..inline_problems import InlineProblems
from ..retranslate import Retranslatable
from .placeholders import PlaceholderHighlighter


class MessageTextEditor(Retranslatable, QtWidgets.QWidget):
    """Edits ``Payload.message.text``. The counter counts the text as sent (NFC, CRLF).

    Signals:
        changed: the text changed.
    """

    changed = QtCore.Signal()  # payload: none; read `text()`

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageTextEditor")
        self._label = QtWidgets.QLabel(self)
        self._label.setObjectName("label")
        self._edit = QtWidgets.QPlainTextEdit(self)
        self._edit.setObjectName("edit")
        self._edit.setLineWrapMode(QtWidgets.QPlainTextEdit.LineWrapMode.WidgetWidth)
        # Long Vietnamese words and URLs still wrap instead of scrolling sideways.
        self._edit.setWordWrapMode(QtGui.QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        # Tab moves on to the next field; nobody needs a tab character in a Zalo message.
        self._edit.setTabChangesFocus(True)
        self._edit.setMinimumHeight(90)
        self._label.setBuddy(self._edit)
        self._placeholders = PlaceholderHighlighter(self._edit.document())
        self._rehighlighting = False
        self._counter = LengthCounter(limits.TEXT_MAX, self)
        self._problems = InlineProblems(self)

        header = QtWidgets.QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self._label)
        header.addStretch(1)
        header.addWidget(self._counter)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(header)
        layout.addWidget(self._edit, 1)
        layout.addWidget(self._problems)
        self.setFocusProxy(self._edit)
        self._retranslate_ui()

        self._edit.textChanged.connect(self._on_edit_text_changed)

    def _retranslate_ui(self) -> None:
        self._label.setText(self.tr("Message te&xt"))
        self._edit.setPlaceholderText(
            self.tr("What the follower reads above the buttons (up to {limit} characters; "
                    "line breaks count 2).").format(limit=limits.TEXT_MAX))

    def text(self) -> str:
        """The text as typed (line breaks as ``\\n``)."""
        return self._edit.toPlainText()

    def set_text(self, text: str) -> None:
        """Replace the text."""
        if text != self._edit.toPlainText():
            self._edit.setPlainText(text)

    def text_edit(self) -> QtWidgets.QPlainTextEdit:
        """The editor itself (for focus and for tests that type into it)."""
        return self._edit

    def set_known_variables(self, names: Iterable[str]) -> None:
        """Placeholders with a value show in the link colour; the others in red."""
        # Re-highlighting marks the document dirty, which Qt reports as a text change:
        # it is not one, so it must not reach the window (modified flag, undo, autosave).
        self._rehighlighting = True
        try:
            self._placeholders.set_known(names, self._edit.palette())
        finally:
            self._rehighlighting = False

    def set_count(self, count: int) -> None:
        """Show *count* (the filled-in text's length as sent) in the counter."""
        self._counter.set_count(count)

    def counter(self) -> LengthCounter:
        """The ``n / 2000`` counter."""
        return self._counter

    def inline_problems(self) -> InlineProblems:
        """The label that shows the text's problems."""
        return self._problems

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Show the problems whose field is ``text``."""
        self._problems.set_problems(problems_at(problems, "text"))

    def focus_field(self, path: str) -> bool:
        """Focus the editor when *path* is ``text``; returns whether it did."""
        if path != "text":
            return False
        self._edit.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        return True

    def _on_edit_text_changed(self) -> None:
        if self._rehighlighting:
            return
        self.changed.emit()  # the view counts what is sent (`set_count`)
