"""The sandbox's demo account: public values (not secrets) that the sandbox accepts and the
Sandbox profile sends with."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

DEMO_API_KEY = "sandbox-demo-api-key"
"""The sandbox's built-in ApiKey: a public demo value, not a secret."""
DEMO_SECRET_KEY = "sandbox-demo-secret-key"
"""The sandbox's built-in SecretKey: a public demo value, not a secret."""
DEMO_OAIDS: Mapping[str, str] = MappingProxyType({"1234567890123456789": "Sandbox OA"})
"""OAID → name of the Official Accounts the demo account owns."""
DEMO_CALLBACK_URL = "http://127.0.0.1/zalo-composer/sandbox-callback"
"""The Sandbox profile's CallbackUrl: a loopback placeholder the sandbox accepts and never
calls. With it, GetCallback knows the sandbox's sends, so a failure comes with Zalo's code."""


class DemoRecipient(NamedTuple):
    """A sandbox follower whose messages end one known way (listed in Help and the profile
    dialog so a newcomer can try every outcome)."""

    user_id: str
    outcome: str
    """What happens, in English (the window translates it)."""
    zalo_error: int | None = None
    """Zalo's code the message fails with later (after eSMS accepted it), else None."""


DEMO_RECIPIENTS: tuple[DemoRecipient, ...] = (
    DemoRecipient("1000000000000000001", "accepted, then sent by Zalo"),
    DemoRecipient("1000000000000000230", "accepted, then failed at Zalo: -230 (no interaction "
                  "with the OA in the last 7 days)", -230),
    DemoRecipient("1000000000000000213", "accepted, then failed at Zalo: -213 (does not follow "
                  "the OA)", -213),
    DemoRecipient("1000000000000000217", "accepted, then failed at Zalo: -217 (blocked the OA)",
                  -217),
    DemoRecipient("1000000000000001001", "accepted, then failed at Zalo: 1001 (not online in "
                  "time)", 1001),
    DemoRecipient("1000000000000000007", "accepted, then waits for Zalo's report for 15 minutes"),
    DemoRecipient("1000000000000000502", "accepted and charged, but the answer is broken "
                  "(outcome unknown: check before sending again)"),
)
"""Every test recipient of the sandbox; any other user id is accepted, then sent."""
DEMO_SLOW_USER_ID = "1000000000000000007"
DEMO_BROKEN_ANSWER_USER_ID = "1000000000000000502"
SLOW_REPORT_DELAY = 15 * 60.0
"""Seconds the slow recipient stays "sent, waiting for report"."""


def demo_zalo_error(user_id: str) -> int | None:
    """The Zalo code a sandbox message to *user_id* fails with, or None (it is sent)."""
    for recipient in DEMO_RECIPIENTS:
        if recipient.user_id == user_id:
            return recipient.zalo_error
    return None
