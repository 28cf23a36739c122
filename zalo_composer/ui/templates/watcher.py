"""Keeps a `TemplateLibrary` current: a `QFileSystemWatcher` on its folders, a periodic
rescan for network drives that do not notify, and every scan off the GUI thread."""

from __future__ import annotations

import contextlib
import logging
import threading
from pathlib import Path

from PySide6 import QtCore

from ...app.templates import TemplateLibrary, scan
from ...store.templates import FolderScan

log = logging.getLogger(__name__)

SETTLE_MS = 150
"""After a change is noticed, wait this long for more (a save is several events)."""
RESCAN_MS = 15_000
"""Rescan this often anyway: SMB and NFS shares rarely tell about others' changes."""


class _Relay(QtCore.QObject):
    """Carries a scan's result from its thread to the GUI thread (a queued signal)."""

    done = QtCore.Signal(object)  # payload: list[FolderScan]


class LibraryWatcher(QtCore.QObject):
    """Scans the library's folders when they change, and every `RESCAN_MS` anyway.

    Signals:
        changed: what the library lists changed (after a scan was applied).
        scanned: a scan finished (changed or not).
    """

    changed = QtCore.Signal()
    scanned = QtCore.Signal()

    def __init__(self, library: TemplateLibrary, parent: QtCore.QObject | None = None, *,
                 rescan_ms: int = RESCAN_MS) -> None:
        super().__init__(parent)
        self.library = library
        self._watcher = QtCore.QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_watcher_directory_changed)
        self._settle = QtCore.QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.refresh)
        self._periodic = QtCore.QTimer(self, interval=rescan_ms)
        self._periodic.timeout.connect(self.refresh)
        self._periodic.start()
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_scan_done)
        self._running = False
        self._again = False

    @property
    def scanning(self) -> bool:
        """Whether a scan is running."""
        return self._running

    def refresh(self) -> None:
        """Scan every folder on a worker thread (once more after a running scan)."""
        if self._running:
            self._again = True
            return
        self._running = True
        folders, known = self.library.folders(), self.library.known()
        relay = self._relay

        def work() -> None:
            try:
                result: list[FolderScan] = scan(folders, known)
            except Exception:  # a bug must not leave the library "scanning" for ever
                log.exception("scanning the template library failed")
                result = []
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                relay.done.emit(result)

        threading.Thread(target=work, name="template-scan", daemon=True).start()

    def _on_scan_done(self, scans: list[FolderScan]) -> None:
        self._running = False
        changed = self.library.apply(scans)
        self._watch(scans)
        if changed:
            self.changed.emit()
        self.scanned.emit()
        if self._again:
            self._again = False
            self.refresh()

    def _watch(self, scans: list[FolderScan]) -> None:
        """Watch the folders that are there (an offline one is watched again when it comes
        back: the periodic rescan finds it)."""
        online = {s.folder for s in scans if s.offline is None}
        watched = set(self._watcher.directories())
        if stale := [f for f in watched if f not in online]:
            self._watcher.removePaths(stale)
        if new := [f for f in online if f not in watched and Path(f).is_dir()]:
            self._watcher.addPaths(new)

    def _on_watcher_directory_changed(self, _folder: str) -> None:
        self._settle.start()
