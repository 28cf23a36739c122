"""The results log's selection follows each new row (issue #11): after several sends the
details pane, Retry and Check status act on the newest row, not on one that scrolled away."""

from __future__ import annotations

import dataclasses

from PySide6 import QtWidgets
from pytestqt.qtbot import QtBot

from zalo_composer.app.services import AppServices
from zalo_composer.ui.main_window import MainWindow
from zalo_composer.ui.results import ResultsLog

from .samples import five_button_draft
from .test_results_log import accepted, failed


def test_a_new_row_takes_the_selection_from_an_older_one(qtbot: QtBot) -> None:
    log = ResultsLog()
    qtbot.addWidget(log)
    model = log.results_model()
    model.add(failed(request_id="1" * 32), "Shop")
    model.add(accepted(request_id="2" * 32), "Shop")
    # GIVEN the user selected the older row (a network failure: Retry offered)
    log.select_row(1)
    retry = log.findChild(QtWidgets.QPushButton, "retryButton")
    assert retry.isEnabled()
    # WHEN a new send's row arrives on top
    model.add_pending("8412345", "3" * 32, "Shop")
    # THEN the selection moves to it: the details and the buttons are the new row's
    assert log.selected_row() == 0
    assert model.result_at(log.selected_row()) is None
    assert not retry.isEnabled()
    model.replace_row(0, accepted(request_id="3" * 32))
    with qtbot.waitSignal(log.status_requested, timeout=1000) as asked:
        log.findChild(QtWidgets.QPushButton, "checkStatusButton").click()
    assert asked.args[0].request_id == "3" * 32


def test_after_several_sends_the_window_shows_the_newest(
    services: AppServices, qtbot: QtBot
) -> None:
    window = MainWindow(services=services)
    qtbot.addWidget(window)
    log = window.activity.results_log
    for recipient in ("1000000000000000001", "1000000000000000002", "1000000000000000003"):
        window.load_draft(dataclasses.replace(five_button_draft(), recipients=(recipient,)))
        window.send()
        qtbot.waitUntil(lambda: not window.activity.sends.busy, timeout=10000)
        if recipient.endswith("1"):
            log.select_row(0)  # the user looks at the first one…
        selected = log.results_model().result_at(log.selected_row())
        # …and each later send's row takes the selection
        assert selected is not None and selected.recipient == recipient
    assert log.results_model().rowCount() == 3
