"""What a file held when the program last read or wrote it, to tell whether someone else
changed it since (a shared folder: two people open and save the same draft)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from .files import MAX_DRAFT_BYTES, read_regular_file


@dataclass(frozen=True)
class FileStamp:
    """A file's modification time, size and content digest at one moment."""

    mtime_ns: int
    size: int
    digest: str


def stamp_file(path: Path) -> FileStamp | None:
    """The stamp of the file at *path*, or None when it cannot be read."""
    try:
        st = path.stat()
        data = read_regular_file(path, MAX_DRAFT_BYTES)
    except OSError:
        return None
    return FileStamp(st.st_mtime_ns, st.st_size, hashlib.sha256(data).hexdigest())


def changed_since(path: Path, stamp: FileStamp | None) -> bool:
    """Whether the file at *path* now holds something else than when *stamp* was taken (a
    file that was removed counts as changed; a touch that kept the content does not)."""
    if stamp is None:
        return False
    try:
        st = path.stat()
    except OSError:
        return True
    if (st.st_mtime_ns, st.st_size) == (stamp.mtime_ns, stamp.size):
        return False
    now = stamp_file(path)
    return now is None or now.digest != stamp.digest
