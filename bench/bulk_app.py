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
#: With BENCH_BULK_PROFILE=1 a thread samples the GUI thread's stack every millisecond, and
#: each tick later than LATE_MS prints (stderr) the stacks sampled while it was late, and each
#: garbage collection that took over 2 ms is printed too.
PROFILE = os.environ.get("BENCH_BULK_PROFILE") == "1"
LATE_MS = 16.0
PHASE = ["start", time.perf_counter()]
"""What the bench is doing, and since when (for the profile's reports)."""


class Sampler:
    """The GUI thread's stack, sampled from another thread (a poor man's py-spy)."""

    def __init__(self) -> None:
        import threading

        self.thread_id = threading.get_ident()
        self.samples: list[tuple[float, tuple[str, ...]]] = []
        self.running = True
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while self.running:
            frame = sys._current_frames().get(self.thread_id)
            stack = []
            while frame is not None:
                code = frame.f_code
                stack.append(f"{code.co_filename.rsplit('/', 2)[-1]}:{frame.f_lineno} "
                             f"{code.co_name}")
                frame = frame.f_back
            self.samples.append((time.perf_counter(), tuple(stack)))
            if len(self.samples) > 20_000:
                del self.samples[:10_000]
            time.sleep(0.001)

    def report(self, since: float, until: float, late_ms: float) -> None:
        from collections import Counter

        inside = [stack for at, stack in self.samples if since <= at <= until]
        print(f"LATE {late_ms:.1f} ms, {len(inside)} samples, {PHASE[0]} "
              f"+{(until - PHASE[1]) * 1000:.0f} ms", file=sys.stderr)
        for stack, count in Counter(s[:14] for s in inside).most_common(4):
            print(f"  {count} samples:", file=sys.stderr)
            for line in stack:
                print(f"    {line}", file=sys.stderr)


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
    from zalo_composer.store.secrets import Secrets
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

    sampler = Sampler() if PROFILE else None
    if PROFILE:  # and each garbage collection over 2 ms, which holds the loop as long
        import gc

        collecting = [0.0]

        def on_gc(phase: str, info: dict[str, int]) -> None:
            if phase == "start":
                collecting[0] = time.perf_counter()
                return
            ms = (time.perf_counter() - collecting[0]) * 1000
            if ms > 2:
                print(f"GC generation {info['generation']}: {ms:.1f} ms, "
                      f"{info['collected']} collected", file=sys.stderr)

        gc.callbacks.append(on_gc)

    def on_tick() -> None:
        now = time.perf_counter()
        if last_tick[0]:
            late = max(0.0, (now - last_tick[0]) * 1000 - TICK_MS)
            lateness.append(late)
            if sampler is not None and late > LATE_MS:
                sampler.report(last_tick[0], now, late)
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
        PHASE[:] = [f"batch from {first}, limit {limit}", start]
        report = await sender.run()
        seconds = time.perf_counter() - start
        accepted = len(report.by_outcome("accepted"))
        if accepted != RECIPIENTS:
            raise RuntimeError(f"only {accepted} of {RECIPIENTS} accepted: "
                               f"{report.rows[0].meaning}")
        return {"seconds": seconds, "per_second": RECIPIENTS / seconds,
                "start_rate": (len(starts) - 1) / (starts[-1] - starts[0])}

    async def through_the_panel(window: main_window.MainWindow, first: int) -> dict[str, float]:
        """The user's way: the Bulk send dock in view, its table, Start; the active profile
        sends to the sandbox process, its keys kept in memory for the session (as a user
        without a system keyring chooses)."""
        services = window.services()
        services.secrets.use_memory_only()
        services.secrets.save(route.profile.name, Secrets(DEMO_API_KEY, DEMO_SECRET_KEY))
        services.book.put(route.profile)
        services.book.active = route.profile.name
        window.profile_switcher().reload(services.book)
        window.use_profile(route.profile)
        window.load_draft(draft)
        panel = window.activity.bulk_panel()
        window.activity.bulk_dock.show()
        panel._confirm_start = lambda *_: True  # type: ignore[method-assign]  # no question

        def no_dialog(title: str, text: str) -> None:
            raise RuntimeError(f"{title}: {text}")

        panel._show_error = no_dialog  # type: ignore[method-assign]
        panel.set_draft(draft)
        panel.set_recipients(table(first))
        panel.controls().set_rate(None)
        await asyncio.sleep(0.5)  # the dock and its table on screen, as the user reads them
        start = time.perf_counter()
        PHASE[:] = ["through the panel", start]
        task = panel.start()  # the rows checked on the window's thread, then the question
        start_ms = (time.perf_counter() - start) * 1000
        if task is None:
            raise RuntimeError("the bulk panel did not start")
        # The ticks from here: Start's own work (its check, its question) is the answer to
        # a click, measured on its own; the sending is what the user watches.
        lateness.clear()
        last_tick[0] = 0.0
        report = await task
        seconds = time.perf_counter() - start
        accepted = len(report.by_outcome("accepted"))
        if accepted != RECIPIENTS:
            raise RuntimeError(f"only {accepted} of {RECIPIENTS} accepted through the panel: "
                               f"{report.rows[0].meaning}")
        return {"seconds": seconds, "per_second": RECIPIENTS / seconds, "start_ms": start_ms}

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
            figures["lateness_ms"] = lateness[:]
            lateness.clear()
            last_tick[0] = 0.0
            ticker.start()
            figures["panel"] = await through_the_panel(window, 2 * RECIPIENTS)
            ticker.stop()
            figures["panel_lateness_ms"] = lateness
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
