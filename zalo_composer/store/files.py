"""Atomic file writes and draft files on disk."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.draft import LoadedDraft, dump_draft, load_draft
from ..domain.errors import ConfigError, DraftError
from ..domain.model import Draft

if TYPE_CHECKING:
    from ..domain.variables import RecipientsTable


class StoreError(ConfigError):
    """One of the program's own files (profiles, history, recovery, batches) or folders
    could not be read or written: a read-only or full disk, a lock another copy of the
    program holds too long. The command line exits with status 4 on it."""


class DamagedFileError(StoreError):
    """One of the program's own files holds what the program cannot read (truncated,
    overwritten, written by something else)."""


#: A draft larger than this is refused before it is read (no real draft comes near).
MAX_DRAFT_BYTES = 5 * 1024 * 1024
MAX_RECIPIENTS_CSV_BYTES = 20 * 1024 * 1024
"""A recipients CSV larger than this is refused (about 400,000 rows of id and two values;
the table takes some 25 times the file's size in memory)."""


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def atomic_write_text(path: Path, text: str, *, private: bool = False) -> None:
    """Write *text* as UTF-8 to *path* so that readers see the old or the new file, never half.

    The data goes to a temporary file in the same folder, is flushed to disk, then
    renamed over *path* (`os.replace` is atomic on one file system). An existing file keeps
    its permissions; a new one gets the usual ones (owner-only when *private*). A symlink is
    written through to its target.
    """
    path = Path(path).resolve()
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = 0o600 if private else 0o666 & ~_current_umask()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
        Path(tmp_name).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp_name).unlink()
        raise
    with contextlib.suppress(OSError):
        # The rename itself reaches the disk only when the folder is flushed too.
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def move_aside(path: Path, *companions: str) -> Path:
    """Rename a damaged file to ``<name>.broken-<local date and time>`` next to it (with a
    counter when that name is taken) and return the new path; *companions* are suffixes of
    files that belong to it (SQLite's ``-wal`` and ``-shm``) and move with it."""
    stamp = datetime.now().strftime("%Y-%m-%dT%H-%M-%S")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.broken-{stamp}-{counter}")
    path.replace(target)
    for suffix in companions:
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).replace(target.with_name(target.name + suffix))
    return target


def save_draft(path: Path, draft: Draft) -> None:
    """Save *draft* to *path* atomically. Raises DraftError with a plain reason."""
    try:
        atomic_write_text(path, dump_draft(draft))
    except OSError as exc:
        raise DraftError(f"Could not save {Path(path).name}: {exc.strerror or exc}.") from None


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at *path*, when it holds at most *limit* bytes.

    A FIFO, a directory or a device is refused at once, without waiting for a writer or
    reading an endless stream: the file is opened without blocking and checked with fstat
    before a byte is read. At most *limit* + 1 bytes are ever read, so a file that grows
    while it is read cannot exhaust memory. Raises OSError (from the system) or
    `NotRegularFileError` / `FileTooLargeError` (both OSError too).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFileError(_kind_of(mode))
        if hasattr(os, "O_NONBLOCK"):
            os.set_blocking(fd, True)
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    if left <= 0:
        raise FileTooLargeError(limit)
    return b"".join(chunks)


class NotRegularFileError(OSError):
    """The path names a FIFO, a directory, a device or a socket, not a file."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"it is {kind}, not a regular file")
        self.kind = kind


class FileTooLargeError(OSError):
    """The file holds more bytes than the caller accepts."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"it is larger than {_size(limit)}")
        self.limit = limit


def _kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _size(limit: int) -> str:
    return f"{limit / (1024 * 1024):g} MB" if limit >= 1024 * 1024 else f"{limit:,} bytes"


def read_draft(path: Path) -> LoadedDraft:
    """Read a draft file (or a bare eSMS request body). Raises DraftError with a plain reason.

    Only a regular file of at most `MAX_DRAFT_BYTES` is read (see `read_regular_file`).
    """
    path = Path(path)
    try:
        data = read_regular_file(path, MAX_DRAFT_BYTES)
    except FileTooLargeError:
        raise DraftError(f"{path.name} is larger than 5 MB; it is not a draft.") from None
    except OSError as exc:
        raise DraftError(f"Could not open {path.name}: {exc.strerror or exc}.") from None
    try:
        return load_draft(data)
    except DraftError as exc:
        raise DraftError(f"{path.name}: {exc}") from None


def read_recipients_csv(path: Path) -> RecipientsTable:
    """Read a recipients CSV (see `parse_recipients_csv`): a regular file of at most
    `MAX_RECIPIENTS_CSV_BYTES`. Raises OSError (`FileTooLargeError`, `NotRegularFileError`
    among them) for the file, RecipientsError for its contents. Slow for a large file: the
    window calls it off the GUI thread."""
    from ..domain.variables import parse_recipients_csv

    return parse_recipients_csv(read_regular_file(Path(path), MAX_RECIPIENTS_CSV_BYTES))
