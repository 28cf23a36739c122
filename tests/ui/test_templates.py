"""The template library in the window: two windows on two homes sharing one folder, the
conflict question on save, the quick search, the panel's broken and offline rows, and the
manage actions (new, duplicate, rename, favourite, trash with Undo) on real files."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtCore, QtWidgets
from pytestqt.qtbot import QtBot

from zalo_composer.app.services import AppServices
from zalo_composer.domain.model import Draft, Message, UrlButton
from zalo_composer.store.files import read_draft, save_draft
from zalo_composer.ui.main_window import MainWindow

WAIT_MS = 2000  # the bound: a template saved in one window shows in the other


def _draft(text: str, note: str = "") -> Draft:
    return Draft(Message(text, (UrlButton("Xem đơn", "https://esms.vn/don"),)),
                 ("1000000000000000001",), note=note)


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "team-share"
    folder.mkdir()
    save_draft(folder / "Xác nhận đơn.zalo.json", _draft("Đơn hàng đã được xác nhận."))
    return folder


@pytest.fixture
def trash_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private freedesktop trash, so QFile.moveToTrash never touches the user's."""
    data = tmp_path / "xdg-data"
    data.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    return data / "Trash"


def _window(qtbot: QtBot, services: AppServices, shared: Path) -> MainWindow:
    window = MainWindow(services=services)
    qtbot.addWidget(window)
    window.templates.library.add_folder(shared)
    window.templates.watcher.refresh()
    qtbot.waitUntil(lambda: window.templates.library.find("Xác nhận đơn") is not None)
    return window


@pytest.fixture
def two_windows(qtbot: QtBot, services: AppServices, shared: Path, tmp_path: Path,
                monkeypatch: pytest.MonkeyPatch, loop: asyncio.AbstractEventLoop,
                ) -> Iterator[tuple[MainWindow, MainWindow]]:
    """Window A on the test's home, window B on another home; both list *shared*."""
    first = _window(qtbot, services, shared)
    other_home = tmp_path / "other-home"
    other_home.mkdir()
    monkeypatch.setenv("ZALO_COMPOSER_HOME", str(other_home))
    other_services = AppServices()
    second = _window(qtbot, other_services, shared)
    assert first.templates.library.default_folder != second.templates.library.default_folder
    yield first, second
    closing = asyncio.ensure_future(other_services.aclose())
    qtbot.waitUntil(closing.done, timeout=5000)


def test_a_template_saved_in_one_window_appears_in_the_other_within_2_s(
        two_windows: tuple[MainWindow, MainWindow], shared: Path, qtbot: QtBot) -> None:
    first, second = two_windows
    # GIVEN a draft typed in window A
    first.load_draft(_draft("Giao hàng bị chậm một ngày.", note="Giao chậm"))
    first.templates.questions.ask_name = lambda _title, suggested: suggested  # type: ignore[method-assign]
    # WHEN A saves it as a template in the shared folder
    path = first.templates.new_from_draft(folder=str(shared))
    assert path == shared / "Giao chậm.zalo.json" and path.is_file()
    # THEN B lists it within 2 s (its QFileSystemWatcher, not its periodic rescan)
    assert second.templates.watcher._periodic.interval() > WAIT_MS
    qtbot.waitUntil(lambda: second.templates.library.find("giao cham") is not None,
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: second.templates.panel.select_path(str(path)), timeout=WAIT_MS)


@pytest.mark.parametrize("answer", ["copy", "theirs", "overwrite", "cancel"])
def test_saving_over_a_file_someone_else_changed_asks(
        two_windows: tuple[MainWindow, MainWindow], shared: Path, answer: str) -> None:
    first, second = two_windows
    path = shared / "Xác nhận đơn.zalo.json"
    # GIVEN both windows opened the same shared template
    assert first.files.open_path(path) and second.files.open_path(path)
    # AND B changed and saved it
    second.load_draft(_draft("Phiên bản của B"))
    asked: list[str] = []
    second.dialogs.ask_save_conflict = lambda name: asked.append(name) or "overwrite"  # type: ignore[method-assign]
    assert second.files.save()
    assert asked == []  # nobody else changed it since B opened it: no question
    # WHEN A saves its own change
    first.load_draft(_draft("Phiên bản của A"))
    first.dialogs.ask_save_conflict = lambda name: asked.append(name) or answer  # type: ignore[method-assign]
    saved = first.files.save()
    # THEN A is asked, and the answer does what it says
    assert asked == ["Xác nhận đơn.zalo.json"]
    text_on_disk = read_draft(path).draft.message.text
    if answer == "copy":
        copy = shared / "Xác nhận đơn (copy).zalo.json"
        assert saved and first.files.path == copy
        assert read_draft(copy).draft.message.text == "Phiên bản của A"
        assert text_on_disk == "Phiên bản của B"
    elif answer == "theirs":
        assert not saved and text_on_disk == "Phiên bản của B"
        assert first.draft().message.text == "Phiên bản của B"
        assert not first.isWindowModified()
    elif answer == "overwrite":
        assert saved and text_on_disk == "Phiên bản của A"
    else:
        assert not saved and text_on_disk == "Phiên bản của B"
    # A second save of A's own file asks nothing more.
    if saved:
        asked.clear()
        assert first.files.save() and asked == []


def test_quick_search_finds_without_diacritics_and_enter_opens_a_new_draft(
        window: MainWindow, shared: Path, qtbot: QtBot) -> None:
    library = window.templates.library
    library.add_folder(shared)
    save_draft(shared / "Hoá đơn VAT.zalo.json", _draft("Gửi anh/chị hoá đơn VAT."))
    window.templates.watcher.refresh()
    qtbot.waitUntil(lambda: library.find("Hoá đơn VAT") is not None)
    before = (shared / "Hoá đơn VAT.zalo.json").read_bytes()
    dialog = window.templates.show_quick_search()
    qtbot.keyClicks(dialog.query_field(), "hoa don")
    assert dialog.results().count() == 1
    assert dialog.preview().message().text == "Gửi anh/chị hoá đơn VAT."
    qtbot.keyClick(dialog.query_field(), QtCore.Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.draft().message.text == "Gửi anh/chị hoá đơn VAT."
    assert window.files.path is None  # a new, untitled draft: the template stays as it is
    assert (shared / "Hoá đơn VAT.zalo.json").read_bytes() == before
    # Used last, listed first.
    assert library.entries()[0].name == "Hoá đơn VAT"


def test_the_panel_shows_itself_and_lists_broken_files_and_offline_folders(
        window: MainWindow, shared: Path, tmp_path: Path, qtbot: QtBot) -> None:
    (shared / "Hỏng.zalo.json").write_text("{", encoding="utf-8")
    unplugged = tmp_path / "usb"
    unplugged.mkdir()
    library = window.templates.library
    library.add_folder(shared)
    library.add_folder(unplugged)
    window.templates.watcher.refresh()
    dock = window.templates.dock
    qtbot.waitUntil(lambda: not dock.isHidden())  # on by default: the library has files
    unplugged.rmdir()  # the drive goes away
    window.templates.watcher.refresh()
    tree = window.templates.panel.tree()
    qtbot.waitUntil(lambda: "offline" in tree.topLevelItem(2).text(0))
    shared_group = tree.topLevelItem(1)
    rows = {shared_group.child(i).text(0): shared_group.child(i).text(1)
            for i in range(shared_group.childCount())}
    assert rows["Xác nhận đơn"] == "Đơn hàng đã được xác nhận."
    assert rows["Hỏng"].startswith("Broken: ") and "not valid JSON" in rows["Hỏng"]


def test_duplicate_rename_favourite_and_trash_with_undo(
        window: MainWindow, shared: Path, trash_home: Path, qtbot: QtBot) -> None:
    templates, dock = window.templates, window.templates.panel
    templates.library.add_folder(shared)
    templates.watcher.refresh()
    original = shared / "Xác nhận đơn.zalo.json"
    qtbot.waitUntil(lambda: dock.select_path(str(original)))
    actions = dock.template_actions
    actions["duplicate"].trigger()
    copy = shared / "Xác nhận đơn (copy).zalo.json"
    assert copy.is_file()
    qtbot.waitUntil(lambda: dock.current_entry() is not None
                    and dock.current_entry().path == str(copy))  # type: ignore[union-attr]
    templates.questions.ask_name = lambda _title, _name: "Bản sao"  # type: ignore[method-assign]
    actions["rename"].trigger()
    renamed = shared / "Bản sao.zalo.json"
    assert renamed.is_file() and not copy.exists()
    qtbot.waitUntil(lambda: dock.select_path(str(renamed)))
    actions["favourite"].trigger()
    assert templates.library.entries()[0].path == str(renamed)
    assert dock.tree().topLevelItem(1).child(0).text(0) == "★ Bản sao"
    actions["trash"].trigger()
    assert not renamed.exists()
    assert (trash_home / "files" / "Bản sao.zalo.json").is_file()
    qtbot.waitUntil(lambda: templates.library.find("Bản sao") is None)
    actions["undo"].trigger()
    assert renamed.is_file() and not (trash_home / "info" / "Bản sao.zalo.json.trashinfo").exists()
    qtbot.waitUntil(lambda: templates.library.find("Bản sao") is not None)


def test_ctrl_k_opens_the_quick_search(shown_window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(shown_window, QtCore.Qt.Key.Key_K, QtCore.Qt.KeyboardModifier.ControlModifier)
    dialog = shown_window.findChild(QtWidgets.QDialog, "quickSearchDialog")
    assert dialog is not None and dialog.isVisible()
