"""A bulk-sending process to kill, for `test_kill_restart`: it sends (or resumes) a batch to
a sandbox that lives in the test's process, so eSMS outlives every kill, as the real one
would. Run as ``python -m tests.reliability.bulk_kill_target BASE_URL new|resume READY_AFTER``.

It prints ``BATCH <id>`` first and ``READY`` once READY_AFTER requests of this run were
accepted; then it goes on sending until it is killed (or prints ``DONE``).
"""

from __future__ import annotations

import asyncio
import sys

from tests.app.bulk_samples import DRAFT, make_table, route_to
from zalo_composer.app.bulk import BulkSender, RowResult
from zalo_composer.esms.client import EsmsClient, make_http_client
from zalo_composer.store.batches import pending_batches
from zalo_composer.store.history import History

RECIPIENTS = 300
RATE = 150.0
CONCURRENCY = 4


async def main(base_url: str, mode: str, ready_after: int) -> None:
    accepted = 0

    def on_row(row: RowResult) -> None:
        nonlocal accepted
        if row.outcome == "accepted":
            accepted += 1
            if accepted == ready_after:
                print("READY", flush=True)

    history = History.open()  # marks the rows a killed run left "sending" as unknown
    async with make_http_client() as http:
        client, route = EsmsClient(http), route_to(base_url)
        if mode == "new":
            sender = BulkSender(client, route, DRAFT, make_table(RECIPIENTS), history,
                                rate=RATE, concurrency=CONCURRENCY, on_row=on_row)
        else:
            [manifest] = pending_batches()
            sender = BulkSender.from_manifest(manifest, client, route, history, on_row=on_row)
        print(f"BATCH {sender.batch_id}", flush=True)
        await sender.run()
        print("DONE", flush=True)
        await asyncio.sleep(3600)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
