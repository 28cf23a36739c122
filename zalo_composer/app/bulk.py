"""Bulk sends: one message per row of a recipients table, paced, bounded, resumable.

`BulkSender` runs on the caller's asyncio loop (no Qt): the window wraps its callbacks in
signals. Each sendable row (see `domain.variables.validate_bulk`) becomes a `SendJob`: the
template filled in with its values, its own RequestId. The jobs go through the one send
loop (`app.send.SendLoop`), which builds each body, writes the history row (tagged with the
batch's id) before the request leaves and completes it after; here a history row that
cannot be written stops the batch, since a resume depends on it.

Pacing: at most *rate* requests start per second and at most *concurrency* are in flight
(the loop's pacer and semaphore).

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
import csv
import dataclasses
import io
import logging
import math
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..domain.body import new_request_id
from ..domain.codes import DUPLICATE_REQUEST_ID
from ..domain.model import Draft
from ..domain.result import SendResult
from ..domain.validation import Problem
from ..domain.variables import BulkCheck, RecipientsTable, validate_bulk
from ..store.batches import BatchManifest, remove_manifest, save_manifest, take_lease
from ..store.files import atomic_write_text
from ..store.history import History, HistoryFilter
from .send import SendJob, SendLoop

if TYPE_CHECKING:
    from ..esms.client import EsmsClient
    from .follow import FollowUp
    from .services import Route

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
        if row.state in ("accepted", "waiting", "sent", "zalo_failed") or duplicate:
            accepted.add(recipient)
        if recipient in decided:
            continue
        decided.add(recipient)
        # Left in flight by a program that died (never completed): not resent unasked. An
        # answer this program saw fail (lost, broken, cancelled) goes again under its old
        # RequestId: eSMS answers 124 if it had it, shown as "the first attempt was accepted".
        if row.state == "sending" or (row.state == "unknown" and row.duration_ms is None):
            unknown[recipient] = row.request_id
        elif row.state in ("failed", "unknown"):
            failed[recipient] = row.request_id
    return ResumePlan(
        frozenset(accepted),
        {k: v for k, v in unknown.items() if k not in accepted},
        {k: v for k, v in failed.items() if k not in accepted},
    )


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
        follow: FollowUp | None = None,
        check: BulkCheck | None = None,
    ) -> None:
        if rate is not None and not (math.isfinite(rate) and rate > 0):
            raise ValueError(f"rate must be a positive number of messages per second or None, "
                             f"not {rate}")
        if concurrency < 1:
            raise ValueError(f"concurrency must be at least 1, not {concurrency}")
        self.client, self.route, self.draft, self.table = client, route, draft, table
        # The dry run of this very draft, table and defaults, when the caller has made it
        # (the Bulk send panel's check before its question): not made a second time.
        self._given_check = check
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
        self._loop = SendLoop(
            client, route, history, rate=rate, concurrency=concurrency,
            history_required=True, record_first=True, follow=follow,
            on_sending=self._on_loop_sending,
            on_result=self._on_loop_result, clock=clock,
        )

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
            self._loop.pause()
            self._emit_progress()

    def resume(self) -> None:
        """Go on after `pause`."""
        if self._state == "paused":
            self._state = "running"
            if self._paused_since is not None:
                self._paused_total += self._clock() - self._paused_since
            self._paused_since = None
            self._loop.resume()
            self._emit_progress()

    def stop(self, *, cancel_in_flight: bool = False) -> None:
        """Start no new request from now on. Requests in flight finish (default) or are
        cancelled and recorded as cancelled. `run` returns once they are settled."""
        self._stop_requested = True
        self._loop.stop(cancel_in_flight=cancel_in_flight)
        if self._state in ("ready", "finished", "stopped"):
            return
        if self._paused_since is not None:
            self._paused_total += self._clock() - self._paused_since
            self._paused_since = None
        self._state = "stopping"
        self._emit_progress()

    # --- the run -----------------------------------------------------------------------------

    async def run(self) -> BulkReport:
        """Check every row, then send the sendable ones; returns when all are settled."""
        if self._state != "ready":
            raise RuntimeError("a BulkSender runs once")
        self._started = self._clock()
        # Filling, checking and planning every row takes tens of milliseconds for a thousand
        # rows: in a worker thread, so the window's event loop keeps turning (the data is
        # immutable; the history is read here, on the loop's thread, which owns it).
        loop = asyncio.get_running_loop()
        check = self._given_check
        if check is None:
            check = await loop.run_in_executor(
                None, validate_bulk, self.draft, self.table, self.defaults)
        plan = resume_plan(self.history, self.batch_id)
        rows, jobs, skipped, blocked = await loop.run_in_executor(None, self._plan, check, plan)
        self._rows.extend(rows)
        self._counts["skipped"] += skipped
        self._counts["blocked"] += blocked
        self._total = len(jobs)
        if self.persist:
            take_lease(self.batch_id)  # here: the lease belongs to this task
            await loop.run_in_executor(None, save_manifest, self.manifest())
        self._state = "stopping" if self._stop_requested else "running"
        for row in self._rows:
            self._emit_row(row)
        self._emit_progress()
        logger.info("Batch %s: %d to send, %d skipped, %d blocked", self.batch_id,
                    self._total, self._counts["skipped"], self._counts["blocked"])
        try:
            await self._loop.run(jobs)
        except BaseException as exc:
            if not isinstance(exc, asyncio.CancelledError):
                logger.error("Batch %s stopped by an error", self.batch_id, exc_info=exc)
            raise
        self._state = "stopped" if self._stop_requested else "finished"
        for index, row in enumerate(self._rows):
            if row.outcome == "waiting":
                self._set_row(index, outcome="not_sent")
        if self.persist:
            remove_manifest(self.batch_id)
        self._emit_progress()
        logger.info("Batch %s %s: %s", self.batch_id, self._state, self.progress())
        return BulkReport(self.batch_id, self._state, tuple(self._rows), self.progress())

    def _plan(self, check: BulkCheck, plan: ResumePlan
              ) -> tuple[list[RowResult], list[SendJob], int, int]:
        """Each row's result so far and the jobs to send (no I/O, nothing shared: a worker
        thread runs it; a thousand rows take tens of milliseconds)."""
        sendable = set(check.sendable_rows)
        rows: list[RowResult] = []
        jobs = []
        skipped = blocked = 0
        for row_check in check.rows:
            row, index = row_check.row, row_check.index
            user_id = row.user_id
            base = RowResult(index, user_id, row.line, "waiting", problems=row_check.problems)
            if index not in sendable:
                problems = (*check.general, *row_check.problems)
                rows.append(dataclasses.replace(base, outcome="blocked", problems=problems))
                blocked += 1
            elif user_id in plan.accepted:
                rows.append(dataclasses.replace(base, outcome="accepted_before"))
                skipped += 1
            elif user_id in plan.unknown and not self.resend_unknown:
                rows.append(dataclasses.replace(
                    base, outcome="unknown_not_resent", request_id=plan.unknown[user_id]))
                skipped += 1
            else:
                request_id = (plan.unknown.get(user_id) or plan.failed.get(user_id)
                              or new_request_id())
                rows.append(dataclasses.replace(base, request_id=request_id))
                jobs.append(SendJob(
                    after_unknown=user_id in plan.unknown or user_id in plan.failed,
                    recipient=user_id, request_id=request_id, message=row_check.message,
                    send_date=self.draft.send_date, batch_id=self.batch_id, key=index,
                    draft=dataclasses.replace(self.draft, recipients=(user_id,),
                                              request_id=None),
                ))
        return rows, jobs, skipped, blocked

    def _on_loop_sending(self, job: SendJob, history_id: int | None) -> None:
        self._in_flight += 1
        self._set_row(job.key, outcome="sending", history_id=history_id)
        self._emit_progress()

    def _on_loop_result(self, job: SendJob, result: SendResult) -> None:
        self._in_flight -= 1
        self._counts[result.outcome] += 1
        self._set_row(job.key, outcome=result.outcome, result=result)
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
