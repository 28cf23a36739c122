"""QueryListUID and ZNS/GetFollowers in the sandbox, over real loopback HTTP: ids, Total,
paging by Offset/Count, 161 for a date not in dd/MM/yyyy, 162 for Count over 50 or Offset
over 9950, and the tests' recipients among the users."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from zalo_composer.sandbox import DEMO_INACTIVE_USER_ID, Sandbox
from zalo_composer.sandbox.followers import DEMO_USER_COUNT, TEST_RECIPIENTS

from .samples import KEYS, OAID, FakeClock, post

TODAY = "02/03/2026"  # FakeClock's date
WEEK_AGO = "24/02/2026"  # six days before: the last 7 days, today included


def query(http: httpx.Client, sandbox: Sandbox, **changes: Any) -> dict[str, Any]:
    body = {**KEYS, "OAID": OAID, "Offset": 0, "Count": 50, "FromDate": WEEK_AGO,
            "ToDate": TODAY, "IsFollower": "", "TagName": "", **changes}
    response = post(http, sandbox, "QueryListUID", body)
    assert response.status_code == 200
    answer: dict[str, Any] = response.json()
    return answer


def all_pages(http: httpx.Client, sandbox: Sandbox, **changes: Any) -> list[list[str]]:
    pages: list[list[str]] = []
    offset = 0
    while True:
        data = query(http, sandbox, Offset=offset, **changes)["Data"]
        pages.append(data["Users"])
        offset += 50
        if offset >= data["Total"]:
            return pages


def test_the_last_seven_days_need_several_pages_the_last_partial(
        http: httpx.Client, sandbox: Sandbox) -> None:
    first = query(http, sandbox)
    assert first["CodeResult"] == "100"
    data = first["Data"]
    assert data["Count"] == 50 and data["Offset"] == 0 and len(data["Users"]) == 50
    total = data["Total"]
    assert 100 < total < 150, total
    pages = all_pages(http, sandbox)
    assert [len(p) for p in pages] == [50, 50, total - 100]
    ids = [i for p in pages for i in p]
    assert len(set(ids)) == total, "no user twice across pages"
    assert set(TEST_RECIPIENTS) <= set(ids)
    assert DEMO_INACTIVE_USER_ID not in ids, "last seen 30 days ago"
    assert all(i.isdigit() and len(i) == 19 for i in ids)


def test_an_offset_past_the_end_gives_an_empty_page(http: httpx.Client,
                                                    sandbox: Sandbox) -> None:
    data = query(http, sandbox, Offset=9950)["Data"]
    assert data["Users"] == [] and data["Total"] > 0


def test_digit_strings_are_accepted_for_offset_and_count(http: httpx.Client,
                                                         sandbox: Sandbox) -> None:
    data = query(http, sandbox, Offset="50", Count="10")["Data"]
    assert len(data["Users"]) == 10 and data["Offset"] == 50


def test_follower_state_and_tag_filters(http: httpx.Client, sandbox: Sandbox) -> None:
    every = {i for p in all_pages(http, sandbox) for i in p}
    following = {i for p in all_pages(http, sandbox, IsFollower="1") for i in p}
    not_following = {i for p in all_pages(http, sandbox, IsFollower="0") for i in p}
    assert following and not_following
    assert following | not_following == every and not following & not_following
    vip = {i for p in all_pages(http, sandbox, TagName="VIP") for i in p}
    assert set(TEST_RECIPIENTS) <= vip < every


def test_a_wider_range_finds_the_inactive_follower(http: httpx.Client,
                                                   sandbox: Sandbox) -> None:
    ids = {i for p in all_pages(http, sandbox, FromDate="01/01/2026") for i in p}
    assert DEMO_INACTIVE_USER_ID in ids
    assert len(ids) == DEMO_USER_COUNT + 3


@pytest.mark.parametrize("bad", ["2026-03-02", "2/3/2026", "31/02/2026", "", None, 20260302])
@pytest.mark.parametrize("field", ["FromDate", "ToDate"])
def test_a_date_not_in_dd_mm_yyyy_is_161(http: httpx.Client, sandbox: Sandbox, field: str,
                                         bad: Any) -> None:
    answer = query(http, sandbox, **{field: bad})
    assert answer == {"CodeResult": "161", "ErrorMessage": f"{field} is invalid date format."}


@pytest.mark.parametrize(("changes", "message"), [
    ({"Count": 51}, "Count is invalid."),
    ({"Count": 0}, "Count is invalid."),
    ({"Count": "many"}, "Count is invalid."),
    ({"Offset": 9951}, "Offset is invalid."),
    ({"Offset": -1}, "Offset is invalid."),
])
def test_count_over_50_or_offset_over_9950_is_162(http: httpx.Client, sandbox: Sandbox,
                                                  changes: dict[str, Any], message: str) -> None:
    assert query(http, sandbox, **changes) == {"CodeResult": "162", "ErrorMessage": message}


def test_wrong_keys_are_101(http: httpx.Client, sandbox: Sandbox) -> None:
    assert query(http, sandbox, SecretKey="nope")["CodeResult"] == "101"


def test_the_window_follows_the_sandbox_clock(http: httpx.Client, sandbox: Sandbox,
                                              clock: FakeClock) -> None:
    clock.advance(40 * 86400)  # every demo user was last seen more than 7 days ago
    assert query(http, sandbox)["Data"] == {"Count": 50, "Offset": 0, "Total": 0, "Users": []}


def test_get_followers_pages_every_follower(http: httpx.Client, sandbox: Sandbox) -> None:
    seen: list[str] = []
    total = None
    for offset in range(0, 1000, 50):
        response = post(http, sandbox, "ZNS/GetFollowers",
                        {**KEYS, "OAID": OAID, "Offset": offset, "Count": 50})
        answer = response.json()
        assert answer["CodeResult"] == "100" and answer["ErrorMessage"] == "success"
        total = answer["Total"]
        seen += [f["User_Id"] for f in answer["Followers"]]
        if offset + 50 >= total:
            break
    assert len(seen) == total == len(set(seen))
    assert set(TEST_RECIPIENTS) | {DEMO_INACTIVE_USER_ID} <= set(seen)
    limit = post(http, sandbox, "ZNS/GetFollowers",
                 {**KEYS, "OAID": OAID, "Offset": 0, "Limit": 5}).json()
    assert len(limit["Followers"]) == 5, "the page's table names the count Limit"
    assert post(http, sandbox, "ZNS/GetFollowers",
                {**KEYS, "OAID": OAID, "Offset": 0, "Count": 51}).json()["CodeResult"] == "162"


def test_an_unknown_oaid_is_204(http: httpx.Client, sandbox: Sandbox) -> None:
    assert query(http, sandbox, OAID="42")["CodeResult"] == "204"
