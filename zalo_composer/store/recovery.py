"""The autosave file that lets the next start restore work after a crash or a kill.

Written atomically a few seconds after each change; removed on a clean exit. It holds the
working draft (drafts hold no secrets) and the path of the file it was opened from.

Each window has its own: ``<data>/recovery/<instance id>/recovery.json``, next to an
``owner.lock`` the window holds (a `filelock` lock: the system lets go of it when the
process dies, however it dies). So a second window on the same home never reads, offers or
deletes the first one's work; only a file whose owner's lock is free — its program is gone —
is offered at start, and the window that offers it first takes it over (an atomic rename).
A ``<data>/recovery.json`` left by an older version is offered the same way.
"""

from __future__ import annotations

import contextlib
import json
import logging
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.draft import dump_draft, load_draft
from ..domain.errors import DraftError
from ..domain.model import Draft
from .files import atomic_write_text
from .paths import data_dir

if TYPE_CHECKING:
    import filelock  # imported where a lock is taken: not at start-up

logger = logging.getLogger(__name__)

RECOVERY_FILE = "recovery.json"
RECOVERY_FOLDER = "recovery"
OWNER_LOCK = "owner.lock"
RECOVERY_FORMAT = "zalo-composer-recovery"


@dataclass(frozen=True)
class Recovered:
    """Work found in the recovery file."""

    draft: Draft
    source_path: Path | None
    """The draft file the work came from, or None for an untitled draft."""
    saved_at: float


class RecoveryFile:
    """The recovery file of one window (see the module's text). Given a *path*, that one
    file is used, without a lock or a look at other windows' files (tests, tools)."""

    def __init__(self, path: Path | None = None) -> None:
        self._lock: filelock.BaseFileLock | None = None
        self._root: Path | None = None
        if path is not None:
            self.path = path
            return
        self._root = data_dir() / RECOVERY_FOLDER
        instance = uuid.uuid4().hex
        # Made under a hidden name and renamed once locked: another window never sees this
        # folder without its owner's lock (and takes it for a dead window's).
        making = self._root / f".{instance}"
        making.mkdir(parents=True)
        import filelock

        lock = filelock.FileLock(making / OWNER_LOCK, timeout=0)
        try:
            lock.acquire()
            self._lock = lock
        except (OSError, filelock.Timeout) as exc:
            # Without the lease another start may offer (and take) this window's work; it
            # is still saved, which is what matters most.
            logger.warning("Could not lock the recovery folder %s: %s", making, exc)
        folder = making.rename(self._root / instance)  # the lock stays on the same file
        self.path = folder / RECOVERY_FILE

    def close(self) -> None:
        """Let go of this window's lease (its file stays for the next start, if any)."""
        if self._lock is not None:
            self._lock.release(force=True)
            self._lock = None

    def save(self, draft: Draft, source_path: Path | None) -> None:
        """Write the working draft atomically."""
        document = {
            "format": RECOVERY_FORMAT,
            "saved_at": time.time(),
            "source_path": str(source_path) if source_path else None,
            "draft": json.loads(dump_draft(draft)),
        }
        atomic_write_text(
            self.path, json.dumps(document, ensure_ascii=False, indent=1), private=True
        )

    def load(self) -> Recovered | None:
        """This window's saved work; when it has none, the newest work a window that is gone
        left (taken over: it becomes this window's file). None when there is none or it
        cannot be read."""
        if not self.path.exists() and self._root is not None:
            self._adopt_orphan()
        try:
            document = json.loads(self.path.read_text(encoding="utf-8"))
            if document.get("format") != RECOVERY_FORMAT:
                return None
            draft = load_draft(json.dumps(document["draft"])).draft
            source = document.get("source_path")
            return Recovered(draft, Path(source) if source else None,
                             float(document.get("saved_at") or 0))
        except (OSError, ValueError, KeyError, TypeError, AttributeError, DraftError):
            return None

    def remove(self) -> None:
        """Forget the saved work (a clean exit, or the user declined to restore it)."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def _adopt_orphan(self) -> None:
        """Move the newest recovery file whose owner is gone into this window's place, and
        clear out the folders of owners that are gone."""
        assert self._root is not None
        candidates: list[tuple[float, Path]] = []
        legacy = self._root.parent / RECOVERY_FILE
        with contextlib.suppress(OSError):
            candidates.append((legacy.stat().st_mtime, legacy))
        for folder in self._orphan_folders():
            found = folder / RECOVERY_FILE
            try:
                candidates.append((found.stat().st_mtime, found))
            except OSError:
                with contextlib.suppress(OSError):
                    shutil.rmtree(folder)  # a window that exited cleanly: nothing to offer
        for _, found in sorted(candidates, reverse=True):
            try:
                found.replace(self.path)  # atomic: of two windows, only one gets it
            except OSError:
                continue
            if found.parent != self._root.parent:
                with contextlib.suppress(OSError):
                    shutil.rmtree(found.parent)
            return

    def _orphan_folders(self) -> list[Path]:
        """Other windows' folders whose owner's lock is free: their program is gone."""
        import filelock

        assert self._root is not None
        found = []
        for folder in self._root.iterdir() if self._root.is_dir() else ():
            if (folder == self.path.parent or folder.name.startswith(".")
                    or not folder.is_dir()):
                continue
            probe = filelock.FileLock(folder / OWNER_LOCK, timeout=0)
            try:
                probe.acquire()
            except filelock.Timeout:
                continue  # its window is still open
            except OSError:
                continue
            probe.release()
            found.append(folder)
        return found
