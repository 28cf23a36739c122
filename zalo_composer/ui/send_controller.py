"""Sends from the window, on the qasync loop: never blocking, cancellable, never twice.

One send (or retry) runs at a time; a second Send while one is under way is ignored, so a
double-click cannot deliver twice. Each request shows first as a "sending…" row in the
results log and is filled in when the answer comes.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import sys
import time
from collections.abc import Callable, Coroutine
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6 import QtCore

from ..domain.errors import ZaloComposerError
from ..domain.model import Draft
from ..domain.result import SendResult
from ..sending import (
    AppServices,
    begin_record,
    body_for,
    cancelled_result,
    complete_record,
    request_ids,
    retry_body,
)
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

    def send(
        self, draft: Draft, profile: Profile, first_request_id: str,
        draft_path: Path | None = None,
    ) -> asyncio.Task[None] | None:
        """Send *draft* to each of its recipients in order; None if a send is under way."""
        return self._start(self._send_all(draft, profile, first_request_id, draft_path))

    def retry(self, result: SendResult, profile_name: str) -> asyncio.Task[None] | None:
        """Send the request behind *result* again, with the same RequestId and body."""
        return self._start(self._retry(result, profile_name))

    def cancel(self) -> bool:
        """Abort the request in flight at once; whether there was one."""
        if self._task is None:
            return False
        self._task.cancel()
        return True

    def _start(self, work: Coroutine[Any, Any, None]) -> asyncio.Task[None] | None:
        if self._task is not None:
            work.close()
            logger.info("A send is under way; ignored another")
            return None
        self._task = asyncio.ensure_future(work)
        self._task.add_done_callback(self._on_task_done)
        self.busy_changed.emit(True)
        return self._task

    def _on_task_done(self, task: asyncio.Task[None]) -> None:
        self._task = None
        self.busy_changed.emit(False)
        if not task.cancelled() and (exc := task.exception()) is not None:
            # A bug, not a send failure (those are results): let the excepthook report it.
            sys.excepthook(type(exc), exc, exc.__traceback__)

    async def _send_all(
        self, draft: Draft, profile: Profile, first_request_id: str, draft_path: Path | None
    ) -> None:
        try:
            route = self._services.route(profile)
        except ZaloComposerError as exc:
            self.failed_to_start.emit(error_text(exc))
            return
        recipients = [r.strip() for r in draft.recipients]
        client = self._services.client()
        for recipient, request_id in zip(
            recipients, request_ids(draft, recipients, first_request_id), strict=True
        ):
            body = body_for(route, draft, recipient, request_id)
            self._results.add_pending(recipient, request_id, profile.name)
            row = self._record(begin_record, profile.name, body, draft=draft,
                               draft_path=str(draft_path) if draft_path else None)
            await self._send_body(client.send(route.base_url, body, timeouts=route.timeouts),
                                  recipient, request_id, body, row)

    async def _retry(self, result: SendResult, profile_name: str) -> None:
        try:
            profile = self._services.book.get(profile_name)
            route = self._services.route(profile)
        except ZaloComposerError as exc:
            self.failed_to_start.emit(error_text(exc))
            return
        body = retry_body(result, route.account)
        shown = self._results.row_of(result.request_id)
        if shown >= 0:
            self._results.set_pending(shown)
        else:
            self._results.add_pending(result.recipient, result.request_id, profile_name)
        client = self._services.client()
        row = self._record(begin_record, profile_name, body)
        await self._send_body(client.send(route.base_url, body, timeouts=route.timeouts),
                              result.recipient, result.request_id, body, row)

    def _record(self, write: Callable[..., int | None], *args: Any, **kwargs: Any) -> int | None:
        """Run one history write; a failing history never stops a send."""
        try:
            return write(self._services.history, *args, **kwargs)
        except sqlite3.Error as exc:
            logger.warning("Could not write the send history: %s", exc)
            self.history_failed.emit(
                self.tr("The send history could not be written ({reason}).").format(reason=exc))
            return None

    async def _send_body(
        self, sending: Coroutine[Any, Any, SendResult], recipient: str, request_id: str,
        body: dict[str, Any], row: int | None,
    ) -> None:
        started_at, start = datetime.now().astimezone(), time.perf_counter()
        try:
            result = await sending
        except asyncio.CancelledError:
            result = cancelled_result(recipient, request_id, body, started_at,
                                      (time.perf_counter() - start) * 1000)
            self._finish(result, row)
            raise
        self._finish(result, row)

    def _finish(self, result: SendResult, row: int | None) -> None:
        if row is not None:
            self._record(complete_record, row, result)
        self._show(result)

    def _show(self, result: SendResult) -> None:
        row = self._results.row_of(result.request_id)
        if row >= 0:
            self._results.replace_row(row, result)
        else:
            self._results.add(result, "")
        self.result_ready.emit(result)
