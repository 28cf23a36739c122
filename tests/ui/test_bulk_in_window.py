"""The bulk panel inside the window: its dock, the defaults feeding single sends, and the
start-up offer to resume a batch a dead program left."""

from __future__ import annotations

from typing import Any

from PySide6 import QtWidgets

from tests.app.bulk_samples import DRAFT, make_table
from zalo_composer.app.services import AppServices
from zalo_composer.sandbox import Fault
from zalo_composer.store.batches import pending_batches
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
