"""No accidental double send, in the window against the built-in sandbox over real loopback
HTTP: the same text to the same follower within 10 minutes of an accepted send asks first
(naming when it went); No sends nothing, Yes sends; another text or follower is not asked
about; an unknown outcome says to check first and offers Check status."""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import Any

import pytest
from PySide6 import QtWidgets
from pytestqt.qtbot import QtBot

from zalo_composer.app.double_send import EarlierSend
from zalo_composer.app.services import AppServices
from zalo_composer.domain.demo import DEMO_BROKEN_ANSWER_USER_ID
from zalo_composer.domain.model import Message
from zalo_composer.sandbox import Sandbox
from zalo_composer.ui.dialogs import Dialogs, SendAgainAnswer
from zalo_composer.ui.main_window import MainWindow

from .samples import five_button_draft

FOLLOWER = "1000000000000000001"
ASK_SEND_AGAIN = Dialogs.ask_send_again
"""The real question (tests/ui/conftest.py answers "send" for every other test)."""


@pytest.fixture
def win(services: AppServices, qtbot: QtBot) -> MainWindow:
    window = MainWindow(services=services)
    qtbot.addWidget(window)
    window.load_draft(dataclasses.replace(five_button_draft(), recipients=(FOLLOWER,)))
    return window


class Answers:
    """Stands in for `Dialogs.ask_send_again`: records each question, answers *answer*."""

    def __init__(self, answer: SendAgainAnswer) -> None:
        self.answer = answer
        self.asked: list[list[EarlierSend]] = []

    def __call__(self, earlier: list[EarlierSend]) -> SendAgainAnswer:
        self.asked.append(list(earlier))
        return self.answer


def sends(window: MainWindow) -> list[Any]:
    sandbox = window.services().sandbox.running
    assert isinstance(sandbox, Sandbox)
    return [r for r in sandbox.requests if "SendZalo" in r.path]


def send(window: MainWindow, qtbot: QtBot) -> None:
    window.send()
    qtbot.waitUntil(lambda: not window.activity.sends.busy, timeout=10000)


def test_the_same_text_to_the_same_follower_asks_and_no_sends_nothing(
    win: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers("cancel")
    monkeypatch.setattr(win.dialogs, "ask_send_again", answers)
    send(win, qtbot)
    assert answers.asked == [] and len(sends(win)) == 1, "the first send is not asked about"
    # WHEN the same text goes to the same follower again, THEN the question comes first
    send(win, qtbot)
    [[earlier]] = answers.asked
    assert (earlier.row.recipient, earlier.row.state, earlier.unknown) == (
        FOLLOWER, "accepted", False)
    assert len(sends(win)) == 1, "No sends nothing"
    # AND Yes sends
    answers.answer = "send"
    send(win, qtbot)
    assert len(answers.asked) == 2 and len(sends(win)) == 2


def test_another_text_or_another_follower_is_not_asked_about(
    win: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers("cancel")
    monkeypatch.setattr(win.dialogs, "ask_send_again", answers)
    send(win, qtbot)
    draft = win.draft()
    win.load_draft(dataclasses.replace(draft, recipients=("1000000000000000002",)))
    send(win, qtbot)
    win.load_draft(dataclasses.replace(draft, message=Message(
        "Một tin khác", draft.message.buttons)))
    send(win, qtbot)
    assert answers.asked == []
    assert len(sends(win)) == 3


def test_the_question_names_when_it_went(
    win: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    send(win, qtbot)
    [row] = win.services().history.page()
    shown: list[str] = []

    def exec_box(box: QtWidgets.QMessageBox) -> int:
        shown.append(box.text())
        shown.extend(b.text() for b in box.buttons())
        return 0  # closed without a button: nothing is sent

    monkeypatch.setattr(QtWidgets.QMessageBox, "exec", exec_box)
    monkeypatch.setattr(win.dialogs, "ask_send_again",
                        functools.partial(ASK_SEND_AGAIN, win.dialogs))
    send(win, qtbot)
    assert len(sends(win)) == 1
    text = shown[0]
    assert FOLLOWER in text and row.created_at.astimezone().strftime("%H:%M:%S") in text
    assert re.search(r"\(\d+ min ago\)", text) and "accepted by eSMS" in text
    assert "Check &status" not in shown, "Check status is offered for an unknown outcome only"


def test_an_unknown_outcome_says_check_first_and_offers_check_status(
    win: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN a send whose answer was broken (eSMS accepted and charged it: outcome unknown)
    win.load_draft(dataclasses.replace(win.draft(), recipients=(DEMO_BROKEN_ANSWER_USER_ID,)))
    send(win, qtbot)
    assert win.activity.results_log.results_model().state_at(0) == "unknown"
    # WHEN the same text goes again, THEN the question says to check first
    texts: list[str] = []

    def exec_box(box: QtWidgets.QMessageBox) -> int:
        texts.append(box.text())
        texts.extend(b.text() for b in box.buttons())
        return 0

    monkeypatch.setattr(QtWidgets.QMessageBox, "exec", exec_box)
    monkeypatch.setattr(win.dialogs, "ask_send_again",
                        functools.partial(ASK_SEND_AGAIN, win.dialogs))
    send(win, qtbot)
    assert "Check before sending again" in texts[0] and "Check &status" in texts
    # AND choosing Check status asks eSMS about it and sends nothing
    answers = Answers("check")
    monkeypatch.setattr(win.dialogs, "ask_send_again", answers)
    send(win, qtbot)
    [[earlier]] = answers.asked
    assert earlier.unknown and earlier.row.recipient == DEMO_BROKEN_ANSWER_USER_ID
    assert len(sends(win)) == 1
    summary = win.activity.results_log.findChild(QtWidgets.QLabel, "resultSummary")
    assert summary.text().startswith("Asking eSMS")
    qtbot.waitUntil(lambda: not summary.text().startswith("Asking eSMS"), timeout=5000)
    assert summary.text()
