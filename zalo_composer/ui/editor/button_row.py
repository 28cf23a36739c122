"""One row of the button editor: the button's type, its fields and the row's actions."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

from PySide6 import QtCore, QtGui, QtWidgets

from ...domain.model import (
    BUTTON_CLASSES,
    BUTTON_TYPES,
    TITLE_FIELD,
    Button,
    ButtonType,
    FieldSpec,
    change_button_type,
)
from ...domain.validation import Problem
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..retranslate import Retranslatable
from .fields import CountedLineEdit, FieldGrid

#: What each type does, for the type combo's tooltips.
TYPE_DESCRIPTIONS: dict[ButtonType, str] = {
    "oa.open.url": QT_TRANSLATE_NOOP("ButtonType", "Opens a web page inside Zalo."),
    "oa.query.show": QT_TRANSLATE_NOOP(
        "ButtonType", "Sends its payload to the OA as a message the follower sees."),
    "oa.query.hide": QT_TRANSLATE_NOOP(
        "ButtonType", "Sends its payload to the OA without showing it in the follower's chat."),
    "oa.open.sms": QT_TRANSLATE_NOOP(
        "ButtonType", "Opens the phone's SMS composer with a number and text filled in."),
    "oa.open.phone": QT_TRANSLATE_NOOP("ButtonType", "Opens the dialer with a number filled in."),
}


def type_label(button_type: ButtonType) -> str:
    """How a type is named in menus: its human label, then the eSMS code."""
    return f"{translate('Model', BUTTON_CLASSES[button_type].LABEL)} ({button_type})"


def fill_type_combo(combo: QtWidgets.QComboBox) -> None:
    """Put the five button types into *combo*, each item holding its type string as data."""
    for button_type in BUTTON_TYPES:
        combo.addItem(button_type, button_type)
    name_type_combo(combo)


def name_type_combo(combo: QtWidgets.QComboBox) -> None:
    """Name the types of a filled combo in the UI's language (again)."""
    for index in range(combo.count()):
        button_type: ButtonType = combo.itemData(index)
        combo.setItemText(index, type_label(button_type))
        combo.setItemData(index, translate("ButtonType", TYPE_DESCRIPTIONS[button_type]),
                          QtCore.Qt.ItemDataRole.ToolTipRole)


def field_label_width(font: QtGui.QFont) -> int:
    """The width of the longest field label of any type, so every row's fields line up."""
    metrics = QtGui.QFontMetrics(font)
    labels = {TITLE_FIELD.label} | {s.label for cls in BUTTON_CLASSES.values() for s in cls.FIELDS}
    return max(metrics.horizontalAdvance(translate("Model", label)) for label in labels)


class DragHandle(Retranslatable, QtWidgets.QLabel):
    """The grip at the left of a row; dragging it starts moving the row.

    Signals:
        drag_started: the mouse moved far enough with the button held.
    """

    drag_started = QtCore.Signal()  # payload: none; the row knows which it is

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__("⠿", parent)
        self.setObjectName("dragHandle")
        self._retranslate_ui()
        self.setCursor(QtCore.Qt.CursorShape.OpenHandCursor)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.setFont(font)
        self._press_pos: QtCore.QPoint | None = None

    def _retranslate_ui(self) -> None:
        self.setToolTip(self.tr("Drag to reorder (or Alt+Up / Alt+Down)"))

    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:
        """Remember where a possible drag began."""
        if event.button() == QtCore.Qt.MouseButton.LeftButton:
            self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QtGui.QMouseEvent) -> None:
        """Start the drag once the pointer has moved the platform's drag distance."""
        if self._press_pos is not None and event.buttons() & QtCore.Qt.MouseButton.LeftButton:
            moved = (event.position().toPoint() - self._press_pos).manhattanLength()
            if moved >= QtWidgets.QApplication.startDragDistance():
                self._press_pos = None
                self.drag_started.emit()
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QtGui.QMouseEvent) -> None:
        """Forget the press: no drag happened."""
        self._press_pos = None
        super().mouseReleaseEvent(event)


class ButtonRowEditor(Retranslatable, QtWidgets.QFrame):
    """Edits one button: its type (a combo) and that type's fields, each with counter and problems.

    Changing the type swaps the fields to the new type's through `change_button_type`,
    so the title (and any field the two types share) is kept.

    Signals:
        changed: the type or a field changed.
        move_requested: the user asked to move the row up (-1) or down (+1).
        duplicate_requested: the user asked for a copy of the row below it.
        remove_requested: the user asked to remove the row.
        drag_requested: the user began dragging the row's handle.
    """

    changed = QtCore.Signal()  # payload: none; read `to_model()`
    move_requested = QtCore.Signal(object, int)  # payload: (this row, -1 up or +1 down)
    duplicate_requested = QtCore.Signal(object)  # payload: this row
    remove_requested = QtCore.Signal(object)  # payload: this row
    drag_requested = QtCore.Signal(object)  # payload: this row

    def __init__(self, button: Button, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("buttonRow")
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Maximum
        )
        self._type: ButtonType = button.type
        self._fields: dict[str, CountedLineEdit] = {}
        self._field_labels: dict[str, tuple[QtWidgets.QLabel, FieldSpec]] = {}
        self._position = (0, 1)
        self._duplicate_reason = ""

        self._handle = DragHandle(self)
        self._number = QtWidgets.QLabel(self)
        self._number.setObjectName("number")
        bold = self._number.font()
        bold.setBold(True)
        self._number.setFont(bold)
        self._type_combo = QtWidgets.QComboBox(self)
        self._type_combo.setObjectName("typeCombo")
        fill_type_combo(self._type_combo)
        self._type_combo.setCurrentIndex(self._type_combo.findData(self._type))
        self._up = self._tool_button("upButton", "↑")
        self._down = self._tool_button("downButton", "↓")
        self._duplicate = self._tool_button("duplicateButton")
        self._remove = self._tool_button("removeButton")

        header = QtWidgets.QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self._handle)
        header.addWidget(self._number)
        header.addWidget(self._type_combo, 1)
        for tool in (self._up, self._down, self._duplicate, self._remove):
            header.addWidget(tool)
        self._form = FieldGrid(label_width=field_label_width(self.font()))
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 4)
        layout.setSpacing(3)
        layout.addLayout(header)
        layout.addLayout(self._form)

        self._add_field(TITLE_FIELD, button.title)
        self._add_type_fields(button)
        self._chain_focus()

        # Alt+Up / Alt+Down act on the row that holds the keyboard focus.
        for delta, key in ((-1, QtCore.Qt.Key.Key_Up), (1, QtCore.Qt.Key.Key_Down)):
            action = QtGui.QAction(self)
            action.setShortcut(QtGui.QKeySequence(QtCore.Qt.KeyboardModifier.AltModifier | key))
            action.setShortcutContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(
                self._on_move_up_triggered if delta < 0 else self._on_move_down_triggered
            )
            self.addAction(action)

        self._retranslate_ui()
        self._handle.drag_started.connect(self._on_handle_drag_started)
        self._type_combo.currentIndexChanged.connect(self._on_type_combo_index_changed)
        self._up.clicked.connect(self._on_move_up_triggered)
        self._down.clicked.connect(self._on_move_down_triggered)
        self._duplicate.clicked.connect(self._on_duplicate_clicked)
        self._remove.clicked.connect(self._on_remove_clicked)
        self.set_position(0, 1)

    # -- the model ---------------------------------------------------------------------

    def button_type(self) -> ButtonType:
        """The eSMS type of the button being edited."""
        return self._type

    def to_model(self) -> Button:
        """The button as the fields describe it now."""
        values = {name: field.text() for name, field in self._fields.items()}
        return BUTTON_CLASSES[self._type](**values)

    def set_button_type(self, button_type: ButtonType) -> None:
        """Change the type as the combo does: fields swap, the title stays."""
        self._type_combo.setCurrentIndex(self._type_combo.findData(button_type))

    # -- row state ---------------------------------------------------------------------

    def set_position(self, index: int, count: int) -> None:
        """Number the row and enable the moves that are possible at *index* of *count*."""
        self._position = (index, count)
        self._number.setText(self.tr("Button {number}").format(number=index + 1))
        self._up.setEnabled(index > 0)
        self._down.setEnabled(index < count - 1)
        self.setAccessibleName(
            self.tr("Button {number} of {count}").format(number=index + 1, count=count))
        self._type_combo.setAccessibleName(
            self.tr("Type of button {number}").format(number=index + 1))

    def set_duplicate_enabled(self, enabled: bool, reason: str = "") -> None:
        """Allow or refuse duplicating (refused when the message is full, *reason* says why)."""
        self._duplicate_reason = reason
        self._duplicate.setEnabled(enabled)
        self._duplicate.setToolTip(self.tr("Add a copy below") if enabled else reason)

    def field(self, name: str) -> CountedLineEdit | None:
        """The editor of field *name* (``title``, ``url``, ``payload`` …), if the type has it."""
        return self._fields.get(name)

    def field_names(self) -> tuple[str, ...]:
        """The names of the fields shown, title first."""
        return tuple(self._fields)

    def type_combo(self) -> QtWidgets.QComboBox:
        """The type chooser."""
        return self._type_combo

    def handle(self) -> DragHandle:
        """The drag grip."""
        return self._handle

    def tool_button(self, name: str) -> QtWidgets.QToolButton:
        """One of the row's action buttons: ``up``, ``down``, ``duplicate``, ``remove``."""
        buttons = {
            "up": self._up,
            "down": self._down,
            "duplicate": self._duplicate,
            "remove": self._remove,
        }
        return buttons[name]

    def focus_chain(self) -> list[QtWidgets.QWidget]:
        """The row's focusable widgets in the order Tab should visit them."""
        edits: list[QtWidgets.QWidget] = [f.line_edit() for f in self._fields.values()]
        return [self._type_combo, *edits, self._up, self._down, self._duplicate, self._remove]

    def show_problems(self, problems: Mapping[str, Sequence[Problem]]) -> None:
        """Show under each field the problems keyed by its name."""
        for name, field in self._fields.items():
            field.set_problems(problems.get(name, ()))

    def focus_field(self, name: str) -> bool:
        """Put the keyboard focus into field *name*; returns whether the field exists."""
        field = self._fields.get(name)
        if field is None:
            return False
        field.line_edit().setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        return True

    # -- building ----------------------------------------------------------------------

    def _tool_button(self, name: str, text: str = "") -> QtWidgets.QToolButton:
        button = QtWidgets.QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setAutoRaise(False)
        return button

    def _retranslate_ui(self) -> None:
        self._type_combo.setToolTip(self.tr("Button type: what the follower's tap does"))
        name_type_combo(self._type_combo)
        for button, text, tip in (
            (self._up, "", self.tr("Move up (Alt+Up)")),
            (self._down, "", self.tr("Move down (Alt+Down)")),
            (self._duplicate, self.tr("Duplicate"), self.tr("Add a copy below")),
            (self._remove, self.tr("Remove"), self.tr("Remove this button")),
        ):
            if text:
                button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        if not self._duplicate.isEnabled():
            self._duplicate.setToolTip(self._duplicate_reason)
        self.set_position(*self._position)
        self._form.set_label_width(field_label_width(self.font()))
        for label, spec in self._field_labels.values():
            label.setText(translate("Model", spec.label))
            field = self._fields.get(spec.name)
            if field is not None and spec.placeholder:
                field.line_edit().setPlaceholderText(translate("Model", spec.placeholder))

    def _add_field(self, spec: FieldSpec, value: str) -> None:
        field = CountedLineEdit(
            spec.name, limit=spec.limit, placeholder=translate("Model", spec.placeholder),
            parent=self,
        )
        field.set_text(value)
        field.text_changed.connect(self._on_field_text_changed)
        self._fields[spec.name] = field
        label = self._form.add_field(translate("Model", spec.label), field)
        self._field_labels[spec.name] = (label, spec)

    def _chain_focus(self) -> None:
        # Tab follows the screen (type, fields, actions), not the order widgets were made in.
        chain = self.focus_chain()
        for first, second in itertools.pairwise(chain):
            QtWidgets.QWidget.setTabOrder(first, second)

    def _add_type_fields(self, button: Button) -> None:
        values = button.values()
        for spec in button.FIELDS:
            self._add_field(spec, values[spec.name])

    # -- slots ---------------------------------------------------------------------------

    def _on_type_combo_index_changed(self, index: int) -> None:
        new_type: ButtonType = self._type_combo.itemData(index)
        if new_type == self._type:
            return
        button = change_button_type(self.to_model(), new_type)
        # The title row (row 0) stays, with its focus and cursor; the rest are replaced.
        self._form.remove_rows_from(1)
        self._fields = {TITLE_FIELD.name: self._fields[TITLE_FIELD.name]}
        self._field_labels = {TITLE_FIELD.name: self._field_labels[TITLE_FIELD.name]}
        self._type = new_type
        self._add_type_fields(button)
        self._chain_focus()
        self.changed.emit()

    def _on_field_text_changed(self, _text: str) -> None:
        self.changed.emit()

    def _on_move_up_triggered(self) -> None:
        self.move_requested.emit(self, -1)

    def _on_move_down_triggered(self) -> None:
        self.move_requested.emit(self, 1)

    def _on_duplicate_clicked(self) -> None:
        self.duplicate_requested.emit(self)

    def _on_remove_clicked(self) -> None:
        self.remove_requested.emit(self)

    def _on_handle_drag_started(self) -> None:
        self.drag_requested.emit(self)
