"""The recipients book: per OA, the users staff can write to, in SQLite beside the history.

One row per (OAID, user_id): the name and note staff type themselves, tags, when the user
was last seen interacting with the OA (the dates of the QueryListUID query that listed them:
eSMS gives ids only, so the day is known within that range; the range with the latest
first day is kept), whether they follow the OA,
and the last send to them and its outcome (read from the history).

Fetching again merges: a user's name, note and tags are never lost, and a sighting that
proves a later interaction replaces one that proves an earlier. Search matches name, note,
tags and id without diacritics or case ("thu duc" finds "Thủ Đức").

A file SQLite cannot read as a database is moved aside and a new, empty book started;
`RecipientsBook.notices` says so.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Self

from ..domain.followers import days_between, fold
from .database import connect, open_or_move_aside
from .paths import data_dir

if TYPE_CHECKING:
    from .history import History

logger = logging.getLogger(__name__)

RECIPIENTS_FILE = "recipients.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS recipients (
    oaid              TEXT NOT NULL,
    user_id           TEXT NOT NULL,
    name              TEXT NOT NULL DEFAULT '',
    note              TEXT NOT NULL DEFAULT '',
    tags              TEXT NOT NULL DEFAULT '[]',
    seen_from         TEXT,
    seen_to           TEXT,
    follows           INTEGER,
    last_send_ts      REAL,
    last_send_state   TEXT,
    last_send_meaning TEXT,
    added_ts          REAL NOT NULL,
    search            TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (oaid, user_id)
);
"""


@dataclass(frozen=True)
class Recipient:
    """One user of an OA as the book knows them."""

    oaid: str
    user_id: str
    name: str = ""
    note: str = ""
    tags: tuple[str, ...] = ()
    seen_from: date | None = None
    """The earliest day of the last interaction known (None: never seen interacting)."""
    seen_to: date | None = None
    """The latest day it can have been."""
    follows: bool | None = None
    """Whether the user follows the OA (None: not known)."""
    last_send_ts: float | None = None
    last_send_state: str | None = None
    """The history's state of the last send: accepted, rejected, failed, unknown …"""
    last_send_meaning: str | None = None

    @property
    def label(self) -> str:
        """The name when staff gave one, else the id."""
        return self.name or self.user_id

    def days_ago(self, today: date) -> tuple[int, int] | None:
        """Fewest and most days since the last known interaction, or None if never seen."""
        if self.seen_from is None or self.seen_to is None:
            return None
        return days_between(self.seen_to, today), days_between(self.seen_from, today)


def _search_text(user_id: str, name: str, note: str, tags: Sequence[str]) -> str:
    return fold(" ".join([name, note, *tags, user_id]))


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _tags(value: str) -> tuple[str, ...]:
    try:
        items = json.loads(value)
    except ValueError:
        return ()
    return tuple(str(t) for t in items) if isinstance(items, list) else ()


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _recipient(row: sqlite3.Row) -> Recipient:
    follows = row["follows"]
    return Recipient(
        row["oaid"], row["user_id"], row["name"], row["note"], _tags(row["tags"]),
        _day(row["seen_from"]), _day(row["seen_to"]),
        None if follows is None else bool(follows),
        row["last_send_ts"], row["last_send_state"], row["last_send_meaning"],
    )


class RecipientsBook:
    """The recipients book. One connection, used from one thread."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path
        self.notices: list[str] = []
        """What the user should be told (a damaged file was moved aside)."""

    @classmethod
    def open(cls, path: Path | None = None) -> Self:
        """Open (or create) the book; a damaged file is moved aside and a new book started."""
        path = path or data_dir() / RECIPIENTS_FILE
        book, notice = open_or_move_aside(path, cls._open, "recipients book")
        if notice:
            book.notices.append(notice)
        return book

    @classmethod
    def _open(cls, path: Path) -> Self:
        db = connect(path, _SCHEMA)
        try:
            db.execute("SELECT COUNT(*) FROM recipients").fetchone()
        except BaseException:
            db.close()
            raise
        return cls(db, path)

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    # --- reading -------------------------------------------------------------------------

    def get(self, oaid: str, user_id: str) -> Recipient | None:
        """One user of *oaid*, or None."""
        row = self._db.execute("SELECT * FROM recipients WHERE oaid=? AND user_id=?",
                               (oaid, user_id.strip())).fetchone()
        return _recipient(row) if row else None

    def count(self, oaid: str) -> int:
        """How many users of *oaid* the book holds."""
        return int(self._db.execute("SELECT COUNT(*) FROM recipients WHERE oaid=?",
                                    (oaid,)).fetchone()[0])

    def search(self, oaid: str, text: str = "", *, limit: int | None = None) -> list[Recipient]:
        """Users of *oaid* whose name, note, tags or id hold every word of *text* (without
        diacritics or case); named users first, then the most recently seen."""
        clauses, params = ["oaid = ?"], [oaid]
        for word in fold(text).split():
            clauses.append("search LIKE ? ESCAPE '\\'")
            params.append(f"%{_escape_like(word)}%")
        sql = (f"SELECT * FROM recipients WHERE {' AND '.join(clauses)} "
               "ORDER BY name = '', seen_to IS NULL, seen_to DESC, name, user_id")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_recipient(r) for r in self._db.execute(sql, params)]

    # --- writing -------------------------------------------------------------------------

    def merge_seen(
        self, oaid: str, user_ids: Iterable[str], *, seen_from: date | None,
        seen_to: date | None, follows: bool | None = None, tag: str = "",
    ) -> int:
        """Record that *user_ids* were listed by a query over *seen_from*..*seen_to* (None
        for a list without dates, such as every follower), following the OA when *follows*
        says so, carrying *tag* when the query asked for it. Names, notes and tags already
        typed stay; a later sighting replaces an earlier one. Returns how many were new."""
        new = 0
        now = time.time()
        self._db.execute("BEGIN")
        try:
            for raw in user_ids:
                user_id = raw.strip()
                if not user_id:
                    continue
                old = self.get(oaid, user_id)
                if old is None:
                    old = Recipient(oaid, user_id)
                    new += 1
                    self._db.execute(
                        "INSERT INTO recipients (oaid, user_id, added_ts) VALUES (?, ?, ?)",
                        (oaid, user_id, now))
                start, end = old.seen_from, old.seen_to
                # The last interaction is no earlier than any day a query proved: the
                # sighting with the later first day wins (the narrower on a tie).
                if seen_from is not None and seen_to is not None and (
                        start is None or end is None
                        or (seen_from, -seen_to.toordinal()) > (start, -end.toordinal())):
                    start, end = seen_from, seen_to
                tags = old.tags if not tag or tag in old.tags else (*old.tags, tag)
                self._db.execute(
                    "UPDATE recipients SET seen_from=?, seen_to=?, follows=?, tags=?, search=?"
                    " WHERE oaid=? AND user_id=?",
                    (start and start.isoformat(), end and end.isoformat(),
                     old.follows if follows is None else int(follows),
                     json.dumps(tags, ensure_ascii=False),
                     _search_text(user_id, old.name, old.note, tags), oaid, user_id))
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        return new

    def update(self, oaid: str, user_id: str, *, name: str | None = None,
               note: str | None = None, tags: Sequence[str] | None = None) -> Recipient:
        """Set what staff typed for a user (adding the user when the book lacks them)."""
        old = self.get(oaid, user_id)
        if old is None:
            self.merge_seen(oaid, [user_id], seen_from=None, seen_to=None)
            old = Recipient(oaid, user_id.strip())
        name = old.name if name is None else " ".join(name.split())
        note = old.note if note is None else note.strip()
        tag_list = old.tags if tags is None else tuple(t.strip() for t in tags if t.strip())
        self._db.execute(
            "UPDATE recipients SET name=?, note=?, tags=?, search=? WHERE oaid=? AND user_id=?",
            (name, note, json.dumps(tag_list, ensure_ascii=False),
             _search_text(old.user_id, name, note, tag_list), oaid, old.user_id))
        result = self.get(oaid, old.user_id)
        assert result is not None
        return result

    def refresh_sends(self, oaid: str, history: History) -> int:
        """Copy each user's last send and its outcome from *history*; how many changed."""
        from .history import HistoryFilter

        changed = 0
        ids = [r[0] for r in self._db.execute(
            "SELECT user_id FROM recipients WHERE oaid=?", (oaid,))]
        for user_id in ids:
            rows = history.page(HistoryFilter(recipient=user_id), limit=1)
            if not rows:
                continue
            row = rows[0]
            cursor = self._db.execute(
                "UPDATE recipients SET last_send_ts=?, last_send_state=?, last_send_meaning=?"
                " WHERE oaid=? AND user_id=? AND (last_send_ts IS NULL OR last_send_ts<>? OR"
                " last_send_state IS NOT ?)",
                (row.created_ts, row.state, row.meaning, oaid, user_id, row.created_ts,
                 row.state))
            changed += cursor.rowcount
        return changed
