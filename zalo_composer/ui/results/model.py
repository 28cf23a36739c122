"""The results log's table model: one row per send, newest on top, kept in memory."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from PySide6 import QtCore, QtGui

from ...domain.body import sent_in_test_mode
from ...domain.lifecycle import LIFECYCLE_WORDS, Observation, failed_detail, state_of_result
from ...domain.result import FailureKind, SendResult
from ...domain.zalo_codes import zalo_advice, zalo_meaning
from ..i18n import QT_TRANSLATE_NOOP, code_meaning, domain_text, long_datetime, translate
from ..state_badge import RIGHT_ALIGNED, BadgeTableModel

RowState = Literal["accepted", "rejected", "failed", "pending", "unknown", "waiting", "sent",
                   "zalo_failed"]
"""A row's state (the lifecycle's, with "pending" for sending); each is also the
`state_badge.Badge` it shows."""

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
     "cancelled", "not_json", "no_code"}
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
    "unknown": QT_TRANSLATE_NOOP("ResultsModel", "outcome unknown"),
    "waiting": QT_TRANSLATE_NOOP("ResultsModel", "waiting for Zalo"),
    "sent": QT_TRANSLATE_NOOP("ResultsModel", "sent by Zalo"),
    "zalo_failed": QT_TRANSLATE_NOOP("ResultsModel", "failed at Zalo"),
}
"""A row's state in English; `state_word` gives it in the UI's language."""



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


@dataclass
class _Row:
    profile_name: str
    recipient: str
    request_id: str
    started_at: datetime
    result: SendResult | None = None
    observation: Observation | None = None
    """What the follow-up last learned (Zalo's outcome)."""

    @property
    def state(self) -> RowState:
        if self.result is None:
            return "pending"
        if self.observation is not None and self.result.outcome == "accepted":
            return self.observation.state  # type: ignore[return-value]
        return state_of_result(self.result.outcome,  # type: ignore[return-value]
                               self.result.failure)


def test_mode_text() -> str:
    """What a row sent in eSMS's own test mode adds to its meaning, in the UI's language."""
    return translate("ResultsModel", " · eSMS test mode")


def outcome_text(observation: Observation) -> str:
    """The follow-up's news in the UI's language: "failed at Zalo · -230 — this follower …"."""
    word = domain_text(LIFECYCLE_WORDS[observation.state])
    if observation.state == "zalo_failed":
        code = observation.zalo_error
        reason = (domain_text(zalo_meaning(code)) if code is not None
                  else domain_text(failed_detail(None)))
        return f"{word} · {code} — {reason}" if code is not None else f"{word} — {reason}"
    return word


class ResultsModel(BadgeTableModel):
    """Sends as table rows, newest first. Row numbers shift as rows are added on top: look
    a send up again with `row_of` rather than keeping its number."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        item = QtCore.Qt.ItemDataRole
        self._role_handlers = {
            item.DisplayRole: self._text,
            item.ToolTipRole: self._tooltip,
            item.DecorationRole: lambda row, column: (
                self._badge_icon(self._rows[row].state) if column == TIME else None),
            item.ForegroundRole: lambda row, column: (
                self._badge_brush(self._rows[row].state) if column in (CODE, MEANING)
                else None),
            item.BackgroundRole: self._tint,
            item.TextAlignmentRole: lambda _row, column: (
                RIGHT_ALIGNED if column in (HTTP, CODE, DURATION) else None),
            item.AccessibleTextRole: lambda row, column: (
                f"{state_word(self._rows[row].state)}: {self._text(row, column)}"),
            RESULT_ROLE: lambda row, _column: self._rows[row].result,
            STATE_ROLE: lambda row, _column: self._rows[row].state,
        }

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

    def set_observation(self, request_id: str, observation: Observation) -> int:
        """Show what the follow-up learned of the send with *request_id*; its row or -1."""
        row = self.row_of(request_id)
        if row >= 0 and self._rows[row].result is not None:
            self._rows[row].observation = observation
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        return row

    def observation_at(self, row: int) -> Observation | None:
        """What the follow-up learned of *row*, if anything."""
        return self._rows[row].observation

    def state_at(self, row: int) -> RowState:
        """The lifecycle state *row* shows."""
        return self._rows[row].state

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

    def _row_total(self) -> int:
        """Number of sends (none below a row: this is a flat table)."""
        return len(self._rows)

    def _column_total(self) -> int:
        """Number of columns (`COLUMNS`)."""
        return len(COLUMNS)

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

    # -- cells -------------------------------------------------------------------------

    def _text(self, row: int, column: int) -> str:
        entry = self._rows[row]
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
            mode = test_mode_text() if sent_in_test_mode(result.request_body) else ""
            if entry.observation is not None and result.outcome == "accepted":
                return _one_line(outcome_text(entry.observation)) + mode
            return _one_line(meaning_of(result)) + mode
        if column == SMS_ID:
            return result.sms_id or NONE
        if column == ERROR_MESSAGE:
            return _one_line(result.error_message or "")
        if column == DURATION:
            return NONE if result.failure == "endpoint" else f"{result.duration_ms:.0f} ms"
        return ""

    def _tooltip(self, row: int, column: int) -> str | None:
        entry = self._rows[row]
        result = entry.result
        if column == TIME:
            when = long_datetime(entry.started_at)
            word = state_word(entry.state)
            return f"{when}\n{word[:1].upper()}{word[1:]}"
        if result is None:
            return None
        if column == MEANING:
            text = status_text(result)
            seen = entry.observation
            if seen is not None and result.outcome == "accepted":
                text += "\n" + outcome_text(seen)
                if advice := zalo_advice(seen.zalo_error):
                    text += "\n" + domain_text(advice)
            elif result.outcome == "accepted":
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
            return self._text(row, column) or None
        return None

    def _tint(self, row: int, _column: int) -> QtGui.QBrush:
        """The row background: the Base colour with a little of the state's colour in it."""
        state = self._rows[row].state
        return self._tint_brush(state, 0.0 if state == "pending" else 0.12)

    def _insert(self, entry: _Row) -> int:
        self.beginInsertRows(QtCore.QModelIndex(), 0, 0)
        self._rows.insert(0, entry)
        self.endInsertRows()
        return 0
