"""Zalo's outcome in the window, against the built-in sandbox over real loopback HTTP: a send
to the "-230" test follower turns red "failed at Zalo · -230" with its meaning in the
window's language, in the results log and in History, also after a restart."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Iterator

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from pytestqt.qtbot import QtBot

from zalo_composer.app.services import AppServices
from zalo_composer.domain.demo import DEMO_CALLBACK_URL
from zalo_composer.domain.zalo_codes import zalo_meaning
from zalo_composer.store.history import HistoryFilter
from zalo_composer.ui import i18n
from zalo_composer.ui.history.model import meaning_text
from zalo_composer.ui.history.model import state_word as history_state_word
from zalo_composer.ui.main_window import MainWindow
from zalo_composer.ui.results.model import MEANING, ResultsModel
from zalo_composer.ui.state_badge import badge_color

from .samples import five_button_draft

INACTIVE = "1000000000000000230"
QUICK = (0.3, 0.6, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0)
"""The follow-up's delays in these tests (the program's are 5 s, 30 s, 2 min, 10 min)."""


@pytest.fixture
def vietnamese(qapp: QtWidgets.QApplication, qtbot: QtBot) -> Iterator[None]:
    """The window in Vietnamese for one test; English again afterwards."""
    assert i18n.install_language(qapp, "vi") == "vi"
    qtbot.wait(1)
    try:
        yield
    finally:
        i18n.install_language(qapp, "en")
        qtbot.wait(1)


def model(window: MainWindow) -> ResultsModel:
    return window.activity.results_log.results_model()


def close_services(services: AppServices, qtbot: QtBot) -> None:
    closing = asyncio.ensure_future(services.aclose())
    qtbot.waitUntil(closing.done, timeout=5000)


@pytest.mark.usefixtures("vietnamese")
def test_a_send_to_the_230_follower_ends_red_with_zalos_reason_also_after_a_restart(
    services: AppServices, qtbot: QtBot
) -> None:
    # GIVEN the Sandbox profile a first start makes (with its CallbackUrl) and a quick follow-up
    window = MainWindow(services=services)
    qtbot.addWidget(window)
    assert services.book.get("Sandbox").callback_url == DEMO_CALLBACK_URL
    services.follow_up().delays = QUICK
    window.load_draft(dataclasses.replace(five_button_draft(), recipients=(INACTIVE,)))
    # WHEN the message goes to the -230 test follower
    window.view.send_button.click()
    qtbot.waitUntil(lambda: model(window).rowCount() == 1 and not window.activity.sends.busy,
                    timeout=10000)
    # THEN, within the follow-up, the row turns to "failed at Zalo · -230" with its meaning
    # in Vietnamese, red
    qtbot.waitUntil(lambda: model(window).state_at(0) == "zalo_failed", timeout=15000)
    observed = model(window).observation_at(0)
    assert observed is not None and observed.zalo_error == -230
    text = model(window).index(0, MEANING).data()
    word = i18n.domain_text("failed at Zalo")
    meaning = i18n.domain_text(zalo_meaning(-230))
    assert word != "failed at Zalo" and meaning != zalo_meaning(-230), "translated"
    assert text == f"{word} · -230 — {meaning}"
    summary = window.activity.results_log.findChild(QtWidgets.QLabel, "resultSummary")
    assert f"{word} · -230 — {meaning}" in summary.text(), "the details pane says it too"
    brush = model(window).index(0, MEANING).data(QtCore.Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QtGui.QBrush)
    assert brush.color() == badge_color("zalo_failed", window.palette())
    assert brush.color().red() > brush.color().green()
    # AND History keeps it (found by Zalo's code)
    [row] = services.history.page(HistoryFilter(zalo_error="-230"))
    assert (row.recipient, row.state, row.zalo_error) == (INACTIVE, "zalo_failed", -230)

    # WHEN the program starts again
    window.close()
    close_services(services, qtbot)
    again = AppServices()
    try:
        restarted = MainWindow(services=again)
        qtbot.addWidget(restarted)
        restarted.activity.load_recent_results()
        # THEN the results log and History say the same, in Vietnamese
        assert model(restarted).state_at(0) == "zalo_failed"
        assert model(restarted).index(0, MEANING).data() == f"{word} · -230 — {meaning}"
        history = restarted.activity.show_history()
        shown = history.history_model()
        qtbot.waitUntil(lambda: shown.rowCount() == 1, timeout=5000)
        [stored] = again.history.page()
        assert meaning_text(stored) == f"-230 — {meaning}"
        assert history_state_word(stored.state) == i18n.translate("HistoryModel",
                                                                  "failed at Zalo")
        texts = [shown.index(0, c).data() for c in range(shown.columnCount())]
        assert f"-230 — {meaning}" in texts
        history.close()
        restarted.close()
    finally:
        close_services(again, qtbot)
