"""Inline problem text shown under a field."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6 import QtCore, QtWidgets

from ..domain.validation import Problem
from . import theme
from .i18n import problem_text
from .retranslate import FollowsPalette, Retranslatable

#: Marks that tell errors from warnings without relying on colour.
ERROR_MARK = "✖"
WARNING_MARK = "⚠"


def problem_mark(problem: Problem) -> str:
    """The symbol shown before a problem: a cross for errors, a warning sign for warnings."""
    return ERROR_MARK if problem.is_error else WARNING_MARK


class InlineProblems(Retranslatable, FollowsPalette, QtWidgets.QLabel):
    """The problems of one field, one per line with a mark; hidden while there are none."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems")
        self.setWordWrap(True)
        self.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self._problems: tuple[Problem, ...] = ()
        self.hide()

    def problems(self) -> tuple[Problem, ...]:
        """The problems shown."""
        return self._problems

    def plain_text(self) -> str:
        """What the label says, without markup (one problem per line)."""
        return "\n".join(f"{problem_mark(p)} {problem_text(p)}" for p in self._problems)

    def set_problems(self, problems: Sequence[Problem]) -> None:
        """Show *problems* (errors first), or hide when there are none."""
        ordered = tuple(sorted(problems, key=lambda p: not p.is_error))
        if ordered == self._problems:
            return
        self._problems = ordered
        self._render()
        self.setVisible(bool(ordered))

    def _retranslate_ui(self) -> None:
        self._render()

    def _apply_palette(self) -> None:
        self._render()

    def _render(self) -> None:
        palette = QtWidgets.QApplication.palette()
        lines = []
        for problem in self._problems:
            tone: theme.Tone = "error" if problem.is_error else "warning"
            color = theme.tone_color(palette, tone).name()
            text = html.escape(f"{problem_mark(problem)} {problem_text(problem)}")
            lines.append(f'<span style="color:{color}">{text}</span>')
        self.setText("<br>".join(lines))
        self.setAccessibleDescription(self.plain_text())


