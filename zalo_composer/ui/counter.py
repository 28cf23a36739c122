"""The live ``n / limit`` length counter shown beside every limited field."""

from __future__ import annotations

import math
from typing import Literal

from PySide6 import QtCore, QtGui, QtWidgets

from ..domain import limits
from . import theme
from .retranslate import FollowsPalette, Retranslatable

CounterState = Literal["ok", "near", "over"]


def counter_width(font: QtGui.QFont) -> int:
    """One width for every counter, so the fields beside them line up and never jump."""
    bold = QtGui.QFont(font)
    bold.setBold(True)
    return QtGui.QFontMetrics(bold).horizontalAdvance("0000 / 0000") + 4


def counter_state(count: int, limit: int) -> CounterState:
    """``over`` beyond *limit*, ``near`` from `limits.NEAR_LIMIT_FRACTION` of it, else ``ok``."""
    if count > limit:
        return "over"
    if count >= math.ceil(limit * limits.NEAR_LIMIT_FRACTION):
        return "near"
    return "ok"


class LengthCounter(Retranslatable, FollowsPalette, QtWidgets.QLabel):
    """Shows ``count / limit``; amber near the limit, red and bold beyond it.

    The colour is not the only cue: beyond the limit the text turns bold and the
    field's inline error says by how much.
    """

    def __init__(self, limit: int, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counter")
        self._limit = limit
        self._count = 0
        self._state: CounterState = "ok"
        self.setAlignment(
            QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter
        )
        self.setFixedWidth(counter_width(self.font()))
        # Opaque: a new count repaints this label alone, not the window behind it (the
        # counter changes on every keystroke).
        self.setAutoFillBackground(True)
        self.set_count(0)
        self._apply_state()

    def limit(self) -> int:
        """The limit shown after the slash."""
        return self._limit

    def count(self) -> int:
        """The count shown before the slash."""
        return self._count

    def state(self) -> CounterState:
        """``ok``, ``near`` or ``over``."""
        return self._state

    def set_count(self, count: int) -> None:
        """Show *count* and colour it by how close it is to the limit."""
        self._count = count
        self.setText(f"{count} / {self._limit}")
        state = counter_state(count, self._limit)
        if state != self._state:
            self._state = state
            self._apply_state()
        self.setAccessibleName(
            self.tr("{count} of {limit} characters").format(count=count, limit=self._limit))

    def _retranslate_ui(self) -> None:
        self.set_count(self._count)

    def _apply_palette(self) -> None:
        self._apply_state()

    def _apply_state(self) -> None:
        self.setProperty("state", self._state)
        font = self.font()
        font.setBold(self._state == "over")
        self.setFont(font)
        if self._state == "ok":
            # An empty palette inherits everything from the parent again.
            self.setPalette(QtGui.QPalette())
            return
        palette = QtGui.QPalette()
        tone: theme.Tone = "error" if self._state == "over" else "warning"
        palette.setColor(
            QtGui.QPalette.ColorRole.WindowText,
            theme.tone_color(QtWidgets.QApplication.palette(), tone),
        )
        self.setPalette(palette)
