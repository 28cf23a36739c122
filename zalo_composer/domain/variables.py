"""Variables: ``{{name}}`` placeholders in a message, the recipients table that fills them,
and the dry run of a bulk send (every recipient's filled-in message validated).

A name holds letters (Vietnamese too), digits and underscores, with optional spaces inside
the braces: ``{{tên}}``, ``{{ order_id }}``. Names are compared exactly (case matters) after
Unicode NFC, so a decomposed ``tên`` typed through Telex matches a composed column name.

A recipient's values come from its row of the table; an empty cell means "no value", so
the draft-level defaults (a separate mapping, not part of `Draft`) apply. A placeholder that
neither supplies is *unresolved*: `fill` leaves it as typed, and the row is blocked.

Parsing a table raises only `RecipientsError` (for input that cannot be read as a table at
all). Everything wrong with single rows — a malformed or duplicate user id — is data:
`RecipientsTable.problems`.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from . import limits
from .errors import ZaloComposerError
from .model import TITLE_FIELD, Button, Draft, Message, wire_length
from .validation import (
    Problem,
    check_send_date,
    check_user_id,
    validate_draft,
    validate_message,
)


class RecipientsError(ZaloComposerError):
    """A recipients list or CSV file that cannot be read as a table; the text says why."""


# --- placeholders -------------------------------------------------------------------------

# \w is every Unicode letter and digit plus "_"; U+0300-U+036F are the combining marks that
# decomposed Vietnamese carries (they are not \w). Spaces and tabs may pad the name.
_PLACEHOLDER = re.compile(r"\{\{[^\S\r\n]*([\w\u0300-\u036f]+)[^\S\r\n]*\}\}")
_NAME = re.compile(r"[\w\u0300-\u036f]+")


def normalize_name(name: str) -> str:
    """A variable or column name as compared: NFC, surrounding spaces removed."""
    return unicodedata.normalize("NFC", name.strip())


def is_variable_name(name: str) -> bool:
    """True when *name* can be written as a placeholder (letters, digits, underscore)."""
    return bool(_NAME.fullmatch(normalize_name(name)))


def _utf16_index(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def find_placeholders(text: str, *, utf16: bool = False) -> list[tuple[int, int, str]]:
    """Every placeholder in *text* as ``(start, end, name)``, in order.

    Offsets index *text* as a Python string; with *utf16*, they count UTF-16 code units
    instead (what QTextDocument positions count: an emoji before a placeholder shifts it).
    """
    found = []
    for match in _PLACEHOLDER.finditer(text):
        start, end = match.span()
        if utf16:
            start, end = _utf16_index(text, start), _utf16_index(text, end)
        found.append((start, end, normalize_name(match.group(1))))
    return found


def message_fields(message: Message) -> Iterator[tuple[str, str]]:
    """Every text field of *message* as ``(field path, value)``: the text, then each
    button's title and payload fields (``buttons[2].url``)."""
    yield "text", message.text
    for index, button in enumerate(message.buttons):
        for name, value in button.values().items():
            yield f"buttons[{index}].{name}", value


def placeholders_by_field(message: Message) -> dict[str, set[str]]:
    """Placeholder names per field path, for the fields that hold any."""
    result: dict[str, set[str]] = {}
    for where, value in message_fields(message):
        names = {name for _, _, name in find_placeholders(value)}
        if names:
            result[where] = names
    return result


def placeholders(message: Message) -> set[str]:
    """Every placeholder name used anywhere in *message*."""
    return set().union(*placeholders_by_field(message).values())


def _normalized(values: Mapping[str, str]) -> dict[str, str]:
    return {normalize_name(k): v for k, v in values.items()}


def fill_text(text: str, values: Mapping[str, str]) -> str:
    """*text* with every placeholder that *values* names replaced; others left as typed.

    One pass: a value that itself looks like a placeholder is not expanded again.
    """
    table = _normalized(values)

    def substitute(match: re.Match[str]) -> str:
        return table.get(normalize_name(match.group(1)), match.group(0))

    return _PLACEHOLDER.sub(substitute, text)


def _fill_button(button: Button, values: Mapping[str, str]) -> Button:
    changes = {name: fill_text(value, values) for name, value in button.values().items()}
    return dataclasses.replace(button, **changes)


def fill(message: Message, values: Mapping[str, str]) -> Message:
    """*message* with its placeholders replaced from *values* (in every field)."""
    table = _normalized(values)
    return Message(
        text=fill_text(message.text, table),
        buttons=tuple(_fill_button(b, table) for b in message.buttons),
    )


def unresolved(message: Message, values: Mapping[str, str]) -> set[str]:
    """Placeholder names of *message* that *values* does not supply."""
    return placeholders(message) - set(_normalized(values))


# --- the recipients table -----------------------------------------------------------------

USER_ID_HEADERS = frozenset({"userid", "zalouserid"})
"""Accepted names of the user id column, compared without case, spaces, - and _
(``user_id``, ``UserID``, ``User ID``, ``zalo_user_id`` …)."""

_HEADER_NOISE = re.compile(r"[\s_\-]+")
_ID_SEPARATORS = re.compile(r"[,;\s]+")
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060"))
_SCIENTIFIC = re.compile(r"[0-9](?:[.,][0-9]+)?[eE]\+?[0-9]+")
DELIMITERS = (",", ";", "\t")


def is_user_id_header(name: str) -> bool:
    """True for the names of the user id column (see `USER_ID_HEADERS`)."""
    return _HEADER_NOISE.sub("", name.translate(_INVISIBLE)).casefold() in USER_ID_HEADERS


@dataclass(frozen=True)
class RecipientRow:
    """One recipient: the Zalo user id and the values of its variables."""

    user_id: str
    """As typed, surrounding spaces removed."""
    values: Mapping[str, str] = dataclasses.field(default_factory=dict)
    """Variable name → value; only the cells that were not empty."""
    line: int = 0
    """Line of the pasted text or CSV file it came from (1-based; 0 when unknown)."""


def _row_error(index: int, line: int, template: str, **params: object) -> Problem:
    return Problem(f"recipients[{index}]", "error", "Line {line}: " + template,
                   {"line": line, **params})


@dataclass(frozen=True)
class RecipientsTable:
    """Recipients in order, each with its variable values, and the variable columns."""

    rows: tuple[RecipientRow, ...] = ()
    columns: tuple[str, ...] = ()
    """Variable column names in file order (the user id column excluded)."""

    @classmethod
    def from_ids(cls, user_ids: Iterable[str]) -> RecipientsTable:
        """A table of bare user ids (no variables), lines numbered from 1."""
        return cls(tuple(RecipientRow(u.strip(), {}, n) for n, u in enumerate(user_ids, 1)))

    def user_ids(self) -> list[str]:
        """The user ids in order."""
        return [row.user_id for row in self.rows]

    def row_problems(self) -> dict[int, list[Problem]]:
        """Problems per row index: a malformed user id, or one listed earlier (an error: a
        follower gets one message per batch, so the later rows are blocked)."""
        result: dict[int, list[Problem]] = {}
        first_line: dict[str, int] = {}
        for index, row in enumerate(self.rows):
            problems = [
                _row_error(index, row.line, p.template, **p.params)
                for p in check_user_id(f"recipients[{index}]", row.user_id)
            ]
            if _SCIENTIFIC.fullmatch(row.user_id):
                problems.append(_row_error(
                    index, row.line, "{value} looks like a number a spreadsheet shortened; "
                    "format the user_id column as text and export again.", value=row.user_id))
            if row.user_id:
                if row.user_id in first_line:
                    problems.append(_row_error(
                        index, row.line, "{value} is already listed on line {first}; each "
                        "recipient gets one message.", value=row.user_id,
                        first=first_line[row.user_id]))
                else:
                    first_line[row.user_id] = row.line
            if problems:
                result[index] = problems
        return result

    def column_problems(self) -> list[Problem]:
        """Warnings about variable columns that no placeholder can name."""
        return [
            Problem("recipients", "warning", "The column “{column}” cannot be used as a "
                    "variable: names hold only letters, digits and _.", {"column": column})
            for column in self.columns
            if not is_variable_name(column)
        ]

    def problems(self) -> list[Problem]:
        """Everything flagged before sending: column warnings, then row problems in order."""
        rows = self.row_problems()
        return [*self.column_problems(), *(p for i in sorted(rows) for p in rows[i])]


def _clean_token(token: str) -> str:
    return token.translate(_INVISIBLE).strip()


def parse_recipients_text(text: str) -> RecipientsTable:
    """Pasted user ids: one per line, or separated by commas, semicolons, spaces or tabs.

    Text whose first line names a user id column (a block copied from a spreadsheet, with
    a header) is read as CSV instead, with its variable columns.
    """
    text = text.lstrip("\ufeff")
    for line in text.splitlines():
        tokens = [t for t in map(_clean_token, _ID_SEPARATORS.split(line)) if t]
        if tokens:
            if any(is_user_id_header(t) for t in re.split(r"[,;\t]", line)):
                return parse_recipients_csv(text)
            break
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        for token in _ID_SEPARATORS.split(line):
            user_id = _clean_token(token)
            if user_id:
                rows.append(RecipientRow(user_id, {}, number))
    return RecipientsTable(tuple(rows))


def _decode(data: bytes | str) -> str:
    if isinstance(data, str):
        return data.lstrip("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RecipientsError(
            f"Line {line}: the file is not UTF-8 text (byte {exc.start}). Save it as "
            "“CSV UTF-8” and import it again."
        ) from None


def _records(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """CSV records with the line each starts on; blank records skipped."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"')
    while True:
        start = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise RecipientsError(f"Line {start}: the CSV cannot be read ({exc}).") from None
        cells = [_clean_token(c) for c in record]
        if any(cells):
            yield start, cells


def _sniff(text: str) -> str:
    """The delimiter of the header: the one that reveals a user id column (most columns
    first), else the one that splits it into the most columns."""
    header = next((line for line in text.splitlines() if line.strip()), "")
    best = (False, 0, ",")
    for delimiter in DELIMITERS:
        try:
            cells = next(csv.reader([header], delimiter=delimiter), [])
        except csv.Error:
            continue
        found = any(is_user_id_header(c) for c in cells)
        best = max(best, (found, len(cells), delimiter), key=lambda b: (b[0], b[1]))
    return best[2]


def parse_recipients_csv(data: bytes | str) -> RecipientsTable:
    """A CSV of recipients: UTF-8 with or without BOM; comma, semicolon or tab (sniffed);
    quoted fields; a user id column (see `USER_ID_HEADERS`) plus one column per variable.

    A file of bare ids without a header (its first cell is digits) is read as a list.
    Raises RecipientsError, with the line number, for a file that cannot be read as such.
    """
    text = _decode(data)
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise RecipientsError(f"Line {line}: the file holds NUL bytes; it is not a CSV text "
                              "file.")
    delimiter = _sniff(text)
    records = _records(text, delimiter)
    first = next(records, None)
    if first is None:
        raise RecipientsError("The file holds no recipients.")
    header_line, header = first
    id_columns = [i for i, name in enumerate(header) if is_user_id_header(name)]
    if not id_columns:
        if header and header[0].isascii() and header[0].isdigit():
            return _headerless(first, records)
        shown = ", ".join(f"“{h}”" for h in header if h) or "none"
        raise RecipientsError(
            f"Line {header_line}: no user_id column. The first line must name the columns, "
            f"one of them user_id (found: {shown})."
        )
    if len(id_columns) > 1:
        raise RecipientsError(f"Line {header_line}: more than one user_id column.")
    id_column = id_columns[0]
    variables: dict[int, str] = {}
    for index, raw in enumerate(header):
        name = normalize_name(raw)
        if index == id_column or not name:
            continue  # a nameless column (a trailing separator) is ignored
        if name in variables.values():
            raise RecipientsError(f"Line {header_line}: the column “{name}” appears twice.")
        variables[index] = name
    rows = []
    for line, cells in records:
        extra = [c for c in cells[len(header):] if c]
        if extra:
            raise RecipientsError(
                f"Line {line}: {len(cells)} cells, but the header has {len(header)}. A value "
                f"that holds the separator “{_shown(delimiter)}” must be in double quotes."
            )
        user_id = cells[id_column] if id_column < len(cells) else ""
        values = {name: cells[i] for i, name in variables.items() if i < len(cells) and cells[i]}
        rows.append(RecipientRow(user_id, values, line))
    return RecipientsTable(tuple(rows), tuple(variables.values()))


def _shown(delimiter: str) -> str:
    return "tab" if delimiter == "\t" else delimiter


def _headerless(
    first: tuple[int, list[str]], rest: Iterator[tuple[int, list[str]]]
) -> RecipientsTable:
    rows = []
    for line, cells in (first, *rest):
        rows += [RecipientRow(c, {}, line) for c in cells if c]
    return RecipientsTable(tuple(rows))


# --- the dry run of a bulk send -----------------------------------------------------------


class Worst(NamedTuple):
    """The longest value of one counted field over the rows: its length, the limit, and
    the row index it occurs in (the first such row)."""

    length: int
    limit: int
    row: int


@dataclass(frozen=True)
class RowCheck:
    """One recipient in the dry run: its filled-in message and what is wrong with it."""

    index: int
    row: RecipientRow
    message: Message
    """The message with the row's values (and the defaults) filled in."""
    missing: frozenset[str]
    """Placeholders neither the row nor the defaults supply."""
    problems: tuple[Problem, ...]

    @property
    def sendable(self) -> bool:
        """True when nothing blocks this row."""
        return not any(p.is_error for p in self.problems)


@dataclass(frozen=True)
class BulkCheck:
    """The dry run of a bulk send: every row checked, and the worst case per counter."""

    rows: tuple[RowCheck, ...]
    general: tuple[Problem, ...]
    """Problems of the whole batch (no recipients, a past SendDate, unusable columns…)."""
    worst: Mapping[str, Worst]
    """Field path (``text``, ``buttons[0].title`` …) → the longest value over the rows whose
    placeholders all resolve."""

    @property
    def blocked_by_general(self) -> bool:
        """True when a batch-wide error blocks every row."""
        return any(p.is_error for p in self.general)

    @property
    def sendable_rows(self) -> tuple[int, ...]:
        """Indices of the rows that will be sent."""
        if self.blocked_by_general:
            return ()
        return tuple(r.index for r in self.rows if r.sendable)

    @property
    def blocked_rows(self) -> tuple[int, ...]:
        """Indices of the rows that will not be sent."""
        sendable = set(self.sendable_rows)
        return tuple(r.index for r in self.rows if r.index not in sendable)

    @property
    def problems_by_row(self) -> dict[int, list[Problem]]:
        """Row index → its problems, for the rows that have any."""
        return {r.index: list(r.problems) for r in self.rows if r.problems}

    @property
    def can_send(self) -> bool:
        """True when at least one row will be sent."""
        return bool(self.sendable_rows)


def counted_fields(message: Message) -> Iterator[tuple[str, str, int]]:
    """The fields with a length limit as ``(field path, value, limit)``."""
    yield "text", message.text, limits.TEXT_MAX
    for index, button in enumerate(message.buttons):
        for spec in (TITLE_FIELD, *button.FIELDS):
            if spec.limit is not None:
                yield f"buttons[{index}].{spec.name}", getattr(button, spec.name), spec.limit


def _general_problems(
    draft: Draft, table: RecipientsTable, now: datetime | None
) -> list[Problem]:
    problems = list(table.column_problems())
    if not table.rows:
        problems.append(Problem("recipients", "error", "There are no recipients."))
    if draft.request_id:
        problems.append(Problem(
            "request_id", "warning", "The pinned RequestId is not used in a bulk send: each "
            "recipient gets a fresh one."))
    problems += check_send_date("send_date", draft.send_date, now)
    return problems


def validate_bulk(
    draft: Draft,
    table: RecipientsTable,
    defaults: Mapping[str, str] | None = None,
    *,
    now: datetime | None = None,
) -> BulkCheck:
    """Fill in every row's message (row values over *defaults*), validate each, and find
    the worst case per counter. Rows with unresolved placeholders are blocked."""
    defaults = _normalized(defaults or {})
    row_problems = table.row_problems()
    checks = []
    worst: dict[str, Worst] = {}
    for index, row in enumerate(table.rows):
        values = {**defaults, **_normalized(row.values)}
        missing = frozenset(unresolved(draft.message, values))
        message = fill(draft.message, values)
        problems = list(row_problems.get(index, []))
        if missing:
            problems.append(_row_error(
                index, row.line, "no value for {names}; add the column or a default.",
                names=", ".join(f"{{{{{n}}}}}" for n in sorted(missing))))
        else:
            problems += validate_message(message)
            for where, value, limit in counted_fields(message):
                length = wire_length(value)
                if where not in worst or length > worst[where].length:
                    worst[where] = Worst(length, limit, index)
        checks.append(RowCheck(index, row, message, missing, tuple(problems)))
    return BulkCheck(tuple(checks), tuple(_general_problems(draft, table, now)), worst)


BULK_FILLED = "{names} filled per recipient in Bulk send."
"""The template of the warning on a field whose placeholders the bulk send fills."""


def validate_with_defaults(
    draft: Draft, defaults: Mapping[str, str], now: datetime | None = None, *,
    bulk_columns: Iterable[str] = (), bulk_active: bool = False,
) -> tuple[Draft, list[Problem]]:
    """A single (non-bulk) send of a template: the draft with its placeholders filled from
    the draft-level *defaults*, and every problem of that filled draft, plus one error on
    each field that still holds a placeholder without a value.

    A placeholder the bulk send fills — a column of its recipients table (*bulk_columns*),
    or any while Bulk send is the panel in use (*bulk_active*) — is not an error of the
    draft: its field gets a warning that says so (`BULK_FILLED`); a single send still
    waits for a default (`waiting_for_bulk`).
    """
    table = _normalized(defaults)
    columns = {normalize_name(c) for c in bulk_columns}
    filled = dataclasses.replace(draft, message=fill(draft.message, table))
    problems = []
    for where, names in placeholders_by_field(draft.message).items():
        missing = sorted(n for n in names if normalize_name(n) not in table)
        by_bulk = [n for n in missing if bulk_active or normalize_name(n) in columns]
        unfilled = [n for n in missing if n not in by_bulk]
        if unfilled:
            problems.append(Problem(
                where, "error",
                "No value for {names}: give it a default in Bulk send (Default values), or "
                "send in bulk with a recipients column of that name.",
                {"names": _braced(unfilled)},
            ))
        elif by_bulk:
            problems.append(Problem(where, "warning",
                                    "{names} filled per recipient in Bulk send.",
                                    {"names": _braced(by_bulk)}))
    # A field waiting for a value is judged once it has one: no second error on it now.
    waiting = {p.field for p in problems}
    rest = [p for p in validate_draft(filled, now) if p.field not in waiting]
    return filled, [*problems, *rest]


def waiting_for_bulk(draft: Draft, defaults: Mapping[str, str]) -> list[str]:
    """Placeholders of *draft* that no default fills (sorted): a single send cannot go
    while there are any, even when the bulk send fills them per recipient."""
    return sorted(unresolved(draft.message, defaults))


def _braced(names: Iterable[str]) -> str:
    return ", ".join(f"{{{{{n}}}}}" for n in names)
