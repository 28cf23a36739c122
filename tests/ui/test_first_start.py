"""First start: an untouched form shows no red (problems come once a field is touched or
on Send), the balance is asked for once at start, and money reads as the UI's language
writes it."""

from __future__ import annotations

from PySide6 import QtCore
from pytestqt.qtbot import QtBot

from tests.ui.keyboard import type_text
from zalo_composer.esms.sandbox import DEMO_BALANCE
from zalo_composer.ui.app import after_start
from zalo_composer.ui.inline_problems import ERROR_MARK, InlineProblems
from zalo_composer.ui.main_window import MainWindow
from zalo_composer.ui.status import format_money


def _red(window: MainWindow) -> list[str]:
    """What shows a problem: the summary's mark, listed problems, inline messages."""
    view = window.view
    found = []
    if ERROR_MARK in view.summary.text():
        found.append(view.summary.text())
    found += [view.problems_panel.list_widget().item(i).text()
              for i in range(view.problems_panel.list_widget().count())]
    for editor in (view.options, view.message, view.buttons):
        found += [label.plain_text() for label in editor.findChildren(InlineProblems)
                  if label.isVisibleTo(window) and label.problems()]
    return found


def test_an_untouched_form_shows_no_red(shown_window: MainWindow, qtbot: QtBot) -> None:
    # GIVEN the first window: an empty message, so the draft has errors as data
    assert shown_window.problems()
    # THEN none is shown, and Send waits
    assert _red(shown_window) == []
    assert not shown_window.view.send_button.isEnabled()
    # WHEN a field is touched, THEN the problems show
    type_text(shown_window.message_editor().text_edit(), "x")
    type_text(shown_window.message_editor().text_edit(), "\b")
    qtbot.waitUntil(lambda: bool(_red(shown_window)))


def test_send_on_an_untouched_form_shows_why_not(shown_window: MainWindow) -> None:
    shown_window.send()
    assert _red(shown_window)


def test_new_is_quiet_again(shown_window: MainWindow, qtbot: QtBot) -> None:
    shown_window.send()
    assert _red(shown_window)
    shown_window.files.new()
    assert _red(shown_window) == []


def test_the_balance_is_asked_for_once_at_start(
    shown_window: MainWindow, qtbot: QtBot
) -> None:
    # GIVEN the Sandbox profile (its keys are built in)
    balance = shown_window.activity.balance
    assert "—" in balance.text()
    with qtbot.waitSignal(balance.refreshed, timeout=10_000) as refreshed:
        after_start(shown_window)
    assert format_money(float(DEMO_BALANCE)) in refreshed.args[0]


def test_money_is_written_as_the_language_writes_it() -> None:
    vietnamese = QtCore.QLocale(QtCore.QLocale.Language.Vietnamese,
                                QtCore.QLocale.Country.Vietnam)
    english = QtCore.QLocale(QtCore.QLocale.Language.English,
                             QtCore.QLocale.Country.UnitedStates)
    assert format_money(9999800.0, vietnamese) == "9.999.800"
    assert format_money(9999800.0, english) == "9,999,800"
    assert format_money(1234.5, vietnamese) == "1.234,50"
