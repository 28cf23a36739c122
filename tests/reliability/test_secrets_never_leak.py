"""Secrets never leak: one scripted session with distinctive keys — profile set up through
the CLI, sends from the window and the CLI, every fault of the matrix, a status check (the
one request that carries the keys in its URL), drafts saved, autosave, history, a DEBUG log
of everything (httpx and httpcore included), a CSV export of the history, Copy as cURL —
then a byte search, in UTF-8 and UTF-16, of every file under ZALO_COMPOSER_HOME, the drafts
and exports written, the log, the clipboard and the captured stdout/stderr. Neither key may
be anywhere but the keyring and the requests on the wire.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtGui, QtWidgets

from tests.helpers import in_own_thread
from zalo_composer.app.services import AppServices
from zalo_composer.cli import EXIT_NETWORK, EXIT_OK, run_cli
from zalo_composer.domain.body import build_request_body
from zalo_composer.domain.curl import to_curl
from zalo_composer.domain.demo import DEMO_API_KEY, DEMO_OAIDS, DEMO_SECRET_KEY
from zalo_composer.domain.model import Account, Draft, Message, PhoneButton, UrlButton
from zalo_composer.sandbox import SEND_ENDPOINT, Fault, Sandbox
from zalo_composer.store.files import save_draft
from zalo_composer.store.paths import log_dir
from zalo_composer.store.profiles import ProfileBook
from zalo_composer.ui.main_window import MainWindow

from .faults import CASES, TIMEOUT, fault_url

API_KEY = "AK-leakprobe-7f3e9b1c5d2a"
SECRET_KEY = "SK-leakprobe-2a8d4f6e0b91"
OAID = next(iter(DEMO_OAIDS))
PROFILE = "Cửa hàng Hoa Sen"
ECHOING_RECIPIENT = "6100000000000000999"
DRAFT = Draft(
    message=Message(
        text="Xin chào anh/chị, đơn hàng DH-2026-118374 đã được xác nhận.",
        buttons=(UrlButton(title="Theo dõi đơn hàng", url="https://hoasen.example.vn/don/1"),
                 PhoneButton(title="Gọi tổng đài", phone_code="1800 6868")),
    ),
    recipients=("6100000000000000001",),
)


class KeyedSandbox(Sandbox):
    """The sandbox, taking this session's keys as its own. For one recipient it answers
    like a careless gateway: a rejection whose ErrorMessage repeats the keys it got."""

    def answer(self, endpoint: str, params: Mapping[str, Any]) -> dict[str, Any]:
        ours = params.get("ApiKey") == API_KEY and params.get("SecretKey") == SECRET_KEY
        payload = params.get("Payload")
        recipient = payload.get("recipient", {}).get("user_id") if isinstance(
            payload, Mapping) else None
        if ours and recipient == ECHOING_RECIPIENT:
            return {"CodeResult": "101", "CountRegenerate": 0,
                    "ErrorMessage": f"Authorize Failed for {API_KEY} / {SECRET_KEY}"}
        if ours:
            params = {**params, "ApiKey": DEMO_API_KEY, "SecretKey": DEMO_SECRET_KEY}
        return super().answer(endpoint, params)


def leaks(blob: bytes) -> list[str]:
    """Which key, in which encoding, *blob* holds."""
    return [f"{name} as {encoding}"
            for name, secret in (("ApiKey", API_KEY), ("SecretKey", SECRET_KEY))
            for encoding in ("utf-8", "utf-16-le", "utf-16-be")
            if secret.encode(encoding) in blob]


def test_the_search_finds_a_key_in_every_encoding_it_checks() -> None:
    # The control: the search below would see a key, however it was written.
    for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-16"):
        assert leaks(f"x{API_KEY}y".encode(encoding)), encoding
    assert leaks(b"..." + SECRET_KEY.encode()) == ["SecretKey as utf-8"]
    assert leaks(b"AK-leakprobe-7f3e9b1c5d2") == []


@pytest.fixture
def session_log(composer_home: Path) -> Iterator[Path]:
    """Everything logged during the test, at DEBUG, httpx and httpcore included, in a file
    under ZALO_COMPOSER_HOME (where a user's log would be)."""
    path = log_dir() / "session.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    chatty = [logging.getLogger(name) for name in ("httpx", "httpcore", "zalo_composer")]
    saved = (root.level, [logger.level for logger in chatty])
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    for logger in chatty:
        logger.setLevel(logging.DEBUG)
    yield path
    root.removeHandler(handler)
    handler.close()
    root.setLevel(saved[0])
    for logger, level in zip(chatty, saved[1], strict=True):
        logger.setLevel(level)


@pytest.fixture
def sandbox() -> Iterator[KeyedSandbox]:
    with KeyedSandbox() as running:
        yield running


def cli(*args: str) -> int:
    """Run one CLI command as a user would, printing to the real stdout/stderr."""
    return in_own_thread(run_cli, list(args))


def test_a_whole_session_leaves_no_key_in_any_file_or_output(
    sandbox: KeyedSandbox, composer_home: Path, session_log: Path, tmp_path: Path,
    capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, memory_keyring: Any,
    certificate: tuple[Path, Path] | None, services: AppServices, qtbot,  # type: ignore[no-untyped-def]
) -> None:
    written: list[Path] = []  # files the session wrote outside ZALO_COMPOSER_HOME

    # GIVEN a profile set up through the CLI, its keys from the environment into the keyring
    assert cli("profile", "add", PROFILE, "--oaid", OAID, "--endpoint", sandbox.base_url,
               "--timeout", f"{TIMEOUT:g}") == EXIT_OK
    monkeypatch.setenv("ESMS_API_KEY", API_KEY)
    monkeypatch.setenv("ESMS_SECRET_KEY", SECRET_KEY)
    assert cli("profile", "set-secrets", PROFILE) == EXIT_OK
    monkeypatch.delenv("ESMS_API_KEY")
    monkeypatch.delenv("ESMS_SECRET_KEY")
    assert set(memory_keyring.items.values()) == {API_KEY, SECRET_KEY}

    # AND the CLI sends with them from the keyring: accepted, rejected with an echo, a fault
    draft_file = tmp_path / "cli.zalo.json"
    save_draft(draft_file, DRAFT)
    written.append(draft_file)
    assert cli("send", str(draft_file), "--profile", PROFILE) == EXIT_OK
    assert cli("send", str(draft_file), "--profile", PROFILE, "--json",
               "--to", ECHOING_RECIPIENT) == 1
    sandbox.inject(Fault("http_500", endpoint=SEND_ENDPOINT))
    assert cli("send", str(draft_file), "--profile", PROFILE) == EXIT_NETWORK
    assert cli("preview", str(draft_file), "--profile", PROFILE) == EXIT_OK
    assert cli("profile", "list") == EXIT_OK

    # WHEN the window sends with that profile: accepted, then every fault, each followed by
    # a send that works
    services.book = ProfileBook.load()  # as the window's next start reads what the CLI did
    window = MainWindow(services=services)
    qtbot.addWidget(window)
    monkeypatch.setattr(window.dialogs, "ask_save_changes", lambda _name: "discard")
    monkeypatch.setattr(window.dialogs, "ask_send_again", lambda _earlier: "send")
    errors: list[str] = []
    monkeypatch.setattr(window.dialogs, "show_error", lambda title, text: errors.append(text))
    book = services.book
    book.active = PROFILE
    window.profile_switcher().reload(book)
    window.use_profile(window.profile_switcher().current_profile())
    window.load_draft(DRAFT)

    def send() -> Any:
        window.view.send_button.click()
        qtbot.waitUntil(lambda: not window.activity.sends.busy, timeout=10000)
        return window.activity.results_log.results_model().result_at(0)

    assert send().code == "100"
    profile = book.get(PROFILE)
    for case in CASES:
        if case.fault is not None:
            case = dataclasses.replace(
                case, fault=dataclasses.replace(case.fault, endpoint=SEND_ENDPOINT))
        try:
            with fault_url(case, sandbox, certificate) as url:
                book.put(dataclasses.replace(profile, endpoint=url), replacing=PROFILE)
                failed = send()
        except pytest.skip.Exception:
            continue  # that fault cannot be made here; the matrix says why
        finally:
            book.put(profile, replacing=PROFILE)
        assert failed.failure == case.failure, (case.name, failed.meaning)
        assert send().code == "100"
    # … one answer that repeats the keys, and a status check (keys in the query string)
    window.load_draft(dataclasses.replace(DRAFT, recipients=(ECHOING_RECIPIENT,)))
    echoed = send()
    assert echoed.code == "101" and echoed.error_message and "••••••" in echoed.error_message
    window.load_draft(DRAFT)
    assert send().code == "100"
    log = window.activity.results_log
    log.select_row(0)
    summary = log.findChild(QtWidgets.QLabel, "resultSummary")
    log.findChild(QtWidgets.QPushButton, "checkStatusButton").click()
    qtbot.waitUntil(lambda: "waiting for Zalo" in summary.text()  # the lifecycle's words
                    or "sent by Zalo" in summary.text(), timeout=10000)
    assert errors == []

    # AND the drafts are saved, and unsaved work is autosaved
    saved = tmp_path / "window.zalo.json"
    assert window.files.save_to(saved)
    written.append(saved)
    window.message_editor().text_edit().insertPlainText(" Cảm ơn!")
    window.autosaver.flush()
    assert window.autosaver.recovery.path.exists()
    # AND the history is exported, and the request copied as cURL (keys masked)
    export = tmp_path / "history.csv"
    assert services.history.export_csv(export) >= 2 * len(CASES)
    written.append(export)
    window.import_export().copy_action.trigger()
    clipboard = QtGui.QGuiApplication.clipboard().text()
    assert clipboard.startswith("curl ")
    account = Account(OAID, API_KEY, SECRET_KEY)
    masked_curl = to_curl(build_request_body(DRAFT.message, account=account, recipient="1"),
                          sandbox.base_url)
    # (Copy as cURL *with* secrets does show them: the search would catch it.)
    assert leaks(window.import_export().curl_command(reveal_secrets=True).encode())
    for handler in logging.getLogger().handlers:
        handler.flush()

    # THEN neither key is in any file under ZALO_COMPOSER_HOME, the drafts, the export, the
    # log, the clipboard, what the window shows, or anything printed
    files = [p for p in composer_home.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"profiles.json", "history.sqlite3", "session.log", "recovery.json"} <= names, names
    assert session_log.stat().st_size > 0
    log_text = session_log.read_text(encoding="utf-8")
    assert "HTTP Request: POST" in log_text and "httpcore" in log_text  # it logged the session
    found = {str(p): leaks(p.read_bytes()) for p in [*files, *written]}
    out, err = capfd.readouterr()
    shown = "\n".join([clipboard, masked_curl, window.preview_text(),
                       *(repr(window.activity.results_log.results_model().result_at(r))
                         for r in range(window.activity.results_log.results_model().rowCount()))])
    found |= {"stdout": leaks(out.encode()), "stderr": leaks(err.encode()),
              "shown": leaks(shown.encode("utf-8"))}
    assert {where: what for where, what in found.items() if what} == {}
    assert "Authorize Failed for" in out  # the echoing answer was printed, masked
    window.close()

