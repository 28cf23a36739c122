"""A one-line field with its live counter and inline problem text."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6 import QtCore, QtWidgets

from ...domain.model import wire_length
from ...domain.validation import Problem
from ..counter import LengthCounter, counter_width
from ..inline_problems import InlineProblems


class FieldGrid(QtWidgets.QGridLayout):
    """Labels in one column, fields in the next; labels line up with the field's first line.

    (A QFormLayout does not give word-wrapped problem text under a field the height it needs.)
    """

    def __init__(self, label_width: int = 0) -> None:
        super().__init__()
        self.setContentsMargins(0, 0, 0, 0)
        self.setHorizontalSpacing(8)
        self.setVerticalSpacing(3)
        self.setColumnStretch(1, 1)
        self._label_width = label_width
        self._used_rows = 0  # rowCount() never shrinks, so rows in use are counted here

    def set_label_width(self, width: int) -> None:
        """Make every label at least *width* wide (rows of several grids line up)."""
        self._label_width = width
        for row in range(self._used_rows):
            item = self.itemAtPosition(row, 0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setMinimumWidth(width)

    def add_field(self, text: str, field: CountedLineEdit) -> QtWidgets.QLabel:
        """Append a row: *text* as the label (with an & mnemonic) and *field*."""
        parent = field.parentWidget()
        label = QtWidgets.QLabel(text, parent)
        label.setObjectName(f"{field.objectName()}Label")
        label.setBuddy(field.line_edit())
        label.setMinimumWidth(self._label_width)
        label.setFixedHeight(field.line_edit().sizeHint().height())
        row = self._used_rows
        self._used_rows += 1
        self.addWidget(label, row, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        self.addWidget(field, row, 1)
        return label

    def remove_rows_from(self, first: int) -> None:
        """Delete the labels and fields of every row from *first* on."""
        for row in range(first, self._used_rows):
            for column in (0, 1):
                item = self.itemAtPosition(row, column)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    self.removeWidget(widget)
                    widget.hide()
                    widget.deleteLater()
        self._used_rows = min(self._used_rows, first)


class CountedLineEdit(QtWidgets.QWidget):
    """A QLineEdit, a ``n / limit`` counter when the field has a limit, and its problems below.

    The counter counts with *count* (by default `wire_length`: exactly what is sent).

    Signals:
        text_changed: the text changed, by the user or by `set_text`.
    """

    text_changed = QtCore.Signal(str)  # payload: the field's new text

    def __init__(
        self,
        name: str,
        *,
        limit: int | None = None,
        placeholder: str = "",
        count: Callable[[str], int] = wire_length,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Field")
        self._count = count
        self._edit = QtWidgets.QLineEdit(self)
        self._edit.setObjectName("edit")
        self._edit.setPlaceholderText(placeholder)
        self._edit.setClearButtonEnabled(False)
        self._counter = LengthCounter(limit, self) if limit is not None else None
        if self._counter is not None:
            # Beside a field the count reads best right next to it.
            self._counter.setAlignment(
                QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter
            )
        self._problems = InlineProblems(self)

        line = QtWidgets.QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self._edit, 1)
        if self._counter is not None:
            line.addWidget(self._counter)
        else:
            # An empty slot as wide as a counter keeps all fields' right edges in line.
            line.addSpacing(counter_width(self.font()) + line.spacing())
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(line)
        layout.addWidget(self._problems)
        self.setFocusProxy(self._edit)

        self._edit.textChanged.connect(self._on_edit_text_changed)

    def text(self) -> str:
        """The field's text as typed."""
        return self._edit.text()

    def set_text(self, text: str) -> None:
        """Replace the text (emits `text_changed` when it differs)."""
        if text != self._edit.text():
            self._edit.setText(text)
            self._edit.setCursorPosition(0)

    def line_edit(self) -> QtWidgets.QLineEdit:
        """The editor itself (for focus and for tests that type into it)."""
        return self._edit

    def counter(self) -> LengthCounter | None:
        """The length counter, or None for a field without a limit."""
        return self._counter

    def add_below(self, widget: QtWidgets.QWidget) -> None:
        """Show *widget* under the field and its problems (a note about what was typed)."""
        layout = self.layout()
        assert isinstance(layout, QtWidgets.QVBoxLayout)
        layout.addWidget(widget)

    def inline_problems(self) -> InlineProblems:
        """The label that shows this field's problems."""
        return self._problems

    def set_problems(self, problems: Sequence[Problem]) -> None:
        """Show the validation problems of this field under it."""
        self._problems.set_problems(problems)

    def _on_edit_text_changed(self, text: str) -> None:
        if self._counter is not None:
            self._counter.set_count(self._count(text))
        self.text_changed.emit(text)
