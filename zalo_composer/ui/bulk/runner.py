"""Runs a `BulkSender` as a task on the program's (qasync) loop and turns its callbacks into
Qt signals, coalesced so that a thousand rows do not mean thousands of repaints.

The engine reports every row twice and the progress more often still; the runner keeps the
newest of each and hands them on at most `UPDATE_INTERVAL_MS` apart (and once more at the
end, so the last word is never lost).
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import sys
from collections.abc import Mapping

import shiboken6
from PySide6 import QtCore

from ...app.bulk import BulkProgress, BulkReport, BulkSender, RowResult
from ...app.services import AppServices
from ...domain.errors import ZaloComposerError
from ...domain.model import Draft
from ...domain.variables import BulkCheck, RecipientsTable
from ...store.batches import BatchManifest
from ...store.profiles import Profile

logger = logging.getLogger(__name__)

UPDATE_INTERVAL_MS = 100
"""How often the table and the progress bar are refreshed during a run (10 Hz)."""


def new_sender(
    services: AppServices, profile: Profile, draft: Draft, table: RecipientsTable,
    defaults: Mapping[str, str], rate: float | None, concurrency: int,
    check: BulkCheck | None = None,
) -> BulkSender:
    """A sender of *draft* to *table* with *profile* (*check*: their dry run, if made);
    ZaloComposerError when the profile cannot send (no keys, an unusable keyring)."""
    return BulkSender(services.client(), services.route(profile), draft, table,
                      services.history, defaults=defaults, rate=rate, concurrency=concurrency,
                      follow=services.follow_up(), check=check)


def resumed_sender(services: AppServices, manifest: BatchManifest) -> BulkSender:
    """A sender that resumes *manifest*'s batch with the batch's own profile;
    ZaloComposerError when that profile is gone or cannot send."""
    route = services.route(services.book.get(manifest.profile))
    return BulkSender.from_manifest(manifest, services.client(), route, services.history,
                                    follow=services.follow_up())


class BulkRunner(QtCore.QObject):
    """One bulk send at a time, as an asyncio task.

    Signals:
        rows_changed: rows changed since the last update.
        progress_changed: the counts changed (at most every `UPDATE_INTERVAL_MS`).
        running_changed: a run started or ended (however it ended).
        finished: a run ended, all sent or stopped by the user.
        failed: a run could not go on (the batch file or the history could not be
            written); the rows already sent keep their results.
        interrupted: the run's task was cancelled (`interrupt`, or the program quitting);
            its batch is kept, so the next start offers to resume it.
    """

    rows_changed = QtCore.Signal(object)  # payload: dict[int, RowResult], row index → newest
    progress_changed = QtCore.Signal(object)  # payload: BulkProgress
    running_changed = QtCore.Signal(bool)  # payload: whether a run is under way
    finished = QtCore.Signal(object)  # payload: BulkReport
    failed = QtCore.Signal(str)  # payload: the reason, in plain words
    interrupted = QtCore.Signal()

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._sender: BulkSender | None = None
        self._task: asyncio.Future[BulkReport] | None = None
        self._rows: dict[int, RowResult] = {}
        self._pending_rows: dict[int, RowResult] = {}
        self._progress: BulkProgress | None = None
        self._progress_dirty = False
        self._report: BulkReport | None = None
        self._timer = QtCore.QTimer(self)
        self._timer.setObjectName("bulkUpdateTimer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(UPDATE_INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    # -- reading -----------------------------------------------------------------------

    def is_running(self) -> bool:
        """True from `start` until the run's task is done."""
        return self._task is not None

    def bulk_sender(self) -> BulkSender | None:
        """The sender of the current or last run."""
        return self._sender

    def task(self) -> asyncio.Future[BulkReport] | None:
        """The task of the run under way."""
        return self._task

    def rows(self) -> list[RowResult]:
        """Every row of the current or last run, in table order, as last reported."""
        return [self._rows[i] for i in sorted(self._rows)]

    def progress(self) -> BulkProgress | None:
        """The newest counts of the current or last run."""
        return self._progress

    def report(self) -> BulkReport | None:
        """What the last finished run did (None while one runs, or when it failed)."""
        return self._report

    # -- control -----------------------------------------------------------------------

    def start(self, sender: BulkSender) -> asyncio.Future[BulkReport] | None:
        """Run *sender* on the running loop; None when a run is under way already."""
        if self._task is not None:
            return None
        self._sender = sender
        self._rows, self._pending_rows = {}, {}
        self._progress, self._report = None, None
        sender.on_row = self._on_sender_row
        sender.on_progress = self._on_sender_progress
        task = self._task = asyncio.ensure_future(sender.run())
        task.add_done_callback(self._on_task_done)
        # A panel closed with its window mid-run: the batch is interrupted, as at quit, and
        # kept for a resume at the next start.
        self.destroyed.connect(lambda *_: task.cancel())
        self.running_changed.emit(True)
        return self._task

    def pause(self) -> None:
        """No new request starts; those in flight finish."""
        if self._sender is not None and self._task is not None:
            self._sender.pause()

    def resume(self) -> None:
        """Go on after `pause`."""
        if self._sender is not None and self._task is not None:
            self._sender.resume()

    def stop(self) -> None:
        """No new request starts; the run ends when those in flight have their answers."""
        if self._sender is not None and self._task is not None:
            self._sender.stop()

    def interrupt(self) -> None:
        """End the run at once, as quitting does: requests in flight are cancelled (and
        recorded so), and the batch is kept for a resume at the next start."""
        if self._task is not None:
            self._task.cancel()

    # -- engine callbacks (on the loop's thread) ---------------------------------------

    def _on_sender_row(self, row: RowResult) -> None:
        self._rows[row.index] = row
        self._pending_rows[row.index] = row
        self._schedule()

    def _on_sender_progress(self, progress: BulkProgress) -> None:
        self._progress = progress
        self._progress_dirty = True
        self._schedule()

    def _schedule(self) -> None:
        if shiboken6.isValid(self) and not self._timer.isActive():
            self._timer.start()

    def _on_timer_timeout(self) -> None:
        self.flush()

    def flush(self) -> None:
        """Hand on what changed since the last update now."""
        self._timer.stop()
        if self._pending_rows:
            rows, self._pending_rows = self._pending_rows, {}
            self.rows_changed.emit(rows)
        if self._progress_dirty and self._progress is not None:
            self._progress_dirty = False
            self.progress_changed.emit(self._progress)

    def _on_task_done(self, task: asyncio.Future[BulkReport]) -> None:
        if not shiboken6.isValid(self):
            return  # the panel is gone; the engine kept the batch
        self.flush()
        self._task = None
        self.running_changed.emit(False)
        if task.cancelled():
            logger.info("Bulk send interrupted; its batch is kept for a resume")
            self.interrupted.emit()
            return
        exc = task.exception()
        if exc is None:
            self._report = task.result()
            self.finished.emit(self._report)
        elif isinstance(exc, ZaloComposerError | sqlite3.Error | OSError):
            logger.warning("Bulk send failed: %s", exc)
            self.failed.emit(str(exc) or type(exc).__name__)
        else:
            # A bug, not a send failure (those are row results): let the excepthook report it.
            sys.excepthook(type(exc), exc, exc.__traceback__)
