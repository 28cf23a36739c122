"""Fetching who interacted, over real loopback HTTP against the sandbox: every page until
Total (the last one partial), the 10,000 cap, progress, stopping between pages, refusals,
and the merge into the recipients book."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from datetime import date
from typing import Any, TypeVar

import pytest

from tests.helpers import in_own_thread
from zalo_composer.app.followers import (
    FetchRejected,
    FollowerQuery,
    fetch_interacted,
    fetch_into_book,
)
from zalo_composer.app.services import Route
from zalo_composer.domain.demo import DEMO_API_KEY, DEMO_OAIDS, DEMO_SECRET_KEY
from zalo_composer.domain.endpoint import Timeouts
from zalo_composer.domain.model import Account
from zalo_composer.esms.client import make_http_client
from zalo_composer.esms.queries import EsmsQueries
from zalo_composer.sandbox import DEMO_INACTIVE_USER_ID, Sandbox
from zalo_composer.sandbox.followers import TEST_RECIPIENTS
from zalo_composer.store.profiles import Profile
from zalo_composer.store.recipients import RecipientsBook

T = TypeVar("T")
OAID = next(iter(DEMO_OAIDS))


def route(sandbox: Sandbox, secret: str = DEMO_SECRET_KEY) -> Route:
    return Route(Profile("Sandbox", OAID), Account(OAID, DEMO_API_KEY, secret), sandbox.base_url,
                 Timeouts(2, 5))


def run(make: Callable[[EsmsQueries], Coroutine[Any, Any, T]]) -> T:
    async def go() -> T:
        async with make_http_client() as http:
            return await make(EsmsQueries(http))

    return in_own_thread(asyncio.run, go())


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


def test_every_page_until_total_the_last_one_partial(sandbox: Sandbox) -> None:
    progress: list[tuple[int, int, int]] = []
    outcome = run(lambda q: fetch_interacted(
        q, route(sandbox), FollowerQuery.last_days(),
        on_page=lambda ids, fetched, total: progress.append((len(ids), fetched, total))))
    total = outcome.total
    assert 100 < total < 150
    assert progress == [(50, 50, total), (50, 100, total), (total - 100, total, total)]
    assert len(outcome.user_ids) == total == len(set(outcome.user_ids))
    assert set(TEST_RECIPIENTS) <= set(outcome.user_ids)
    assert DEMO_INACTIVE_USER_ID not in outcome.user_ids
    assert not outcome.capped and not outcome.stopped
    offsets = [r.body["Offset"] for r in sandbox.requests]
    assert offsets == [0, 50, 100] and {r.body["Count"] for r in sandbox.requests} == {50}
    today = date.today().strftime("%d/%m/%Y")
    assert {r.body["ToDate"] for r in sandbox.requests} == {today}


def test_filters_reach_eSMS(sandbox: Sandbox) -> None:
    outcome = run(lambda q: fetch_interacted(
        q, route(sandbox), FollowerQuery.last_days(state="non-followers", tag=" VIP ")))
    assert outcome.user_ids and not set(TEST_RECIPIENTS) & set(outcome.user_ids)
    body = sandbox.requests[0].body
    assert body["IsFollower"] == "0" and body["TagName"] == "VIP"
    run(lambda q: fetch_interacted(q, route(sandbox), FollowerQuery.last_days(state="followers")))
    assert sandbox.requests[-1].body["IsFollower"] == "1"


def test_an_exact_multiple_of_50_ends_without_an_empty_page() -> None:
    # 2 test recipients + 1 inactive + 97 generated = 100 users over a wide range
    with Sandbox(users=97) as sandbox:
        outcome = run(lambda q: fetch_interacted(
            q, route(sandbox), FollowerQuery(date(2000, 1, 1), date.today())))
        assert outcome.total == 100 and len(outcome.user_ids) == 100
        assert [r.body["Offset"] for r in sandbox.requests] == [0, 50]


def test_the_10000_cap() -> None:
    with Sandbox(users=10_100) as sandbox:
        outcome = run(lambda q: fetch_interacted(
            q, route(sandbox), FollowerQuery(date(2000, 1, 1), date.today())))
        assert outcome.total == 10_103
        assert len(outcome.user_ids) == 10_000 == len(set(outcome.user_ids))
        assert outcome.capped
        offsets = [r.body["Offset"] for r in sandbox.requests]
        assert offsets[-1] == 9950 and len(offsets) == 200, "never an Offset eSMS refuses"


def with_book(check: Callable[[RecipientsBook], None]) -> None:
    """Run *check* on a fresh book in a thread of its own (the book stays in that thread, as
    in the program; asyncio.run needs a thread without the test session's loop)."""

    def go() -> None:
        book = RecipientsBook.open()
        try:
            check(book)
        finally:
            book.close()

    in_own_thread(go)


def fetch_in_thread(make: Callable[[EsmsQueries], Coroutine[Any, Any, T]]) -> T:
    async def go() -> T:
        async with make_http_client() as http:
            return await make(EsmsQueries(http))

    return asyncio.run(go())


def test_stopping_between_pages_keeps_what_came(sandbox: Sandbox) -> None:
    def check(book: RecipientsBook) -> None:
        pages: list[int] = []
        outcome = fetch_in_thread(lambda q: fetch_into_book(
            q, route(sandbox), FollowerQuery.last_days(), book,
            on_page=lambda ids, fetched, total: pages.append(fetched),
            should_stop=lambda: len(pages) >= 1))
        assert outcome.stopped and len(outcome.user_ids) == 50 and pages == [50]
        assert len(sandbox.requests) == 1
        assert book.count(OAID) == 50

    with_book(check)


def test_fetching_into_the_book_keeps_names(sandbox: Sandbox) -> None:
    def check(book: RecipientsBook) -> None:
        book.update(OAID, TEST_RECIPIENTS[0], name="Chị Lan", note="Thủ Đức")
        query = FollowerQuery.last_days(state="followers", tag="VIP")
        outcome = fetch_in_thread(lambda q: fetch_into_book(q, route(sandbox), query, book))
        lan = book.get(OAID, TEST_RECIPIENTS[0])
        assert lan is not None and lan.name == "Chị Lan" and lan.note == "Thủ Đức"
        assert (lan.seen_from, lan.seen_to) == (query.start, query.end)
        assert lan.follows is True and lan.tags == ("VIP",)
        assert book.count(OAID) == len(outcome.user_ids)
        assert [r.name for r in book.search(OAID, "thu duc")] == ["Chị Lan"]

    with_book(check)


def test_refusals_raise_with_code_and_meaning(sandbox: Sandbox) -> None:
    with pytest.raises(FetchRejected) as caught:
        run(lambda q: fetch_interacted(q, route(sandbox, "wrong"), FollowerQuery.last_days()))
    assert caught.value.code == "101"
    assert str(caught.value) == ("eSMS answered 101: wrong ApiKey or SecretKey (eSMS says: "
                                 "Authorize Failed).")


def test_a_reversed_range_is_refused_before_any_request(sandbox: Sandbox) -> None:
    with pytest.raises(ValueError, match="after the end date"):
        run(lambda q: fetch_interacted(q, route(sandbox),
                                       FollowerQuery(date(2026, 3, 9), date(2026, 3, 1))))
    assert sandbox.requests == []
