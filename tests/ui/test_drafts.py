"""Drafts: New / Open / Save / Save As, errors and notices, title and modified marker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6 import QtGui, QtWidgets

from tests.ui.samples import five_button_draft
from zalo_composer.domain.body import message_object
from zalo_composer.domain.model import Draft, Message, PhoneButton
from zalo_composer.ui.main_window import MainWindow


class MessageBoxes:
    """Stands in for QMessageBox's static functions and records what they were asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[tuple[str, str, str]] = []
        for kind in ("critical", "information", "warning"):
            monkeypatch.setattr(QtWidgets.QMessageBox, kind, self._recorder(kind))

    def _recorder(self, kind: str):  # type: ignore[no-untyped-def]
        def record(_parent: object, title: str, text: str, *args: object) -> int:
            self.shown.append((kind, title, text))
            return int(QtWidgets.QMessageBox.StandardButton.Ok.value)

        return staticmethod(record)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    return MessageBoxes(monkeypatch)


def ask_for(monkeypatch: pytest.MonkeyPatch, window: MainWindow, path: Path | None) -> None:
    """Make the Open and Save dialogs answer *path*."""
    monkeypatch.setattr(window.dialogs, "ask_open_path", lambda _folder: path)
    monkeypatch.setattr(window.dialogs, "ask_save_path", lambda _suggested: path)


def trigger(window: MainWindow, text: str) -> None:
    """Trigger the File menu action whose text (without &) starts with *text*."""
    for action in window.menuBar().actions()[0].menu().actions():
        if action.text().replace("&", "").startswith(text):
            action.trigger()
            return
    raise AssertionError(f"no action {text!r}")


def test_a_new_window_is_untitled_and_unmodified(window: MainWindow) -> None:
    assert window.windowTitle() == "Untitled[*] — Zalo Composer"
    assert not window.isWindowModified()
    assert window.file_path() is None


def test_an_edit_marks_the_window_modified_and_emits_one_signal(window: MainWindow, qtbot) -> None:
    with qtbot.waitSignal(window.draft_changed, timeout=1000) as blocker:
        qtbot.keyClicks(window.message_editor().text_edit(), "a")

    assert window.isWindowModified()
    assert blocker.args == [Draft(message=Message(text="a"))]


def test_load_draft_does_not_count_as_an_edit(window: MainWindow) -> None:
    changes: list[Draft] = []
    window.draft_changed.connect(changes.append)

    window.load_draft(five_button_draft())

    assert changes == []
    assert not window.isWindowModified()
    assert window.draft() == five_button_draft()


def test_save_then_open_round_trips_through_a_real_file(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: MessageBoxes
) -> None:
    draft = five_button_draft()
    window.load_draft(draft)
    window.send_options_editor().field("request_id").set_text("order-42")
    assert window.isWindowModified()

    # WHEN saved as "tư-vấn" (the suffix is added)
    ask_for(monkeypatch, window, tmp_path / "tư-vấn")
    trigger(window, "Save As")

    saved = tmp_path / "tư-vấn.zalo.json"
    assert saved.is_file()
    assert json.loads(saved.read_text(encoding="utf-8"))["request_id"] == "order-42"
    assert window.file_path() == saved
    assert window.windowTitle() == "tư-vấn.zalo.json[*] — Zalo Composer"
    assert not window.isWindowModified()

    # WHEN a new draft is started and the file opened again
    trigger(window, "New")
    assert window.draft() == Draft()
    assert window.windowTitle() == "Untitled[*] — Zalo Composer"
    ask_for(monkeypatch, window, saved)
    trigger(window, "Open")

    # THEN everything is back (the message as it is sent: "1800 6868" was saved as 18006868)
    reopened = window.draft()
    assert message_object(reopened.message) == message_object(draft.message)
    assert reopened.message.buttons[4] == PhoneButton(title="Gọi tổng đài", phone_code="18006868")
    assert (reopened.recipients, reopened.request_id, reopened.note) == (
        draft.recipients, "order-42", draft.note,
    )
    assert window.file_path() == saved
    assert not window.isWindowModified()
    assert boxes.shown == []


def test_save_writes_to_the_current_file_without_asking(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.zalo.json"
    ask_for(monkeypatch, window, path)
    window.message_editor().set_text("one")
    trigger(window, "Save")
    ask_for(monkeypatch, window, None)  # a dialog now would answer "cancel"

    window.message_editor().set_text("two")
    assert window.isWindowModified()
    trigger(window, "Save")

    assert json.loads(path.read_text(encoding="utf-8"))["message"]["text"] == "two"
    assert not window.isWindowModified()


def test_cancelling_the_save_dialog_keeps_everything(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.message_editor().set_text("work")
    ask_for(monkeypatch, window, None)

    assert not window.files.save()
    assert window.isWindowModified()
    assert window.file_path() is None


def test_opening_a_corrupt_file_shows_why_and_keeps_the_work(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: MessageBoxes
) -> None:
    window.load_draft(five_button_draft())
    window.message_editor().set_text("unsaved work")
    before = window.draft()
    corrupt = tmp_path / "broken.zalo.json"
    corrupt.write_text('{"format": "zalo-composer-draft", "version": 1, "mess', encoding="utf-8")

    ask_for(monkeypatch, window, corrupt)
    trigger(window, "Open")

    assert len(boxes.shown) == 1
    kind, title, text = boxes.shown[0]
    assert kind == "critical"
    assert title == "Could not open the draft"
    assert text.startswith("broken.zalo.json: The file is not valid JSON")
    assert window.draft() == before
    assert window.isWindowModified()
    assert window.windowTitle() == "Untitled[*] — Zalo Composer"


def test_a_newer_version_is_refused_with_its_reason(
    window: MainWindow, tmp_path: Path, boxes: MessageBoxes
) -> None:
    newer = tmp_path / "future.zalo.json"
    newer.write_text(
        json.dumps({"format": "zalo-composer-draft", "version": 99, "message": {"text": "x"}}),
        encoding="utf-8",
    )

    assert not window.files.open_path(newer)

    assert "newer zalo-composer" in boxes.shown[0][2]


def test_a_bare_request_body_is_imported_and_its_secrets_reported(
    window: MainWindow, tmp_path: Path, boxes: MessageBoxes
) -> None:
    body = tmp_path / "request.json"
    body.write_text(
        json.dumps(
            {
                "ApiKey": "K",
                "SecretKey": "S",
                "OAID": "1",
                "Payload": {"recipient": {"user_id": "42"}, "message": {"text": "Chào"}},
            }
        ),
        encoding="utf-8",
    )

    assert window.files.open_path(body)

    assert window.draft().message.text == "Chào"
    assert window.draft().recipients == ("42",)
    kind, _title, text = boxes.shown[0]
    assert kind == "information"
    assert "ApiKey" in text and "SecretKey" in text
    # Not a draft file: Save must ask for a name instead of overwriting it in another format.
    assert window.file_path() is None
    assert window.windowTitle().startswith("Untitled")


def test_a_failed_save_shows_why_and_stays_modified(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: MessageBoxes
) -> None:
    window.message_editor().set_text("work")
    ask_for(monkeypatch, window, tmp_path / "no-such-folder" / "x.zalo.json")

    assert not window.files.save()

    assert boxes.shown[0][0] == "critical"
    assert "x.zalo.json" in boxes.shown[0][2]
    assert window.isWindowModified()
    assert window.file_path() is None


def test_file_actions_use_the_standard_keys(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    actions = {a.text().replace("&", "").rstrip("…"): a for a in file_menu.actions()}
    standard = QtGui.QKeySequence.keyBindings

    assert actions["New"].shortcuts() == standard(QtGui.QKeySequence.StandardKey.New)
    assert actions["Open"].shortcuts() == standard(QtGui.QKeySequence.StandardKey.Open)
    assert actions["Save"].shortcuts() == standard(QtGui.QKeySequence.StandardKey.Save)
    assert actions["Save As"].shortcuts() == standard(QtGui.QKeySequence.StandardKey.SaveAs)
    assert actions["Quit"].shortcuts() == standard(QtGui.QKeySequence.StandardKey.Quit)
    assert QtGui.QKeySequence("Ctrl+Shift+S") in actions["Save As"].shortcuts()


def test_ctrl_s_saves(
    shown_window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "keys.zalo.json"
    ask_for(monkeypatch, shown_window, path)
    shown_window.message_editor().set_text("saved by keyboard")
    text_edit = shown_window.message_editor().text_edit()
    text_edit.setFocus()

    qtbot.keyClick(text_edit, "s", QtGui.Qt.KeyboardModifier.ControlModifier)

    assert json.loads(path.read_text(encoding="utf-8"))["message"]["text"] == "saved by keyboard"
