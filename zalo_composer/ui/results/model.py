"""The results log's table model: one row per send, newest on top, kept in memory."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from PySide6 import QtCore, QtGui, QtWidgets

from ...domain.result import FailureKind, SendResult
from .. import theme
from ..i18n import QT_TRANSLATE_NOOP, code_meaning, domain_text, long_datetime, translate

RowState = Literal["accepted", "rejected", "failed", "pending"]

COLUMNS = (
    QT_TRANSLATE_NOOP("ResultsModel", "Time"), QT_TRANSLATE_NOOP("ResultsModel", "Profile"),
    QT_TRANSLATE_NOOP("ResultsModel", "Recipient"), "RequestId", "HTTP",
    QT_TRANSLATE_NOOP("ResultsModel", "Code"), QT_TRANSLATE_NOOP("ResultsModel", "Meaning"),
    "SMSID", "ErrorMessage", QT_TRANSLATE_NOOP("ResultsModel", "Duration"),
)
"""Column titles in English; `ResultsModel.headerData` gives them in the UI's language."""
(TIME, PROFILE, RECIPIENT, REQUEST_ID, HTTP, CODE, MEANING, SMS_ID, ERROR_MESSAGE,
 DURATION) = range(len(COLUMNS))

RESULT_ROLE = QtCore.Qt.ItemDataRole.UserRole + 1
"""Item data role giving the row's `SendResult` (None while it is being sent)."""
STATE_ROLE = QtCore.Qt.ItemDataRole.UserRole + 2
"""Item data role giving the row's state: accepted, rejected, failed or pending."""

RETRYABLE_FAILURES: frozenset[FailureKind] = frozenset(
    {"connect_timeout", "read_timeout", "refused", "dns", "tls", "reset", "network", "http",
     "cancelled"}
)
"""Failures on the way to eSMS, worth sending again with the same RequestId. A refused
endpoint (plain http) and unreadable answers are not: eSMS did answer, or nothing was sent."""

NONE = "—"
PENDING_TEXT = QT_TRANSLATE_NOOP("ResultsModel", "sending…")
STATE_WORDS: dict[RowState, str] = {
    "accepted": QT_TRANSLATE_NOOP("ResultsModel", "accepted"),
    "rejected": QT_TRANSLATE_NOOP("ResultsModel", "rejected by eSMS"),
    "failed": QT_TRANSLATE_NOOP("ResultsModel", "failed"),
    "pending": QT_TRANSLATE_NOOP("ResultsModel", "sending"),
}
"""A row's state in English; `state_word` gives it in the UI's language."""

_LIGHT_GREEN, _DARK_GREEN = "#1a7f37", "#3fb950"
_ROOT = QtCore.QModelIndex()


def is_retryable(result: SendResult) -> bool:
    """True when *result* failed on the network, so a retry with its RequestId makes sense."""
    return result.outcome == "failed" and result.failure in RETRYABLE_FAILURES


def state_word(state: RowState) -> str:
    """The word for a row's state, in the UI's language."""
    return translate("ResultsModel", STATE_WORDS[state])


def meaning_of(result: SendResult) -> str:
    """The Meaning column: the code's meaning from the full table, or the failure (in the
    UI's language)."""
    if result.code is not None:
        return code_meaning(result.code)
    return domain_text(result.meaning)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def status_text(result: SendResult) -> str:
    """One line for the status bar about *result*."""
    recipient = result.recipient or translate("ResultsModel", "(no recipient)")
    took = f" · {result.duration_ms:.0f} ms" if result.failure != "endpoint" else ""
    if result.outcome == "accepted":
        sms = f" · SMSID {result.sms_id}" if result.sms_id else ""
        line = translate("ResultsModel", "To {recipient}: {code} — {meaning}").format(
            recipient=recipient, code=result.code, meaning=meaning_of(result))
        return f"{line}{sms}{took}"
    if result.outcome == "rejected":
        said = f" (eSMS: “{_one_line(result.error_message)}”)" if result.error_message else ""
        line = translate("ResultsModel", "To {recipient}: rejected, {code} — {meaning}").format(
            recipient=recipient, code=result.code, meaning=meaning_of(result))
        return f"{line}{said}{took}"
    line = translate("ResultsModel", "To {recipient}: failed — {reason}").format(
        recipient=recipient, reason=_one_line(domain_text(result.meaning)))
    return f"{line}{took}"


def state_color(state: RowState, palette: QtGui.QPalette) -> QtGui.QColor:
    """The colour of *state* that reads well on *palette*'s Base (table background)."""
    base = QtGui.QPalette.ColorRole.Base
    if state == "accepted":
        return QtGui.QColor(_DARK_GREEN if theme.is_dark(palette, base) else _LIGHT_GREEN)
    if state == "rejected":
        return theme.tone_color(palette, "warning", base)
    if state == "failed":
        return theme.tone_color(palette, "error", base)
    return palette.color(QtGui.QPalette.ColorGroup.Disabled, QtGui.QPalette.ColorRole.Text)


def state_icon(state: RowState, palette: QtGui.QPalette) -> QtGui.QIcon:
    """A small badge whose *shape* tells the state (✓ circle, ! triangle, ✕ square, … ring),
    so the log does not rely on colour alone."""
    size = 32
    pixmap = QtGui.QPixmap(size, size)
    pixmap.fill(QtCore.Qt.GlobalColor.transparent)
    color = state_color(state, palette)
    glyph = QtGui.QColor("#101010" if theme.is_dark(palette, QtGui.QPalette.ColorRole.Base)
                         else "#ffffff")
    painter = QtGui.QPainter(pixmap)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    pen = QtGui.QPen(glyph, 4.0, QtCore.Qt.PenStyle.SolidLine, QtCore.Qt.PenCapStyle.RoundCap,
                     QtCore.Qt.PenJoinStyle.RoundJoin)
    painter.setPen(QtCore.Qt.PenStyle.NoPen)
    painter.setBrush(color)
    if state == "accepted":
        painter.drawEllipse(2, 2, 28, 28)
        painter.setPen(pen)
        painter.drawPolyline([QtCore.QPointF(9, 17), QtCore.QPointF(14, 22),
                              QtCore.QPointF(23, 10)])
    elif state == "rejected":
        painter.drawPolygon([QtCore.QPointF(16, 2), QtCore.QPointF(31, 29),
                             QtCore.QPointF(1, 29)])
        painter.setPen(pen)
        painter.drawLine(QtCore.QPointF(16, 11), QtCore.QPointF(16, 19))
        painter.drawPoint(QtCore.QPointF(16, 24.5))
    elif state == "failed":
        painter.drawRoundedRect(3, 3, 26, 26, 5, 5)
        painter.setPen(pen)
        painter.drawLine(QtCore.QPointF(10, 10), QtCore.QPointF(22, 22))
        painter.drawLine(QtCore.QPointF(22, 10), QtCore.QPointF(10, 22))
    else:
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        painter.setPen(QtGui.QPen(color, 3.0))
        painter.drawEllipse(3, 3, 26, 26)
        painter.setPen(QtGui.QPen(color, 4.0, QtCore.Qt.PenStyle.SolidLine,
                                  QtCore.Qt.PenCapStyle.RoundCap))
        for x in (10, 16, 22):
            painter.drawPoint(QtCore.QPointF(x, 16))
    painter.end()
    return QtGui.QIcon(pixmap)


@dataclass
class _Row:
    profile_name: str
    recipient: str
    request_id: str
    started_at: datetime
    result: SendResult | None = None

    @property
    def state(self) -> RowState:
        return self.result.outcome if self.result is not None else "pending"


class ResultsModel(QtCore.QAbstractTableModel):
    """Sends as table rows, newest first. Row numbers shift as rows are added on top: look
    a send up again with `row_of` rather than keeping its number."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._icons: dict[tuple[RowState, bool], QtGui.QIcon] = {}

    # -- our API -----------------------------------------------------------------------

    def add(self, result: SendResult, profile_name: str) -> int:
        """Add a finished send on top; returns its row (0)."""
        return self._insert(_Row(profile_name, result.recipient, result.request_id,
                                 result.started_at, result))

    def add_pending(self, recipient: str, request_id: str, profile_name: str) -> int:
        """Add a row for a send still under way (“sending…”); returns its row (0). Fill it in
        later with `replace_row`."""
        return self._insert(_Row(profile_name, recipient, request_id,
                                 datetime.now().astimezone()))

    def replace_row(self, row: int, result: SendResult) -> None:
        """Put *result* in *row* (the answer to a pending send, or to a retry); the row keeps
        its profile."""
        self._rows[row] = _Row(self._rows[row].profile_name, result.recipient,
                               result.request_id, result.started_at, result)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def set_pending(self, row: int) -> None:
        """Show *row* as being sent again (a retry under way)."""
        old = self._rows[row]
        self._rows[row] = _Row(old.profile_name, old.recipient, old.request_id,
                               datetime.now().astimezone())
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def result_at(self, row: int) -> SendResult | None:
        """The result shown in *row*; None while that send is under way."""
        return self._rows[row].result

    def profile_at(self, row: int) -> str:
        """The name of the profile *row* was sent with."""
        return self._rows[row].profile_name

    def row_of(self, request_id: str) -> int:
        """The newest row with *request_id*, or -1."""
        for row, entry in enumerate(self._rows):
            if entry.request_id == request_id:
                return row
        return -1

    def refresh_texts(self) -> None:
        """Tell the views every cell changed (its words, after a language change)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def clear(self) -> None:
        """Forget every row."""
        self.beginResetModel()
        self._rows.clear()
        self.endResetModel()

    # -- Qt model ----------------------------------------------------------------------

    def rowCount(
        self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = _ROOT
    ) -> int:
        """Number of sends (none below a row: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(
        self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = _ROOT
    ) -> int:
        """Number of columns (`COLUMNS`)."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: QtCore.Qt.Orientation,
        role: int = QtCore.Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column titles."""
        if orientation == QtCore.Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == QtCore.Qt.ItemDataRole.DisplayRole:
                return translate("ResultsModel", COLUMNS[section])
            if role == QtCore.Qt.ItemDataRole.ToolTipRole and section == DURATION:
                return translate("ResultsModel",
                                 "Time from sending the request to the end of eSMS's answer")
        return None

    def data(
        self,
        index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
        role: int = QtCore.Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Cell text, tooltips, the state badge (Time column) and colours."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == QtCore.Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == QtCore.Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == QtCore.Qt.ItemDataRole.DecorationRole and column == TIME:
            return self._icon(entry.state)
        if role == QtCore.Qt.ItemDataRole.ForegroundRole and column in (CODE, MEANING):
            return QtGui.QBrush(state_color(entry.state, QtWidgets.QApplication.palette()))
        if role == QtCore.Qt.ItemDataRole.BackgroundRole:
            return QtGui.QBrush(self._tint(entry.state))
        if role == QtCore.Qt.ItemDataRole.TextAlignmentRole and column in (HTTP, CODE, DURATION):
            return int(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter)
        if role == QtCore.Qt.ItemDataRole.AccessibleTextRole:
            return f"{state_word(entry.state)}: {self._text(entry, column)}"
        if role == RESULT_ROLE:
            return entry.result
        if role == STATE_ROLE:
            return entry.state
        return None

    # -- cells -------------------------------------------------------------------------

    def _text(self, entry: _Row, column: int) -> str:
        result = entry.result
        if column == TIME:
            return entry.started_at.astimezone().strftime("%H:%M:%S")
        if column == PROFILE:
            return entry.profile_name
        if column == RECIPIENT:
            return entry.recipient
        if column == REQUEST_ID:
            return entry.request_id
        if result is None:
            return translate("ResultsModel", PENDING_TEXT) if column == MEANING else ""
        if column == HTTP:
            return str(result.http_status) if result.http_status is not None else NONE
        if column == CODE:
            return result.code if result.code is not None else NONE
        if column == MEANING:
            return _one_line(meaning_of(result))
        if column == SMS_ID:
            return result.sms_id or NONE
        if column == ERROR_MESSAGE:
            return _one_line(result.error_message or "")
        if column == DURATION:
            return NONE if result.failure == "endpoint" else f"{result.duration_ms:.0f} ms"
        return ""

    def _tooltip(self, entry: _Row, column: int) -> str | None:
        result = entry.result
        if column == TIME:
            when = long_datetime(entry.started_at)
            word = state_word(entry.state)
            return f"{when}\n{word[:1].upper()}{word[1:]}"
        if result is None:
            return None
        if column == MEANING:
            text = status_text(result)
            if result.outcome == "accepted":
                text += "\n" + translate(
                    "ResultsModel", "Accepted means eSMS took the request; the final status "
                    "comes through the CallbackUrl or a status query.")
            elif is_retryable(result):
                text += "\n" + translate("ResultsModel",
                                         "Retry sends it again with the same RequestId.")
            return text
        if column == ERROR_MESSAGE and result.error_message:
            return result.error_message
        if column in (REQUEST_ID, RECIPIENT, SMS_ID, PROFILE):
            return self._text(entry, column) or None
        return None

    def _icon(self, state: RowState) -> QtGui.QIcon:
        palette = QtWidgets.QApplication.palette()
        key = (state, theme.is_dark(palette, QtGui.QPalette.ColorRole.Base))
        if key not in self._icons:
            self._icons[key] = state_icon(state, palette)
        return self._icons[key]

    def _tint(self, state: RowState) -> QtGui.QColor:
        """The row background: the Base colour with a little of the state's colour in it."""
        palette = QtWidgets.QApplication.palette()
        base = palette.color(QtGui.QPalette.ColorRole.Base)
        tone = state_color(state, palette)
        share = 0.0 if state == "pending" else 0.12
        return QtGui.QColor.fromRgbF(
            base.redF() + (tone.redF() - base.redF()) * share,
            base.greenF() + (tone.greenF() - base.greenF()) * share,
            base.blueF() + (tone.blueF() - base.blueF()) * share,
        )

    def _insert(self, entry: _Row) -> int:
        self.beginInsertRows(QtCore.QModelIndex(), 0, 0)
        self._rows.insert(0, entry)
        self.endInsertRows()
        return 0
