"""A real process for the bulk kill test: a 300-recipient bulk send, paced, against a sandbox
in the same process. Run as ``python -m tests.app.bulk_kill_target``.

It prints ``BATCH <id>`` first, ``ANSWERED <RequestId> <user_id> <CodeResult>`` each time
the sandbox has made an answer (before it is written back), and ``READY`` once 50 requests
are accepted; then it goes on sending until it is killed.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Mapping
from typing import Any

from tests.app.bulk_samples import DRAFT, make_table, route_to
from zalo_composer.app.bulk import BulkSender, RowResult
from zalo_composer.esms.client import EsmsClient, make_http_client
from zalo_composer.sandbox import Sandbox
from zalo_composer.store.history import History

RECIPIENTS = 300
READY_AFTER = 50
RATE = 100.0
CONCURRENCY = 4

_print_lock = threading.Lock()


def say(line: str) -> None:
    with _print_lock:
        print(line, flush=True)


class TellingSandbox(Sandbox):
    """A sandbox that says which requests it answered."""

    def answer(self, endpoint: str, params: Mapping[str, Any]) -> dict[str, Any]:
        result = super().answer(endpoint, params)
        payload = params.get("Payload") or {}
        say(f"ANSWERED {params.get('RequestId')} {payload.get('recipient', {}).get('user_id')} "
            f"{result.get('CodeResult')}")
        return result


async def main() -> None:
    accepted = 0

    def on_row(row: RowResult) -> None:
        nonlocal accepted
        if row.outcome == "accepted":
            accepted += 1
            if accepted == READY_AFTER:
                say("READY")

    with TellingSandbox() as sandbox:
        history = History.open()
        async with make_http_client() as http:
            sender = BulkSender(EsmsClient(http), route_to(sandbox.base_url), DRAFT,
                                make_table(RECIPIENTS), history, rate=RATE,
                                concurrency=CONCURRENCY, on_row=on_row)
            say(f"BATCH {sender.batch_id}")
            await sender.run()
            say("DONE")
            await asyncio.sleep(3600)


if __name__ == "__main__":
    asyncio.run(main())
