"""Kill and restart during a bulk send, twice: SIGKILL a sending process, resume the batch in
a new one and SIGKILL that too, then finish it. eSMS (the sandbox) lives in this process and
outlives every kill, as the real service would, so it remembers what it accepted.

After every restart: the history passes PRAGMA integrity_check, every request eSMS answered
is recorded exactly once (one row per RequestId; accepted, or "unknown" when the kill came
between the answer and its recording), no recipient has two accepted rows, and eSMS never
accepted a recipient twice. `tests/esms/test_bulk.py` kills once against a sandbox that dies
with the process; this extends that pattern to a surviving eSMS and a second kill.
"""

from __future__ import annotations

import asyncio
import collections
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.app.bulk_samples import make_table, route_to
from tests.helpers import in_own_thread
from zalo_composer.app.bulk import BulkReport, BulkSender
from zalo_composer.esms.client import EsmsClient, make_http_client
from zalo_composer.sandbox import SEND_ENDPOINT, Sandbox
from zalo_composer.store.batches import pending_batches
from zalo_composer.store.history import History, HistoryFilter, HistoryRow

from .bulk_kill_target import RECIPIENTS

ROOT = Path(__file__).resolve().parents[2]
READY_AFTER = 40


class AnsweringSandbox(Sandbox):
    """The sandbox, noting every send it answered: (RequestId, user_id, CodeResult)."""

    def __init__(self) -> None:
        super().__init__()
        self.answered: list[tuple[str, str, str]] = []

    def answer(self, endpoint: str, params: Mapping[str, Any]) -> dict[str, Any]:
        result = super().answer(endpoint, params)
        if endpoint.strip("/").casefold() == SEND_ENDPOINT.casefold():
            user_id = params["Payload"]["recipient"]["user_id"]
            self.answered.append((params["RequestId"], user_id, result["CodeResult"]))
        return result


@pytest.fixture
def sandbox() -> Iterator[AnsweringSandbox]:
    with AnsweringSandbox() as running:
        yield running


def send_until_killed(base_url: str, mode: str, home: Path) -> str:
    """Start a sending process, SIGKILL it once READY_AFTER of its requests were accepted;
    returns the batch id it printed."""
    lines: list[str] = []
    with subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.bulk_kill_target", base_url, mode,
         str(READY_AFTER)],
        cwd=ROOT, text=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        env={**os.environ, "ZALO_COMPOSER_HOME": str(home)},
    ) as process:
        watchdog = threading.Timer(60, process.kill)
        watchdog.start()
        try:
            assert process.stdout is not None
            for line in process.stdout:
                lines.append(line.strip())
                if lines[-1] in ("READY", "DONE"):
                    break
            assert lines and lines[-1] == "READY", lines[-3:]
            process.send_signal(signal.SIGKILL)
            assert process.wait(timeout=10) == -signal.SIGKILL
        finally:
            watchdog.cancel()
    return lines[0].removeprefix("BATCH ")


@dataclass(frozen=True)
class AfterRestart:
    """What a new start finds in the history."""

    intact: bool
    rows: list[HistoryRow]


def restart(batch_id: str) -> AfterRestart:
    """Open the history as the next start does (which marks unfinished rows unknown)."""

    def read() -> AfterRestart:
        history = History.open()
        try:
            rows = list(history.iter_rows(HistoryFilter(batch_id=batch_id)))
            return AfterRestart(history.integrity_ok(), rows)
        finally:
            history.close()

    return in_own_thread(read)


def assert_recorded_exactly_once(found: AfterRestart, sandbox: AnsweringSandbox) -> None:
    assert found.intact, "PRAGMA integrity_check failed"
    per_request_id = collections.Counter(row.request_id for row in found.rows)
    assert max(per_request_id.values()) == 1, per_request_id.most_common(3)
    by_request_id = {row.request_id: row for row in found.rows}
    for request_id, user_id, code in sandbox.answered:
        assert code == "100"
        row = by_request_id.get(request_id)
        assert row is not None, f"answered request {request_id} is not in the history"
        assert row.recipient == user_id
        assert row.state in ("accepted", "unknown"), row.state
    accepted_rows = collections.Counter(r.recipient for r in found.rows if r.state == "accepted")
    assert not accepted_rows or max(accepted_rows.values()) == 1
    assert {r.request_id for r in found.rows if r.state == "accepted"} <= {
        request_id for request_id, _, _ in sandbox.answered}
    assert {r.state for r in found.rows} <= {"accepted", "unknown"}
    accepted_by_esms = collections.Counter(m.user_id for m in sandbox.messages)
    assert max(accepted_by_esms.values()) == 1, accepted_by_esms.most_common(3)


def finish(base_url: str) -> BulkReport:
    """Resume the pending batch in this process and let it finish."""

    async def go() -> BulkReport:
        history = History.open()
        try:
            async with make_http_client() as http:
                [manifest] = pending_batches()
                sender = BulkSender.from_manifest(manifest, EsmsClient(http),
                                                  route_to(base_url), history)
                return await sender.run()
        finally:
            history.close()

    return in_own_thread(asyncio.run, go())


def test_two_kills_mid_batch_record_every_answer_once_and_resend_no_accepted_recipient(
    sandbox: AnsweringSandbox, composer_home: Path
) -> None:
    # GIVEN a 300-recipient batch, its process killed with SIGKILL mid-send
    batch_id = send_until_killed(sandbox.base_url, "new", composer_home)
    first = restart(batch_id)
    # THEN the next start finds a sound history with every answer recorded once
    assert_recorded_exactly_once(first, sandbox)
    accepted_first = {r.recipient for r in first.rows if r.state == "accepted"}
    unknown_first = {r.recipient for r in first.rows if r.state == "unknown"}
    assert len(accepted_first) >= READY_AFTER
    sent_before = len(sandbox.answered)

    # WHEN the batch is resumed in a new process, which is killed again
    assert send_until_killed(sandbox.base_url, "resume", composer_home) == batch_id
    second = restart(batch_id)
    # THEN the same holds, and the resumed run sent to no one accepted or left unknown
    assert_recorded_exactly_once(second, sandbox)
    resent = {user_id for _, user_id, _ in sandbox.answered[sent_before:]}
    assert resent, "the resumed run sent nothing"
    assert not resent & accepted_first
    assert not resent & unknown_first
    accepted_second = {r.recipient for r in second.rows if r.state == "accepted"}
    assert len(accepted_second) >= len(accepted_first) + READY_AFTER
    sent_before = len(sandbox.answered)

    # WHEN it is resumed once more and allowed to finish
    report = finish(sandbox.base_url)
    final = restart(batch_id)
    # THEN everyone was reached exactly once, or is reported as outcome unknown, not resent
    assert_recorded_exactly_once(final, sandbox)
    last_run = {user_id for _, user_id, _ in sandbox.answered[sent_before:]}
    assert not last_run & accepted_second
    everyone = set(make_table(RECIPIENTS).user_ids())
    accepted = {r.recipient for r in final.rows if r.state == "accepted"}
    unknown = {r.recipient for r in final.rows if r.state == "unknown"}
    assert accepted | unknown == everyone
    assert not accepted & unknown
    assert {r.user_id for r in report.by_outcome("unknown_not_resent")} == unknown
    assert len(sandbox.messages) == len(accepted) + len(
        {u for _, u, _ in sandbox.answered if u in unknown})
    assert pending_batches() == []
