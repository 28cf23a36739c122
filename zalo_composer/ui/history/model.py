"""The History view's table model: the send-history database, fetched a page at a time.

Rows come newest first through `History.page` with keyset paging (``id < last id``), so
the 200th page costs what the first does and a 100,000-row history is never loaded whole.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6 import QtCore, QtGui

from ...domain.lifecycle import failed_detail
from ...domain.zalo_codes import zalo_meaning
from ...store.history import History, HistoryFilter, HistoryRow, State
from ..i18n import QT_TRANSLATE_NOOP, domain_text, long_datetime, translate
from ..state_badge import RIGHT_ALIGNED, Badge, BadgeTableModel, badge_color

COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryModel", "Time"), QT_TRANSLATE_NOOP("HistoryModel", "Profile"),
    QT_TRANSLATE_NOOP("HistoryModel", "Recipient"), "RequestId",
    QT_TRANSLATE_NOOP("HistoryModel", "State"), "HTTP", QT_TRANSLATE_NOOP("HistoryModel", "Code"),
    QT_TRANSLATE_NOOP("HistoryModel", "Meaning"), "SMSID", "ErrorMessage",
    QT_TRANSLATE_NOOP("HistoryModel", "Duration"), QT_TRANSLATE_NOOP("HistoryModel", "Message"),
)
"""Column titles in English; `HistoryModel.headerData` gives them in the UI's language."""
(TIME, PROFILE, RECIPIENT, REQUEST_ID, STATE, HTTP, CODE, MEANING, SMS_ID, ERROR_MESSAGE,
 DURATION, MESSAGE) = range(len(COLUMNS))

PAGE_SIZE = 200
"""Rows fetched per page; a screen shows a few dozen, so one page fills any window."""

ROW_ROLE = QtCore.Qt.ItemDataRole.UserRole + 1
"""Item data role giving the row's `HistoryRow`."""
STATE_ROLE = QtCore.Qt.ItemDataRole.UserRole + 2
"""Item data role giving the row's state (one of `store.history.STATES`)."""

STATE_WORDS: dict[State, str] = {
    "accepted": QT_TRANSLATE_NOOP("HistoryModel", "accepted"),
    "rejected": QT_TRANSLATE_NOOP("HistoryModel", "rejected"),
    "failed": QT_TRANSLATE_NOOP("HistoryModel", "failed"),
    "sending": QT_TRANSLATE_NOOP("HistoryModel", "sending"),
    "unknown": QT_TRANSLATE_NOOP("HistoryModel", "outcome unknown"),
    "waiting": QT_TRANSLATE_NOOP("HistoryModel", "waiting for Zalo"),
    "sent": QT_TRANSLATE_NOOP("HistoryModel", "sent by Zalo"),
    "zalo_failed": QT_TRANSLATE_NOOP("HistoryModel", "failed at Zalo"),
}
"""A send's state in English (as the history stores it); `state_word` translates it."""
UNKNOWN_TOOLTIP = QT_TRANSLATE_NOOP(
    "HistoryModel", "The program stopped while this request was in flight: eSMS may or may not "
    "have accepted it. Look its RequestId up before sending it again.")
NONE = "—"
MESSAGE_CHARS = 160
"""The Message column shows at most this much of the first line (the view elides the rest)."""

_BADGES: dict[State, Badge] = {
    "accepted": "accepted", "rejected": "rejected", "failed": "failed", "sending": "pending",
    "unknown": "unknown", "waiting": "waiting", "sent": "sent", "zalo_failed": "zalo_failed",
}
_TINT_SHARES: dict[State, float] = {"sending": 0.0, "unknown": 0.2}
"""How much of the state's colour a row's background takes (0.1 where not listed)."""


def one_line(text: str | None) -> str:
    """*text* with every run of white space (line breaks too) made one space."""
    return " ".join((text or "").split())


def first_line(text: str) -> str:
    """The first non-empty line of *text*, cut to `MESSAGE_CHARS` characters."""
    for line in text.splitlines():
        if line.strip():
            line = line.strip()
            return line if len(line) <= MESSAGE_CHARS else line[:MESSAGE_CHARS - 1] + "…"
    return ""


def local_time(timestamp: float) -> str:
    """*timestamp* as local ``yyyy-mm-dd HH:MM:SS``."""
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(timestamp))


def history_state_color(state: State, palette: QtGui.QPalette) -> QtGui.QColor:
    """The colour of *state* that reads well on *palette*'s Base (the results log's colours,
    and a violet of its own for "outcome unknown")."""
    return badge_color(_BADGES[state], palette)


def state_word(state: State) -> str:
    """The word for a send's state, in the UI's language."""
    return translate("HistoryModel", STATE_WORDS[state])


def unknown_tooltip() -> str:
    """What "outcome unknown" means, in the UI's language."""
    return translate("HistoryModel", UNKNOWN_TOOLTIP)


def meaning_text(row: HistoryRow) -> str:
    """The Meaning column: the stored meaning on one line, without repeating the state
    ("outcome unknown: the program stopped …" shows as "the program stopped …"), in the UI's
    language. Once the follow-up learned Zalo's outcome, that: "-230 — this follower …"."""
    if row.state == "zalo_failed":
        reason = domain_text(zalo_meaning(row.zalo_error) if row.zalo_error is not None
                             else failed_detail(None))
        return f"{row.zalo_error} — {reason}" if row.zalo_error is not None else reason
    meaning = one_line(row.meaning)
    prefix = f"{STATE_WORDS[row.state]}:"
    if meaning.startswith(prefix):
        whole = domain_text(meaning)
        translated_prefix = f"{state_word(row.state)}:"
        if whole != meaning and whole.startswith(translated_prefix):
            return whole[len(translated_prefix):].strip()
        return domain_text(meaning[len(prefix):].strip())
    return domain_text(meaning)


def summary_text(row: HistoryRow) -> str:
    """One line about *row* for the details pane."""
    parts = [state_word(row.state)]
    if row.code is not None:
        parts.append(f"{row.code} — {meaning_text(row)}")
    elif row.meaning:
        parts.append(meaning_text(row))
    if row.http_status is not None:
        parts.append(f"HTTP {row.http_status}")
    if row.sms_id:
        parts.append(f"SMSID {row.sms_id}")
    if row.duration_ms is not None:
        parts.append(f"{row.duration_ms:.0f} ms")
    return " · ".join(parts)


class HistoryModel(BadgeTableModel):
    """The sends matching a `HistoryFilter`, newest first, fetched `PAGE_SIZE` rows at a time
    as the view scrolls (`canFetchMore` / `fetchMore`). The first page is fetched at once."""

    def __init__(
        self, history: History, flt: HistoryFilter | None = None,
        parent: QtCore.QObject | None = None, *, page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._history = history
        self._filter = flt or HistoryFilter()
        self._page_size = page_size
        self._rows: list[HistoryRow] = []
        self._exhausted = False
        self._count: int | None = None
        item = QtCore.Qt.ItemDataRole
        self._role_handlers = {
            item.DisplayRole: self._text,
            item.ToolTipRole: self._tooltip,
            item.DecorationRole: lambda row, column: (
                self._badge_icon(_BADGES[self._rows[row].state]) if column == STATE else None),
            item.ForegroundRole: lambda row, column: (
                self._badge_brush(_BADGES[self._rows[row].state])
                if column in (STATE, CODE, MEANING) else None),
            item.FontRole: self._font,
            item.BackgroundRole: lambda row, _column: self._tint_brush(
                _BADGES[self._rows[row].state],
                _TINT_SHARES.get(self._rows[row].state, 0.1)),
            item.TextAlignmentRole: lambda _row, column: (
                RIGHT_ALIGNED if column in (HTTP, CODE, DURATION) else None),
            item.AccessibleTextRole: lambda row, column: (
                f"{state_word(self._rows[row].state)}: {self._text(row, column)}"),
            ROW_ROLE: lambda row, _column: self._rows[row],
            STATE_ROLE: lambda row, _column: self._rows[row].state,
        }
        self._fetch(page_size)

    # -- our API -----------------------------------------------------------------------

    def history(self) -> History:
        """The database the model reads."""
        return self._history

    def current_filter(self) -> HistoryFilter:
        """The filter the rows match."""
        return self._filter

    def set_filter(self, flt: HistoryFilter) -> None:
        """Show the rows matching *flt*: forget the loaded rows and fetch the first page."""
        self.beginResetModel()
        self._filter = flt
        self._rows = []
        self._exhausted = False
        self._count = None
        self._fetch(self._page_size)
        self.endResetModel()

    def refresh(self) -> None:
        """Run the filter again (after a send, a deletion …), fetching as many rows as were
        loaded so the view keeps its scroll position."""
        wanted = max(self._page_size, len(self._rows))
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._count = None
        self._fetch(wanted)
        self.endResetModel()

    def row_at(self, row: int) -> HistoryRow:
        """The send shown in *row*."""
        return self._rows[row]

    def row_of(self, row_id: int) -> int:
        """The row showing the send with database id *row_id*, or -1 if it is not loaded."""
        for number, entry in enumerate(self._rows):
            if entry.id == row_id:
                return number
        return -1

    def total_count(self) -> int:
        """How many sends match the filter in all (loaded or not); counted once per filter."""
        if self._count is None:
            # Every match is loaded already: counting again would scan the table for nothing
            # (a text filter that finds little scans all of it).
            self._count = (len(self._rows) if self._exhausted
                           else self._history.count(self._filter))
        return self._count

    # -- Qt model ----------------------------------------------------------------------

    def _row_total(self) -> int:
        """Number of rows loaded so far (a flat table)."""
        return len(self._rows)

    def _column_total(self) -> int:
        """Number of columns (`COLUMNS`)."""
        return len(COLUMNS)

    def canFetchMore(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex) -> bool:
        """True until a page came back short."""
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex) -> None:
        """Append the next page (the rows older than the last one loaded)."""
        if not parent.isValid():
            self._fetch(self._page_size, notify=True)

    def headerData(
        self, section: int, orientation: QtCore.Qt.Orientation,
        role: int = QtCore.Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column titles, with tooltips where the title is terse."""
        if orientation != QtCore.Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == QtCore.Qt.ItemDataRole.DisplayRole:
            return translate("HistoryModel", COLUMNS[section])
        if role == QtCore.Qt.ItemDataRole.ToolTipRole:
            return {
                TIME: self.tr("Local time the request left"), DURATION:
                self.tr("Time from sending the request to the end of eSMS's answer (ms)"),
                STATE: self.tr("accepted, rejected by eSMS, failed on the way, sending, or "
                               "outcome unknown (the program stopped mid-send)"),
                MESSAGE: self.tr("First line of the message text"),
            }.get(section)
        return None

    def refresh_texts(self) -> None:
        """Tell the views every cell and title changed (after a language change)."""
        self.headerDataChanged.emit(QtCore.Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    # -- fetching ----------------------------------------------------------------------

    def _fetch(self, limit: int, *, notify: bool = False) -> None:
        if self._exhausted:
            return
        before = self._rows[-1].id if self._rows else None
        page = self._history.page(self._filter, before_id=before, limit=limit)
        self._exhausted = len(page) < limit
        if not page:
            return
        if notify:
            first = len(self._rows)
            self.beginInsertRows(QtCore.QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        else:
            self._rows.extend(page)

    # -- cells -------------------------------------------------------------------------

    def _text(self, row: int, column: int) -> str:
        entry = self._rows[row]
        if column == TIME:
            return local_time(entry.created_ts)
        if column == PROFILE:
            return entry.profile
        if column == RECIPIENT:
            return entry.recipient
        if column == REQUEST_ID:
            return entry.request_id
        if column == STATE:
            return state_word(entry.state)
        if column == HTTP:
            return NONE if entry.http_status is None else str(entry.http_status)
        if column == CODE:
            return entry.code or NONE
        if column == MEANING:
            return meaning_text(entry)
        if column == SMS_ID:
            return entry.sms_id or NONE
        if column == ERROR_MESSAGE:
            return one_line(entry.error_message)
        if column == DURATION:
            return NONE if entry.duration_ms is None else f"{entry.duration_ms:.0f} ms"
        if column == MESSAGE:
            return first_line(entry.message_text)
        return ""

    def _tooltip(self, row: int, column: int) -> str | None:
        entry = self._rows[row]
        if column == TIME:
            return long_datetime(entry.created_at)
        if column == STATE:
            return unknown_tooltip() if entry.state == "unknown" else summary_text(entry)
        if column == MEANING:
            return summary_text(entry)
        if column == ERROR_MESSAGE:
            return entry.error_message or None
        if column == MESSAGE:
            return entry.message_text[:2000] or None
        if column in (PROFILE, RECIPIENT, REQUEST_ID, SMS_ID):
            return self._text(row, column) or None
        return None

    def _font(self, row: int, column: int) -> QtGui.QFont | None:
        """Bold for "outcome unknown" in the State column: it asks the user to look."""
        if column != STATE or self._rows[row].state != "unknown":
            return None
        font = QtGui.QFont()
        font.setBold(True)
        return font
