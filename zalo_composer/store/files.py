"""Atomic file writes and draft files on disk."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from ..domain.draft import LoadedDraft, dump_draft, load_draft
from ..domain.errors import DraftError
from ..domain.model import Draft

#: A draft larger than this is refused before it is read (no real draft comes near).
MAX_DRAFT_BYTES = 5 * 1024 * 1024


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


def save_draft(path: Path, draft: Draft) -> None:
    """Save *draft* to *path* atomically. Raises DraftError with a plain reason."""
    try:
        atomic_write_text(path, dump_draft(draft))
    except OSError as exc:
        raise DraftError(f"Could not save {Path(path).name}: {exc.strerror or exc}.") from None


def read_draft(path: Path) -> LoadedDraft:
    """Read a draft file (or a bare eSMS request body). Raises DraftError with a plain reason."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_DRAFT_BYTES:
            raise DraftError(f"{path.name} is larger than 5 MB; it is not a draft.")
        data = path.read_bytes()
    except OSError as exc:
        raise DraftError(f"Could not open {path.name}: {exc.strerror or exc}.") from None
    try:
        return load_draft(data)
    except DraftError as exc:
        raise DraftError(f"{path.name}: {exc}") from None
