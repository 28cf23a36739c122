"""The bulk send panel, end to end over real loopback HTTP against the in-process sandbox:
pasting and importing recipients, flags before sending, defaults, the dry run, a paced,
pausable, stoppable run, export, and resuming a batch a dead program left behind."""

from __future__ import annotations

import csv
import itertools
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtCore, QtWidgets

from tests.app.bulk_samples import DRAFT, make_table, user_id
from zalo_composer.app.bulk import RESULT_COLUMNS, BulkReport
from zalo_composer.app.services import AppServices
from zalo_composer.domain.model import Draft, Message
from zalo_composer.domain.variables import RecipientRow, RecipientsTable
from zalo_composer.sandbox import Fault, Sandbox
from zalo_composer.store.batches import pending_batches
from zalo_composer.store.profiles import Profile
from zalo_composer.ui.bulk import BulkPanel, ask_resume
from zalo_composer.ui.bulk.dialogs import start_question
from zalo_composer.ui.bulk.model import RESULT_ROLE, STATUS_ROLE
from zalo_composer.ui.bulk.paste_dialog import PastedIds
from zalo_composer.ui.bulk.progress import progress_text, time_left_text

LEFT = QtCore.Qt.MouseButton.LeftButton
RUN_TIMEOUT_MS = 30_000


@pytest.fixture
def panel(services: AppServices, qtbot) -> BulkPanel:  # type: ignore[no-untyped-def]
    """A panel on the Sandbox profile with the sample draft ({{tên}}, {{order_id}}); the
    confirmation says yes and errors are collected instead of shown."""
    made = BulkPanel(services)
    qtbot.addWidget(made)
    made.resize(1280, 640)
    made.set_profile(services.book.get("Sandbox"))
    made.set_draft(DRAFT)
    made.controls().set_rate(None)
    made.confirmations = []  # type: ignore[attr-defined]
    made.errors = []  # type: ignore[attr-defined]

    def confirm(profile: Profile, count: int, rate: float | None) -> bool:
        made.confirmations.append((profile.name, count, rate))  # type: ignore[attr-defined]
        return True

    made._confirm_start = confirm  # type: ignore[method-assign]
    made._show_error = lambda title, text: made.errors.append((title, text))  # type: ignore[method-assign,attr-defined]
    return made


def sandbox(services: AppServices) -> Sandbox:
    services.sandbox.base_url()  # started on first use
    running = services.sandbox.running
    assert running is not None
    return running


def sends(services: AppServices) -> list[Any]:
    """The send requests the sandbox got (not balance or status calls)."""
    return [r for r in sandbox(services).requests if "SendZalo" in r.path]


def sent_ids(services: AppServices) -> list[str]:
    """Recipients of the sends, in order; a request cut off by a cancel (no JSON body) is
    not a send."""
    return [r.body["Payload"]["recipient"]["user_id"] for r in sends(services)
            if r.body is not None]


def column(panel: BulkPanel, title: str) -> int:
    return panel.recipients_model().columns().index(title)


def cell(panel: BulkPanel, row: int, title: str, role: int = 0) -> Any:
    model = panel.recipients_model()
    return model.index(row, column(panel, title)).data(role)


def run_to_end(panel: BulkPanel, qtbot, timeout: int = RUN_TIMEOUT_MS) -> BulkReport:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(panel.finished, timeout=timeout) as blocker:
        assert panel.start() is not None
    report: BulkReport = blocker.args[0]
    return report


def wait_until(qtbot, condition: Any, timeout: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(condition, timeout=timeout)


# --- recipients ---------------------------------------------------------------------------


def test_pasted_ids_fill_the_table_and_problems_are_flagged(panel: BulkPanel, qtbot) -> None:  # type: ignore[no-untyped-def]
    # GIVEN ids pasted one per line, comma and tab separated, with a malformed and a
    # duplicate one among them
    area = panel.recipients_area()
    pasted = f"{user_id(1)}\n{user_id(2)}, 12ab\t{user_id(1)}\n"
    area._ask_pasted_ids = lambda: PastedIds(pasted, False)  # type: ignore[method-assign]
    # WHEN the user presses Paste ids
    qtbot.mouseClick(area.findChild(QtWidgets.QPushButton, "bulkPasteButton"), LEFT)
    # THEN the table lists the four ids, and the two bad ones are flagged before any check
    model = panel.recipients_model()
    assert panel.recipients().user_ids() == [user_id(1), user_id(2), "12ab", user_id(1)]
    assert [model.status_at(r) for r in range(4)] == ["unchecked", "unchecked", "invalid",
                                                      "invalid"]
    assert cell(panel, 2, "Status") == "invalid user id"
    assert cell(panel, 3, "Status") == "duplicate of line 1"
    assert "already listed on line 1" in cell(panel, 3, "Status",
                                              QtCore.Qt.ItemDataRole.ToolTipRole)
    assert "only digits" in cell(panel, 2, "user_id", QtCore.Qt.ItemDataRole.ToolTipRole)
    assert cell(panel, 3, "Status", QtCore.Qt.ItemDataRole.DecorationRole) is not None
    assert cell(panel, 0, "Status", QtCore.Qt.ItemDataRole.DecorationRole) is None
    assert area.count_label().text() == "4 recipients, 2 with problems"
    # WHEN more ids are added to the list
    area._ask_pasted_ids = lambda: PastedIds(f"{user_id(3)};{user_id(2)}", True)  # type: ignore[method-assign]
    qtbot.mouseClick(area.findChild(QtWidgets.QPushButton, "bulkPasteButton"), LEFT)
    # THEN they come after, their line numbers after the first paste's
    assert panel.recipients().user_ids()[4:] == [user_id(3), user_id(2)]
    assert cell(panel, 5, "Status") == "duplicate of line 2"
    assert area.count_label().text() == "6 recipients, 3 with problems"
    # AND Clear empties it
    qtbot.mouseClick(area.findChild(QtWidgets.QPushButton, "bulkClearButton"), LEFT)
    assert panel.recipients_model().rowCount() == 0
    assert "No recipients yet" in area.count_label().text()


def test_csv_import_with_bom_and_a_vietnamese_column(
    panel: BulkPanel, qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    # GIVEN a spreadsheet's "CSV UTF-8" export: BOM, CRLF, a quoted value with a comma
    path = tmp_path / "khach.csv"
    path.write_bytes("\ufeffuser_id,tên,order_id\r\n"
                     f"{user_id(1)},Nguyễn Thị Thuỳ Dương,1001\r\n"
                     f'{user_id(2)},"Trần, Văn Bình",\r\n'.encode())
    area = panel.recipients_area()
    area._ask_csv_path = lambda: path  # type: ignore[method-assign]
    # WHEN it is imported
    qtbot.mouseClick(area.findChild(QtWidgets.QPushButton, "bulkImportButton"), LEFT)
    # THEN the table has a column per variable, with the values as written
    model = panel.recipients_model()
    assert model.columns()[:4] == ["Status", "user_id", "tên", "order_id"]
    assert cell(panel, 0, "tên") == "Nguyễn Thị Thuỳ Dương"
    assert cell(panel, 1, "tên") == "Trần, Văn Bình"
    # … and an empty cell with no default says it has no value (the message uses it)
    assert cell(panel, 1, "order_id") == "(no value)"
    assert panel.errors == []  # type: ignore[attr-defined]
    # WHEN a default is typed, the empty cell shows it
    panel.defaults_editor().set_value("order_id", "0000")
    assert cell(panel, 1, "order_id") == "0000"
    assert "default" in cell(panel, 1, "order_id", QtCore.Qt.ItemDataRole.ToolTipRole)
    # WHEN a file without a user_id column is imported
    bad = tmp_path / "bad.csv"
    bad.write_text("name,phone\nAn,0901\n", encoding="utf-8")
    area._ask_csv_path = lambda: bad  # type: ignore[method-assign]
    qtbot.mouseClick(area.findChild(QtWidgets.QPushButton, "bulkImportButton"), LEFT)
    # THEN the user is told why, and the table is left as it was
    [(title, text)] = panel.errors  # type: ignore[attr-defined]
    assert title == "Cannot import the CSV" and "no user_id column" in text
    assert model.rowCount() == 2


def test_a_large_csv_is_read_off_the_gui_thread(panel: BulkPanel, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # GIVEN a 2.6 MB CSV of 60,000 recipients (above what is read at once)
    from zalo_composer.ui.bulk.recipients_table import CSV_READ_AT_ONCE_BYTES

    path = tmp_path / "big.csv"
    rows = "".join(f"{user_id(i)},Khách {i},{100000 + i}\n" for i in range(60_000))
    path.write_text("user_id,tên,order_id\n" + rows, encoding="utf-8")
    assert path.stat().st_size > CSV_READ_AT_ONCE_BYTES
    area = panel.recipients_area()
    area._ask_csv_path = lambda: path  # type: ignore[method-assign]
    ticks: list[float] = []
    ticker = QtCore.QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    ticker.start()
    # WHEN Import CSV… is clicked
    qtbot.mouseClick(area.findChild(QtWidgets.QPushButton, "bulkImportButton"), LEFT)
    ticks_at_return = len(ticks)
    # THEN the click returns before the file is read (the table is not there yet) …
    assert panel.recipients_model().rowCount() == 0
    # … the event loop keeps turning while a worker thread reads it, and then it is there
    qtbot.waitUntil(lambda: panel.recipients_model().rowCount() == 60_000, timeout=60_000)
    ticker.stop()
    assert ticks_at_return == 0 and len(ticks) > 0
    assert cell(panel, 59_999, "tên") == "Khách 59999"
    assert panel.errors == []  # type: ignore[attr-defined]


def test_a_fifo_or_a_huge_file_is_refused_at_once(panel: BulkPanel, tmp_path: Path) -> None:
    import os

    from zalo_composer.store.files import MAX_RECIPIENTS_CSV_BYTES

    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as out:
        out.truncate(MAX_RECIPIENTS_CSV_BYTES + 1)  # sparse: no disk used
    area = panel.recipients_area()
    assert not area.import_csv(fifo)  # returns at once: no writer is waited for
    assert not area.import_csv(huge)
    [(_, fifo_text), (_, huge_text)] = panel.errors  # type: ignore[attr-defined]
    assert "not a regular file" in fifo_text
    assert "larger than 20 MB" in huge_text


# --- defaults and the dry run -------------------------------------------------------------


def test_defaults_are_prefilled_from_the_message_placeholders(panel: BulkPanel, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = panel.defaults_editor()
    # The sample's placeholders, in the order the message uses them
    assert editor.names() == ["tên", "order_id"]
    assert panel.defaults() == {}
    with qtbot.waitSignal(panel.defaults_changed) as blocker:
        editor.set_value("tên", "bạn")
    assert blocker.args == [{"tên": "bạn"}]
    assert panel.defaults() == {"tên": "bạn"}
    # A placeholder removed from the message leaves the list (and the defaults) …
    panel.set_draft(Draft(message=Message(text="Đơn {{order_id}}")))
    assert editor.names() == ["order_id"]
    assert panel.defaults() == {}
    # … and comes back with its value when it returns
    panel.set_draft(DRAFT)
    assert panel.defaults() == {"tên": "bạn"}
    panel.set_draft(Draft(message=Message(text="No variables")))
    assert editor.names() == []


def test_dry_run_blocks_rows_missing_a_variable_and_shows_the_worst_case(
    panel: BulkPanel, qtbot  # type: ignore[no-untyped-def]
) -> None:
    # GIVEN four rows: two complete (one with a long name), one without order_id, one
    # with a malformed id; and a default for tên only
    rows = (RecipientRow(user_id(0), {"tên": "An", "order_id": "1"}, 2),
            RecipientRow(user_id(1), {"order_id": "2"}, 3),
            RecipientRow(user_id(2), {"tên": "Bình"}, 4),
            RecipientRow(user_id(3), {"tên": "Nguyễn Thị Thuỳ Dương " * 4, "order_id": "4"}, 5),
            RecipientRow("12ab", {"order_id": "5"}, 6))
    panel.set_recipients(RecipientsTable(rows, ("tên", "order_id")))
    panel.set_defaults({"tên": "bạn"})
    start = panel.findChild(QtWidgets.QPushButton, "bulkStartButton")
    assert not start.isEnabled()  # nothing checked yet
    # WHEN the user presses Check all
    qtbot.mouseClick(panel.findChild(QtWidgets.QPushButton, "bulkCheckButton"), LEFT)
    # THEN each row says whether it can be sent, and why not
    model = panel.recipients_model()
    assert [model.status_at(r) for r in range(5)] == ["ready", "ready", "blocked", "ready",
                                                      "blocked"]
    assert cell(panel, 2, "Status") == "no value for {{order_id}}"
    assert "add the column or a default" in cell(panel, 2, "Status",
                                                 QtCore.Qt.ItemDataRole.ToolTipRole)
    assert cell(panel, 4, "Status") == "invalid user id"
    assert cell(panel, 1, "tên") == "bạn"  # the default, shown where the cell is empty
    summary = panel.check_summary()
    assert summary.headline_text() == ("✔ 3 of 5 rows can be sent; 2 blocked (hover a row to "
                                       "see why).")
    # … the worst case per counter names the row it occurs in
    check = panel.last_check()
    assert check is not None
    longest = check.worst["text"]
    assert longest.row == 3
    assert f"Longest text: {longest.length:,} / 2000 (row 4)" in summary.details_text()
    assert "Longest button 1 title" in summary.details_text()
    assert panel.recipients_area().count_label().text() == "5 recipients, 2 with problems"
    # … and Start is enabled: a blocked row blocks only itself
    assert start.isEnabled()
    # WHEN the message changes, the check is out of date and Start waits for a new one
    panel.set_draft(Draft(message=Message(text="Chào {{tên}}")))
    assert not start.isEnabled()
    assert "Changed since the last check" in summary.headline_text()


def test_nothing_sendable_keeps_start_disabled(panel: BulkPanel) -> None:
    panel.set_recipients(RecipientsTable.from_ids(["12ab", "x"]))
    check = panel.check_all()
    assert not check.can_send
    assert not panel.findChild(QtWidgets.QPushButton, "bulkStartButton").isEnabled()
    assert panel.check_summary().headline_text().startswith("✖ None of the 2 rows")
    assert panel.start() is None


# --- running ------------------------------------------------------------------------------


def test_200_recipients_all_accepted_with_the_bar_at_100_percent(
    panel: BulkPanel, services: AppServices, qtbot  # type: ignore[no-untyped-def]
) -> None:
    # GIVEN 200 recipients with their variables, no rate limit, 4 in flight
    table = make_table(200)
    panel.set_recipients(table)
    panel.controls().set_concurrency(4)
    updates: list[int] = []
    panel.runner().rows_changed.connect(lambda rows: updates.append(len(rows)))
    # WHEN the dry run passes and the user starts
    panel.check_all()
    start_at = time.monotonic()
    report = run_to_end(panel, qtbot)
    seconds = time.monotonic() - start_at
    # THEN the confirmation named the profile and the count
    assert panel.confirmations == [("Sandbox", 200, None)]  # type: ignore[attr-defined]
    # … every row was accepted, each under its own RequestId, with its own values
    assert [r.outcome for r in report.rows] == ["accepted"] * 200
    assert sorted(sent_ids(services)) == sorted(table.user_ids())
    texts = {r.body["Payload"]["recipient"]["user_id"]: r.body["Payload"]["message"]["text"]
             for r in sends(services)}
    assert texts[user_id(7)] == "Chào Khách 7,\r\nđơn hàng #1007 đã được xác nhận."
    # … the table shows each row's RequestId, code, meaning and SMSID
    model = panel.recipients_model()
    for row in (0, 199):
        result = model.index(row, 0).data(RESULT_ROLE)
        assert cell(panel, row, "RequestId") == result.request_id != ""
        assert cell(panel, row, "Code") == "100"
        assert cell(panel, row, "Meaning") == "accepted by eSMS"
        assert cell(panel, row, "SMSID") == result.sms_id != ""
        assert model.index(row, 0).data(STATUS_ROLE) == "accepted"
    # … the progress bar is full and the line says so
    bar = panel.progress_view().bar()
    assert bar.value() == bar.maximum() == 200
    assert panel.progress_view().text().startswith(
        "Finished: 200/200 sent · 200 accepted · 0 rejected · 0 failed · in ")
    assert not panel.is_running()
    # … the table was updated in batches, not 400 times (two events per row)
    assert len(updates) <= seconds / 0.1 + 3, (len(updates), seconds)
    # … and Start waits for a new check before sending the same batch again
    assert not panel.findChild(QtWidgets.QPushButton, "bulkStartButton").isEnabled()
    assert panel.findChild(QtWidgets.QPushButton, "bulkExportButton").isEnabled()
    assert pending_batches() == []


def test_the_ui_stays_responsive_during_1000_recipients(panel: BulkPanel, qtbot) -> None:  # type: ignore[no-untyped-def]
    # GIVEN 1000 recipients sent as fast as the sandbox answers, and a 10 ms timer standing
    # in for the user's clicks and repaints
    panel.show()
    panel.set_recipients(make_table(1000))
    panel.controls().set_concurrency(8)
    panel.check_all()
    ticks: list[float] = []
    timer = QtCore.QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    # WHEN the batch runs
    report = run_to_end(panel, qtbot, timeout=120_000)
    timer.stop()
    # THEN every row was accepted and the event loop never stalled for long (the table and
    # the bar are refreshed ten times a second, each refresh cheap)
    assert report.progress.accepted == 1000
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(gaps) > 100
    assert max(gaps) < 0.4, sorted(gaps)[-5:]


def test_a_rate_limited_run_is_paced(panel: BulkPanel, qtbot) -> None:  # type: ignore[no-untyped-def]
    # GIVEN 20 rows at 20 per second: the last one may start 19/20 s after the first
    panel.set_recipients(make_table(20))
    panel.controls().set_rate(20.0)
    panel.check_all()
    started = time.monotonic()
    report = run_to_end(panel, qtbot)
    assert time.monotonic() - started >= 0.9
    assert report.progress.accepted == 20


def test_pause_starts_no_new_request_and_resume_finishes(
    panel: BulkPanel, services: AppServices, qtbot  # type: ignore[no-untyped-def]
) -> None:
    panel.set_recipients(make_table(40))
    panel.controls().set_rate(40.0)
    panel.controls().set_concurrency(2)
    panel.check_all()
    pause_button = panel.findChild(QtWidgets.QPushButton, "bulkPauseButton")
    assert panel.start() is not None
    wait_until(qtbot, lambda: len(sends(services)) >= 5)
    # WHEN the user pauses
    qtbot.mouseClick(pause_button, LEFT)
    assert pause_button.text() == "Res&ume"
    sender = panel.runner().bulk_sender()
    assert sender is not None and sender.state == "paused"
    wait_until(qtbot, lambda: sender.progress().in_flight == 0)
    at_pause = len(sends(services))
    qtbot.wait(600)
    # THEN no request starts while paused
    assert len(sends(services)) == at_pause < 40
    assert panel.is_running()
    assert "paused" in panel.progress_view().text()
    # WHEN the user resumes, the rest are sent
    with qtbot.waitSignal(panel.finished, timeout=RUN_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(pause_button, LEFT)
    report = blocker.args[0]
    assert report.progress.accepted == 40
    assert len(sends(services)) == 40


def test_stop_halts_within_the_requests_in_flight(
    panel: BulkPanel, services: AppServices, qtbot  # type: ignore[no-untyped-def]
) -> None:
    # GIVEN a slow eSMS (100 ms per answer) and two requests in flight at most
    sandbox(services).inject(Fault("delay", seconds=0.1), times=None)
    panel.set_recipients(make_table(50))
    panel.controls().set_concurrency(2)
    panel.check_all()
    assert panel.start() is not None
    sender = panel.runner().bulk_sender()
    assert sender is not None
    wait_until(qtbot, lambda: sender.progress().accepted >= 4 and sender.progress().in_flight > 0)
    # WHEN the user stops
    with qtbot.waitSignal(panel.finished, timeout=RUN_TIMEOUT_MS) as blocker:
        started = len(sends(services))
        qtbot.mouseClick(panel.findChild(QtWidgets.QPushButton, "bulkStopButton"), LEFT)
    # THEN at most the requests that were in flight (two: the concurrency limit; the
    # sandbox may not have read the newest one yet) reached eSMS after it
    report: BulkReport = blocker.args[0]
    qtbot.wait(300)
    assert len(sends(services)) <= started + 2
    assert report.state == "stopped"
    accepted = report.by_outcome("accepted")
    assert len(accepted) == len(sends(services))
    assert len(report.by_outcome("not_sent")) == 50 - len(accepted)
    assert panel.progress_view().text().startswith("Stopped: ")
    assert cell(panel, 49, "Status") == "not sent"
    # AND a batch the user stopped is not offered for resuming
    assert panel.pending() == []


def test_export_writes_one_row_per_recipient(
    panel: BulkPanel, qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    # GIVEN a run over five rows, one of them blocked
    rows = (*make_table(4).rows, RecipientRow("12ab", {"tên": "X", "order_id": "9"}, 6))
    panel.set_recipients(RecipientsTable(rows, ("tên", "order_id")))
    panel.check_all()
    report = run_to_end(panel, qtbot)
    # WHEN the results are exported
    path = tmp_path / "kết quả.csv"
    panel._ask_export_path = lambda: path  # type: ignore[method-assign]
    qtbot.mouseClick(panel.findChild(QtWidgets.QPushButton, "bulkExportButton"), LEFT)
    # THEN the file has one row per recipient, in table order, with its RequestId
    with path.open(encoding="utf-8-sig", newline="") as handle:
        exported = list(csv.DictReader(handle))
    assert tuple(exported[0]) == RESULT_COLUMNS
    assert [e["user_id"] for e in exported] == [r.user_id for r in rows]
    assert [e["outcome"] for e in exported] == ["accepted"] * 4 + ["blocked"]
    assert [e["request_id"] for e in exported[:4]] == [r.request_id for r in report.rows[:4]]
    assert "Exported 5 rows" in panel.progress_view().text()


def test_a_pending_batch_resumes_without_resending_accepted_rows(
    services: AppServices, panel: BulkPanel, qtbot  # type: ignore[no-untyped-def]
) -> None:
    # GIVEN a batch interrupted as a quitting program would, after a few were accepted
    sandbox(services).inject(Fault("delay", seconds=0.05), times=None)
    table = make_table(30)
    panel.set_recipients(table)
    panel.controls().set_concurrency(2)
    panel.check_all()
    task = panel.start()
    assert task is not None
    sender = panel.runner().bulk_sender()
    assert sender is not None
    wait_until(qtbot, lambda: sender.progress().accepted >= 6)
    panel.interrupt()
    wait_until(qtbot, task.done)
    qtbot.wait(200)  # the sandbox reads what the cancelled requests had sent
    accepted = set(services.history.accepted_recipients(sender.batch_id))
    before = len(sent_ids(services))
    assert 6 <= len(accepted) < 30
    assert "resumed at the next start" in panel.progress_view().text()
    # WHEN the program starts again: a new panel lists the batch, for the window to ask
    later = BulkPanel(services)
    qtbot.addWidget(later)
    [pending] = later.pending()
    assert pending.manifest.batch_id == sender.batch_id
    assert pending.question == (f"A bulk send to 30 recipients was interrupted "
                                f"({len(accepted)} accepted). Resume the unsent rows?")
    # … and the user says Resume
    with qtbot.waitSignal(later.finished, timeout=RUN_TIMEOUT_MS) as blocker:
        assert later.resume_batch(pending.manifest) is not None
    report: BulkReport = blocker.args[0]
    # THEN no recipient accepted before was sent again, and every other one was
    resent = sent_ids(services)[before:]
    assert not set(resent) & accepted
    assert sorted(set(resent)) == sorted(set(table.user_ids()) - accepted)
    assert {r.user_id for r in report.by_outcome("accepted_before")} == accepted
    assert cell(later, 0, "Status") in ("accepted earlier", "accepted")
    for row in report.rows:  # rows cancelled in flight went under their old RequestId
        assert row.outcome in ("accepted_before", "accepted") or row.code == "124", row
    assert later.recipients() == table
    assert later.pending() == []


def test_discarding_a_pending_batch_forgets_it(
    services: AppServices, panel: BulkPanel, qtbot  # type: ignore[no-untyped-def]
) -> None:
    sandbox(services).inject(Fault("delay", seconds=0.2), times=None)
    panel.set_recipients(make_table(10))
    panel.controls().set_concurrency(1)
    panel.check_all()
    task = panel.start()
    assert task is not None
    wait_until(qtbot, lambda: len(sends(services)) >= 1)
    panel.interrupt()
    wait_until(qtbot, task.done)
    [pending] = panel.pending()
    panel.discard(pending.manifest)
    assert panel.pending() == []


def test_a_panel_deleted_mid_run_interrupts_its_batch(
    services: AppServices, qtbot  # type: ignore[no-untyped-def]
) -> None:
    # GIVEN a run under way in a panel (its window is closing)
    sandbox(services).inject(Fault("delay", seconds=0.1), times=None)
    doomed = BulkPanel(services)
    doomed.set_profile(services.book.get("Sandbox"))
    doomed.set_draft(DRAFT)
    doomed.set_recipients(make_table(20))
    doomed._confirm_start = lambda profile, count, rate: True  # type: ignore[method-assign]
    task = doomed.start()
    assert task is not None
    wait_until(qtbot, lambda: len(sends(services)) >= 2)
    # WHEN the panel is deleted
    doomed.deleteLater()
    # THEN its run ends at once, and the batch is kept for a resume at the next start
    wait_until(qtbot, task.done)
    assert task.cancelled()
    later = BulkPanel(services)
    qtbot.addWidget(later)
    [pending] = later.pending()
    assert len(pending.manifest.table.rows) == 20


def test_a_profile_that_cannot_send_reports_why(panel: BulkPanel, services: AppServices) -> None:
    # A real account whose keys were never stored
    profile = Profile(name="Shop", oaid="1234567890123456789")
    services.book.put(profile)
    panel.set_profile(profile)
    panel.set_recipients(make_table(2))
    panel.check_all()
    assert panel.start() is None
    [(title, text)] = panel.errors  # type: ignore[attr-defined]
    assert title == "Cannot start the bulk send" and "no ApiKey/SecretKey" in text
    assert not panel.is_running()


def test_declined_confirmation_sends_nothing(panel: BulkPanel, services: AppServices) -> None:
    panel._confirm_start = lambda profile, count, rate: False  # type: ignore[method-assign]
    panel.set_recipients(make_table(3))
    panel.check_all()
    assert panel.start() is None
    assert not panel.is_running()
    assert services.sandbox.running is None or sends(services) == []


def test_the_confirmation_warns_about_a_real_account() -> None:
    real = Profile(name="Shop Hoa Sen", oaid="1")
    question, detail = start_question(real, 1200, 5.0)
    assert question == "Send this message to 1,200 recipients with the profile “Shop Hoa Sen”?"
    assert "real Zalo followers" in detail and "charged" in detail and "5 per second" in detail
    _, sandbox_detail = start_question(Profile(name="Sandbox", oaid="1", endpoint="sandbox:"),
                                       1, None)
    assert "nothing reaches Zalo" in sandbox_detail and "no rate limit" in sandbox_detail


def test_progress_words() -> None:
    assert time_left_text(None) == "estimating time left…"
    assert time_left_text(12.2) == "~13 s left"
    assert time_left_text(200) == "~3 min 20 s left"
    assert time_left_text(3 * 3600 + 300) == "~3 h 05 min left"
    from zalo_composer.app.bulk import BulkProgress

    progress = BulkProgress("running", 200, 37, 36, 1, 0, 2, 0, 0, 7.4, 33.0)
    assert progress_text(progress) == ("37/200 sent · 36 accepted · 1 rejected · 0 failed · "
                                       "~33 s left")


def test_the_resume_question_offers_resume_discard_and_later(
    services: AppServices, panel: BulkPanel, qtbot  # type: ignore[no-untyped-def]
) -> None:
    # GIVEN an interrupted batch
    sandbox(services).inject(Fault("delay", seconds=0.2), times=None)
    panel.set_recipients(make_table(5))
    panel.controls().set_concurrency(1)
    task = panel.start()
    assert task is not None
    wait_until(qtbot, lambda: len(sends(services)) >= 1)
    panel.interrupt()
    wait_until(qtbot, task.done)
    [pending] = panel.pending()
    # WHEN the window asks, and the user picks each answer in turn
    answers = []
    for label in ("Discard", "Later", "Resume"):
        def click(label: str = label) -> None:
            box = QtWidgets.QApplication.activeModalWidget()
            assert isinstance(box, QtWidgets.QMessageBox)
            assert box.text() == pending.question
            assert "“Sandbox”" in box.informativeText()
            [button] = [b for b in box.buttons() if b.text() == label]
            button.click()

        QtCore.QTimer.singleShot(50, click)
        answers.append(ask_resume(panel, pending))
    # THEN each button gives its answer
    assert answers == ["discard", "later", "resume"]


def test_each_row_shows_its_filled_message_in_its_tooltip(panel: BulkPanel) -> None:
    # GIVEN two rows, the second without a name (the default fills it)
    panel.set_recipients(RecipientsTable((
        RecipientRow(user_id(0), {"tên": "An", "order_id": "<1>"}, 2),
        RecipientRow(user_id(1), {"order_id": "2"}, 3)), ("tên", "order_id")))
    panel.set_defaults({"tên": "bạn"})
    # THEN hovering a row shows the message that recipient gets, buttons included
    tip = cell(panel, 1, "user_id", QtCore.Qt.ItemDataRole.ToolTipRole)
    assert "Message for this recipient:" in tip
    assert "Chào bạn,\nđơn hàng #2 đã được xác nhận." in tip
    assert "[Xem đơn 2]  [Tư vấn]" in tip
    # AND a value that looks like markup is shown as typed, not as rich text
    first = cell(panel, 0, "Status", QtCore.Qt.ItemDataRole.ToolTipRole)
    assert "#&lt;1&gt; đã được" in first and "<1>" not in first


def test_columns_shrink_to_the_tables_width_instead_of_cutting_the_last(
    panel: BulkPanel, qtbot  # type: ignore[no-untyped-def]
) -> None:
    # GIVEN a table with many wide variable columns in a narrow panel
    names = tuple(f"cột_{n}" for n in range(8))
    rows = tuple(RecipientRow(user_id(i), {n: "giá trị khá dài " * 4 for n in names}, i + 2)
                 for i in range(3))
    panel.set_recipients(RecipientsTable(rows, names))
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    view = panel.recipients_area().view()
    header = view.horizontalHeader()
    shown = [c for c in range(header.count()) if not view.isColumnHidden(c)]
    # THEN every shown column ends inside the table: none is cut at the right edge
    qtbot.waitUntil(lambda: header.sectionViewportPosition(shown[-1])
                    + header.sectionSize(shown[-1]) <= view.viewport().width())
    assert view.horizontalScrollBar().maximum() == 0
    # AND a shrunk cell says its whole value in its tooltip
    value = cell(panel, 0, "cột_7", QtCore.Qt.ItemDataRole.ToolTipRole)
    assert value == "giá trị khá dài " * 4
