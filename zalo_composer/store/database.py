"""The program's SQLite files (History, the recipients book): opened in WAL mode, and a
damaged one moved aside (with its ``-wal`` and ``-shm``) so that the program starts with a
new, empty file and tells the user where the old one went."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from .files import move_aside

logger = logging.getLogger(__name__)

#: SQLite's primary result codes for "this is not (or no longer) a database file".
DAMAGED_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)

Opened = TypeVar("Opened")


def connect(path: Path, schema: str) -> sqlite3.Connection:
    """A connection to *path* in WAL mode, rows by name, *schema* (idempotent) applied."""
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(schema)
    except BaseException:
        db.close()
        raise
    return db


def open_or_move_aside(
    path: Path, open_file: Callable[[Path], Opened], what: str,
) -> tuple[Opened, str | None]:
    """*open_file(path)*; when SQLite calls the file damaged, it is moved aside and a new
    one opened. Returns what was opened and the notice for the user (None when none)."""
    try:
        return open_file(path), None
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF not in DAMAGED_CODES:
            raise
        reason = str(exc)
        moved = move_aside(path, "-wal", "-shm")
        logger.warning("Moved the damaged %s to %s: %s", what, moved, reason)
    return open_file(path), (f"The {what} could not be read ({reason}). It was moved to "
                             f"{moved} and a new, empty one started.")
