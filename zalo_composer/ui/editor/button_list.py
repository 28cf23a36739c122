"""The button-row editor: up to five rows, added by type, reordered by drag-and-drop or keys."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from PySide6 import QtCore, QtGui, QtWidgets

from ...domain import limits
from ...domain.model import Button, ButtonType, new_button
from ...domain.validation import Problem
from ..field_paths import button_field, problems_at
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..inline_problems import InlineProblems
from ..retranslate import Retranslatable
from .button_row import ButtonRowEditor, fill_type_combo, name_type_combo

#: MIME type of a row being dragged; the data is ``<list token>:<row index>``.
BUTTON_ROW_MIME = "application/x-zalo-composer-button-row"

_LIMIT_REASON = QT_TRANSLATE_NOOP(
    "ButtonListEditor", "A message can have at most {limit} buttons; remove one to add another.")
LIMIT_REASON = _LIMIT_REASON.format(limit=limits.BUTTONS_MAX)
"""Why Add is disabled (in English; `limit_reason_text` gives it in the UI's language)."""


def limit_reason_text() -> str:
    """Why no button can be added, in the UI's language."""
    return translate("ButtonListEditor", _LIMIT_REASON).format(limit=limits.BUTTONS_MAX)


def drop_target(source: int, insertion: int) -> int:
    """Where a row lands when dropped at gap *insertion* (0 = above the first row).

    Removing the row first shifts every gap below it up by one.
    """
    return insertion - 1 if insertion > source else insertion


INFO_MARK = "\u2139"
"""The mark before a note (the information source sign)."""


class _RowsContainer(QtWidgets.QWidget):
    """The column of rows inside the scroll area; accepts dropped rows of its own list.

    Signals:
        row_dropped: a row was dropped into a gap between rows.
    """

    row_dropped = QtCore.Signal(int, int)  # payload: (source row index, gap index)

    def __init__(
        self,
        token: str,
        rows: Callable[[], Sequence[QtWidgets.QWidget]],
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rowsContainer")
        self.setAcceptDrops(True)
        self._token = token
        self._rows = rows
        self._indicator = QtWidgets.QFrame(self)
        self._indicator.setObjectName("dropIndicator")
        self._indicator.setAutoFillBackground(True)
        self._indicator.setBackgroundRole(QtGui.QPalette.ColorRole.Highlight)
        self._indicator.hide()

    def source_index(self, mime: QtCore.QMimeData) -> int | None:
        """The index of the row a drag carries, if it comes from this list."""
        if not mime.hasFormat(BUTTON_ROW_MIME):
            return None
        token, _, index = bytes(mime.data(BUTTON_ROW_MIME).data()).decode().partition(":")
        if token != self._token or not index.isdigit():
            return None
        return int(index)

    def gap_at(self, y: float) -> int:
        """The gap between rows nearest to *y*: 0 above the first row, n below the last."""
        for index, row in enumerate(self._rows()):
            if y < row.geometry().center().y():
                return index
        return len(self._rows())

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:
        """Accept only rows of this list."""
        if self.source_index(event.mimeData()) is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self._show_indicator(self.gap_at(event.position().y()))

    def dragMoveEvent(self, event: QtGui.QDragMoveEvent) -> None:
        """Show where the row would land."""
        if self.source_index(event.mimeData()) is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self._show_indicator(self.gap_at(event.position().y()))

    def dragLeaveEvent(self, event: QtGui.QDragLeaveEvent) -> None:
        """Hide the drop line."""
        self._indicator.hide()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QtGui.QDropEvent) -> None:
        """Report the drop; the list does the move."""
        self._indicator.hide()
        source = self.source_index(event.mimeData())
        if source is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.row_dropped.emit(source, self.gap_at(event.position().y()))

    def _show_indicator(self, gap: int) -> None:
        rows = self._rows()
        if not rows:
            return
        # The line sits in the spacing above row *gap*, or below the last row.
        y = rows[gap].geometry().top() - 3 if gap < len(rows) else rows[-1].geometry().bottom() + 2
        self._indicator.setGeometry(0, max(0, y), self.width(), 3)
        self._indicator.show()
        self._indicator.raise_()


class ButtonListEditor(Retranslatable, QtWidgets.QWidget):
    """The message's buttons as editable rows, with add (by type), reorder, duplicate, remove.

    Adding is refused at `limits.BUTTONS_MAX`, with the reason shown beside the Add button.

    Signals:
        changed: a row was added, removed, moved, or one of its fields or its type changed.
    """

    changed = QtCore.Signal()  # payload: none; read `to_model()`

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("buttonListEditor")
        self._rows: list[ButtonRowEditor] = []

        self._title = QtWidgets.QLabel(self)
        self._title.setObjectName("title")
        bold = self._title.font()
        bold.setBold(True)
        self._title.setFont(bold)
        self._count = QtWidgets.QLabel(self)
        self._count.setObjectName("count")
        self._type_combo = QtWidgets.QComboBox(self)
        self._type_combo.setObjectName("addTypeCombo")
        fill_type_combo(self._type_combo)
        self._add = QtWidgets.QPushButton(self)
        self._add.setObjectName("addButton")
        self._limit_reason = QtWidgets.QLabel(self)
        self._limit_reason.setObjectName("limitReason")
        self._limit_reason.setWordWrap(True)
        self._problems = InlineProblems(self)

        self._container = _RowsContainer(str(id(self)), self.rows, self)
        self._empty = QtWidgets.QLabel(self._container)
        self._empty.setObjectName("emptyHint")
        self._empty.setWordWrap(True)
        self._empty.setEnabled(False)
        self._column = QtWidgets.QVBoxLayout(self._container)
        self._column.setContentsMargins(0, 0, 4, 0)
        self._column.setSpacing(5)
        self._column.addWidget(self._empty)
        self._column.addStretch(1)
        self._scroll = QtWidgets.QScrollArea(self)
        self._scroll.setObjectName("scroll")
        self._scroll.setAccessibleName(self.tr("Button rows"))
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(self._container)

        header = QtWidgets.QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self._title)
        header.addWidget(self._count)
        header.addStretch(1)
        header.addWidget(self._type_combo)
        header.addWidget(self._add)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self._limit_reason)
        layout.addWidget(self._problems)
        layout.addWidget(self._scroll, 1)

        self._add.clicked.connect(self._on_add_clicked)
        self._container.row_dropped.connect(self._on_container_row_dropped)
        self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        self._title.setText(self.tr("Buttons"))
        self._type_combo.setToolTip(self.tr("Type of the button to add"))
        self._type_combo.setAccessibleName(self.tr("Type of the button to add"))
        name_type_combo(self._type_combo)
        self._add.setText(self.tr("Add &button"))
        # INFORMATION SOURCE (U+2139) rather than the circled i (U+24D8): common fonts
        # (DejaVu, Segoe UI) have it, so it is no empty box where no symbol font is.
        self._limit_reason.setText(f"{INFO_MARK} {limit_reason_text()}")
        self._empty.setText(self.tr("No buttons yet: choose a type above and press Add button."))
        self._update_rows()

    # -- the model ---------------------------------------------------------------------

    def to_model(self) -> tuple[Button, ...]:
        """The buttons in screen order."""
        return tuple(row.to_model() for row in self._rows)

    def set_buttons(self, buttons: Iterable[Button]) -> None:
        """Replace every row (more than the limit is allowed here; validation reports it)."""
        for row in self._rows:
            self._column.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._rows = []
        for button in buttons:
            self._insert_row(len(self._rows), button)
        self._update_rows()
        self.changed.emit()

    # -- rows --------------------------------------------------------------------------

    def rows(self) -> tuple[ButtonRowEditor, ...]:
        """The row editors in screen order."""
        return tuple(self._rows)

    def row(self, index: int) -> ButtonRowEditor:
        """The row editor at *index*."""
        return self._rows[index]

    def can_add(self) -> bool:
        """False once the message has its maximum number of buttons."""
        return len(self._rows) < limits.BUTTONS_MAX

    def add_button(
        self, button: Button | ButtonType, index: int | None = None
    ) -> ButtonRowEditor | None:
        """Add a row (an empty one when given a type) at *index* (default: last).

        Returns the new row, or None when the message is full.
        """
        if not self.can_add():
            return None
        model = new_button(button) if isinstance(button, str) else button
        row = self._insert_row(len(self._rows) if index is None else index, model)
        self._update_rows()
        self._reveal(row)
        row.focus_field("title")
        self.changed.emit()
        return row

    def duplicate_row(self, index: int) -> ButtonRowEditor | None:
        """Add a copy of row *index* just below it; None when the message is full."""
        return self.add_button(self._rows[index].to_model(), index + 1)

    def remove_row(self, index: int) -> None:
        """Remove row *index*; the focus moves to the row that takes its place."""
        row = self._rows.pop(index)
        self._column.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._update_rows()
        if self._rows:
            self._rows[min(index, len(self._rows) - 1)].focus_field("title")
        else:
            self._type_combo.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def move_row(self, source: int, target: int) -> bool:
        """Move row *source* to position *target* (both 0-based); returns whether it moved.

        Every reordering (buttons, Alt+Up/Down and drag-and-drop) ends here.
        """
        if not (0 <= source < len(self._rows) and 0 <= target < len(self._rows)):
            return False
        if source == target:
            return False
        row = self._rows.pop(source)
        self._rows.insert(target, row)
        self._column.removeWidget(row)
        self._column.insertWidget(target, row)
        self._update_rows()
        self._reveal(row)
        self.changed.emit()
        return True

    # -- access for the window and tests -----------------------------------------------

    def add_type_combo(self) -> QtWidgets.QComboBox:
        """The combo that picks the type of the next added button."""
        return self._type_combo

    def add_push_button(self) -> QtWidgets.QPushButton:
        """The Add button."""
        return self._add

    def limit_reason(self) -> QtWidgets.QLabel:
        """The label that says why Add is disabled."""
        return self._limit_reason

    def rows_container(self) -> QtWidgets.QWidget:
        """The widget that holds the rows and accepts dropped rows."""
        return self._container

    def inline_problems(self) -> InlineProblems:
        """Problems of the button list as a whole (too many, none)."""
        return self._problems

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Route ``buttons`` problems to the list and ``buttons[i].field`` ones to the rows."""
        self._problems.set_problems(problems_at(problems, "buttons"))
        per_row: defaultdict[int, defaultdict[str, list[Problem]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for problem in problems:
            located = button_field(problem.field)
            if located is not None:
                per_row[located[0]][located[1]].append(problem)
        for index, row in enumerate(self._rows):
            row.show_problems(per_row.get(index, {}))

    def focus_field(self, path: str) -> bool:
        """Focus the field of *path* (``buttons`` or ``buttons[i].name``); whether it could."""
        if path == "buttons":
            target: QtWidgets.QWidget = self._add if self._add.isEnabled() else self._type_combo
            target.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
            return True
        located = button_field(path)
        if located is None or located[0] >= len(self._rows):
            return False
        row = self._rows[located[0]]
        self._reveal(row)
        return row.focus_field(located[1])

    # -- internals ---------------------------------------------------------------------

    def _insert_row(self, index: int, button: Button) -> ButtonRowEditor:
        row = ButtonRowEditor(button, self._container)
        self._rows.insert(index, row)
        self._column.insertWidget(index, row)
        # Shown now, not at the next turn of the event loop (as a layout would), so that
        # focus and shortcuts work on it at once.
        row.show()
        row.changed.connect(self.changed)
        row.move_requested.connect(self._on_row_move_requested)
        row.duplicate_requested.connect(self._on_row_duplicate_requested)
        row.remove_requested.connect(self._on_row_remove_requested)
        row.drag_requested.connect(self._on_row_drag_requested)
        return row

    def _update_rows(self) -> None:
        count = len(self._rows)
        full = not self.can_add()
        reason = limit_reason_text()
        for index, row in enumerate(self._rows):
            row.set_position(index, count)
            row.set_duplicate_enabled(not full, reason)
        self._count.setText(self.tr("{count} of {limit}").format(count=count,
                                                                 limit=limits.BUTTONS_MAX))
        self._add.setEnabled(not full)
        self._add.setToolTip(reason if full else self.tr("Add a button of the chosen type"))
        self._type_combo.setEnabled(not full)
        self._limit_reason.setVisible(full)
        self._empty.setVisible(count == 0)
        for first, second in itertools.pairwise(self.focus_chain()):
            QtWidgets.QWidget.setTabOrder(first, second)

    def focus_chain(self) -> list[QtWidgets.QWidget]:
        """The type to add, Add button, then each row's widgets, in the order Tab visits."""
        chain: list[QtWidgets.QWidget] = [self._type_combo, self._add]
        for row in self._rows:
            chain += row.focus_chain()
        return chain

    def _reveal(self, row: ButtonRowEditor) -> None:
        self._column.activate()
        self._scroll.ensureWidgetVisible(row, 0, 0)

    def _start_drag(self, row: ButtonRowEditor) -> None:
        mime = QtCore.QMimeData()
        payload = f"{id(self)}:{self._rows.index(row)}".encode()
        mime.setData(BUTTON_ROW_MIME, QtCore.QByteArray(payload))
        drag = QtGui.QDrag(row.handle())
        drag.setMimeData(mime)
        picture = row.grab()
        if picture.width() > 360:
            picture = picture.scaledToWidth(
                360, QtCore.Qt.TransformationMode.SmoothTransformation
            )
        drag.setPixmap(picture)
        drag.exec(QtCore.Qt.DropAction.MoveAction)

    # -- slots -------------------------------------------------------------------------

    def _on_add_clicked(self) -> None:
        button_type: ButtonType = self._type_combo.currentData()
        self.add_button(button_type)

    def _on_row_move_requested(self, row: ButtonRowEditor, delta: int) -> None:
        index = self._rows.index(row)
        self.move_row(index, index + delta)

    def _on_row_duplicate_requested(self, row: ButtonRowEditor) -> None:
        self.duplicate_row(self._rows.index(row))

    def _on_row_remove_requested(self, row: ButtonRowEditor) -> None:
        self.remove_row(self._rows.index(row))

    def _on_row_drag_requested(self, row: ButtonRowEditor) -> None:
        self._start_drag(row)

    def _on_container_row_dropped(self, source: int, gap: int) -> None:
        self.move_row(source, drop_target(source, gap))
