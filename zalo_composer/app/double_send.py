"""No accidental double send: the same text to the same follower again within 10 minutes
of a send eSMS accepted (or whose outcome is unknown) is asked about first.

`earlier_sends` finds, for the jobs about to leave, the newest such send of each recipient in
the history. The window asks (naming when it went); an unknown outcome says "check before
sending again" and offers Check status. Zalo's or eSMS's refusals do not count: nothing
arrived.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.model import wire_text

if TYPE_CHECKING:
    from ..store.history import History, HistoryRow
    from .send import SendJob

DOUBLE_SEND_WINDOW = 10 * 60.0
"""Seconds after a send during which the same text to the same follower is asked about."""
TOOK_IT = ("accepted", "waiting", "sent")
"""States in which the follower has (or is about to have) the message."""


@dataclass(frozen=True)
class EarlierSend:
    """A recent send of the same text to the same recipient."""

    row: HistoryRow
    unknown: bool
    """Its outcome is unknown (eSMS may have it): check before sending again."""


def earlier_sends(history: History, jobs: Sequence[SendJob], *,
                  now: float | None = None) -> list[EarlierSend]:
    """The recent sends of the same text to the recipients of *jobs* (one per recipient,
    newest), in the jobs' order; empty when the history cannot be read."""
    since = (now if now is not None else time.time()) - DOUBLE_SEND_WINDOW
    found: list[EarlierSend] = []
    try:
        for job in jobs:
            row = history.recent_accepted(job.recipient.strip(), wire_text(job.message.text),
                                          since, states=(*TOOK_IT, "unknown"))
            if row is not None:
                found.append(EarlierSend(row, row.state == "unknown"))
    except sqlite3.Error:
        return []  # a history that cannot be read never blocks a send
    return found
