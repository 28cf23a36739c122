"""The program sending two 1000-recipient batches from its own window, for `bench_bulk`:
``python -m bench.bulk_app BASE_URL MAX_RATE``.

The program starts through `run_gui` unchanged (QApplication, qasync loop, AppServices,
MainWindow, show). After the window's first paint, its resident memory is read, then on
the window's loop and with its services (the one HTTP client, the history): a batch of
1000 recipients with no rate limit, then one of 1000 with a rate limit of half the rate the
first one reached (at most MAX_RATE messages per second), both with `BulkSender` against
the sandbox at BASE_URL (another process). Progress goes to the window's status bar as it
comes. Throughout, a 10 ms Qt timer notes how late each tick is: the lag a user would
feel. One line goes to stdout at the end::

    RESULT <json>

and the window closes, so `run_gui` returns.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.rss import rss_kib

RECIPIENTS = 1000
TICK_MS = 10


def main(base_url: str, rate: float) -> int:
    """Run the program, send both batches once it is shown, print the figures, quit."""
    from PySide6 import QtCore

    from zalo_composer.app.bulk import BulkProgress, BulkSender, RowResult
    from zalo_composer.app.services import Route
    from zalo_composer.domain.demo import DEMO_API_KEY, DEMO_OAIDS, DEMO_SECRET_KEY
    from zalo_composer.domain.model import Account, Draft, Message, QueryShowButton, UrlButton
    from zalo_composer.domain.variables import RecipientRow, RecipientsTable
    from zalo_composer.esms.client import Timeouts
    from zalo_composer.store.profiles import Profile
    from zalo_composer.ui import app, main_window

    oaid = next(iter(DEMO_OAIDS))
    route = Route(Profile("Bench sandbox", oaid, endpoint=base_url),
                  Account(oaid, DEMO_API_KEY, DEMO_SECRET_KEY), base_url, Timeouts(10, 10))
    draft = Draft(message=Message(
        text="Chào {{tên}},\nđơn hàng #{{order_id}} của anh/chị đã được xác nhận và sẽ được "
             "giao trong hai đến ba ngày làm việc.",
        buttons=(UrlButton(title="Xem đơn {{order_id}}",
                           url="https://shop.example.vn/o/{{order_id}}"),
                 QueryShowButton(title="Tư vấn", payload="#tu_van_{{order_id}}"))))

    def table(first: int) -> RecipientsTable:
        return RecipientsTable(tuple(
            RecipientRow(str(6_100_000_000_000_000_000 + first + i),
                         {"tên": f"Khách {i}", "order_id": str(10_000 + first + i)}, i + 2)
            for i in range(RECIPIENTS)), ("tên", "order_id"))

    lateness: list[float] = []
    ticker = QtCore.QTimer()
    ticker.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
    ticker.setInterval(TICK_MS)
    last_tick = [0.0]

    def on_tick() -> None:
        now = time.perf_counter()
        if last_tick[0]:
            lateness.append(max(0.0, (now - last_tick[0]) * 1000 - TICK_MS))
        last_tick[0] = now

    ticker.timeout.connect(on_tick)

    async def batch(window: main_window.MainWindow, first: int,
                    limit: float | None) -> dict[str, float]:
        services = window.services()
        starts: list[float] = []

        def on_row(row: RowResult) -> None:
            if row.outcome == "sending":
                starts.append(time.perf_counter())

        def on_progress(progress: BulkProgress) -> None:
            window.statusBar().showMessage(
                f"Bulk: {progress.sent}/{progress.total} sent, {progress.accepted} accepted")

        sender = BulkSender(services.client(), route, draft, table(first), services.history,
                            rate=limit, on_row=on_row, on_progress=on_progress)
        start = time.perf_counter()
        report = await sender.run()
        seconds = time.perf_counter() - start
        accepted = len(report.by_outcome("accepted"))
        if accepted != RECIPIENTS:
            raise RuntimeError(f"only {accepted} of {RECIPIENTS} accepted: "
                               f"{report.rows[0].meaning}")
        return {"seconds": seconds, "per_second": RECIPIENTS / seconds,
                "start_rate": (len(starts) - 1) / (starts[-1] - starts[0])}

    async def bench(window: main_window.MainWindow) -> None:
        try:
            await asyncio.sleep(0.5)  # let the deferred start-up work (after_start) finish
            figures: dict[str, object] = {"rss_after_start": rss_kib()}
            ticker.start()
            unlimited = await batch(window, 0, None)
            figures["unlimited"] = unlimited
            figures["rss_after_first_bulk"] = rss_kib()
            # Below capacity: half of what the sandbox took without a limit, at most *rate*.
            limit = float(min(rate, max(1, int(unlimited["per_second"] / 2))))
            limited = await batch(window, RECIPIENTS, limit)
            figures["limited"] = {**limited, "limit": limit}
            figures["rss_after_second_bulk"] = rss_kib()
            ticker.stop()
            figures["lateness_ms"] = lateness
            print(f"RESULT {json.dumps(figures)}", flush=True)
        finally:
            window.close()

    running: list[asyncio.Future[None]] = []

    def start_then_send(window: main_window.MainWindow) -> None:
        # Once the window is complete and the qasync loop runs (the start is staged).
        app.after_start(window)
        running.append(asyncio.ensure_future(bench(window)))

    return app.run_gui([], after_show=start_then_send)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], float(sys.argv[2])))
