"""The state badge of the results log, the History and the bulk recipients: a colour that
reads well on the table's Base colour, an icon whose *shape* tells the state (so the tables
do not rely on colour alone), and a row tint; plus the base of the three table models.

Each table keeps its own words for its states (their translation contexts differ); it maps
its states onto the few `Badge` kinds drawn here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from PySide6 import QtCore, QtGui, QtWidgets

from . import theme

Badge = Literal["accepted", "rejected", "failed", "pending", "unknown", "waiting", "sent",
                "zalo_failed"]
"""One per lifecycle state: ✓ green ring (accepted by eSMS), ✓ filled green circle (sent by
Zalo), clock in a blue ring (waiting for Zalo), ✕ red circle (failed at Zalo), ! amber
triangle (rejected by eSMS), ✕ red square (not sent), … grey ring (sending), ? violet
diamond (outcome unknown)."""

LIFECYCLE_BADGES: dict[str, Badge] = {
    "sending": "pending", "accepted": "accepted", "waiting": "waiting", "sent": "sent",
    "zalo_failed": "zalo_failed", "rejected": "rejected", "unknown": "unknown",
    "failed": "failed",
}
"""The badge of each `domain.lifecycle` state (the three tables use it)."""

_LIGHT_GREEN, _DARK_GREEN = "#1a7f37", "#3fb950"
# Not amber (rejected) nor red (failed): "unknown" is neither, and must not pass for either.
# Both have a contrast of at least 4.5:1 on the table's Base colour (theme.json_colors).
_UNKNOWN_LIGHT, _UNKNOWN_DARK = "#8250df", "#d2a8ff"
_BASE = QtGui.QPalette.ColorRole.Base
_ROOT = QtCore.QModelIndex()


def badge_color(badge: Badge, palette: QtGui.QPalette) -> QtGui.QColor:
    """The colour of *badge* that reads well on *palette*'s Base (table background)."""
    dark = theme.is_dark(palette, _BASE)
    if badge == "waiting":
        return QtGui.QColor("#79c0ff" if dark else "#0969da")
    if badge == "zalo_failed":
        badge = "failed"
    if badge in ("accepted", "sent"):
        return QtGui.QColor(_DARK_GREEN if dark else _LIGHT_GREEN)
    if badge == "rejected":
        return theme.tone_color(palette, "warning", _BASE)
    if badge == "failed":
        return theme.tone_color(palette, "error", _BASE)
    if badge == "unknown":
        return QtGui.QColor(_UNKNOWN_DARK if dark else _UNKNOWN_LIGHT)
    return palette.color(QtGui.QPalette.ColorGroup.Disabled, QtGui.QPalette.ColorRole.Text)


def badge_tint(badge: Badge, palette: QtGui.QPalette, share: float) -> QtGui.QColor:
    """A row background: *palette*'s Base colour with *share* (0 to 1) of the badge's colour."""
    base = palette.color(_BASE)
    tone = badge_color(badge, palette)
    return QtGui.QColor.fromRgbF(
        base.redF() + (tone.redF() - base.redF()) * share,
        base.greenF() + (tone.greenF() - base.greenF()) * share,
        base.blueF() + (tone.blueF() - base.blueF()) * share,
    )


def badge_icon(badge: Badge, palette: QtGui.QPalette) -> QtGui.QIcon:
    """The 32-pixel badge of *badge*, drawn for *palette*'s Base colour."""
    pixmap = QtGui.QPixmap(32, 32)
    pixmap.fill(QtCore.Qt.GlobalColor.transparent)
    color = badge_color(badge, palette)
    glyph = QtGui.QColor("#101010" if theme.is_dark(palette, _BASE) else "#ffffff")
    painter = QtGui.QPainter(pixmap)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    painter.setPen(QtCore.Qt.PenStyle.NoPen)
    painter.setBrush(color)
    pen = QtGui.QPen(glyph, 4.0, QtCore.Qt.PenStyle.SolidLine, QtCore.Qt.PenCapStyle.RoundCap,
                     QtCore.Qt.PenJoinStyle.RoundJoin)
    point = QtCore.QPointF
    if badge == "sent":
        painter.drawEllipse(2, 2, 28, 28)
        painter.setPen(pen)
        painter.drawPolyline([point(9, 17), point(14, 22), point(23, 10)])
    elif badge == "accepted":
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        painter.setPen(QtGui.QPen(color, 3.0))
        painter.drawEllipse(3, 3, 26, 26)
        pen.setColor(color)
        painter.setPen(pen)
        painter.drawPolyline([point(10, 17), point(14, 21), point(22, 11)])
    elif badge == "waiting":
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        painter.setPen(QtGui.QPen(color, 3.0))
        painter.drawEllipse(3, 3, 26, 26)
        pen.setColor(color)
        pen.setWidthF(3.0)
        painter.setPen(pen)
        painter.drawPolyline([point(16, 9), point(16, 16), point(21, 19)])
    elif badge == "zalo_failed":
        painter.drawEllipse(2, 2, 28, 28)
        painter.setPen(pen)
        painter.drawLine(point(11, 11), point(21, 21))
        painter.drawLine(point(21, 11), point(11, 21))
    elif badge == "rejected":
        painter.drawPolygon([point(16, 2), point(31, 29), point(1, 29)])
        painter.setPen(pen)
        painter.drawLine(point(16, 11), point(16, 19))
        painter.drawPoint(point(16, 24.5))
    elif badge == "failed":
        painter.drawRoundedRect(3, 3, 26, 26, 5, 5)
        painter.setPen(pen)
        painter.drawLine(point(10, 10), point(22, 22))
        painter.drawLine(point(22, 10), point(10, 22))
    elif badge == "unknown":
        painter.drawPolygon([point(16, 0), point(32, 16), point(16, 32), point(0, 16)])
        pen.setWidthF(3.5)
        painter.setPen(pen)
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        question = QtGui.QPainterPath(point(11.5, 12.5))
        question.cubicTo(point(11.5, 6.5), point(20.5, 6.5), point(20.5, 12))
        question.cubicTo(point(20.5, 15.5), point(16, 15.5), point(16, 19))
        painter.drawPath(question)
        painter.drawPoint(point(16, 24.5))
    else:
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        painter.setPen(QtGui.QPen(color, 3.0))
        painter.drawEllipse(3, 3, 26, 26)
        painter.setPen(QtGui.QPen(color, 4.0, QtCore.Qt.PenStyle.SolidLine,
                                  QtCore.Qt.PenCapStyle.RoundCap))
        for x in (10, 16, 22):
            painter.drawPoint(point(x, 16))
    painter.end()
    return QtGui.QIcon(pixmap)


RIGHT_ALIGNED = int(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter)
"""The TextAlignmentRole value of the number columns (HTTP, Code, Duration)."""

RoleHandler = Callable[[int, int], Any]
"""Gives one role's data for (row, column); None where that cell has none."""


class BadgeTableModel(QtCore.QAbstractTableModel):
    """A flat table whose rows carry a state shown with a badge. Subclasses give
    `_row_total`/`_column_total` and, in `_role_handlers`, one function per item data role;
    `data` checks the index and dispatches. The badge helpers follow the application
    palette and draw each icon once per light/dark."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._icons: dict[tuple[Badge, bool], QtGui.QIcon] = {}
        self._role_handlers: dict[int, RoleHandler] = {}

    def rowCount(
        self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = _ROOT
    ) -> int:
        """Number of rows (none below a row: this is a flat table)."""
        return 0 if parent.isValid() else self._row_total()

    def columnCount(
        self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = _ROOT
    ) -> int:
        """Number of columns."""
        return 0 if parent.isValid() else self._column_total()

    def _row_total(self) -> int:
        raise NotImplementedError

    def _column_total(self) -> int:
        raise NotImplementedError

    def data(
        self,
        index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
        role: int = QtCore.Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """The data of *role* for the cell at *index* (see `_role_handlers`)."""
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        handler = self._role_handlers.get(role)
        return handler(index.row(), index.column()) if handler is not None else None

    def _badge_icon(self, badge: Badge) -> QtGui.QIcon:
        palette = QtWidgets.QApplication.palette()
        key = (badge, theme.is_dark(palette, _BASE))
        if key not in self._icons:
            self._icons[key] = badge_icon(badge, palette)
        return self._icons[key]

    @staticmethod
    def _badge_brush(badge: Badge) -> QtGui.QBrush:
        return QtGui.QBrush(badge_color(badge, QtWidgets.QApplication.palette()))

    @staticmethod
    def _tint_brush(badge: Badge, share: float) -> QtGui.QBrush:
        return QtGui.QBrush(badge_tint(badge, QtWidgets.QApplication.palette(), share))
