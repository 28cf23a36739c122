"""Who interacted with the OA: QueryListUID for a date range, 50 ids a call, until eSMS's
Total or its documented cap of 10,000; each page reported as it comes (progress, the
recipients book), a stop asked between pages honoured, and an eSMS refusal raised with its
code and meaning. No Qt: the window and the CLI both drive it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from ..domain.codes import ACCEPTED
from ..domain.errors import ZaloComposerError
from ..domain.followers import (
    FETCH_CAP,
    IS_FOLLOWER,
    OFFSET_MAX,
    PAGE_MAX,
    FollowerState,
    default_range,
    format_query_date,
    range_problem,
)

if TYPE_CHECKING:
    from ..esms.queries import EsmsQueries
    from ..store.recipients import RecipientsBook
    from .services import Route

#: Called after each page: the page's ids, how many ids so far, how many there will be.
PageCallback = Callable[[tuple[str, ...], int, int], None]


class FetchRejected(ZaloComposerError):
    """eSMS answered the query with a result code other than 100."""

    def __init__(self, code: str, meaning: str, esms_message: str = "") -> None:
        words = f" (eSMS says: {esms_message})" if esms_message else ""
        super().__init__(f"eSMS answered {code}: {meaning}{words}.")
        self.code, self.meaning, self.esms_message = code, meaning, esms_message


@dataclass(frozen=True)
class FollowerQuery:
    """Which users to ask for: interacted between *start* and *end* (days included), in a
    follower state, with a tag ("" for any)."""

    start: date
    end: date
    state: FollowerState = "all"
    tag: str = ""

    @classmethod
    def last_days(cls, today: date | None = None, state: FollowerState = "all",
                  tag: str = "") -> FollowerQuery:
        """The last 7 days, today included (the default)."""
        start, end = default_range(today or date.today())
        return cls(start, end, state, tag)

    def problem(self) -> str | None:
        """Why the query cannot be asked, or None."""
        return range_problem(self.start, self.end)


@dataclass
class FetchOutcome:
    """What a fetch found."""

    user_ids: list[str] = field(default_factory=list)
    """Every id returned, in eSMS's order, each once."""
    total: int = 0
    """eSMS's Total for the query (may exceed what can be fetched)."""
    capped: bool = False
    """Total was over the 10,000 QueryListUID can give: the rest cannot be fetched."""
    stopped: bool = False
    """The caller asked to stop before the last page."""


async def fetch_interacted(
    queries: EsmsQueries, route: Route, query: FollowerQuery, *,
    on_page: PageCallback | None = None, should_stop: Callable[[], bool] | None = None,
) -> FetchOutcome:
    """Every user id QueryListUID gives for *query*, page after page (see the module).
    Raises FetchRejected for a code other than 100, NetworkError or EsmsAnswerError when
    no usable answer came; cancelling the task stops it too (pages already reported stay)."""
    problem = query.problem()
    if problem:
        raise ValueError(problem)
    outcome = FetchOutcome()
    seen: set[str] = set()
    offset = 0
    while offset <= OFFSET_MAX:
        if should_stop is not None and should_stop():
            outcome.stopped = True
            break
        page = await queries.interacted_users(
            route.base_url, route.account.api_key, route.account.secret_key, route.timeouts,
            oaid=route.account.oaid, offset=offset, count=PAGE_MAX,
            from_date=format_query_date(query.start), to_date=format_query_date(query.end),
            is_follower=IS_FOLLOWER[query.state], tag=query.tag.strip())
        if page.code != ACCEPTED:
            raise FetchRejected(page.code, page.meaning, page.error_message)
        fresh = tuple(u for u in page.user_ids if u not in seen)
        seen.update(fresh)
        outcome.user_ids += fresh
        outcome.total = max(page.total or 0, len(outcome.user_ids))
        if on_page is not None:
            on_page(fresh, len(outcome.user_ids), min(outcome.total, FETCH_CAP))
        offset += PAGE_MAX
        if not page.user_ids or offset >= outcome.total:
            break
    outcome.capped = outcome.total > FETCH_CAP
    return outcome


async def fetch_into_book(
    queries: EsmsQueries, route: Route, query: FollowerQuery, book: RecipientsBook, *,
    on_page: PageCallback | None = None, should_stop: Callable[[], bool] | None = None,
) -> FetchOutcome:
    """`fetch_interacted`, merging each page into *book* as it arrives (names and notes
    kept), so a stopped or failed fetch keeps what came before."""
    follows = {"all": None, "followers": True, "non-followers": False}[query.state]

    def merge(ids: tuple[str, ...], fetched: int, total: int) -> None:
        book.merge_seen(route.account.oaid, ids, seen_from=query.start, seen_to=query.end,
                        follows=follows, tag=query.tag.strip())
        if on_page is not None:
            on_page(ids, fetched, total)

    return await fetch_interacted(queries, route, query, on_page=merge,
                                  should_stop=should_stop)
