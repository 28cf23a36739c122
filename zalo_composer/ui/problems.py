"""The validation summary: every problem of the draft; choosing one focuses its field."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6 import QtCore, QtGui, QtWidgets

from ..domain.validation import Problem
from . import theme
from .field_paths import field_label
from .i18n import problem_text, translate
from .retranslate import FollowsPalette, Retranslatable

_PATH_ROLE = QtCore.Qt.ItemDataRole.UserRole
_NO_LIMIT = 16777215  # QWIDGETSIZE_MAX, which PySide6 does not export
ROWS_IN_VIEW = 7
_SPACING = 4
"""A full panel asks for room for this many problems; it scrolls for the rest."""


def problem_line(problem: Problem) -> str:
    """One problem as the list shows it: severity word, field, message (the icon is separate)."""
    template = (translate("Problems", "Error · {field}: {message}") if problem.is_error
                else translate("Problems", "Warning · {field}: {message}"))
    return template.format(field=field_label(problem.field, translate),
                           message=problem_text(problem))


def summary_text(problems: Sequence[Problem]) -> str:
    """``2 errors, 1 warning``, or ``No problems``."""
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    parts = []
    # Singular and plural as two texts: English needs both, Vietnamese says them alike.
    if errors:
        parts.append((translate("Problems", "{count} error") if errors == 1
                      else translate("Problems", "{count} errors")).format(count=errors))
    if warnings:
        parts.append((translate("Problems", "{count} warning") if warnings == 1
                      else translate("Problems", "{count} warnings")).format(count=warnings))
    return translate("Problems", ", ").join(parts) or translate("Problems", "No problems")


class ProblemsPanel(Retranslatable, FollowsPalette, QtWidgets.QWidget):
    """A list of the draft's problems with an icon, a word and a mark for the severity.

    Signals:
        problem_activated: the user clicked (or pressed Enter on) a problem.
    """

    problem_activated = QtCore.Signal(str)  # payload: the problem's field path

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self._title = QtWidgets.QLabel(self)
        self._title.setObjectName("title")
        bold = self._title.font()
        bold.setBold(True)
        self._title.setFont(bold)
        self._list = QtWidgets.QListWidget(self)
        self._list.setObjectName("list")
        self._list.setWordWrap(True)
        self._list.setUniformItemSizes(False)
        self._list.setAccessibleName(self.tr("Problems"))
        self._list.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._list.setVerticalScrollMode(
            QtWidgets.QAbstractItemView.ScrollMode.ScrollPerPixel
        )
        self._problems: tuple[Problem, ...] = ()
        self._render()
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(_SPACING)
        layout.addWidget(self._title)
        layout.addWidget(self._list, 1)

        self._list.itemClicked.connect(self._on_list_item_activated)
        self._list.itemActivated.connect(self._on_list_item_activated)

    def problems(self) -> tuple[Problem, ...]:
        """The problems listed."""
        return self._problems

    def list_widget(self) -> QtWidgets.QListWidget:
        """The list itself."""
        return self._list

    def set_problems(self, problems: Sequence[Problem]) -> None:
        """List *problems* in form order."""
        if tuple(problems) != self._problems:
            self._problems = tuple(problems)
            self._render()

    def _retranslate_ui(self) -> None:
        self._list.setAccessibleName(self.tr("Problems"))
        self._render()

    def _apply_palette(self) -> None:
        self._render()

    def sizeHint(self) -> QtCore.QSize:
        """The title alone when there is no problem; else room for up to `ROWS_IN_VIEW`."""
        title = self._title.sizeHint()
        if not self._problems:
            return title
        shown = range(min(self._list.count(), ROWS_IN_VIEW))
        rows = sum(max(self._list.sizeHintForRow(row), 0) for row in shown)
        height = title.height() + _SPACING + rows + 2 * self._list.frameWidth()
        return QtCore.QSize(max(title.width(), self._list.sizeHint().width()), height)

    def _render(self) -> None:
        problems = self._problems
        self._title.setText(self.tr("Problems: {summary}").format(summary=summary_text(problems)))
        # No problem: one line, and the room goes to the previews.
        self._list.setVisible(bool(problems))
        self.setMaximumHeight(_NO_LIMIT if problems
                              else self._title.sizeHint().height())
        self._list.clear()
        style = self.style()
        error_icon = style.standardIcon(QtWidgets.QStyle.StandardPixmap.SP_MessageBoxCritical)
        warning_icon = style.standardIcon(QtWidgets.QStyle.StandardPixmap.SP_MessageBoxWarning)
        palette = QtWidgets.QApplication.palette()
        for problem in problems:
            item = QtWidgets.QListWidgetItem(problem_line(problem))
            item.setIcon(error_icon if problem.is_error else warning_icon)
            tone: theme.Tone = "error" if problem.is_error else "warning"
            item.setForeground(
                QtGui.QBrush(theme.tone_color(palette, tone, QtGui.QPalette.ColorRole.Base))
            )
            item.setData(_PATH_ROLE, problem.field)
            item.setToolTip(self.tr("Click to go to the field"))
            self._list.addItem(item)
        self.updateGeometry()

    def _on_list_item_activated(self, item: QtWidgets.QListWidgetItem) -> None:
        self.problem_activated.emit(str(item.data(_PATH_ROLE)))
