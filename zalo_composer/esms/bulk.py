"""Bulk sends: one message per row of a recipients table, paced, bounded, resumable.

`BulkSender` runs on the caller's asyncio loop (no Qt): the window wraps its callbacks in
signals. Each sendable row (see `domain.variables.validate_bulk`) gets the draft filled in
with its values, its own RequestId, a body from `sending.body_for` (the one builder), one
`EsmsClient.send`, and a history row written before the request leaves and completed after,
tagged with the batch's id.

Pacing: at most *rate* requests start per second (starts on a fixed grid measured with a
monotonic clock; a sender that fell behind by more than one slot re-anchors instead of
bursting) and at most *concurrency* are in flight (`asyncio.Semaphore`).

Control (call from the loop's thread):

- `pause()`: no new request starts; those in flight finish. `resume()` goes on.
- `stop()`: no new request starts after the call returns. Requests already in flight
  finish (bounded by the route's timeouts), so each gets its real answer in the history and
  none is left "outcome unknown"; ``stop(cancel_in_flight=True)`` cancels them instead (each
  is recorded as failed/cancelled, and a later resume sends it again under the same
  RequestId, which eSMS refuses as a duplicate if the first one had arrived).

Resuming: a batch id the history already knows is a resume. A recipient the history shows
as accepted for that batch is never sent again (nor one whose RequestId eSMS called a
duplicate, 124). One whose request was in flight when the program died (history state
``unknown``) is not resent but reported as "outcome unknown, not resent" — unless
*resend_unknown*, which sends it again under its old RequestId. A failed row (no usable
answer) is resent under its old RequestId; a rejected row under a fresh one.

Crash safety: when a batch starts, a manifest (store.batches) records the draft, the table,
the defaults and the pacing; it is removed when the batch finishes or the user stops it,
and kept when the run dies or its task is cancelled, so the next start can offer to resume.

Events:

- ``on_row(RowResult)``: every row once at the start (waiting, blocked or skipped), then
  each time a row changes (sending → accepted / rejected / failed; not_sent at a stop);
- ``on_progress(BulkProgress)``: at the start, when each request leaves and when its answer
  comes, on pause / resume / stop, and at the end.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import dataclasses
import io
import logging
import math
import time
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from ..domain.body import new_request_id
from ..domain.codes import DUPLICATE_REQUEST_ID
from ..domain.model import Draft, Message
from ..domain.validation import Problem
from ..domain.variables import RecipientsTable, validate_bulk
from ..sending import Route, begin_record, body_for, cancelled_result, complete_record
from ..store.batches import BatchManifest, remove_manifest, write_manifest
from ..store.files import atomic_write_text
from ..store.history import History, HistoryFilter
from .client import EsmsClient, SendResult

logger = logging.getLogger(__name__)

DEFAULT_CONCURRENCY = 4

RowOutcome = Literal[
    "waiting", "sending", "accepted", "rejected", "failed",
    "blocked", "accepted_before", "unknown_not_resent", "not_sent",
]
"""A row's state: waiting for its turn, in flight, answered (accepted / rejected / failed),
or never sent: blocked by the dry run, accepted in an earlier run of the batch, outcome
unknown from an earlier run (not resent), or not reached before a stop."""
BulkState = Literal["ready", "running", "paused", "stopping", "finished", "stopped"]

_NOTES: dict[RowOutcome, str] = {
    "waiting": "waiting",
    "sending": "sending…",
    "blocked": "blocked by the check before sending",
    "accepted_before": "accepted in an earlier run of this batch; not sent again",
    "unknown_not_resent": "outcome unknown (the program stopped while it was in flight); "
                          "not resent",
    "not_sent": "not sent: the batch was stopped first",
}


@dataclass(frozen=True)
class RowResult:
    """One row of the batch: its RequestId and what became of it."""

    index: int
    """Row index in the recipients table."""
    user_id: str
    line: int
    """Line of the pasted text or CSV it came from."""
    outcome: RowOutcome
    request_id: str = ""
    """The RequestId it is (or was) sent with; empty for blocked rows."""
    result: SendResult | None = None
    """The answer, once there is one."""
    problems: tuple[Problem, ...] = ()
    """Why a blocked row is blocked (and any warnings of a sendable one)."""
    history_id: int | None = None
    """The history row of this run's request."""

    @property
    def code(self) -> str:
        """eSMS's CodeResult, or empty."""
        return self.result.code or "" if self.result else ""

    @property
    def meaning(self) -> str:
        """What happened, in plain words."""
        if self.result is not None and self.outcome not in ("waiting", "sending"):
            return self.result.meaning
        return _NOTES.get(self.outcome, self.outcome)

    @property
    def error(self) -> str:
        """eSMS's ErrorMessage, the failure kind, or why the row is blocked."""
        if self.result is not None:
            return self.result.error_message or self.result.failure or ""
        return "; ".join(p.message for p in self.problems if p.is_error)

    @property
    def sms_id(self) -> str:
        """eSMS's SMSID of an accepted request, or empty."""
        return self.result.sms_id or "" if self.result else ""

    @property
    def duration_ms(self) -> float | None:
        """How long the request took."""
        return self.result.duration_ms if self.result else None


@dataclass(frozen=True)
class BulkProgress:
    """Counts and timing of a running batch."""

    state: BulkState
    total: int
    """Requests this run sends (sendable rows, minus those skipped by a resume)."""
    sent: int
    """Requests that got an outcome: accepted + rejected + failed."""
    accepted: int
    rejected: int
    failed: int
    in_flight: int
    skipped: int
    """Rows not sent because an earlier run accepted them or left them unknown."""
    blocked: int
    elapsed: float
    """Seconds since the start, pauses included."""
    remaining: float | None
    """Estimated seconds left (None until there is a basis for a guess)."""

    @property
    def fraction(self) -> float:
        """Share of this run's requests done, 0 to 1."""
        return self.sent / self.total if self.total else 1.0


@dataclass(frozen=True)
class BulkReport:
    """What a finished (or stopped) run did."""

    batch_id: str
    state: BulkState
    rows: tuple[RowResult, ...]
    progress: BulkProgress

    def by_outcome(self, outcome: RowOutcome) -> list[RowResult]:
        """The rows that ended as *outcome*."""
        return [r for r in self.rows if r.outcome == outcome]


@dataclass(frozen=True)
class ResumePlan:
    """What the history knows about a batch, per recipient."""

    accepted: frozenset[str]
    """Accepted (or refused as a duplicate RequestId): never sent again."""
    unknown: Mapping[str, str]
    """Recipient → RequestId of a request whose outcome is unknown."""
    failed: Mapping[str, str]
    """Recipient → RequestId of a request that got no usable answer (reused on resend)."""


def resume_plan(history: History, batch_id: str) -> ResumePlan:
    """Read the batch's rows from the history (the newest row of a recipient decides,
    except that any accepted one wins)."""
    accepted: set[str] = set()
    unknown: dict[str, str] = {}
    failed: dict[str, str] = {}
    decided: set[str] = set()
    for row in history.iter_rows(HistoryFilter(batch_id=batch_id)):  # newest first
        recipient = row.recipient
        duplicate = row.state == "rejected" and row.code == DUPLICATE_REQUEST_ID
        if row.state == "accepted" or duplicate:
            accepted.add(recipient)
        if recipient in decided:
            continue
        decided.add(recipient)
        if row.state in ("unknown", "sending"):
            unknown[recipient] = row.request_id
        elif row.state == "failed":
            failed[recipient] = row.request_id
    return ResumePlan(
        frozenset(accepted),
        {k: v for k, v in unknown.items() if k not in accepted},
        {k: v for k, v in failed.items() if k not in accepted},
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


@dataclass(frozen=True)
class _Job:
    index: int
    message: Message
    request_id: str


class BulkSender:
    """Sends one draft to every row of a recipients table; see the module docstring."""

    def __init__(
        self,
        client: EsmsClient,
        route: Route,
        draft: Draft,
        table: RecipientsTable,
        history: History,
        *,
        defaults: Mapping[str, str] | None = None,
        rate: float | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        batch_id: str | None = None,
        resend_unknown: bool = False,
        persist: bool = True,
        on_row: Callable[[RowResult], None] | None = None,
        on_progress: Callable[[BulkProgress], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        created_ts: float | None = None,
    ) -> None:
        if rate is not None and not (math.isfinite(rate) and rate > 0):
            raise ValueError(f"rate must be a positive number of messages per second or None, "
                             f"not {rate}")
        if concurrency < 1:
            raise ValueError(f"concurrency must be at least 1, not {concurrency}")
        self.client, self.route, self.draft, self.table = client, route, draft, table
        self.history = history
        self.defaults: dict[str, str] = dict(defaults or {})
        self.rate, self.concurrency = rate, concurrency
        self.batch_id = batch_id or uuid.uuid4().hex
        self.resend_unknown, self.persist = resend_unknown, persist
        self.on_row, self.on_progress = on_row, on_progress
        self._clock = clock
        self._created_ts = time.time() if created_ts is None else created_ts
        self._state: BulkState = "ready"
        self._rows: list[RowResult] = []
        self._total = 0
        self._counts = {"accepted": 0, "rejected": 0, "failed": 0, "skipped": 0, "blocked": 0}
        self._in_flight = 0
        self._started = 0.0
        self._paused_total = 0.0
        self._paused_since: float | None = None
        self._stop_requested = False
        self._changed = asyncio.Event()
        self._tasks: set[asyncio.Task[None]] = set()
        self._error: BaseException | None = None

    @classmethod
    def from_manifest(
        cls, manifest: BatchManifest, client: EsmsClient, route: Route, history: History,
        **options: object,
    ) -> BulkSender:
        """A sender that resumes the batch of *manifest* (same id, draft, table, pacing).
        *route* must be the manifest's profile, resolved by the caller."""
        settings: dict[str, object] = {
            "defaults": manifest.defaults, "rate": manifest.rate,
            "concurrency": manifest.concurrency, "created_ts": manifest.created_ts,
            **options,
        }
        return cls(client, route, manifest.draft, manifest.table, history,
                   batch_id=manifest.batch_id, **settings)  # type: ignore[arg-type]

    # --- what the caller reads ---------------------------------------------------------------

    @property
    def state(self) -> BulkState:
        """ready, running, paused, stopping, then finished or stopped."""
        return self._state

    @property
    def rows(self) -> tuple[RowResult, ...]:
        """Every row of the table as it stands now (empty before `run`)."""
        return tuple(self._rows)

    def manifest(self) -> BatchManifest:
        """The batch's manifest, as written at the start."""
        return BatchManifest(
            batch_id=self.batch_id, profile=self.route.profile.name, draft=self.draft,
            table=self.table, defaults=self.defaults, rate=self.rate,
            concurrency=self.concurrency, created_ts=self._created_ts,
        )

    def progress(self) -> BulkProgress:
        """A snapshot of the counts and timing."""
        now = self._clock()
        elapsed = now - self._started if self._state != "ready" else 0.0
        paused = self._paused_total + (
            now - self._paused_since if self._paused_since is not None else 0.0)
        active = max(elapsed - paused, 0.0)
        done = self._counts["accepted"] + self._counts["rejected"] + self._counts["failed"]
        left = self._total - done
        remaining: float | None
        if left <= 0:
            remaining = 0.0
        elif done:
            remaining = left * active / done
        else:
            remaining = left / self.rate if self.rate else None
        return BulkProgress(
            state=self._state, total=self._total, sent=done,
            accepted=self._counts["accepted"], rejected=self._counts["rejected"],
            failed=self._counts["failed"], in_flight=self._in_flight,
            skipped=self._counts["skipped"], blocked=self._counts["blocked"],
            elapsed=elapsed, remaining=remaining,
        )

    # --- control -----------------------------------------------------------------------------

    def pause(self) -> None:
        """Start no new request until `resume`; requests in flight finish."""
        if self._state == "running":
            self._state = "paused"
            self._paused_since = self._clock()
            self._wake()

    def resume(self) -> None:
        """Go on after `pause`."""
        if self._state == "paused":
            self._state = "running"
            if self._paused_since is not None:
                self._paused_total += self._clock() - self._paused_since
            self._paused_since = None
            self._wake()

    def stop(self, *, cancel_in_flight: bool = False) -> None:
        """Start no new request from now on. Requests in flight finish (default) or are
        cancelled and recorded as cancelled. `run` returns once they are settled."""
        if self._state in ("ready", "finished", "stopped"):
            self._stop_requested = True
            return
        if self._paused_since is not None:
            self._paused_total += self._clock() - self._paused_since
            self._paused_since = None
        self._stop_requested = True
        self._state = "stopping"
        if cancel_in_flight:
            for task in list(self._tasks):
                task.cancel()
        self._wake()

    def _wake(self) -> None:
        self._changed.set()
        self._emit_progress()

    # --- the run -----------------------------------------------------------------------------

    async def run(self) -> BulkReport:
        """Check every row, then send the sendable ones; returns when all are settled."""
        if self._state != "ready":
            raise RuntimeError("a BulkSender runs once")
        self._started = self._clock()
        jobs = self._plan()
        if self.persist:
            write_manifest(self.manifest())
        self._state = "stopping" if self._stop_requested else "running"
        for row in self._rows:
            self._emit_row(row)
        self._emit_progress()
        logger.info("Batch %s: %d to send, %d skipped, %d blocked", self.batch_id,
                    self._total, self._counts["skipped"], self._counts["blocked"])
        await self._dispatch(jobs)
        if self._error is not None:
            raise self._error
        self._state = "stopped" if self._stop_requested else "finished"
        for index, row in enumerate(self._rows):
            if row.outcome == "waiting":
                self._set_row(index, outcome="not_sent")
        if self.persist:
            remove_manifest(self.batch_id)
        self._emit_progress()
        logger.info("Batch %s %s: %s", self.batch_id, self._state, self.progress())
        return BulkReport(self.batch_id, self._state, tuple(self._rows), self.progress())

    def _plan(self) -> list[_Job]:
        check = validate_bulk(self.draft, self.table, self.defaults)
        plan = resume_plan(self.history, self.batch_id)
        sendable = set(check.sendable_rows)
        jobs = []
        for row_check in check.rows:
            row, index = row_check.row, row_check.index
            user_id = row.user_id
            base = RowResult(index, user_id, row.line, "waiting", problems=row_check.problems)
            if index not in sendable:
                problems = (*check.general, *row_check.problems)
                self._rows.append(dataclasses.replace(base, outcome="blocked", problems=problems))
                self._counts["blocked"] += 1
            elif user_id in plan.accepted:
                self._rows.append(dataclasses.replace(base, outcome="accepted_before"))
                self._counts["skipped"] += 1
            elif user_id in plan.unknown and not self.resend_unknown:
                self._rows.append(dataclasses.replace(
                    base, outcome="unknown_not_resent", request_id=plan.unknown[user_id]))
                self._counts["skipped"] += 1
            else:
                request_id = (plan.unknown.get(user_id) or plan.failed.get(user_id)
                              or new_request_id())
                self._rows.append(dataclasses.replace(base, request_id=request_id))
                jobs.append(_Job(index, row_check.message, request_id))
        self._total = len(jobs)
        return jobs

    async def _dispatch(self, jobs: Sequence[_Job]) -> None:
        slots = asyncio.Semaphore(self.concurrency)
        pacer = _Pacer(self.rate)
        try:
            for job in jobs:
                await slots.acquire()
                if not await self._wait_for_turn(pacer):
                    slots.release()
                    break
                task = asyncio.create_task(self._send(job, slots))
                self._tasks.add(task)
                task.add_done_callback(self._on_task_done)
            while self._tasks:
                await asyncio.gather(*self._tasks, return_exceptions=True)
        except BaseException:
            # Cancelled from outside (the program is quitting) or a bug: settle what is in
            # flight, keep the manifest so the next start offers to resume.
            for task in list(self._tasks):
                task.cancel()
            if self._tasks:
                await asyncio.gather(*self._tasks, return_exceptions=True)
            raise

    async def _wait_for_turn(self, pacer: _Pacer) -> bool:
        """Wait until a request may start: not paused, and its slot in the pace has come.
        False once stop() was called."""
        while True:
            if self._stop_requested:
                return False
            if self._state == "paused":
                await self._wait_change(None)
                continue
            delay = pacer.delay(self._clock())
            if delay <= 0:
                pacer.take(self._clock())
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
            logger.error("Batch %s stopped by an error", self.batch_id, exc_info=self._error)
            self.stop()

    async def _send(self, job: _Job, slots: asyncio.Semaphore) -> None:
        try:
            await self._send_row(job)
        finally:
            slots.release()

    async def _send_row(self, job: _Job) -> None:
        user_id = self._rows[job.index].user_id
        draft = dataclasses.replace(self.draft, message=job.message, recipients=(user_id,),
                                    request_id=None)
        body = body_for(self.route, draft, user_id, job.request_id)
        history_id = begin_record(self.history, self.route.profile.name, body, draft=draft,
                                  batch_id=self.batch_id)
        self._in_flight += 1
        self._set_row(job.index, outcome="sending", history_id=history_id)
        self._emit_progress()
        started_at, start = datetime.now().astimezone(), time.perf_counter()
        try:
            result = await self.client.send(self.route.base_url, body,
                                            timeouts=self.route.timeouts)
        except asyncio.CancelledError:
            result = cancelled_result(user_id, job.request_id, body, started_at,
                                      (time.perf_counter() - start) * 1000)
            self._finish(job.index, history_id, result)
            raise
        except BaseException:
            self._in_flight -= 1
            raise
        self._finish(job.index, history_id, result)

    def _finish(self, index: int, history_id: int, result: SendResult) -> None:
        complete_record(self.history, history_id, result)
        self._in_flight -= 1
        self._counts[result.outcome] += 1
        self._set_row(index, outcome=result.outcome, result=result)
        self._emit_progress()

    def _set_row(self, index: int, **changes: object) -> None:
        row = dataclasses.replace(self._rows[index], **changes)  # type: ignore[arg-type]
        self._rows[index] = row
        self._emit_row(row)

    def _emit_row(self, row: RowResult) -> None:
        if self.on_row is not None:
            self.on_row(row)

    def _emit_progress(self) -> None:
        if self.on_progress is not None and self._state != "ready":
            self.on_progress(self.progress())


# --- export -----------------------------------------------------------------------------------

RESULT_COLUMNS = ("user_id", "request_id", "outcome", "code", "meaning", "sms_id", "error",
                  "duration", "line")
"""Columns of the results CSV; duration in milliseconds, line of the source table."""


def results_csv(rows: Iterable[RowResult]) -> str:
    """The rows as CSV text (no BOM), in table order."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(RESULT_COLUMNS)
    for row in sorted(rows, key=lambda r: r.index):
        duration = "" if row.duration_ms is None else f"{row.duration_ms:.1f}"
        writer.writerow([row.user_id, row.request_id, row.outcome, row.code, row.meaning,
                         row.sms_id, row.error, duration, row.line])
    return out.getvalue()


def export_results_csv(path: Path, rows: Iterable[RowResult]) -> int:
    """Write the results to *path* as UTF-8 with a BOM (for spreadsheet programs),
    atomically; returns the number of rows."""
    rows = list(rows)
    atomic_write_text(Path(path), "\ufeff" + results_csv(rows))
    return len(rows)
