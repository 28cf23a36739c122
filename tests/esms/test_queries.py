"""Balance, status, Zalo status and OA list against the sandbox over real loopback HTTP."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Iterator
from typing import Any, TypeVar

import pytest

from tests.helpers import in_own_thread
from zalo_composer.domain.body import build_request_body
from zalo_composer.domain.demo import DEMO_API_KEY, DEMO_OAIDS, DEMO_SECRET_KEY
from zalo_composer.domain.errors import EsmsAnswerError, NetworkError
from zalo_composer.domain.model import Account, Message, PhoneButton
from zalo_composer.esms.client import EsmsClient, SendResult, Timeouts, make_http_client
from zalo_composer.esms.queries import EsmsQueries
from zalo_composer.sandbox import DEMO_INACTIVE_USER_ID, DEMO_PRICE, Fault, Sandbox

T = TypeVar("T")
OAID = next(iter(DEMO_OAIDS))
FAST = Timeouts(2, 2)


def run(make: Callable[[EsmsQueries, EsmsClient], Coroutine[Any, Any, T]]) -> T:
    async def go() -> T:
        async with make_http_client() as http:
            return await make(EsmsQueries(http), EsmsClient(http))

    return in_own_thread(asyncio.run, go())


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(report_delay=0) as running:
        yield running


def send(sandbox: Sandbox, user_id: str = "42") -> SendResult:
    body = build_request_body(
        Message("Xin chào", (PhoneButton("Gọi", "0901888484"),)),
        account=Account(OAID, DEMO_API_KEY, DEMO_SECRET_KEY), recipient=user_id,
    )
    return run(lambda q, c: c.send(sandbox.base_url, body, timeouts=FAST))


def test_balance_drops_after_a_send(sandbox: Sandbox) -> None:
    before = run(lambda q, c: q.balance(sandbox.base_url, DEMO_API_KEY, DEMO_SECRET_KEY, FAST))
    assert before.code == "100" and before.balance is not None
    send(sandbox)
    after = run(lambda q, c: q.balance(sandbox.base_url, DEMO_API_KEY, DEMO_SECRET_KEY, FAST))
    assert after.balance == before.balance - DEMO_PRICE


def test_balance_with_wrong_keys_is_a_code_not_an_exception(sandbox: Sandbox) -> None:
    answer = run(lambda q, c: q.balance(sandbox.base_url, "x", "y", FAST))
    assert (answer.code, answer.meaning, answer.balance) == (
        "101", "wrong ApiKey or SecretKey", None)


def test_status_of_an_accepted_message_in_words(sandbox: Sandbox,
                                                caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    sms_id = send(sandbox).sms_id
    assert sms_id
    status = run(lambda q, c: q.send_status(sandbox.base_url, DEMO_API_KEY, DEMO_SECRET_KEY,
                                            sms_id, FAST))
    assert (status.code, status.status, status.status_text) == ("100", 5, "finished")
    assert status.success == 1 and status.failed == 0
    # The keys travel in GetSendStatus's query string: no log line may show them.
    assert DEMO_SECRET_KEY not in caplog.text


def test_zalo_status_reports_zalo_errors(sandbox: Sandbox) -> None:
    ok_id, failing_id = send(sandbox).sms_id, send(sandbox, DEMO_INACTIVE_USER_ID).sms_id
    assert ok_id and failing_id
    ok = run(lambda q, c: q.zalo_status(sandbox.base_url, DEMO_API_KEY, DEMO_SECRET_KEY,
                                        ok_id, FAST))
    assert ok.code == "100" and ok.zalo_error is None and ok.zalo_message_id
    failing = run(lambda q, c: q.zalo_status(sandbox.base_url, DEMO_API_KEY, DEMO_SECRET_KEY,
                                             failing_id, FAST))
    assert failing.zalo_error is not None and "-230" in failing.zalo_error


def test_unknown_sms_id_is_code_105(sandbox: Sandbox) -> None:
    status = run(lambda q, c: q.send_status(sandbox.base_url, DEMO_API_KEY, DEMO_SECRET_KEY,
                                            "nope", FAST))
    assert status.code == "105" and status.status is None


def test_list_of_oas(sandbox: Sandbox) -> None:
    code, oas = run(lambda q, c: q.official_accounts(sandbox.base_url, DEMO_API_KEY,
                                                     DEMO_SECRET_KEY, FAST))
    assert code == "100"
    assert [(o.oaid, o.name) for o in oas] == list(DEMO_OAIDS.items())


def test_failures_raise_plain_errors(sandbox: Sandbox) -> None:
    sandbox.inject(Fault("http_502_html"))
    with pytest.raises(EsmsAnswerError, match="HTTP 502"):
        run(lambda q, c: q.balance(sandbox.base_url, DEMO_API_KEY, DEMO_SECRET_KEY, FAST))
    with pytest.raises(NetworkError, match="plain http"):
        run(lambda q, c: q.balance("http://rest.esms.vn/x/", "a", "b", FAST))
    sandbox.inject(Fault("delay", seconds=2))
    with pytest.raises(NetworkError, match=r"within 0\.[36] s"):
        run(lambda q, c: q.balance(sandbox.base_url, DEMO_API_KEY, DEMO_SECRET_KEY,
                                   Timeouts(0.3, 0.3)))


# --- QueryListUID and ZNS/GetFollowers ----------------------------------------------------


def test_interacted_users_reads_ids_and_total(sandbox: Sandbox) -> None:
    from datetime import date

    from zalo_composer.domain.followers import default_range, format_query_date
    from zalo_composer.sandbox.followers import TEST_RECIPIENTS

    start, end = (format_query_date(d) for d in default_range(date.today()))
    page = run(lambda q, c: q.interacted_users(
        sandbox.base_url, DEMO_API_KEY, DEMO_SECRET_KEY, FAST, oaid=OAID, offset=0, count=50,
        from_date=start, to_date=end))
    assert page.code == "100" and page.meaning == "accepted by eSMS"
    assert len(page.user_ids) == 50 and page.total is not None and page.total > 100
    assert set(TEST_RECIPIENTS) <= set(page.user_ids)
    body = sandbox.requests[-1].body
    assert body["Offset"] == 0 and body["Count"] == 50 and body["FromDate"] == start
    assert body["IsFollower"] == "" and body["TagName"] == ""


def test_interacted_users_refusals_carry_code_meaning_and_words(sandbox: Sandbox) -> None:
    page = run(lambda q, c: q.interacted_users(
        sandbox.base_url, DEMO_API_KEY, DEMO_SECRET_KEY, FAST, oaid=OAID, offset=0, count=50,
        from_date="2026-03-01", to_date="02/03/2026"))
    assert page.code == "161" and "dd/MM/yyyy" in page.meaning
    assert page.error_message == "FromDate is invalid date format."
    assert page.user_ids == () and page.total is None
    page = run(lambda q, c: q.interacted_users(
        sandbox.base_url, DEMO_API_KEY, DEMO_SECRET_KEY, FAST, oaid=OAID, offset=0, count=51,
        from_date="01/03/2026", to_date="02/03/2026"))
    assert page.code == "162" and page.error_message == "Count is invalid."


def test_followers_reads_user_ids_and_total(sandbox: Sandbox) -> None:
    page = run(lambda q, c: q.followers(
        sandbox.base_url, DEMO_API_KEY, DEMO_SECRET_KEY, FAST, oaid=OAID, offset=100, count=50))
    assert page.code == "100" and page.total is not None and page.total > 100
    assert 0 < len(page.user_ids) <= 50
    wrong = run(lambda q, c: q.followers(
        sandbox.base_url, DEMO_API_KEY, "nope", FAST, oaid=OAID, offset=0, count=50))
    assert wrong.code == "101" and wrong.error_message == "Authorize Failed"
