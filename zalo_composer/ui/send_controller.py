"""Sends from the window, on the qasync loop: never blocking, cancellable, never twice.

Every send (Send, Retry, History's Resend) runs the app layer's one send loop
(`app.send.SendLoop`); this class only shows its progress in the results log. One runs at a
time; a second Send while one is under way is ignored, so a double-click cannot deliver
twice. Each request shows first as a "sending…" row and is filled in when the answer comes.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import sys
from collections.abc import Sequence

from PySide6 import QtCore

from ..app.send import SendJob, SendLoop, retry_job
from ..app.services import AppServices
from ..domain.errors import ZaloComposerError
from ..domain.result import SendResult
from ..store.profiles import Profile
from .i18n import error_text
from .results.model import ResultsModel

logger = logging.getLogger(__name__)


class SendController(QtCore.QObject):
    """Runs sends and retries as asyncio tasks and writes their rows into a ResultsModel.

    Signals:
        busy_changed: a send started (True) or ended (False).
        result_ready: one request finished (accepted, rejected, failed or cancelled).
        failed_to_start: a send could not start (no keys, unusable keyring …).
        history_failed: a history row could not be written (the send goes on).
    """

    busy_changed = QtCore.Signal(bool)  # payload: whether a send is under way
    result_ready = QtCore.Signal(object)  # payload: SendResult
    failed_to_start = QtCore.Signal(str)  # payload: the reason, in plain words
    history_failed = QtCore.Signal(str)  # payload: what went wrong with the history file

    def __init__(
        self, services: AppServices, results: ResultsModel,
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._results = results
        self._task: asyncio.Task[None] | None = None

    @property
    def busy(self) -> bool:
        """True while a send or retry is under way."""
        return self._task is not None

    def send(self, jobs: Sequence[SendJob], profile: Profile) -> asyncio.Task[None] | None:
        """Send *jobs* (one per recipient) as *profile*; None if a send is under way."""
        return self._start(list(jobs), profile)

    def retry(self, result: SendResult, profile_name: str) -> asyncio.Task[None] | None:
        """Send the request behind *result* again, with the same RequestId and message."""
        try:
            profile = self._services.book.get(profile_name)
            job = retry_job(result)
        except ZaloComposerError as exc:
            self.failed_to_start.emit(error_text(exc))
            return None
        return self._start([job], profile)

    def cancel(self) -> bool:
        """Abort the request in flight at once; whether there was one."""
        if self._task is None:
            return False
        self._task.cancel()
        return True

    def _start(self, jobs: list[SendJob], profile: Profile) -> asyncio.Task[None] | None:
        if self._task is not None:
            logger.info("A send is under way; ignored another")
            return None
        self._task = asyncio.ensure_future(self._run(jobs, profile))
        self._task.add_done_callback(self._on_task_done)
        self.busy_changed.emit(True)
        return self._task

    def _on_task_done(self, task: asyncio.Task[None]) -> None:
        self._task = None
        self.busy_changed.emit(False)
        if not task.cancelled() and (exc := task.exception()) is not None:
            # A bug, not a send failure (those are results): let the excepthook report it.
            sys.excepthook(type(exc), exc, exc.__traceback__)

    async def _run(self, jobs: list[SendJob], profile: Profile) -> None:
        try:
            route = self._services.route(profile)
        except ZaloComposerError as exc:
            self.failed_to_start.emit(error_text(exc))
            return
        try:
            history = self._services.history
        except sqlite3.Error as exc:
            self._on_loop_history_error(exc)
            history = None
        loop = SendLoop(
            self._services.client(), route, history,
            on_sending=lambda job, _row: self._on_loop_sending(job, profile.name),
            on_result=self._on_loop_result, on_history_error=self._on_loop_history_error,
            follow=self._services.follow_up(),
        )
        await loop.run(jobs)

    def _on_loop_sending(self, job: SendJob, profile_name: str) -> None:
        shown = self._results.row_of(job.request_id)
        if shown >= 0:
            self._results.set_pending(shown)
        else:
            self._results.add_pending(job.recipient, job.request_id, profile_name)

    def _on_loop_result(self, _job: SendJob, result: SendResult) -> None:
        row = self._results.row_of(result.request_id)
        if row >= 0:
            self._results.replace_row(row, result)
        else:
            self._results.add(result, "")
        self.result_ready.emit(result)

    def _on_loop_history_error(self, exc: Exception) -> None:
        self.history_failed.emit(
            self.tr("The send history could not be written ({reason}).").format(reason=exc))
