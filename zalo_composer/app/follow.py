"""Following a message after eSMS accepted it, until Zalo's outcome is known.

`FollowUp` asks eSMS's two documented sources on a backoff (about 5 s, 30 s, 2 min and
10 min after acceptance, then it stops): GetSendStatus by SMSID for every send (counts and
SendStatus, never Zalo's reason) and GetCallback, up to 200 SMSIDs a call, for sends that
carried a CallbackUrl (Zalo's ErrorInfo). Calls are paced at most 20 a second (GetCallback's
documented limit, used for both). One source failing does not hide what the other said.
QueryZnsStatus is documented for ZNS messages (SmsType 24/25) only and is never asked.

Each change (a new state or Zalo's code) is written to the history row and reported
through ``on_change``. The window, bulk and the CLI's ``--follow`` all use this class.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from ..domain.endpoint import GET_CALLBACK_BATCH, GET_CALLBACK_RATE
from ..domain.errors import ZaloComposerError
from ..domain.lifecycle import FINAL_STATES, Observation, better

if TYPE_CHECKING:
    from ..domain.endpoint import Timeouts
    from ..domain.model import Account
    from ..esms.queries import EsmsQueries
    from ..store.history import History, HistoryRow

logger = logging.getLogger(__name__)

DEFAULT_DELAYS: tuple[float, ...] = (5.0, 30.0, 120.0, 600.0)
"""Seconds after acceptance at which the follow-up asks; after the last it stops."""

_ids = itertools.count(1)


def carried_callback(request_body: str | dict[str, object]) -> bool:
    """True when the request body (JSON text or object) carried a CallbackUrl."""
    if isinstance(request_body, str):
        try:
            request_body = json.loads(request_body)
        except ValueError:
            return False
    return isinstance(request_body, dict) and bool(request_body.get("CallbackUrl"))


@dataclass(eq=False)
class Followed:
    """One message being followed."""

    sms_id: str
    profile: str
    with_callback: bool
    """The send carried a CallbackUrl, so GetCallback knows it."""
    row_id: int | None = None
    """Its history row, updated on each change."""
    request_id: str = ""
    recipient: str = ""
    started: float = 0.0
    """Monotonic time the schedule counts from."""
    attempt: int = 0
    """How many times it was asked about."""
    last: Observation | None = None
    errors: list[str] = field(default_factory=list)
    """Why the last check could not ask a source (one line each), empty when both answered."""
    ident: int = field(default_factory=lambda: next(_ids))

    @property
    def final(self) -> bool:
        """True once Zalo's outcome is known."""
        return self.last is not None and self.last.state in FINAL_STATES


OnChange = Callable[[Followed, Observation], None]


class Route(Protocol):
    """Where and as whom the status calls go (`app.services.Route` is one)."""

    @property
    def account(self) -> Account: ...
    @property
    def base_url(self) -> str: ...
    @property
    def status_url(self) -> str: ...
    @property
    def timeouts(self) -> Timeouts: ...


class _RateLimit:
    """At most *rate* calls a second (a fixed grid, never a burst)."""

    def __init__(self, rate: float, clock: Callable[[], float]) -> None:
        self._interval = 1.0 / rate
        self._next = 0.0
        self._clock = clock

    async def wait(self) -> None:
        now = self._clock()
        start = max(now, self._next)
        self._next = start + self._interval
        if start > now:
            await asyncio.sleep(start - now)


class FollowUp:
    """Follows accepted messages on a backoff; see the module doc. Use on one event loop."""

    def __init__(
        self,
        queries: EsmsQueries,
        resolve: Callable[[str], Route],
        history: History | None = None,
        *,
        on_change: OnChange | None = None,
        delays: Sequence[float] = DEFAULT_DELAYS,
        rate: float = GET_CALLBACK_RATE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._queries, self._resolve, self.history = queries, resolve, history
        self.on_change = on_change
        self.delays = tuple(delays)
        self._clock = clock
        self._limit = _RateLimit(rate, clock)
        self._items: dict[int, Followed] = {}
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    @property
    def followed(self) -> list[Followed]:
        """Messages still followed (not final, schedule not over)."""
        return list(self._items.values())

    def track(self, sms_id: str, profile: str, *, with_callback: bool, row_id: int | None = None,
              request_id: str = "", recipient: str = "") -> Followed:
        """Follow *sms_id* (sent as *profile*) from now on; starts the loop if needed."""
        item = Followed(sms_id, profile, with_callback, row_id, request_id, recipient,
                        self._clock())
        self._items[item.ident] = item
        self._wake.set()
        self._ensure_running()
        return item

    def resume(self, rows: Sequence[HistoryRow]) -> list[Followed]:
        """Follow again the history rows a former run left waiting (`History.waiting`)."""
        return [self.track(row.sms_id or "", row.profile,
                           with_callback=carried_callback(row.request_body), row_id=row.id,
                           request_id=row.request_id, recipient=row.recipient)
                for row in rows if row.sms_id]

    def _ensure_running(self) -> None:
        if self._task is None or self._task.done():
            with contextlib.suppress(RuntimeError):  # no running loop: `run` is awaited instead
                self._task = asyncio.get_running_loop().create_task(self.run())

    async def stop(self) -> None:
        """Stop following (at quit)."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def wait(self, timeout: float) -> bool:
        """Wait until nothing is followed any more (or *timeout* seconds); whether all
        ended."""
        deadline = self._clock() + timeout
        while self._items and self._clock() < deadline:
            await asyncio.sleep(min(0.05, max(0.0, deadline - self._clock())))
        return not self._items

    def _due_at(self, item: Followed) -> float | None:
        if item.attempt >= len(self.delays):
            return None
        return item.started + self.delays[item.attempt]

    async def run(self) -> None:
        """Ask about each message when it is due, until cancelled."""
        while True:
            now = self._clock()
            due = [i for i in self._items.values()
                   if (at := self._due_at(i)) is not None and at <= now]
            if due:
                await self.check(due)
                for item in due:
                    item.attempt += 1
                    if item.final or self._due_at(item) is None:
                        self._items.pop(item.ident, None)
                continue
            times = [at for i in self._items.values() if (at := self._due_at(i)) is not None]
            self._wake.clear()
            timeout = max(0.0, min(times) - now) if times else None
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout)

    async def check(self, items: Sequence[Followed]) -> None:
        """Ask both sources about *items* once (any profiles); record and report changes."""
        by_profile: dict[str, list[Followed]] = {}
        for item in items:
            by_profile.setdefault(item.profile, []).append(item)
        for profile, group in by_profile.items():
            try:
                route = self._resolve(profile)
            except ZaloComposerError as exc:
                for item in group:
                    item.errors = [str(exc)]
                continue
            found = await self._ask(route, group)
            for item in group:
                observed = found.get(item.ident)
                if observed is not None:
                    self._observed(item, observed)

    async def _ask(self, route: Route, group: list[Followed]) -> dict[int, Observation | None]:
        keys = (route.account.api_key, route.account.secret_key)
        found: dict[int, Observation | None] = {}
        for item in group:
            item.errors = []
        with_callback = [i for i in group if i.with_callback]
        for start in range(0, len(with_callback), GET_CALLBACK_BATCH):
            batch = with_callback[start:start + GET_CALLBACK_BATCH]
            await self._limit.wait()
            try:
                answer = await self._queries.callbacks(
                    route.status_url, *keys, route.account.oaid, [i.sms_id for i in batch],
                    route.timeouts)
            except ZaloComposerError as exc:
                for item in batch:
                    item.errors.append(f"GetCallback: {exc}")
                continue
            for item in batch:
                if answer.code != "100":
                    item.errors.append(f"GetCallback: {answer.code} — {answer.meaning}")
                found[item.ident] = answer.observations.get(item.sms_id)
        for item in group:
            await self._limit.wait()
            try:
                status, observed = await self._queries.follow_status(
                    route.base_url, *keys, item.sms_id, route.timeouts)
            except ZaloComposerError as exc:
                item.errors.append(f"GetSendStatus: {exc}")
                continue
            if observed is None and status.code != "105":  # 105: too soon after sending
                item.errors.append(f"GetSendStatus: {status.code} — {status.meaning}")
            found[item.ident] = better(found.get(item.ident), observed)
        return found

    def _observed(self, item: Followed, observed: Observation) -> None:
        previous = item.last
        item.last = observed
        if previous is not None and (previous.state, previous.zalo_error) == (
                observed.state, observed.zalo_error):
            return
        if self.history is not None and item.row_id is not None:
            try:
                self.history.set_outcome(item.row_id, state=observed.state,
                                         zalo_error=observed.zalo_error, detail=observed.detail)
            except sqlite3.Error as exc:
                logger.warning("Could not record the outcome of %s: %s", item.sms_id, exc)
        logger.info("SMSID %s: %s %s", item.sms_id, observed.state, observed.detail)
        if self.on_change is not None:
            self.on_change(item, observed)
