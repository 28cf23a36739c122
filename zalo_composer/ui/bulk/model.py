"""The recipients table model: one row per recipient, its variables, and what the check
before sending and the send itself said about it.

A row's status comes from the newest thing known about it: the send's `RowResult`, else the
dry run (`BulkCheck`), else the problems of the table itself (a malformed or duplicate id),
which are shown as soon as the table is loaded.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal

from PySide6 import QtCore, QtGui, QtWidgets

from ...app.bulk import RowOutcome, RowResult
from ...domain.model import Message
from ...domain.validation import Problem
from ...domain.variables import BulkCheck, RecipientsTable, fill, normalize_name
from .. import theme
from ..i18n import QT_TRANSLATE_NOOP, domain_text, problem_text, translate
from ..state_badge import Badge, BadgeTableModel

RowStatus = Literal[
    "unchecked", "invalid", "ready", "blocked", "waiting", "sending", "accepted", "rejected",
    "failed", "accepted_before", "unknown_not_resent", "not_sent",
    "zalo_waiting", "sent", "zalo_failed",
]
"""What the Status column says: nothing checked yet; a bad or duplicate id (before the
check); the check's verdict (ready / blocked); the send's outcome; then what Zalo did with
an accepted one (waiting for Zalo, sent by Zalo, failed at Zalo) as the follow-up learns."""

STATUS_ROLE = QtCore.Qt.ItemDataRole.UserRole + 1
"""Item data role giving the row's `RowStatus`."""
RESULT_ROLE = QtCore.Qt.ItemDataRole.UserRole + 2
"""Item data role giving the row's `RowResult` (None before the send reaches it)."""

STATUS_HEADER, USER_ID_HEADER = QT_TRANSLATE_NOOP("RecipientsModel", "Status"), "user_id"
RESULT_HEADERS = ("RequestId", QT_TRANSLATE_NOOP("RecipientsModel", "Code"), "SMSID",
                  QT_TRANSLATE_NOOP("RecipientsModel", "Meaning"))
"""Result columns; Meaning last, so it takes the width left (eSMS's words can be long)."""
_TRANSLATED_HEADERS = frozenset({STATUS_HEADER, "Code", "Meaning"})

_BADGES: dict[RowStatus, Badge | None] = {
    "unchecked": None, "invalid": "failed", "ready": "pending", "blocked": "failed",
    "waiting": "pending", "sending": "pending", "accepted": "accepted",
    "rejected": "rejected", "failed": "failed", "accepted_before": "accepted",
    "unknown_not_resent": "unknown", "not_sent": "pending",
    "zalo_waiting": "waiting", "sent": "sent", "zalo_failed": "zalo_failed",
}
_WORDS: dict[RowStatus, str] = {
    "unchecked": "",
    "ready": QT_TRANSLATE_NOOP("RecipientsModel", "ready to send"),
    "waiting": QT_TRANSLATE_NOOP("RecipientsModel", "waiting"),
    "sending": QT_TRANSLATE_NOOP("RecipientsModel", "sending…"),
    "accepted": QT_TRANSLATE_NOOP("RecipientsModel", "accepted"),
    "rejected": QT_TRANSLATE_NOOP("RecipientsModel", "rejected"),
    "failed": QT_TRANSLATE_NOOP("RecipientsModel", "failed"),
    "accepted_before": QT_TRANSLATE_NOOP("RecipientsModel", "accepted earlier"),
    "unknown_not_resent": QT_TRANSLATE_NOOP("RecipientsModel", "unknown, not resent"),
    "not_sent": QT_TRANSLATE_NOOP("RecipientsModel", "not sent"),
    "invalid": QT_TRANSLATE_NOOP("RecipientsModel", "problem"),
    "blocked": QT_TRANSLATE_NOOP("RecipientsModel", "blocked"),
    "zalo_waiting": QT_TRANSLATE_NOOP("RecipientsModel", "waiting for Zalo"),
    "sent": QT_TRANSLATE_NOOP("RecipientsModel", "sent by Zalo"),
    "zalo_failed": QT_TRANSLATE_NOOP("RecipientsModel", "failed at Zalo"),
}
_FOLLOWED: dict[str, RowStatus] = {
    "waiting": "zalo_waiting", "sent": "sent", "zalo_failed": "zalo_failed"}
"""The follow-up's states a bulk row shows (the others leave the send's outcome)."""
PREVIEW_MAX_CHARS = 600
"""A row's tooltip shows this much of its filled message (the rest elided)."""
_TINTED: frozenset[RowStatus] = frozenset(
    {"invalid", "blocked", "accepted", "rejected", "failed", "unknown_not_resent", "sent",
     "zalo_failed"})


def short_reason(problems: Iterable[Problem]) -> str:
    """A few words on why a row is blocked, for the Status column (the tooltip says it all)."""
    errors = [p for p in problems if p.is_error]
    for problem in errors:
        if "names" in problem.params:
            return translate("RecipientsModel", "no value for {names}").format(
                names=problem.params["names"])
    for problem in errors:
        if "first" in problem.params:
            return translate("RecipientsModel", "duplicate of line {line}").format(
                line=problem.params["first"])
    if any(p.field.startswith("recipients[") for p in errors):
        return translate("RecipientsModel", "invalid user id")
    if errors:
        return translate("RecipientsModel", "blocked ({field})").format(field=errors[0].field)
    return ""


def status_word(status: RowStatus) -> str:
    """The Status column's word for *status*, in the UI's language."""
    return translate("RecipientsModel", _WORDS[status]) if _WORDS[status] else ""


def _tooltip(problems: Iterable[Problem]) -> str:
    marks = {True: "✖", False: "⚠"}
    return "\n".join(f"{marks[p.is_error]} {problem_text(p)}" for p in problems)


def message_preview(message: Message) -> str:
    """A filled message in a few lines for a tooltip: its text (elided when long), then
    its buttons' titles in brackets."""
    text = message.text.strip()
    if len(text) > PREVIEW_MAX_CHARS:
        text = text[: PREVIEW_MAX_CHARS - 1].rstrip() + "…"
    buttons = "  ".join(f"[{b.title}]" for b in message.buttons)
    return "\n".join(part for part in (text, buttons) if part)


def plain_tooltip(text: str) -> str:
    """*text* shown as typed: a message such as “<b>Sale</b>” is not taken for rich text."""
    if "<" not in text:
        return text
    escaped = html.escape(text, quote=False)
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"


class RecipientsModel(BadgeTableModel):
    """The recipients table with each row's status; columns: Status, user_id, one per
    variable column of the table, then RequestId, Code, SMSID and Meaning."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._table = RecipientsTable()
        self._id_problems: dict[int, list[Problem]] = {}
        self._check: BulkCheck | None = None
        self._sendable: frozenset[int] = frozenset()
        self._results: dict[int, RowResult] = {}
        self._zalo: dict[int, RowStatus] = {}
        self._used: frozenset[str] = frozenset()
        self._defaults: dict[str, str] = {}
        self._message: Message | None = None
        item = QtCore.Qt.ItemDataRole
        self._role_handlers = {role: self._cell_data(role) for role in (
            item.DisplayRole, item.ToolTipRole, item.DecorationRole, item.ForegroundRole,
            item.FontRole, item.BackgroundRole)}
        self._role_handlers[STATUS_ROLE] = lambda row, _column: self.status_at(row)
        self._role_handlers[RESULT_ROLE] = lambda row, _column: self._results.get(row)

    # -- our API -----------------------------------------------------------------------

    def set_table(self, table: RecipientsTable) -> None:
        """Show *table*; forgets the check and the results (they were about another one)."""
        self.beginResetModel()
        self._table = table
        self._id_problems = table.row_problems()
        self._check, self._sendable = None, frozenset()
        self._results, self._zalo = {}, {}
        self.endResetModel()

    def table(self) -> RecipientsTable:
        """The table shown."""
        return self._table

    def set_context(self, used: Iterable[str], defaults: Mapping[str, str]) -> None:
        """The placeholders the message uses and the draft-level defaults, so a cell can show
        the default it falls back to, or that it has no value at all."""
        used, defaults = frozenset(used), {normalize_name(k): v for k, v in defaults.items()}
        if (used, defaults) != (self._used, self._defaults):
            self._used, self._defaults = used, defaults
            self._changed_all()

    def set_message(self, message: Message | None) -> None:
        """The message (the template) each row fills: its tooltip shows the row's filled
        message."""
        self._message = message

    def filled_message(self, row: int) -> Message | None:
        """*row*'s message with its values (over the defaults) filled in; a placeholder
        with neither stays as typed. None before a message is known."""
        if self._message is None or not 0 <= row < len(self._table.rows):
            return None
        values = {**self._defaults, **{normalize_name(k): v
                                       for k, v in self._table.rows[row].values.items()}}
        return fill(self._message, values)

    def set_check(self, check: BulkCheck | None) -> None:
        """Show the dry run's verdict per row (None: not checked, or out of date)."""
        self._check = check
        # Computed once: BulkCheck.sendable_rows walks every row.
        self._sendable = frozenset(check.sendable_rows) if check is not None else frozenset()
        self._changed_all()

    def check(self) -> BulkCheck | None:
        """The dry run shown, if any."""
        return self._check

    def clear_results(self) -> None:
        """Forget the outcomes of the last send."""
        if self._results:
            self._results, self._zalo = {}, {}
            self._changed_all()

    def set_zalo_state(self, request_id: str, state: str) -> bool:
        """The follow-up learnt *state* (a `domain.lifecycle` state) of the row sent under
        *request_id*; whether a row shows it now."""
        shown = _FOLLOWED.get(state)
        rows = [i for i, r in self._results.items() if r.request_id == request_id]
        if shown is None or not rows:
            return False
        for row in rows:
            self._zalo[row] = shown
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def update_results(self, rows: Mapping[int, RowResult]) -> None:
        """Show new outcomes for some rows (the others keep theirs)."""
        rows = {i: r for i, r in rows.items() if 0 <= i < len(self._table.rows)}
        if not rows:
            return
        self._results.update(rows)
        self.dataChanged.emit(self.index(min(rows), 0),
                              self.index(max(rows), self.columnCount() - 1))

    def result_at(self, row: int) -> RowResult | None:
        """The send's outcome of *row*, if the send reached it."""
        return self._results.get(row)

    def status_at(self, row: int) -> RowStatus:
        """The status of *row* (see `RowStatus`)."""
        result = self._results.get(row)
        if result is not None:
            if row in self._zalo and result.outcome == "accepted":
                return self._zalo[row]
            outcome: RowOutcome = result.outcome
            return outcome
        if self._check is not None and row < len(self._check.rows):
            return "ready" if row in self._sendable else "blocked"
        return "invalid" if row in self._id_problems else "unchecked"

    def problems_at(self, row: int) -> list[Problem]:
        """What is wrong with *row*: the check's problems (batch-wide ones first when they
        block every row), else those of its id."""
        result = self._results.get(row)
        if result is not None and result.outcome == "blocked":
            return list(result.problems)
        if self._check is not None and row < len(self._check.rows):
            general = list(self._check.general) if self._check.blocked_by_general else []
            return [*general, *self._check.rows[row].problems]
        return list(self._id_problems.get(row, []))

    def status_text(self, row: int) -> str:
        """The Status column's text of *row*."""
        status = self.status_at(row)
        if status in ("invalid", "blocked"):
            return short_reason(self.problems_at(row)) or status_word(status)
        return status_word(status)

    def problem_rows(self) -> int:
        """Rows known to be unsendable now: blocked by the check, else a bad or duplicate id."""
        if self._check is not None:
            return len(self._check.rows) - len(self._sendable)
        return len(self._id_problems)

    def columns(self) -> list[str]:
        """Column titles in order, in English (`headerData` shows them translated)."""
        return [STATUS_HEADER, USER_ID_HEADER, *self._table.columns, *RESULT_HEADERS]

    def refresh_texts(self) -> None:
        """Say every title and word again (the UI's language changed)."""
        if self.columnCount():
            self.headerDataChanged.emit(QtCore.Qt.Orientation.Horizontal, 0,
                                        self.columnCount() - 1)
        self._changed_all()

    # -- Qt model ----------------------------------------------------------------------

    def _row_total(self) -> int:
        """Number of recipients."""
        return len(self._table.rows)

    def _column_total(self) -> int:
        """Status, user_id, the variables and the four result columns."""
        return 2 + len(self._table.columns) + len(RESULT_HEADERS)

    def headerData(
        self, section: int, orientation: QtCore.Qt.Orientation,
        role: int = QtCore.Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column titles; rows are numbered from 1 (the "row N" of the check's summary)."""
        if role == QtCore.Qt.ItemDataRole.DisplayRole:
            if orientation == QtCore.Qt.Orientation.Vertical:
                return str(section + 1)
            columns = self.columns()
            if not 0 <= section < len(columns):
                return None
            variables = self._table.columns
            title = columns[section]
            if title in _TRANSLATED_HEADERS and not 2 <= section < 2 + len(variables):
                return translate("RecipientsModel", title)
            return title
        if (role == QtCore.Qt.ItemDataRole.ToolTipRole
                and orientation == QtCore.Qt.Orientation.Vertical
                and 0 <= section < len(self._table.rows)):
            line = self._table.rows[section].line
            if line:
                return translate("RecipientsModel", "Row {row}, line {line} of the source").format(
                    row=section + 1, line=line)
            return translate("RecipientsModel", "Row {row}").format(row=section + 1)
        return None

    def _cell_data(self, role: int) -> Callable[[int, int], Any]:
        """The handler of *role*: the variable columns have their own (values, defaults);
        the others show the status, the user id and the send's result."""
        def handler(row: int, column: int) -> Any:
            variables = len(self._table.columns)
            if 2 <= column < 2 + variables:
                return self._variable_data(row, self._table.columns[column - 2], role)
            return self._fixed_data(row, column, variables, role)
        return handler

    def _fixed_data(self, row: int, column: int, variables: int, role: int) -> Any:
        if role == QtCore.Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, variables)
        if role == QtCore.Qt.ItemDataRole.ToolTipRole:
            return self._tooltip_of(row, column, variables)
        status = self.status_at(row)
        badge = _BADGES[status]
        if role == QtCore.Qt.ItemDataRole.DecorationRole and column == 0:
            return self._badge_icon(badge) if badge is not None else None
        if role == QtCore.Qt.ItemDataRole.ForegroundRole and (
            column == 0 or (column == 1 and status == "invalid")
        ) and badge is not None and status != "ready":
            return self._badge_brush(badge)
        if role == QtCore.Qt.ItemDataRole.BackgroundRole:
            return self._tint(status)
        return None

    # -- cells -------------------------------------------------------------------------

    def _text(self, row: int, column: int, variables: int) -> str:
        if column == 0:
            return self.status_text(row)
        if column == 1:
            return self._table.rows[row].user_id
        result = self._results.get(row)
        if result is None:
            return ""
        which = column - 2 - variables
        if which == 0:
            return result.request_id
        if which == 1:
            return result.code
        if which == 2:
            return result.sms_id
        if which == 3:
            return "" if result.outcome == "blocked" else domain_text(" ".join(
                result.meaning.split()))
        return ""

    def _tooltip_of(self, row: int, column: int, variables: int) -> str | None:
        if column in (0, 1):
            problems = self.problems_at(row)
            result = self._results.get(row)
            lines = [_tooltip(problems)] if problems and self.status_at(row) in (
                "invalid", "blocked", "ready", "unchecked") else []
            if result is not None and result.outcome != "blocked":
                lines.append(domain_text(" ".join(result.meaning.split())))
                if result.error:
                    lines.append(f"eSMS: {result.error}")
            filled = self.filled_message(row)
            if filled is not None and (filled.text or filled.buttons):
                lines.append(translate("RecipientsModel", "Message for this recipient:"))
                lines.append(message_preview(filled))
            text = "\n".join(line for line in lines if line)
            return plain_tooltip(text) if text else None
        text = self._text(row, column, variables)
        return text or None

    def _variable_data(self, row: int, name: str, role: int) -> Any:
        value = self._table.rows[row].values.get(name)
        fallback = self._defaults.get(name) if value is None else None
        missing = value is None and fallback is None and name in self._used
        if role == QtCore.Qt.ItemDataRole.DisplayRole:
            if value is not None:
                return value
            if fallback is not None:
                return fallback
            return translate("RecipientsModel", "(no value)") if missing else ""
        if role == QtCore.Qt.ItemDataRole.FontRole and value is None:
            font = QtGui.QFont()
            font.setItalic(True)
            return font
        if role == QtCore.Qt.ItemDataRole.ForegroundRole and value is None:
            palette = QtWidgets.QApplication.palette()
            if missing:
                return QtGui.QBrush(theme.tone_color(palette, "error",
                                                     QtGui.QPalette.ColorRole.Base))
            return QtGui.QBrush(palette.color(QtGui.QPalette.ColorGroup.Disabled,
                                              QtGui.QPalette.ColorRole.Text))
        if role == QtCore.Qt.ItemDataRole.ToolTipRole:
            if value is not None:
                return value
            if fallback is not None:
                return translate("RecipientsModel",
                                 "Empty cell: the default “{value}” is used").format(value=fallback)
            if missing:
                return translate("RecipientsModel", "No value and no default for {placeholder}: "
                                 "this row is blocked").format(placeholder=f"{{{{{name}}}}}")
        if role == QtCore.Qt.ItemDataRole.BackgroundRole:
            return self._tint(self.status_at(row))
        return None

    def _tint(self, status: RowStatus) -> QtGui.QBrush | None:
        """The Base colour with a little of the status's colour in it, for the statuses
        that need the eye (problems and outcomes)."""
        if status not in _TINTED:
            return None
        return self._tint_brush(_BADGES[status] or "pending", 0.10)

    def _changed_all(self) -> None:
        if self._table.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._table.rows) - 1,
                                             self.columnCount() - 1))
