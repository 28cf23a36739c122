"""The bulk panel inside the window: its dock, the defaults feeding single sends, and the
start-up offer to resume a batch a dead program left."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6 import QtWidgets

from tests.app.bulk_samples import DRAFT, make_table
from zalo_composer.app.services import AppServices
from zalo_composer.domain.validation import has_errors
from zalo_composer.domain.variables import RecipientRow, RecipientsTable
from zalo_composer.sandbox import Fault
from zalo_composer.store.batches import pending_batches
from zalo_composer.ui.inline_problems import ERROR_MARK
from zalo_composer.ui.main_window import MainWindow


def _interrupted_batch(window: MainWindow, services: AppServices, qtbot: Any) -> str:
    services.sandbox.base_url()
    assert services.sandbox.running is not None
    services.sandbox.running.inject(Fault("delay", seconds=0.05), times=None)
    panel = window.activity.bulk_panel()
    panel._confirm_start = lambda profile, count, rate: True  # type: ignore[method-assign]
    window.load_draft(DRAFT)
    panel.set_draft(DRAFT)
    panel.set_recipients(make_table(20))
    panel.controls().set_rate(None)
    panel.check_all()
    task = panel.start()
    assert task is not None
    sender = panel.runner().bulk_sender()
    assert sender is not None
    qtbot.waitUntil(lambda: sender.progress().accepted >= 3, timeout=10_000)
    panel.interrupt()
    qtbot.waitUntil(task.done, timeout=10_000)
    return sender.batch_id


def test_the_bulk_dock_is_in_the_view_menu(window: MainWindow) -> None:
    dock = window.findChild(QtWidgets.QDockWidget, "bulkDock")
    assert dock is not None and not dock.isVisible()
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert "&Bulk send" in [a.text() for a in view.actions()]


def test_defaults_from_the_panel_reach_single_sends(window: MainWindow) -> None:
    window.load_draft(DRAFT)
    window.activity.bulk_panel().set_draft(DRAFT)  # as Open does, through draft_loaded
    editor = window.activity.bulk_panel().defaults_editor()
    editor.set_value("tên", "Lan")  # as the user types them
    editor.set_value("order_id", "DH-1")
    assert window.variable_defaults() == {"tên": "Lan", "order_id": "DH-1"}
    assert "Lan" in window.filled_draft().message.text


def test_an_interrupted_batch_is_offered_at_start_and_can_be_discarded(
    window: MainWindow, services: AppServices, qtbot  # type: ignore[no-untyped-def]
) -> None:
    batch_id = _interrupted_batch(window, services, qtbot)
    assert [m.batch_id for m in pending_batches()] == [batch_id]
    later = MainWindow(services=services)
    qtbot.addWidget(later)
    asked: list[str] = []
    later.activity.ask_resume_batch = lambda pending: asked.append(pending.question) or "discard"  # type: ignore[method-assign]
    assert later.activity.offer_bulk_resume() is False
    assert "was interrupted" in asked[0]
    assert pending_batches() == []


def test_resuming_at_start_finishes_the_batch(
    window: MainWindow, services: AppServices, qtbot  # type: ignore[no-untyped-def]
) -> None:
    batch_id = _interrupted_batch(window, services, qtbot)
    accepted_before = services.history.accepted_recipients(batch_id)
    later = MainWindow(services=services)
    qtbot.addWidget(later)
    later.activity.ask_resume_batch = lambda pending: "resume"  # type: ignore[method-assign]
    with qtbot.waitSignal(later.activity.bulk_panel().finished, timeout=30_000) as finished:
        assert later.activity.offer_bulk_resume() is True
    assert later.findChild(QtWidgets.QDockWidget, "bulkDock").isVisibleTo(later)
    report = finished.args[0]
    assert {r.user_id for r in report.by_outcome("accepted_before")} == accepted_before
    # every row arrived once: accepted now, before, or refused as a duplicate (124)
    assert all(r.outcome in ("accepted", "accepted_before") or r.code == "124"
               for r in report.rows)
    assert len(report.rows) == 20
    assert pending_batches() == []


def test_while_bulk_is_in_view_its_columns_are_not_errors_of_the_message(
    shown_window: MainWindow, qtbot  # type: ignore[no-untyped-def]
) -> None:
    window = shown_window
    # GIVEN a message with placeholders no default fills, and a recipient
    window.load_draft(dataclasses.replace(DRAFT, recipients=("6100000000000000001",)))
    errors = [p for p in window.problems() if p.is_error]
    assert errors and "give it a default in Bulk send" in errors[0].message
    # WHEN Bulk send is opened (Ctrl+Shift+B does the same)
    window.activity.show_bulk()
    qtbot.waitUntil(lambda: not has_errors(window.problems()))
    # THEN the fields say the bulk send fills them; nothing is red; Send waits
    notes = {p.field: p.message for p in window.problems()}
    assert notes["text"] == "{{order_id}}, {{tên}} filled per recipient in Bulk send."
    summary = window.view.summary.text()
    assert "filled per recipient in Bulk send" in summary and ERROR_MARK not in summary
    assert not window.view.send_button.isEnabled()
    # WHEN the dock goes behind Results with a table that has only one of the columns
    window.activity.bulk_panel().set_recipients(RecipientsTable(
        (RecipientRow("6100000000000000001", {"tên": "Lan"}, 2),), ("tên",)))
    window.activity.show_results()
    window.activity.results_dock.raise_()  # its tab in front
    qtbot.waitUntil(lambda: has_errors(window.problems()))
    # THEN only the placeholder no column fills is an error again
    by_field = {p.field: p for p in window.problems()}
    assert by_field["text"].is_error and "{{order_id}}" in by_field["text"].message
    assert "{{tên}}" not in by_field["text"].message
    # AND a default for it lets a single send go
    window.set_variable_defaults({"order_id": "DH-1", "tên": "Lan"})
    assert window.view.send_button.isEnabled()


def test_a_bulk_row_follows_zalos_outcome(window: MainWindow, services: AppServices,
                                          qtbot) -> None:  # type: ignore[no-untyped-def]
    from zalo_composer.domain.variables import RecipientRow, RecipientsTable

    # GIVEN the sandbox's "sent" and "-230" test followers in a recipients table, a quick
    # follow-up, and the bulk panel on the Sandbox profile
    services.follow_up().delays = (0.3, 0.6, 1.0, 2.0, 3.0)
    delivered, inactive = "1000000000000000001", "1000000000000000230"
    table = RecipientsTable(tuple(
        RecipientRow(uid, {"tên": "Lan", "order_id": "7"}, line)
        for line, uid in enumerate((delivered, inactive), start=2)), ("tên", "order_id"))
    panel = window.activity.bulk_panel()
    panel._confirm_start = lambda profile, count, rate: True  # type: ignore[method-assign]
    window.load_draft(DRAFT)
    panel.set_draft(DRAFT)
    panel.set_recipients(table)
    panel.controls().set_rate(None)
    panel.check_all()
    # WHEN the batch is sent
    task = panel.start()
    assert task is not None
    qtbot.waitUntil(task.done, timeout=15_000)
    model = panel.recipients_model()
    assert [model.status_at(r) for r in range(2)] in (
        ["accepted", "accepted"], ["sent", "accepted"], ["accepted", "zalo_failed"],
        ["sent", "zalo_failed"])
    # THEN, within the follow-up, each row says what Zalo did with it
    qtbot.waitUntil(lambda: [model.status_at(r) for r in range(2)] == ["sent", "zalo_failed"],
                    timeout=15_000)
    assert model.status_text(1) == "failed at Zalo"
