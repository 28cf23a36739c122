"""Send history in SQLite (WAL): one row per request, written before it leaves.

A row starts in state ``sending`` and is completed when the answer (or the failure) is
known. A row still ``sending`` when a new program starts belonged to a program that died
mid-send: `History.open` marks it ``unknown`` — an honest "outcome unknown", never a gap.

A file SQLite cannot read as a database (truncated, overwritten) is moved aside as
``history.sqlite3.broken-<date>`` and a new, empty history starts; `History.notices` says so.

Rows hold the request body with secrets already masked (callers pass it masked; `begin`
masks again so a slip cannot store a key).
"""

from __future__ import annotations

import csv
import json
import logging
import sqlite3
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import Any, Literal, Self

from ..domain.body import mask_secrets
from .database import connect, open_or_move_aside
from .paths import data_dir

logger = logging.getLogger(__name__)

HISTORY_FILE = "history.sqlite3"
SCHEMA_VERSION = 2
"""2: the lifecycle (states waiting, sent, zalo_failed; Zalo's code and reason)."""

State = Literal["sending", "accepted", "rejected", "failed", "unknown",
                "waiting", "sent", "zalo_failed"]
STATES: tuple[State, ...] = ("sending", "accepted", "rejected", "failed", "unknown",
                             "waiting", "sent", "zalo_failed")
FOLLOW_WINDOW = 7 * 86400.0
"""How far back a new start follows messages still waiting (eSMS keeps status 7 days)."""

_LIFECYCLE_COLUMNS = (
    ("zalo_error", "INTEGER"),
    ("zalo_detail", "TEXT NOT NULL DEFAULT ''"),
    ("checked_ts", "REAL"),
)
"""Columns added in schema 2 (ALTER TABLE on an older file)."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sends (
    id            INTEGER PRIMARY KEY,
    created_ts    REAL NOT NULL,
    profile       TEXT NOT NULL,
    recipient     TEXT NOT NULL,
    request_id    TEXT NOT NULL,
    state         TEXT NOT NULL,
    request_body  TEXT NOT NULL,
    message_text  TEXT NOT NULL DEFAULT '',
    http_status   INTEGER,
    code          TEXT,
    meaning       TEXT NOT NULL DEFAULT '',
    sms_id        TEXT,
    error_message TEXT,
    raw_response  TEXT NOT NULL DEFAULT '',
    duration_ms   REAL,
    draft         TEXT,
    draft_path    TEXT,
    batch_id      TEXT,
    zalo_error    INTEGER,
    zalo_detail   TEXT NOT NULL DEFAULT '',
    checked_ts    REAL
);
CREATE INDEX IF NOT EXISTS sends_created ON sends(created_ts);
CREATE INDEX IF NOT EXISTS sends_request_id ON sends(request_id);
CREATE INDEX IF NOT EXISTS sends_sms_id ON sends(sms_id);
CREATE INDEX IF NOT EXISTS sends_recipient ON sends(recipient);
CREATE INDEX IF NOT EXISTS sends_batch ON sends(batch_id);
"""


@dataclass(frozen=True)
class HistoryRow:
    """One send as recorded."""

    id: int
    created_ts: float
    profile: str
    recipient: str
    request_id: str
    state: State
    request_body: str
    """JSON, secrets masked."""
    message_text: str
    http_status: int | None
    code: str | None
    meaning: str
    sms_id: str | None
    error_message: str | None
    raw_response: str
    duration_ms: float | None
    draft: str | None
    """The draft it came from, as draft-file JSON."""
    draft_path: str | None
    batch_id: str | None
    zalo_error: int | None = None
    """Zalo's error code (1001 included) when the message failed at Zalo and it is known."""
    zalo_detail: str = ""
    """What the follow-up last learned, in English (translated where shown)."""
    checked_ts: float | None = None
    """When the follow-up last asked eSMS about it."""

    @property
    def created_at(self) -> datetime:
        """Local time of the send."""
        return datetime.fromtimestamp(self.created_ts).astimezone()


_COLUMNS = tuple(f.name for f in fields(HistoryRow))
_DEFAULTS: dict[str, Any] = {"message_text": "", "meaning": "", "raw_response": "",
                             "zalo_detail": ""}
CSV_COLUMNS = ("id", "created_at", "profile", "recipient", "request_id", "state", "http_status",
               "code", "meaning", "sms_id", "error_message", "duration_ms", "message_text",
               "zalo_error", "zalo_detail")


@dataclass(frozen=True)
class HistoryFilter:
    """What the History view asks for; empty fields match everything."""

    text: str = ""
    """Matched anywhere in recipient, RequestId, SMSID, meaning, eSMS's message and the text."""
    recipient: str = ""
    request_id: str = ""
    sms_id: str = ""
    code: str = ""
    since: float | None = None
    """Earliest created_ts (inclusive)."""
    until: float | None = None
    """Latest created_ts (exclusive)."""
    batch_id: str = ""
    zalo_error: str = ""
    """Zalo's code, e.g. ``-230``; the text search finds it too."""

    def where(self) -> tuple[str, list[Any]]:
        """SQL WHERE clause and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.text.strip():
            like = f"%{_escape_like(self.text.strip())}%"
            clauses.append(
                "(recipient LIKE ? ESCAPE '\\' OR request_id LIKE ? ESCAPE '\\' OR "
                "sms_id LIKE ? ESCAPE '\\' OR meaning LIKE ? ESCAPE '\\' OR "
                "error_message LIKE ? ESCAPE '\\' OR message_text LIKE ? ESCAPE '\\' OR "
                "zalo_detail LIKE ? ESCAPE '\\' OR CAST(zalo_error AS TEXT) = ?)"
            )
            params += [like] * 7 + [self.text.strip()]
        for column in ("recipient", "request_id", "sms_id", "code", "batch_id", "zalo_error"):
            value = getattr(self, column).strip()
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        if self.since is not None:
            clauses.append("created_ts >= ?")
            params.append(self.since)
        if self.until is not None:
            clauses.append("created_ts < ?")
            params.append(self.until)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _migrate(db: sqlite3.Connection) -> None:
    """Bring an older file up to `SCHEMA_VERSION` (columns are only ever added)."""
    present = {r[1] for r in db.execute("PRAGMA table_info(sends)")}
    for name, kind in _LIFECYCLE_COLUMNS:
        if name not in present:
            db.execute(f"ALTER TABLE sends ADD COLUMN {name} {kind}")
    db.execute("CREATE INDEX IF NOT EXISTS sends_zalo_error ON sends(zalo_error)")


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class History:
    """The send-history database. One connection, used from the GUI thread."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path
        self.notices: list[str] = []
        """What the user should be told (a damaged file was moved aside)."""

    @classmethod
    def open(cls, path: Path | None = None) -> Self:
        """Open (or create) the database and mark sends a dead program left unfinished.

        A damaged database is moved aside and a new one started (see the module's text);
        any other sqlite3.Error (a read-only or full disk) is raised."""
        path = path or data_dir() / HISTORY_FILE
        history, notice = open_or_move_aside(path, cls._open, "send history")
        if notice:
            history.notices.append(notice)
        return history

    @classmethod
    def _open(cls, path: Path) -> Self:
        db = connect(path, _SCHEMA)
        try:
            _migrate(db)
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            history = cls(db, path)
            # A full scan of the table: damage in any of its pages shows here, at open.
            history.mark_interrupted()
        except BaseException:
            db.close()
            raise
        return history

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def mark_interrupted(self) -> int:
        """Rows left in state ``sending`` become ``unknown``; returns how many."""
        cursor = self._db.execute(
            "UPDATE sends SET state='unknown', meaning=? WHERE state='sending'",
            ("outcome unknown: the program stopped while this request was in flight",),
        )
        return cursor.rowcount

    def begin(
        self,
        *,
        profile: str,
        recipient: str,
        request_id: str,
        request_body: Mapping[str, Any],
        message_text: str = "",
        draft: str | None = None,
        draft_path: str | None = None,
        batch_id: str | None = None,
    ) -> int:
        """Record a request about to leave; returns its row id. Committed at once."""
        cursor = self._db.execute(
            "INSERT INTO sends (created_ts, profile, recipient, request_id, state, request_body,"
            " message_text, meaning, draft, draft_path, batch_id)"
            " VALUES (?, ?, ?, ?, 'sending', ?, ?, 'sending…', ?, ?, ?)",
            (time.time(), profile, recipient, request_id,
             json.dumps(mask_secrets(request_body), ensure_ascii=False), message_text,
             draft, draft_path, batch_id),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def complete(
        self,
        row_id: int,
        *,
        state: State,
        meaning: str,
        http_status: int | None = None,
        code: str | None = None,
        sms_id: str | None = None,
        error_message: str | None = None,
        raw_response: str = "",
        duration_ms: float | None = None,
    ) -> None:
        """Record the outcome of the request begun as *row_id*."""
        self._db.execute(
            "UPDATE sends SET state=?, meaning=?, http_status=?, code=?, sms_id=?,"
            " error_message=?, raw_response=?, duration_ms=? WHERE id=?",
            (state, meaning, http_status, code, sms_id, error_message, raw_response,
             duration_ms, row_id),
        )

    def set_outcome(
        self, row_id: int, *, state: State, zalo_error: int | None = None, detail: str = "",
        checked_ts: float | None = None, sms_id: str | None = None,
    ) -> None:
        """Record what the follow-up learned of the send in *row_id* (and its SMSID when it
        was learned late)."""
        self._db.execute(
            "UPDATE sends SET state=?, zalo_error=?, zalo_detail=?, checked_ts=?,"
            " sms_id=COALESCE(?, sms_id) WHERE id=?",
            (state, zalo_error, detail, checked_ts or time.time(), sms_id, row_id),
        )

    def waiting(self, now: float | None = None) -> list[HistoryRow]:
        """Sends eSMS accepted whose outcome at Zalo is not known yet, at most 7 days old
        (what a new start follows again), oldest first."""
        since = (now or time.time()) - FOLLOW_WINDOW
        rows = self._db.execute(
            "SELECT * FROM sends WHERE state IN ('accepted', 'waiting') AND sms_id IS NOT NULL"
            " AND sms_id != '' AND created_ts >= ? ORDER BY id", (since,)).fetchall()
        return [_row(r) for r in rows]

    def recent_accepted(self, recipient: str, message_text: str, since: float, *,
                        states: Sequence[str] = ("accepted", "waiting", "sent"),
                        ) -> HistoryRow | None:
        """The newest send of *message_text* to *recipient* since *since* in one of *states*
        (by default those in which eSMS took it), for the double-send question."""
        marks = ", ".join("?" * len(states))
        row = self._db.execute(
            "SELECT * FROM sends WHERE recipient=? AND message_text=? AND created_ts >= ?"
            f" AND state IN ({marks}) ORDER BY id DESC LIMIT 1",
            (recipient, message_text, since, *states)).fetchone()
        return _row(row) if row else None

    def by_request_id(self, request_id: str) -> list[HistoryRow]:
        """Every send with *request_id*, oldest first."""
        rows = self._db.execute("SELECT * FROM sends WHERE request_id=? ORDER BY id",
                                (request_id,)).fetchall()
        return [_row(r) for r in rows]

    def get(self, row_id: int) -> HistoryRow | None:
        """One row by id."""
        row = self._db.execute("SELECT * FROM sends WHERE id=?", (row_id,)).fetchone()
        return _row(row) if row else None

    def count(self, flt: HistoryFilter = HistoryFilter()) -> int:
        """How many rows match."""
        where, params = flt.where()
        return int(self._db.execute(f"SELECT COUNT(*) FROM sends{where}", params).fetchone()[0])

    def page(
        self, flt: HistoryFilter = HistoryFilter(), *, before_id: int | None = None,
        limit: int = 200,
    ) -> list[HistoryRow]:
        """Newest first, *limit* rows older than *before_id* (keyset paging: fast at any depth)."""
        where, params = flt.where()
        if before_id is not None:
            where = f"{where} AND id < ?" if where else " WHERE id < ?"
            params = [*params, before_id]
        rows = self._db.execute(
            f"SELECT * FROM sends{where} ORDER BY id DESC LIMIT ?", [*params, limit]
        ).fetchall()
        return [_row(r) for r in rows]

    def iter_rows(self, flt: HistoryFilter = HistoryFilter()) -> Iterator[HistoryRow]:
        """Every matching row, newest first, fetched page by page."""
        before: int | None = None
        while batch := self.page(flt, before_id=before, limit=1000):
            yield from batch
            before = batch[-1].id

    def export_csv(self, path: Path, flt: HistoryFilter = HistoryFilter()) -> int:
        """Write the matching rows to a UTF-8 CSV (with BOM, for spreadsheet programs)."""
        count = 0
        with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_COLUMNS)
            for row in self.iter_rows(flt):
                values = {**{c: getattr(row, c) for c in _COLUMNS},
                          "created_at": row.created_at.isoformat(timespec="seconds")}
                writer.writerow(["" if values[c] is None else values[c] for c in CSV_COLUMNS])
                count += 1
        return count

    def clear(self) -> int:
        """Delete every row; returns how many."""
        return self._db.execute("DELETE FROM sends").rowcount

    def apply_retention(self, days: int, now: float | None = None) -> int:
        """Delete rows older than *days* days (0 keeps everything); returns how many."""
        if days <= 0:
            return 0
        cutoff = (now or time.time()) - days * 86400
        return self._db.execute("DELETE FROM sends WHERE created_ts < ?", (cutoff,)).rowcount

    def accepted_recipients(self, batch_id: str) -> set[str]:
        """Recipients of a batch whose send eSMS accepted (for resuming a bulk send)."""
        rows = self._db.execute(
            "SELECT recipient FROM sends WHERE batch_id=? AND state IN"
            " ('accepted', 'waiting', 'sent', 'zalo_failed')", (batch_id,)
        )
        return {r[0] for r in rows}

    def integrity_ok(self) -> bool:
        """PRAGMA integrity_check says ok."""
        return bool(self._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok")

    def insert_many(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Bulk insert finished rows (benchmarks and imports); keys are column names."""
        columns = [c for c in _COLUMNS if c != "id"]
        self._db.execute("BEGIN")
        self._db.executemany(
            f"INSERT INTO sends ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [[r.get(c, _DEFAULTS.get(c)) for c in columns] for r in rows],
        )
        self._db.execute("COMMIT")


def _row(row: sqlite3.Row) -> HistoryRow:
    return HistoryRow(**{c: row[c] for c in _COLUMNS})
