"""The demo OA's users and what QueryListUID and ZNS/GetFollowers answer about them.

The demo users are made from a seed, so every run (and every test) sees the same ones:
`DEMO_USER_COUNT` generated users plus the tests' recipients (`TEST_RECIPIENTS`, who
interacted today and yesterday) and the demo inactive user (a follower last seen 30 days
ago, so QueryListUID over the last 7 days leaves them out). Interaction dates are counted
back from the sandbox clock's today.

Where eSMS's pages say nothing, the sandbox chooses: Offset and Count may be numbers or
digit strings; GetFollowers also takes the page's ``Limit`` for ``Count`` and keeps the
same 50-a-call limit (162); a FromDate after the ToDate gives an empty list; users come
most recent interaction first, then by id.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..domain.followers import OFFSET_MAX, PAGE_MAX, parse_query_date

DEMO_USER_COUNT = 160
"""Generated users: enough that the last 7 days need three pages of 50."""
TEST_RECIPIENTS = ("1000000000000000001", "1000000000000000002")
"""The user ids the tests and examples send to; both interacted recently and follow the OA."""


@dataclass(frozen=True)
class DemoUser:
    """One user of the demo OA."""

    user_id: str
    days_ago: int
    """Days since the user last interacted with the OA (0: today)."""
    follows: bool
    tags: tuple[str, ...] = ()


def demo_users(count: int = DEMO_USER_COUNT, inactive_id: str = "") -> tuple[DemoUser, ...]:
    """The test recipients, the follower *inactive_id* (last seen 30 days ago) and *count*
    generated users."""
    users = [DemoUser(TEST_RECIPIENTS[0], 0, True, ("VIP",)),
             DemoUser(TEST_RECIPIENTS[1], 1, True, ("VIP", "Thủ Đức"))]
    if inactive_id:
        users.append(DemoUser(inactive_id, 30, True))
    for i in range(count):
        tags = tuple(t for t, on in (("VIP", i % 3 == 0), ("Thủ Đức", i % 5 == 0)) if on)
        users.append(DemoUser(str(6100000000000000000 + i * 104729), i % 10, i % 4 != 3, tags))
    return tuple(users)


def _number(params: Mapping[str, Any], *keys: str) -> int | None:
    for key in keys:
        value = params.get(key)
        if isinstance(value, bool):
            return None
        if isinstance(value, int):
            return value
        if isinstance(value, str) and value.strip().isdigit():
            return int(value)
        if value is not None:
            return None
    return None


def _paging(params: Mapping[str, Any], *count_keys: str) -> tuple[int, int] | dict[str, Any]:
    """(offset, count), or the 162 answer."""
    offset = _number(params, "Offset")
    if offset is None or not 0 <= offset <= OFFSET_MAX:
        return {"CodeResult": "162", "ErrorMessage": "Offset is invalid."}
    count = _number(params, *count_keys)
    if count is None or not 1 <= count <= PAGE_MAX:
        return {"CodeResult": "162", "ErrorMessage": "Count is invalid."}
    return offset, count


def _ordered(users: Sequence[DemoUser]) -> list[DemoUser]:
    return sorted(users, key=lambda u: (u.days_ago, u.user_id))


def query_list_uid(users: Sequence[DemoUser], params: Mapping[str, Any],
                   today: date) -> dict[str, Any]:
    """QueryListUID: the users who interacted between FromDate and ToDate, one page."""
    dates: list[date] = []
    for key in ("FromDate", "ToDate"):
        value = params.get(key)
        parsed = parse_query_date(value) if isinstance(value, str) else None
        if parsed is None:
            return {"CodeResult": "161", "ErrorMessage": f"{key} is invalid date format."}
        dates.append(parsed)
    paging = _paging(params, "Count")
    if isinstance(paging, dict):
        return paging
    offset, count = paging
    start, end = dates
    state = str(params.get("IsFollower") or "").strip()
    tag = str(params.get("TagName") or "").strip()
    chosen = [
        u for u in _ordered(users)
        if start <= today - timedelta(days=u.days_ago) <= end
        and (state not in ("0", "1") or u.follows == (state == "1"))
        and (not tag or tag in u.tags)
    ]
    page = [u.user_id for u in chosen[offset:offset + count]]
    return {"CodeResult": "100",
            "Data": {"Count": count, "Offset": offset, "Total": len(chosen), "Users": page}}


def get_followers(users: Sequence[DemoUser], params: Mapping[str, Any]) -> dict[str, Any]:
    """ZNS/GetFollowers: every follower of the OA, one page."""
    paging = _paging(params, "Count", "Limit")
    if isinstance(paging, dict):
        return paging
    offset, count = paging
    followers = [u for u in _ordered(users) if u.follows]
    page = [{"User_Id": u.user_id} for u in followers[offset:offset + count]]
    return {"CodeResult": "100", "ErrorMessage": "success", "Followers": page,
            "Total": len(followers)}
