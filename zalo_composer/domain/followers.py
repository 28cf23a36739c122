"""Who can be written to: the limits of eSMS's QueryListUID and ZNS/GetFollowers, their
dd/MM/yyyy dates, the follower-state filter, the 7-day rule, and text folded for search.

Pure Python: the sandbox, the client, the recipients book and the UI all read these.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from typing import Literal

PAGE_MAX = 50
"""The most user ids one QueryListUID call returns (its Count; eSMS answers 162 above it)."""
OFFSET_MAX = 9950
"""The highest Offset QueryListUID accepts (eSMS answers 162 above it)."""
FETCH_CAP = OFFSET_MAX + PAGE_MAX
"""The most user ids QueryListUID can give for one query: 10,000."""
INTERACTION_WINDOW_DAYS = 7
"""Zalo delivers a consultation message only to users who interacted with the OA within
this many days; otherwise it fails with -230."""
QUERY_DATE_FORMAT = "%d/%m/%Y"
"""FromDate and ToDate of QueryListUID (eSMS answers 161 for another format)."""
QUERY_DATE_SHOWN = "dd/MM/yyyy"
"""The same format as people (and Qt) write it."""

FollowerState = Literal["all", "followers", "non-followers"]
#: QueryListUID's IsFollower for each follower-state filter.
IS_FOLLOWER: dict[FollowerState, str] = {"all": "", "followers": "1", "non-followers": "0"}

_DATE = re.compile(r"\d{2}/\d{2}/\d{4}")


def parse_query_date(text: str) -> date | None:
    """*text* as a dd/MM/yyyy date (two-digit day and month), or None when it is not one."""
    text = text.strip() if isinstance(text, str) else ""
    if not _DATE.fullmatch(text):
        return None
    try:
        return datetime.strptime(text, QUERY_DATE_FORMAT).date()
    except ValueError:
        return None


def format_query_date(day: date) -> str:
    """*day* as dd/MM/yyyy."""
    return day.strftime(QUERY_DATE_FORMAT)


def default_range(today: date) -> tuple[date, date]:
    """The last 7 days, today included: the users a consultation message can still reach."""
    return today - timedelta(days=INTERACTION_WINDOW_DAYS - 1), today


def range_problem(start: date, end: date) -> str | None:
    """Why *start*..*end* cannot be asked for, or None."""
    if start > end:
        return (f"The start date {format_query_date(start)} is after the end date "
                f"{format_query_date(end)}.")
    return None


def fold(text: str) -> str:
    """*text* for searching: no diacritics (đ → d), case folded, spaces collapsed; so
    "thu duc" finds "Thủ Đức"."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def days_between(earlier: date, today: date) -> int:
    """Whole days from *earlier* to *today* (0 for today)."""
    return (today - earlier).days


def may_have_expired(seen_from: date | None, today: date) -> bool:
    """True when the 7-day rule may refuse a user last known to have interacted no earlier
    than *seen_from* (None: never seen interacting)."""
    return seen_from is None or days_between(seen_from, today) >= INTERACTION_WINDOW_DAYS
