"""Move a template to the system's trash (`QFile.moveToTrash`), as a step Undo takes back."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from PySide6 import QtCore, QtGui


def move_to_trash(path: str) -> str | None:
    """Move the file at *path* to the trash; where it is now, or None when it could not be
    (no trash on this system or for this folder: the file stays)."""
    file = QtCore.QFile(path)
    # On success the QFile's name is the file's place in the trash.
    return file.fileName() if file.moveToTrash() else None


class TrashCommand(QtGui.QUndoCommand):
    """A file already moved to the trash (by `move_to_trash`); undo puts it back where it
    was and removes the trash's record of it (the freedesktop ``info/*.trashinfo``), redo
    moves it to the trash again."""

    def __init__(self, path: str, in_trash: str, text: str) -> None:
        super().__init__(text)
        self._path, self._in_trash = path, in_trash
        self._first = True

    def redo(self) -> None:
        """Move the file to the trash (the first time it already is)."""
        if self._first:
            self._first = False
            return
        self._in_trash = move_to_trash(self._path) or ""

    def undo(self) -> None:
        """Put the file back (unless one with its name came meanwhile)."""
        trashed = Path(self._in_trash)
        if not self._in_trash or not trashed.exists() or Path(self._path).exists():
            return
        shutil.move(trashed, self._path)
        info = trashed.parent.parent / "info" / f"{trashed.name}.trashinfo"
        with contextlib.suppress(OSError):
            info.unlink()
