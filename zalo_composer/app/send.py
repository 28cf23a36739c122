"""The one send path: every message the program sends (the window's Send and Retry,
History's Resend, a bulk batch, the CLI's ``send``) goes through `SendLoop`.

For each `SendJob` the loop builds the body with `domain.body.build_request_body` (the one
builder), writes the history row (state "sending") before the request leaves, sends it on
the program's one HTTP client, completes the row with the answer, and reports the result.
Pacing: at most *rate* requests start per second (a fixed grid on a monotonic clock that
re-anchors instead of bursting after a pause) and at most *concurrency* are in flight.

Control (from the loop's thread): `pause` (no new request starts), `resume`, `stop` (no
new request starts; those in flight finish, or are cancelled with ``cancel_in_flight``: a
cancelled request is reported as failed/cancelled — eSMS may or may not have it).

History: with ``history_required`` (bulk, where a resume must know what left; the CLI) a
row that cannot be written stops the loop before that request leaves; otherwise (the
window) the send goes on and ``on_history_error`` is told. An answer is reported before it
is recorded, so that a history failing then cannot hide it (``on_history_error`` is told),
except with ``record_first`` (bulk: a row shows "accepted" only once a resume would see it).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..domain.body import (
    build_request_body,
    mask_secrets,
)
from ..domain.codes import ACCEPTED, DUPLICATE_REQUEST_ID
from ..domain.draft import dump_draft
from ..domain.lifecycle import salvage_answer, state_of_result
from ..domain.result import Outcome, SendResult
from .jobs import SendJob, jobs_for, retry_job

if TYPE_CHECKING:
    from ..esms.client import EsmsClient
    from ..store.history import History, HistoryRow
    from .follow import FollowUp
    from .services import Route

logger = logging.getLogger(__name__)

__all__ = ["SendJob", "SendLoop", "jobs_for", "retry_job"]


FIRST_ATTEMPT_ACCEPTED = ("the first attempt was accepted: eSMS answered 124 (duplicate "
                          "RequestId) to the retry, so it already had the message")
SALVAGED_100 = ("accepted by eSMS (its answer was malformed, but CodeResult 100 could be "
                "read)")


def interpret(job: SendJob, result: SendResult, history: History | None = None) -> SendResult:
    """The truth of an answer: a malformed answer (HTTP 2xx, read whole) with a readable 100
    is accepted — not a 100 inside an HTTP error, a redirect or an answer too large to read,
    which stay "outcome unknown"; a 124 to a retry after an unknown outcome means the first
    attempt was accepted (its SMSID from an earlier history row when one was read)."""
    answered_2xx = result.http_status is not None and 200 <= result.http_status < 300
    if (result.outcome == "failed" and result.failure in ("not_json", "no_code")
            and answered_2xx):
        code, sms_id = salvage_answer(result.raw_response)
        if code == ACCEPTED:
            return replace(result, outcome="accepted", code=ACCEPTED,
                           sms_id=sms_id, meaning=SALVAGED_100)
    if job.after_unknown and result.code == DUPLICATE_REQUEST_ID:
        sms_id = result.sms_id
        if sms_id is None and history is not None:
            with contextlib.suppress(sqlite3.Error):
                earlier = [r.sms_id for r in history.by_request_id(job.request_id) if r.sms_id]
                sms_id = earlier[-1] if earlier else None
        return replace(result, outcome="accepted", sms_id=sms_id, meaning=FIRST_ATTEMPT_ACCEPTED)
    return result


def job_body(route: Route, job: SendJob) -> dict[str, Any]:
    """The body of *job*, as *route*'s account."""
    return build_request_body(job.message, account=route.account, recipient=job.recipient,
                              request_id=job.request_id, send_date=job.send_date,
                              test_mode=route.account.esms_test_mode)


def cancelled_result(
    job: SendJob, body: dict[str, Any], started_at: datetime, duration_ms: float,
) -> SendResult:
    """The result of a request the user cancelled while it was in flight."""
    return SendResult(
        recipient=job.recipient, request_id=job.request_id, outcome="failed",
        failure="cancelled", started_at=started_at, duration_ms=duration_ms,
        meaning=("Cancelled while in flight: eSMS may or may not have received it. Retry "
                 "reuses the RequestId, so eSMS answers 124 if it did."),
        request_body=mask_secrets(body),
    )


def begin_record(history: History, profile: str, body: dict[str, Any], job: SendJob) -> int:
    """Write the history row of a request about to leave (state "sending")."""
    payload = body.get("Payload") or {}
    return history.begin(
        profile=profile,
        recipient=job.recipient,
        request_id=job.request_id,
        request_body=body,
        message_text=str(payload.get("message", {}).get("text", "")),
        draft=dump_draft(job.draft) if job.draft is not None else None,
        draft_path=job.draft_path,
        batch_id=job.batch_id,
    )


def complete_record(history: History, row_id: int, result: SendResult) -> None:
    """Write what came back into the row `begin_record` made (its lifecycle state)."""
    history.complete(
        row_id, state=state_of_result(result.outcome, result.failure), meaning=result.meaning,
        http_status=result.http_status,
        code=result.code, sms_id=result.sms_id, error_message=result.error_message,
        raw_response=result.raw_response, duration_ms=result.duration_ms,
    )


def result_from_history(row: HistoryRow) -> SendResult:
    """A history row as a result, for the results log (which shows the newest rows)."""
    # eSMS took it whatever Zalo did later: the follow-up's state goes on top of "accepted".
    took = row.state in ("accepted", "waiting", "sent", "zalo_failed")
    outcome: Outcome = "accepted" if took else "rejected" if row.state == "rejected" else "failed"
    try:
        body = json.loads(row.request_body)
    except ValueError:
        body = {}
    return SendResult(
        recipient=row.recipient, request_id=row.request_id, outcome=outcome,
        started_at=row.created_at, duration_ms=row.duration_ms or 0.0,
        http_status=row.http_status, code=row.code, meaning=row.meaning, sms_id=row.sms_id,
        error_message=row.error_message,
        failure=None if outcome != "failed" else "network",
        request_body=body if isinstance(body, dict) else {}, raw_response=row.raw_response,
    )


class _Pacer:
    """Start times on a fixed grid of 1/rate seconds; re-anchored, never bursting, when the
    sender fell behind by more than one slot (a pause, a full concurrency limit)."""

    def __init__(self, rate: float | None) -> None:
        self.interval = 1.0 / rate if rate else 0.0
        self._next: float | None = None

    def delay(self, now: float) -> float:
        """Seconds until the next start is allowed."""
        return 0.0 if self._next is None else max(0.0, self._next - now)

    def take(self, now: float) -> None:
        """A request starts now."""
        if not self.interval:
            return
        if self._next is None or now - self._next > self.interval:
            self._next = now
        self._next += self.interval


OnSending = Callable[[SendJob, "int | None"], None]
OnResult = Callable[[SendJob, SendResult], None]


class SendLoop:
    """Sends jobs through one route, recording each in the history; see the module doc."""

    def __init__(
        self,
        client: EsmsClient,
        route: Route,
        history: History | None,
        *,
        rate: float | None = None,
        concurrency: int = 1,
        history_required: bool = False,
        record_first: bool = False,
        on_sending: OnSending | None = None,
        on_result: OnResult | None = None,
        on_history_error: Callable[[Exception], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        follow: FollowUp | None = None,
    ) -> None:
        self.client, self.route, self.history = client, route, history
        self.concurrency = concurrency
        self.history_required, self.record_first = history_required, record_first
        self.on_sending, self.on_result = on_sending, on_result
        self.on_history_error = on_history_error
        self.follow = follow
        """Accepted messages are handed to it, to be followed until Zalo's outcome."""
        self._pacer = _Pacer(rate)
        self._clock = clock
        self._paused = False
        self._stopped = False
        self._changed = asyncio.Event()
        self._tasks: set[asyncio.Task[None]] = set()
        self._error: BaseException | None = None
        self._results: list[SendResult] = []

    @property
    def paused(self) -> bool:
        """True between `pause` and `resume`."""
        return self._paused

    @property
    def stopped(self) -> bool:
        """True once `stop` was called (or an error stopped the loop)."""
        return self._stopped

    @property
    def in_flight(self) -> int:
        """Requests sent and not answered yet."""
        return len(self._tasks)

    def pause(self) -> None:
        """Start no new request until `resume`; requests in flight finish."""
        self._paused = True
        self._changed.set()

    def resume(self) -> None:
        """Go on after `pause`."""
        self._paused = False
        self._changed.set()

    def stop(self, *, cancel_in_flight: bool = False) -> None:
        """Start no new request from now on; cancel those in flight if asked."""
        self._stopped = True
        if cancel_in_flight:
            for task in list(self._tasks):
                task.cancel()
        self._changed.set()

    async def run(self, jobs: Sequence[SendJob]) -> list[SendResult]:
        """Send *jobs* in order (paced, bounded); returns the results of those that were
        sent, in the order their answers came. Raises what stopped it (a history row that
        could not be written when required, a bug); cancelling it cancels what is in flight."""
        slots = asyncio.Semaphore(self.concurrency)
        try:
            for job in jobs:
                await slots.acquire()
                if not await self._wait_for_turn():
                    slots.release()
                    break
                task = asyncio.create_task(self._send(job, slots))
                self._tasks.add(task)
                task.add_done_callback(self._on_task_done)
            while self._tasks:
                await asyncio.gather(*self._tasks, return_exceptions=True)
        except BaseException:
            for task in list(self._tasks):
                task.cancel()
            if self._tasks:
                await asyncio.gather(*self._tasks, return_exceptions=True)
            raise
        if self._error is not None:
            raise self._error
        return list(self._results)

    async def _wait_for_turn(self) -> bool:
        while True:
            if self._stopped:
                return False
            if self._paused:
                await self._wait_change(None)
                continue
            delay = self._pacer.delay(self._clock())
            if delay <= 0:
                self._pacer.take(self._clock())
                return True
            await self._wait_change(delay)

    async def _wait_change(self, timeout: float | None) -> None:
        self._changed.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._changed.wait(), timeout)

    def _on_task_done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None and self._error is None:
            self._error = task.exception()
            logger.error("Sending stopped by an error", exc_info=self._error)
            self.stop()

    async def _send(self, job: SendJob, slots: asyncio.Semaphore) -> None:
        try:
            await self._send_job(job)
        finally:
            slots.release()

    async def _send_job(self, job: SendJob) -> None:
        body = job_body(self.route, job)
        row = self._record(begin_record, self.route.profile.name, body, job,
                           required=self.history_required)
        if self.on_sending is not None:
            self.on_sending(job, row)
        started_at, start = datetime.now().astimezone(), time.perf_counter()
        try:
            result = await self.client.send(self.route.base_url, body,
                                            timeouts=self.route.timeouts)
        except asyncio.CancelledError:
            result = cancelled_result(job, body, started_at,
                                      (time.perf_counter() - start) * 1000)
            self._finish(job, row, result)
            raise
        self._finish(job, row, interpret(job, result, self.history))

    def _finish(self, job: SendJob, row: int | None, result: SendResult) -> None:
        if self.record_first and row is not None:
            self._record(complete_record, row, result, required=False)
        logger.info("Sent to %s (RequestId %s): %s", job.recipient, job.request_id,
                    result.summary)
        self._results.append(result)
        if self.on_result is not None:
            self.on_result(job, result)
        if not self.record_first and row is not None:
            self._record(complete_record, row, result, required=False)
        if self.follow is not None and result.outcome == "accepted" and result.sms_id:
            self.follow.track(result.sms_id, self.route.profile.name,
                              with_callback=bool(self.route.account.callback_url), row_id=row,
                              request_id=job.request_id, recipient=job.recipient)

    def _record(self, write: Callable[..., Any], *args: Any, required: bool) -> Any:
        """One history write. Unless *required*, a failing history never stops a send."""
        if self.history is None:
            return None
        try:
            return write(self.history, *args)
        except sqlite3.Error as exc:
            if required:
                raise
            logger.warning("Could not write the send history: %s", exc)
            if self.on_history_error is not None:
                self.on_history_error(exc)
            return None
