"""Autosave and crash recovery for the window's draft.

A few seconds after each change the working draft is written to the recovery file
(atomically). A clean exit removes it; after a crash or a kill, the next start finds it
and offers to restore the work.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6 import QtCore, QtWidgets

from ..domain.model import Draft
from ..store.recovery import Recovered, RecoveryFile
from .i18n import translate

logger = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 2000


class Autosaver(QtCore.QObject):
    """Writes the draft of a window to the recovery file, debounced.

    Signals:
        saved: the recovery file was written.
    """

    saved = QtCore.Signal()

    def __init__(
        self, window: QtWidgets.QMainWindow, recovery: RecoveryFile | None = None,
        delay_ms: int = AUTOSAVE_DELAY_MS,
    ) -> None:
        super().__init__(window)
        self._window = window
        self.recovery = recovery or RecoveryFile()
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        window.draft_changed.connect(self._on_window_draft_changed)  # type: ignore[attr-defined]

    def flush(self) -> None:
        """Write now if a write is pending."""
        if self._timer.isActive():
            self._timer.stop()
            self._on_timer_timeout()

    def discard(self) -> None:
        """Forget the recovery file (clean exit, or the work was saved or declined)."""
        self._timer.stop()
        self.recovery.remove()

    def _on_window_draft_changed(self, _draft: Draft) -> None:
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        window = self._window
        try:
            self.recovery.save(window.draft(), window.file_path())  # type: ignore[attr-defined]
        except OSError as exc:
            # Autosave is a safety net: say so in the status bar, keep working.
            logger.warning("Autosave failed: %s", exc)
            window.statusBar().showMessage(
                self.tr("Autosave failed: {reason}").format(reason=exc.strerror or exc), 10000)
            return
        self.saved.emit()


def describe_recovered(found: Recovered) -> str:
    """The question the user is asked at start."""
    when = datetime.fromtimestamp(found.saved_at).strftime("%Y-%m-%d %H:%M:%S")
    source = (found.source_path.name if found.source_path
              else translate("Autosave", "an untitled draft"))
    preview = " ".join(found.draft.message.text.split())[:80]
    return translate(
        "Autosave", "zalo-composer did not close properly last time. Unsaved work from {source} "
        "(autosaved {when}) can be restored:\n\n“{preview}…”\n\nRestore it?",
    ).format(source=source, when=when, preview=preview)
