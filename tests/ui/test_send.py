"""Sending from the window, end to end over real loopback HTTP against the in-process sandbox:
accepted rows, several recipients, double-click, cancel, retry with the same RequestId,
missing keys, the plain-http refusal, and a UI that never blocks."""

from __future__ import annotations

import dataclasses
import json
import time
from typing import Any

import pytest
from PySide6 import QtCore, QtWidgets

from zalo_composer.app.send import FIRST_ATTEMPT_ACCEPTED
from zalo_composer.app.services import AppServices
from zalo_composer.domain.demo import DEMO_OAIDS
from zalo_composer.esms.client import SendResult
from zalo_composer.sandbox import Fault, Sandbox
from zalo_composer.store.profiles import Profile
from zalo_composer.ui.main_window import MainWindow
from zalo_composer.ui.results.model import MEANING, ResultsModel

from .samples import five_button_draft


@pytest.fixture
def win(services: AppServices, qtbot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(services=services)
    qtbot.addWidget(window)
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(window.dialogs, "show_error",
                        lambda title, text: errors.append((title, text)))
    window.shown_errors = errors  # type: ignore[attr-defined]
    window.load_draft(five_button_draft())
    return window


def model(window: MainWindow) -> ResultsModel:
    return window.activity.results_log.results_model()


def results(window: MainWindow) -> list[SendResult | None]:
    return [model(window).result_at(r) for r in range(model(window).rowCount())]


def sandbox(window: MainWindow) -> Sandbox:
    running = window.services().sandbox.running
    assert running is not None
    return running


def sends(window: MainWindow) -> list[Any]:
    """The send requests the sandbox got (not the balance or status calls)."""
    return [r for r in sandbox(window).requests if "SendZalo" in r.path]


def wait_idle(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.activity.sends.busy, timeout=10000)


def test_a_valid_message_sends_and_shows_accepted(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    # GIVEN the Sandbox profile a first start creates, and a valid five-button message
    assert win.profile_switcher().current_profile().name == "Sandbox"  # type: ignore[union-attr]
    expected_id = win.pending_request_id()
    # WHEN the user clicks Send
    qtbot.mouseClick(win.view.send_button, QtCore.Qt.MouseButton.LeftButton)
    wait_idle(win, qtbot)
    # THEN one row says "100 — accepted by eSMS", under the RequestId the preview showed
    [result] = results(win)
    assert result is not None
    assert result.summary == "100 — accepted by eSMS"
    assert model(win).index(0, MEANING).data() == "accepted by eSMS"
    assert result.request_id == expected_id
    assert result.sms_id and result.http_status == 200
    # AND the request the sandbox got is the one the preview showed, keys aside
    [request] = sends(win)
    assert request.body["Payload"] == json.loads(win.preview_text())["Payload"]
    # AND the next send gets a new RequestId
    assert win.pending_request_id() != expected_id
    assert "accepted by eSMS" in win.statusBar().currentMessage()


def test_one_request_per_recipient_in_order_each_with_its_own_request_id(
    win: MainWindow, qtbot  # type: ignore[no-untyped-def]
) -> None:
    recipients = ("1001", "1002", "1003")
    win.load_draft(dataclasses.replace(five_button_draft(), recipients=recipients))
    win.view.send_button.click()
    wait_idle(win, qtbot)
    sent = [r.body["Payload"]["recipient"]["user_id"] for r in sends(win)]
    assert sent == list(recipients)
    rows = results(win)
    assert all(r is not None and r.code == "100" for r in rows)
    assert len({r.request_id for r in rows if r}) == 3


def test_a_double_click_sends_once(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    win.view.send_button.click()
    win.view.send_button.click()
    win.send()  # even past the disabled button, e.g. Ctrl+Enter twice
    wait_idle(win, qtbot)
    assert len(sends(win)) == 1
    assert model(win).rowCount() == 1


def test_the_ui_stays_responsive_and_cancel_aborts_at_once(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    # GIVEN a server that takes 5 s to answer
    win.services().sandbox.base_url()
    sandbox(win).inject(Fault("delay", seconds=5))
    win.view.send_button.click()
    qtbot.waitUntil(lambda: len(sends(win)) == 1, timeout=5000)
    # WHILE it waits, the window keeps handling events and shows a sending row
    ticks: list[float] = []
    QtCore.QTimer.singleShot(10, lambda: ticks.append(time.perf_counter()))
    qtbot.waitUntil(lambda: bool(ticks), timeout=1000)
    assert win.view.cancel_button.isEnabled() and not win.view.send_button.isEnabled()
    assert results(win) == [None]  # "sending…"
    # WHEN the user presses Cancel
    start = time.perf_counter()
    qtbot.mouseClick(win.view.cancel_button, QtCore.Qt.MouseButton.LeftButton)
    wait_idle(win, qtbot)
    # THEN the request is abandoned at once and the row says what that means
    assert time.perf_counter() - start < 1.0
    [result] = results(win)
    assert result is not None and result.failure == "cancelled"
    assert "may or may not have received it" in result.meaning
    assert win.view.send_button.isEnabled() and not win.view.cancel_button.isEnabled()


def test_retry_after_a_network_failure_reuses_the_request_id(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    # GIVEN a send that reached eSMS but whose answer was lost on the way back
    win.services().sandbox.base_url()
    sandbox(win).inject(Fault("drop", process=True))
    win.view.send_button.click()
    wait_idle(win, qtbot)
    [failed] = results(win)
    assert failed is not None and failed.outcome == "failed" and failed.failure == "reset"
    # WHEN the user retries it from the results log
    log = win.activity.results_log
    log.select_row(0)
    retry = log.findChild(QtWidgets.QPushButton, "retryButton")
    assert retry.isEnabled()
    retry.click()
    wait_idle(win, qtbot)
    # THEN the same RequestId goes again and eSMS answers "duplicate", not a second delivery:
    # shown as "the first attempt was accepted", not as a rejection (issue #11)
    [again] = results(win)
    assert again is not None and again.request_id == failed.request_id
    assert again.code == "124" and again.outcome == "accepted"
    assert again.meaning == FIRST_ATTEMPT_ACCEPTED
    assert len(sandbox(win).messages) == 1


def test_a_profile_without_keys_says_so_and_sends_nothing(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    book = win.services().book
    book.put(Profile("Real shop", "4368496045530866759"))
    book.active = "Real shop"
    win.profile_switcher().reload(book)
    win.view.send_button.click()
    wait_idle(win, qtbot)
    assert results(win) == []
    [(_title, text)] = win.shown_errors  # type: ignore[attr-defined]
    assert "has no ApiKey/SecretKey" in text
    assert win.view.send_button.isEnabled()


def test_plain_http_to_a_remote_host_is_refused_before_connecting(
    win: MainWindow, qtbot, memory_keyring  # type: ignore[no-untyped-def]
) -> None:
    from zalo_composer.store.secrets import Secrets

    book = win.services().book
    book.put(Profile("Plain", "4368496045530866759", endpoint="http://rest.esms.vn/x/"))
    book.active = "Plain"
    win.services().secrets.save("Plain", Secrets("AK-plain-1", "SK-plain-2"))
    win.profile_switcher().reload(book)
    win.view.send_button.click()
    wait_idle(win, qtbot)
    [result] = results(win)
    assert result is not None and result.failure == "endpoint"
    assert "plain http://" in result.meaning
    assert result.duration_ms == 0.0


@pytest.mark.parametrize(
    ("fault", "failure", "words"),
    [
        (Fault("http_500"), "http", "HTTP 500"),
        (Fault("http_502_html"), "http", "HTTP 502"),
        # (half an answer with a readable CodeResult 100 is accepted now: tests/app)
        (Fault("empty_body"), "not_json", "empty body"),
        (Fault("no_code"), "no_code", "no result code"),
        (Fault("drop"), "reset", "closed before"),
        (Fault("reset"), "reset", "closed before"),
        (Fault("delay", seconds=2), "read_timeout", "did not answer within 0.4 s"),
        (Fault("trickle", seconds=3), "read_timeout", "did not finish its answer within 0.8 s"),
    ],
)
def test_every_fault_gets_a_plain_row_and_the_next_send_works(
    win: MainWindow, qtbot, fault: Fault, failure: str, words: str  # type: ignore[no-untyped-def]
) -> None:
    # GIVEN the sandbox profile with a short answer timeout, and a fault on the next request
    book = win.services().book
    book.put(dataclasses.replace(book.get("Sandbox"), connect_timeout=0.4, read_timeout=0.4),
             replacing="Sandbox")
    win.services().sandbox.base_url()
    sandbox(win).inject(fault)
    # WHEN the user sends
    win.view.send_button.click()
    wait_idle(win, qtbot)
    # THEN the row says what went wrong in plain words
    [row] = results(win)
    assert row is not None and row.outcome == "failed"
    assert row.failure == failure
    assert words in row.meaning
    # AND the next send works
    win.view.send_button.click()
    wait_idle(win, qtbot)
    latest = results(win)[0]
    assert latest is not None and latest.summary == "100 — accepted by eSMS"


def test_secrets_reach_the_request_and_no_file_or_output(
    win: MainWindow, qtbot, composer_home, capfd, memory_keyring, tmp_path  # type: ignore[no-untyped-def]
) -> None:
    from zalo_composer.store.secrets import Secrets

    api_key, secret_key = "AK-distinct-5e7a1c9b", "SK-distinct-0d4f8e2a"
    # GIVEN a real (non-sandbox) profile whose keys live in the keyring
    win.services().sandbox.base_url()
    book = win.services().book
    book.put(Profile("Shop", next(iter(DEMO_OAIDS)), endpoint=sandbox(win).base_url))
    book.active = "Shop"
    book.save()
    win.services().secrets.save("Shop", Secrets(api_key, secret_key))
    win.profile_switcher().reload(book)
    # WHEN the user sends, and saves the draft
    win.view.send_button.click()
    wait_idle(win, qtbot)
    win.files.save_to(tmp_path / "d.zalo.json")
    # THEN eSMS got the keys (it answered "wrong keys", so it read them) …
    [row] = results(win)
    assert row is not None and row.code == "101"
    # … and they are in the keyring, but in no file, preview, log row or output
    assert set(memory_keyring.items.values()) == {api_key, secret_key}
    shown = win.preview_text() + json.dumps(row.request_body) + row.raw_response + repr(row)
    out, err = capfd.readouterr()
    for blob in (shown, out, err):
        assert api_key not in blob and secret_key not in blob
    for path in [*composer_home.rglob("*"), tmp_path / "d.zalo.json"]:
        if path.is_file():
            data = path.read_bytes()
            assert api_key.encode() not in data and secret_key.encode() not in data, path


def test_balance_in_the_status_bar_refreshes_after_a_send(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    balance = win.activity.balance
    assert balance.text() == "Balance: —"  # nothing asked at start
    with qtbot.waitSignal(balance.refreshed, timeout=10000) as first:
        win.view.send_button.click()
    assert first.args[0].startswith("Balance: ") and first.args[0].endswith(" đ")
    before = int(first.args[0].removeprefix("Balance: ").removesuffix(" đ").replace(",", ""))
    with qtbot.waitSignal(balance.refreshed, timeout=10000) as second:
        win.view.send_button.click()
    after = int(second.args[0].removeprefix("Balance: ").removesuffix(" đ").replace(",", ""))
    assert before - after == 200  # the sandbox's price of one message


def test_check_status_of_an_accepted_message(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    win.view.send_button.click()
    wait_idle(win, qtbot)
    log = win.activity.results_log
    log.select_row(0)
    button = log.findChild(QtWidgets.QPushButton, "checkStatusButton")
    assert button.isEnabled()
    summary = log.findChild(QtWidgets.QLabel, "resultSummary")
    button.click()
    # The lifecycle's words, from GetSendStatus (and GetCallback); never QueryZnsStatus,
    # which eSMS documents for ZNS only (issue #11)
    qtbot.waitUntil(lambda: "waiting for Zalo" in summary.text()
                    or "sent by Zalo" in summary.text(), timeout=10000)
    assert not any("QueryZnsStatus" in r.path for r in sandbox(win).requests)
