"""Never lose work: the unsaved-changes guard on every path, recent files, dropping a file,
autosave and crash recovery (with a real SIGKILL), and the send history the window keeps."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from zalo_composer.domain.draft import dump_draft, load_draft
from zalo_composer.domain.model import Draft, Message
from zalo_composer.store.files import save_draft
from zalo_composer.store.history import History
from zalo_composer.store.recovery import RecoveryFile
from zalo_composer.ui.dialogs import Dialogs
from zalo_composer.ui.main_window import MainWindow

from .kill_target import EDITED_TEXT
from .samples import five_button_draft

ROOT = Path(__file__).resolve().parents[2]


def as_saved(draft: Draft) -> Draft:
    """*draft* as a file gives it back: in its sent form (NFC, phone digits only)."""
    return load_draft(dump_draft(draft)).draft


def edit(window: MainWindow, text: str = "đã sửa") -> None:
    """A user edit (as typing does): the window becomes modified."""
    window.message_editor().text_edit().insertPlainText(text)
    assert window.isWindowModified()


class Answers(list[str]):
    """Answers the Save/Discard/Cancel question gives, in order; `asked` counts questions."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def answer(self) -> str:
        if not self:
            return "discard"  # closing at teardown
        self.asked.append("asked")
        return self.pop(0)


@pytest.fixture
def answers(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> Answers:
    made = Answers()
    monkeypatch.setattr(Dialogs, "ask_save_changes", lambda _dialogs, _name: made.answer())
    return made


@pytest.fixture
def draft_file(tmp_path: Path) -> Path:
    path = tmp_path / "saved.zalo.json"
    save_draft(path, five_button_draft())
    return path


# -- the unsaved-changes guard ---------------------------------------------------------


def test_new_asks_and_cancel_keeps_the_work(window: MainWindow, answers: Answers) -> None:
    edit(window, "giữ lại")
    answers.append("cancel")
    window._on_new_triggered()
    assert "giữ lại" in window.draft().message.text
    assert window.isWindowModified()
    assert answers.asked == ["asked"]


def test_new_discard_starts_empty(window: MainWindow, answers: Answers) -> None:
    edit(window)
    answers.append("discard")
    window._on_new_triggered()
    assert window.draft().message.text == ""
    assert not window.isWindowModified()


def test_new_save_saves_first(window: MainWindow, answers: Answers, tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    edit(window, "lưu trước")
    answers.append("save")
    target = tmp_path / "first.zalo.json"
    monkeypatch.setattr(window.dialogs, "ask_save_path", lambda _suggested: target)
    window._on_new_triggered()
    assert "lưu trước" in target.read_text(encoding="utf-8")
    assert window.draft().message.text == ""


def test_save_cancelled_in_the_file_dialog_keeps_the_work(
    window: MainWindow, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit(window, "không mất")
    answers.append("save")
    monkeypatch.setattr(window.dialogs, "ask_save_path", lambda _suggested: None)
    window._on_new_triggered()
    assert "không mất" in window.draft().message.text


def test_nothing_is_asked_without_changes(window: MainWindow, answers: Answers) -> None:
    window._on_new_triggered()
    assert answers.asked == []


def test_open_asks_first(window: MainWindow, answers: Answers, draft_file: Path,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(window.dialogs, "ask_open_path", lambda _folder: draft_file)
    edit(window, "giữ")
    answers.append("cancel")
    window.files.ask_and_open()
    assert "giữ" in window.draft().message.text and window.file_path() is None
    answers.append("discard")
    window.files.ask_and_open()
    assert window.file_path() == draft_file
    assert window.draft() == as_saved(five_button_draft())


def test_open_recent_asks_first_and_prunes_missing_files(
    window: MainWindow, answers: Answers, draft_file: Path, tmp_path: Path
) -> None:
    # GIVEN three drafts opened, one of which is then deleted
    others = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.zalo.json"
        save_draft(path, Draft(Message(name)))
        others.append(path)
    for path in (draft_file, *others):
        assert window.files.open_path(path)
    others[0].unlink()
    assert window.files.recent_files()[0] == others[1].resolve()
    # WHEN the Open Recent menu is shown
    menu = window.findChild(QtWidgets.QMenu, "recentMenu")
    menu.aboutToShow.emit()
    # THEN the missing file is gone, with a notice, newest first
    assert [a.data() for a in menu.actions()] == [str(others[1].resolve()),
                                                  str(draft_file.resolve())]
    assert "Removed 1 missing file" in window.statusBar().currentMessage()
    assert window.files.recent_files() == [others[1].resolve(), draft_file.resolve()]
    # AND choosing an entry asks about unsaved work first
    edit(window, "chưa lưu")
    answers.append("cancel")
    menu.actions()[1].trigger()
    assert window.file_path() == others[1]
    answers.append("discard")
    menu.actions()[1].trigger()
    assert window.file_path() == draft_file.resolve()


def test_recent_files_keep_ten(window: MainWindow, tmp_path: Path) -> None:
    for index in range(12):
        path = tmp_path / f"d{index}.zalo.json"
        save_draft(path, Draft(Message(str(index))))
        window.files.open_path(path)
    recent = window.files.recent_files()
    assert len(recent) == 10
    assert recent[0].name == "d11.zalo.json" and recent[-1].name == "d2.zalo.json"


def test_closing_asks_and_cancel_keeps_the_window(window: MainWindow, answers: Answers,
                                                   qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show()
    edit(window)
    answers.append("cancel")
    assert not window.close()
    assert window.isVisible()
    answers.append("discard")
    with qtbot.waitSignal(window.closed):
        assert window.close()


def test_quit_goes_through_the_same_question(window: MainWindow, answers: Answers) -> None:
    window.show()
    edit(window)
    answers.append("cancel")
    quit_action = next(a for a in window.menuBar().actions()[0].menu().actions()
                       if a.text() == "&Quit")
    quit_action.trigger()
    assert window.isVisible()
    assert answers.asked == ["asked"]


def test_dropping_a_draft_file_opens_it(window: MainWindow, answers: Answers,
                                        draft_file: Path) -> None:
    mime = QtCore.QMimeData()
    mime.setUrls([QtCore.QUrl.fromLocalFile(str(draft_file))])
    point = QtCore.QPoint(50, 50)
    action = QtCore.Qt.DropAction.CopyAction
    enter = QtGui.QDragEnterEvent(point, action, mime, QtCore.Qt.MouseButton.LeftButton,
                                  QtCore.Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    edit(window)
    answers.append("discard")
    drop = QtGui.QDropEvent(QtCore.QPointF(point), action, mime,
                            QtCore.Qt.MouseButton.LeftButton, QtCore.Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert window.file_path() == draft_file
    assert answers.asked == ["asked"]


def test_dragging_something_else_is_refused(window: MainWindow, tmp_path: Path) -> None:
    mime = QtCore.QMimeData()
    mime.setUrls([QtCore.QUrl.fromLocalFile(str(tmp_path / "photo.png"))])
    enter = QtGui.QDragEnterEvent(QtCore.QPoint(5, 5), QtCore.Qt.DropAction.CopyAction, mime,
                                  QtCore.Qt.MouseButton.LeftButton,
                                  QtCore.Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()


# -- autosave and recovery -------------------------------------------------------------


def test_autosave_after_an_edit_and_removed_on_save(window: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                                    tmp_path: Path) -> None:
    recovery = window.autosaver.recovery
    with qtbot.waitSignal(window.autosaver.saved, timeout=5000):
        edit(window, "tự lưu")
    found = recovery.load()
    assert found is not None and "tự lưu" in found.draft.message.text
    window.files.save_to(tmp_path / "x.zalo.json")
    assert not recovery.path.exists()


def test_clean_close_removes_the_recovery_file(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show()
    with qtbot.waitSignal(window.autosaver.saved, timeout=5000):
        edit(window)
    window.close()
    assert not window.autosaver.recovery.path.exists()


def test_recovery_is_offered_and_declining_forgets_it(window: MainWindow,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    RecoveryFile().save(five_button_draft(), None)
    monkeypatch.setattr(window.dialogs, "confirm", lambda title, text: False)
    assert not window.files.offer_recovery()
    assert RecoveryFile().load() is None
    assert window.draft() == Draft()


def _run_until_ready(mode: str, home: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.kill_target", mode], cwd=ROOT, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        env={**os.environ, "ZALO_COMPOSER_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.strip() == "READY", f"the program did not get ready ({line!r})"
    return process


def _kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    assert process.wait(timeout=10) == -signal.SIGKILL
    assert process.stdout is not None
    process.stdout.close()


def test_sigkill_mid_edit_then_the_next_start_restores_it(
    composer_home: Path, qtbot, services, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    # GIVEN a real program process killed with SIGKILL in the middle of an edit
    _kill(_run_until_ready("edit", composer_home))
    # WHEN the program starts again and the user accepts the offer
    window = MainWindow(services=services)
    qtbot.addWidget(window)
    asked: list[str] = []
    monkeypatch.setattr(window.dialogs, "confirm", lambda title, text: asked.append(text) or True)
    assert window.files.offer_recovery()
    # THEN the edit is back, marked unsaved
    assert window.draft().message.text == EDITED_TEXT
    assert window.draft().message.buttons == as_saved(five_button_draft()).message.buttons
    assert window.isWindowModified()
    assert "did not close properly" in asked[0]


def test_sigkill_mid_send_leaves_an_honest_outcome_unknown_row(composer_home: Path) -> None:
    # GIVEN a real program killed while its request waits for eSMS's answer
    _kill(_run_until_ready("send", composer_home))
    # WHEN the history is opened again
    history = History.open()
    try:
        # THEN the database is sound and the send shows as "outcome unknown"
        assert history.integrity_ok()
        [row] = history.page()
        assert row.state == "unknown"
        assert "outcome unknown" in row.meaning
        assert json.loads(row.request_body)["ApiKey"] == "••••••"
    finally:
        history.close()


# -- the window's send history ---------------------------------------------------------


def test_sends_are_recorded_and_shown_again_at_the_next_start(
    window: MainWindow, qtbot, services, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    window.load_draft(five_button_draft())
    window.files.save_to(tmp_path / "sent.zalo.json")
    window.view.send_button.click()
    qtbot.waitUntil(lambda: not window.activity.sends.busy, timeout=10000)
    [row] = services.history.page()
    assert (row.state, row.code, row.profile) == ("accepted", "100", "Sandbox")
    assert row.draft is not None and json.loads(row.draft)["format"] == "zalo-composer-draft"
    assert row.draft_path == str(tmp_path / "sent.zalo.json")
    assert json.loads(row.request_body)["SecretKey"] == "••••••"
    # The next window's results log starts with the history's newest rows.
    again = MainWindow(services=services)
    qtbot.addWidget(again)
    assert again.activity.load_recent_results() == 1
    shown = again.activity.results_log.results_model().result_at(0)
    assert shown is not None and shown.summary == "100 — accepted by eSMS"
    assert shown.request_id == row.request_id
