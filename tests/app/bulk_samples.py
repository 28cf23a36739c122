"""What the bulk tests and the bulk kill target share: a draft with variables, a table of
recipients, and a route to a sandbox."""

from __future__ import annotations

from zalo_composer.app.services import Route
from zalo_composer.domain.demo import DEMO_API_KEY, DEMO_OAIDS, DEMO_SECRET_KEY
from zalo_composer.domain.model import Account, Draft, Message, QueryShowButton, UrlButton
from zalo_composer.domain.variables import RecipientRow, RecipientsTable
from zalo_composer.esms.client import Timeouts
from zalo_composer.store.profiles import Profile

OAID = next(iter(DEMO_OAIDS))
PROFILE_NAME = "Bulk sandbox"

DRAFT = Draft(message=Message(
    text="Chào {{tên}},\nđơn hàng #{{order_id}} đã được xác nhận.",
    buttons=(
        UrlButton(title="Xem đơn {{order_id}}", url="https://shop.example.vn/o/{{order_id}}"),
        QueryShowButton(title="Tư vấn", payload="#tu_van_{{order_id}}"),
    ),
))


def user_id(index: int) -> str:
    """A distinct, valid Zalo user id per index."""
    return str(6_100_000_000_000_000_000 + index)


def make_table(count: int) -> RecipientsTable:
    """*count* recipients with their variables; lines numbered as in a CSV with a header."""
    return RecipientsTable(
        tuple(RecipientRow(user_id(i), {"tên": f"Khách {i}", "order_id": str(1000 + i)}, i + 2)
              for i in range(count)),
        ("tên", "order_id"),
    )


def route_to(base_url: str, timeout: float = 5.0) -> Route:
    """A route to a sandbox at *base_url*, with the sandbox's demo keys."""
    profile = Profile(name=PROFILE_NAME, oaid=OAID, endpoint=base_url)
    return Route(profile, Account(OAID, DEMO_API_KEY, DEMO_SECRET_KEY), base_url,
                 Timeouts(timeout, timeout))
