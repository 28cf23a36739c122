"""The follow-up after "accepted", over real loopback HTTP against the sandbox: Zalo's
outcome with and without a CallbackUrl, one status call failing while the other works, the
follow-up resumed after a restart, the backoff ending, and cancel → retry → 124."""

from __future__ import annotations

import asyncio
import dataclasses
import sqlite3
from pathlib import Path

import pytest

from tests.app.bulk_samples import DRAFT, route_to
from tests.helpers import in_own_thread
from zalo_composer.app.follow import FollowUp
from zalo_composer.app.send import FIRST_ATTEMPT_ACCEPTED, SendLoop, jobs_for, retry_job
from zalo_composer.app.services import Route
from zalo_composer.domain.body import new_request_id
from zalo_composer.domain.lifecycle import Observation
from zalo_composer.domain.result import SendResult
from zalo_composer.esms.client import EsmsClient, make_http_client
from zalo_composer.esms.queries import EsmsQueries
from zalo_composer.sandbox import Fault, Sandbox
from zalo_composer.sandbox.rules import GET_CALLBACK_ENDPOINT, SEND_STATUS_ENDPOINT
from zalo_composer.store.history import History, HistoryFilter, HistoryRow

FAST = (0.3, 0.6, 1.0)
INACTIVE = "1000000000000000230"


def with_status(route: Route, sandbox: Sandbox, callback: bool) -> Route:
    account = dataclasses.replace(
        route.account, callback_url="https://example.com/cb" if callback else "")
    return dataclasses.replace(route, account=account, status_url=sandbox.status_url)


def send_and_follow(sandbox: Sandbox, recipient: str, *, callback: bool,
                    delays: tuple[float, ...] = FAST, wait: float = 5.0,
                    ) -> tuple[list[tuple[str, Observation]], list[SendResult]]:
    """Send DRAFT to *recipient* through the loop with a follow-up; the changes seen."""
    route = with_status(route_to(sandbox.base_url), sandbox, callback)
    changes: list[tuple[str, Observation]] = []

    async def go() -> list[SendResult]:
        history = History.open()
        try:
            async with make_http_client() as http:
                follow = FollowUp(EsmsQueries(http), lambda _name: route, history,
                                  on_change=lambda item, seen: changes.append((item.sms_id, seen)),
                                  delays=delays)
                loop = SendLoop(EsmsClient(http), route, history, follow=follow)
                draft = dataclasses.replace(DRAFT, recipients=(recipient,))
                results = await loop.run(jobs_for(draft, new_request_id()))
                await follow.wait(wait)
                await follow.stop()
                return results
        finally:
            history.close()

    return changes, in_own_thread(asyncio.run, go())


def history_rows(flt: HistoryFilter | None = None) -> list[HistoryRow]:
    def read() -> list[HistoryRow]:
        history = History.open()
        try:
            return history.page(flt or HistoryFilter())
        finally:
            history.close()
    return in_own_thread(read)


@pytest.fixture
def sandbox() -> Sandbox:  # type: ignore[misc]
    with Sandbox(report_delay=0.2) as running:
        yield running


def test_230_with_a_callback_url_arrives_with_zalos_code_and_is_searchable(
        sandbox: Sandbox) -> None:
    changes, [result] = send_and_follow(sandbox, INACTIVE, callback=True)
    assert result.outcome == "accepted"  # eSMS took it; Zalo refuses it later
    assert changes[-1][1].state == "zalo_failed" and changes[-1][1].zalo_error == -230
    [row] = history_rows()
    assert (row.state, row.zalo_error) == ("zalo_failed", -230)
    assert "7 days" in row.zalo_detail
    assert [r.id for r in history_rows(HistoryFilter(text="-230"))] == [row.id]
    assert [r.id for r in history_rows(HistoryFilter(zalo_error="-230"))] == [row.id]
    assert history_rows(HistoryFilter(zalo_error="-213")) == []
    assert not any(r.path.endswith("QueryZnsStatus/") for r in sandbox.requests)


def test_without_a_callback_url_failed_comes_without_a_reason(sandbox: Sandbox) -> None:
    changes, _ = send_and_follow(sandbox, INACTIVE, callback=False)
    assert (changes[-1][1].state, changes[-1][1].zalo_error) == ("zalo_failed", None)
    assert not any("GetCallback" in r.path for r in sandbox.requests)


def test_a_delivered_message_becomes_sent(sandbox: Sandbox) -> None:
    changes, _ = send_and_follow(sandbox, "1000000000000000001", callback=True)
    assert changes[-1][1].state == "sent"
    assert history_rows()[0].state == "sent"


def test_getcallback_failing_while_getsendstatus_works(sandbox: Sandbox) -> None:
    sandbox.inject(Fault("http_500", endpoint=GET_CALLBACK_ENDPOINT), times=None)
    changes, _ = send_and_follow(sandbox, INACTIVE, callback=True)
    assert (changes[-1][1].state, changes[-1][1].source) == ("zalo_failed", "GetSendStatus")


def test_getsendstatus_failing_while_getcallback_works(sandbox: Sandbox) -> None:
    sandbox.inject(Fault("drop", endpoint=SEND_STATUS_ENDPOINT), times=None)
    changes, _ = send_and_follow(sandbox, INACTIVE, callback=True)
    assert (changes[-1][1].state, changes[-1][1].zalo_error) == ("zalo_failed", -230)


def test_the_backoff_ends_and_a_slow_message_stays_waiting(sandbox: Sandbox) -> None:
    changes, _ = send_and_follow(sandbox, "1000000000000000007", callback=True,
                                 delays=(0.1, 0.2), wait=3.0)
    assert [c[1].state for c in changes] == ["waiting"]
    assert history_rows()[0].state == "waiting"
    asked = [r for r in sandbox.requests if "GetSendStatus" in r.path]
    assert len(asked) == 2  # once per delay, then it stopped


def test_follow_up_resumes_after_a_restart(sandbox: Sandbox) -> None:
    # GIVEN a send accepted by a program that then quit before Zalo's outcome
    changes, _ = send_and_follow(sandbox, INACTIVE, callback=True, delays=(), wait=0)
    assert changes == [] and history_rows()[0].state == "accepted"
    route = with_status(route_to(sandbox.base_url), sandbox, True)
    seen: list[Observation] = []

    # WHEN the next start follows History's waiting rows again
    async def restart() -> None:
        history = History.open()
        try:
            async with make_http_client() as http:
                follow = FollowUp(EsmsQueries(http), lambda _name: route, history,
                                  on_change=lambda _item, obs: seen.append(obs), delays=FAST)
                assert len(follow.resume(history.waiting())) == 1
                await follow.wait(5.0)
                await follow.stop()
        finally:
            history.close()

    in_own_thread(asyncio.run, restart())
    # THEN the outcome arrives and History has it
    assert seen[-1].zalo_error == -230
    assert history_rows()[0].state == "zalo_failed"


def test_cancel_then_retry_then_124_is_the_first_attempt_accepted(sandbox: Sandbox) -> None:
    # GIVEN a send cancelled while its answer was slow (eSMS took it meanwhile)
    sandbox.inject(Fault("delay", seconds=3.0))
    route = route_to(sandbox.base_url)

    async def go() -> tuple[SendResult, SendResult]:
        history = History.open()
        try:
            async with make_http_client() as http:
                loop = SendLoop(EsmsClient(http), route, history)
                task = asyncio.ensure_future(loop.run(jobs_for(
                    dataclasses.replace(DRAFT, recipients=("1000000000000000001",)),
                    new_request_id())))
                while not sandbox.messages:
                    await asyncio.sleep(0.02)
                loop.stop(cancel_in_flight=True)
                [cancelled] = await task
                # WHEN it is retried (same RequestId)
                [again] = await SendLoop(EsmsClient(http), route, history).run(
                    [retry_job(cancelled)])
                return cancelled, again
        finally:
            history.close()

    cancelled, again = in_own_thread(asyncio.run, go())
    # THEN the retry's 124 reads as "the first attempt was accepted", not a rejection
    assert cancelled.failure == "cancelled"
    assert (again.outcome, again.code, again.meaning) == ("accepted", "124",
                                                          FIRST_ATTEMPT_ACCEPTED)
    assert [r.state for r in history_rows()] == ["accepted", "unknown"]
    assert len(sandbox.messages) == 1


def test_an_old_history_file_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.executescript("""CREATE TABLE sends (id INTEGER PRIMARY KEY, created_ts REAL NOT NULL,
        profile TEXT NOT NULL, recipient TEXT NOT NULL, request_id TEXT NOT NULL,
        state TEXT NOT NULL, request_body TEXT NOT NULL, message_text TEXT NOT NULL DEFAULT '',
        http_status INTEGER, code TEXT, meaning TEXT NOT NULL DEFAULT '', sms_id TEXT,
        error_message TEXT, raw_response TEXT NOT NULL DEFAULT '', duration_ms REAL,
        draft TEXT, draft_path TEXT, batch_id TEXT);
        INSERT INTO sends (created_ts, profile, recipient, request_id, state, request_body,
        sms_id) VALUES (strftime('%s','now'), 'p', 'u', 'r', 'accepted', '{}', 'S1');""")
    db.execute("PRAGMA user_version=1")
    db.commit()
    db.close()

    def read() -> tuple[int, list[str]]:
        history = History.open(path)
        try:
            [row] = history.waiting()
            history.set_outcome(row.id, state="zalo_failed", zalo_error=-230, detail="x")
            got = history.get(row.id)
            assert got is not None and got.zalo_error == -230
            version = history._db.execute("PRAGMA user_version").fetchone()[0]
            return version, [got.state]
        finally:
            history.close()

    assert in_own_thread(read) == (2, ["zalo_failed"])
