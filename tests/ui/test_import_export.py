"""Import from cURL/JSON into the window, and Copy as cURL (masked, or with keys once asked)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6 import QtCore, QtGui

from zalo_composer.domain.demo import DEMO_API_KEY, DEMO_SECRET_KEY
from zalo_composer.domain.draft import dump_draft, load_draft
from zalo_composer.domain.importers import parse_request_text
from zalo_composer.ui.main_window import MainWindow

from .samples import five_button_draft

DATA = Path(__file__).resolve().parents[1] / "data"


def test_importing_the_documents_curl_fills_the_form(window: MainWindow) -> None:
    imported = parse_request_text((DATA / "doc_curl_sample.txt").read_text(encoding="utf-8"))
    window.import_export().apply(imported)
    draft = window.draft()
    assert [b.type for b in draft.message.buttons] == [
        "oa.open.url", "oa.query.show", "oa.query.hide", "oa.open.sms", "oa.open.phone"]
    assert window.file_path() is None and window.isWindowModified()
    assert "Imported" in window.statusBar().currentMessage()
    assert window.undo_stack().stack().count() == 0  # a fresh undo stack


def test_the_documents_curl_gives_one_notice_and_only_empty_field_errors(
    window: MainWindow,
) -> None:
    # GIVEN eSMS's documentation sample, read as the Import dialog reads it by default
    imported = parse_request_text((DATA / "doc_curl_sample.txt").read_text(encoding="utf-8"),
                                  keep_marks=False)
    # THEN it carries one notice
    assert len(imported.notices) == 1
    # WHEN it is imported into the window
    window.import_export().apply(imported)
    # THEN every problem shown is a field that is truly empty: no “no value for {{…}}”
    window.send()  # as Send would show them
    problems = window.problems()
    assert problems
    values = {"text": window.draft().message.text, "recipients": ""}
    for index, button in enumerate(window.draft().message.buttons):
        values |= {f"buttons[{index}].{k}": v for k, v in button.values().items()}
    for problem in problems:
        assert "{{" not in problem.message, problem.message
        if problem.is_error:
            assert values.get(problem.field) == "", problem


def test_found_keys_never_reach_the_form(window: MainWindow, tmp_path: Path) -> None:
    text = (DATA / "doc_curl_sample.txt").read_text(encoding="utf-8")
    text = text.replace("{{ApiKey}}", "AK-import-77c1").replace("{{SecretKey}}", "SK-import-3d0e")
    imported = parse_request_text(text)
    assert imported.api_key == "AK-import-77c1"
    window.import_export().apply(imported)
    window.files.save_to(tmp_path / "imported.zalo.json")
    saved = (tmp_path / "imported.zalo.json").read_text(encoding="utf-8")
    shown = window.preview_text()
    for blob in (saved, shown):
        assert "AK-import-77c1" not in blob and "SK-import-3d0e" not in blob


def test_copy_as_curl_is_masked(window: MainWindow) -> None:
    window.load_draft(five_button_draft())
    window.import_export().copy_action.trigger()
    command = QtGui.QGuiApplication.clipboard().text()
    assert command.startswith("curl --location 'http://127.0.0.1:")
    assert "••••••" in command and DEMO_API_KEY not in command
    assert "Theo dõi đơn hàng" in command
    round_trip = parse_request_text(command)
    sent_form = load_draft(dump_draft(five_button_draft())).draft.message
    assert round_trip.draft.message == sent_form
    assert round_trip.api_key is None


def test_copy_with_secrets_asks_once_per_session(window: MainWindow,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    window.load_draft(five_button_draft())
    asked: list[str] = []
    answers = [False, True]
    monkeypatch.setattr(window.dialogs, "confirm",
                        lambda title, text: asked.append(text) or answers.pop(0))
    clipboard = QtGui.QGuiApplication.clipboard()
    clipboard.setText("before")
    action = window.import_export().copy_secrets_action
    action.trigger()  # declined
    assert clipboard.text() == "before"
    action.trigger()  # accepted
    assert DEMO_API_KEY in clipboard.text() and DEMO_SECRET_KEY in clipboard.text()
    action.trigger()  # not asked again this session
    assert len(asked) == 2
    assert "plain text on the clipboard" in asked[0]


def test_keys_leave_the_clipboard_after_a_while_and_at_close(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    window.load_draft(five_button_draft())
    monkeypatch.setattr(window.dialogs, "confirm", lambda title, text: True)
    clipboard = QtGui.QGuiApplication.clipboard()
    copies = window.import_export().secret_clipboard
    timer = copies.findChild(QtCore.QTimer, "clearSecretsTimer")
    assert timer.interval() == 30_000
    timer.setInterval(50)
    action = window.import_export().copy_secrets_action
    # WHEN the command with the keys is copied and left there, THEN it goes after a while
    action.trigger()
    assert DEMO_API_KEY in clipboard.text()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5000)
    # WHEN the user copies something else meanwhile, THEN that is left alone
    action.trigger()
    clipboard.setText("số điện thoại của khách")
    qtbot.wait(200)
    assert clipboard.text() == "số điện thoại của khách"
    # WHEN the window closes with the keys on the clipboard, THEN they go with it
    timer.setInterval(60_000)
    action.trigger()
    assert DEMO_SECRET_KEY in clipboard.text()
    window.setWindowModified(False)
    window.close()
    assert clipboard.text() == ""
