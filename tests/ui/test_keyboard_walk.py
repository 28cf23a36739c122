"""The keyboard alone: Tab goes round every control of the window in reading order and
comes back, Shift+Tab goes the other way, with and without buttons and docks; no stop is
a trap; mnemonics are unique in the window and in the menu bar; each in both languages."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from pytestqt.qtbot import QtBot

from tests.ui.samples import five_button_draft
from zalo_composer.domain.model import Draft, Message, UrlButton
from zalo_composer.ui import i18n
from zalo_composer.ui.main_window import MainWindow

TAB, BACKTAB = QtCore.Qt.Key.Key_Tab, QtCore.Qt.Key.Key_Backtab
LIMIT = 400


def _name(widget: QtWidgets.QWidget | None) -> str:
    if widget is None:
        return "None"
    parent = widget.parentWidget()
    owner = parent.objectName() if parent is not None else ""
    return f"{owner}/{widget.objectName() or type(widget).__name__}"


def _walk(window: MainWindow, qtbot: QtBot, key: QtCore.Qt.Key) -> list[QtWidgets.QWidget]:
    """Press *key* from the recipient field until the focus comes back to it."""
    start = window.send_options_editor().field("recipients").line_edit()
    start.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(start.hasFocus)
    seen: list[QtWidgets.QWidget] = []
    for _ in range(LIMIT):
        focused = QtWidgets.QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key)
        now = QtWidgets.QApplication.focusWidget()
        assert now is not focused, f"Tab is trapped in {_name(focused)}"
        if now is start:
            return seen
        seen.append(now)
    raise AssertionError(f"never back at the recipient: {[_name(w) for w in seen[-20:]]}")


def _expected(window: MainWindow) -> list[QtWidgets.QWidget]:
    options = window.send_options_editor()
    buttons = window.button_list_editor()
    fields = [options.field(name).line_edit() for name in ("request_id", "send_date", "note")]
    return [*fields, window.message_editor().text_edit(), *buttons.focus_chain()[:2]]


def _in_order(seen: list[QtWidgets.QWidget], wanted: list[QtWidgets.QWidget]) -> bool:
    positions = [seen.index(w) for w in wanted]
    return positions == sorted(positions)


@pytest.fixture(params=["en", "vi"])
def speaking(request: pytest.FixtureRequest, qapp: QtWidgets.QApplication,
             qtbot: QtBot) -> Iterator[str]:
    """The walk in each language: labels, mnemonics and widths change with the texts."""
    language = i18n.install_language(qapp, request.param)
    assert language == request.param
    qtbot.wait(10)
    try:
        yield language
    finally:
        i18n.install_language(qapp, "en")
        qtbot.wait(1)


@pytest.fixture
def docks(shown_window: MainWindow, qtbot: QtBot) -> Iterator[MainWindow]:
    shown_window.activity.show_results()
    shown_window.activity.show_bulk()
    qtbot.wait(20)
    yield shown_window


@pytest.mark.usefixtures("speaking")
def test_tab_goes_round_the_empty_form_in_reading_order(
    shown_window: MainWindow, qtbot: QtBot
) -> None:
    seen = _walk(shown_window, qtbot, TAB)
    view = shown_window.view
    wanted = [*_expected(shown_window), view.preview_tabs.tabBar(), view.send_button]
    assert _in_order(seen, [w for w in wanted if w.isEnabled()]), [_name(w) for w in seen]
    # the profile switcher is on the ring too (it comes round after Send)
    assert shown_window.profile_switcher().isAncestorOf(seen[-1]) or any(
        shown_window.profile_switcher().isAncestorOf(w) for w in seen)


@pytest.mark.usefixtures("speaking")
def test_tab_reaches_every_field_of_each_button_and_comes_back(
    shown_window: MainWindow, qtbot: QtBot
) -> None:
    shown_window.load_draft(five_button_draft())
    qtbot.wait(10)
    seen = _walk(shown_window, qtbot, TAB)
    chain = [w for w in shown_window.button_list_editor().focus_chain() if w.isEnabled()]
    assert _in_order(seen, [*_expected(shown_window)[:4], *chain]), [_name(w) for w in seen]
    # the last button's fields are scrolled into view when Tab reaches them
    last = shown_window.button_list_editor().row(4).focus_chain()[1]
    last.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(shown_window.button_list_editor().row(4).focus_chain()[0], TAB)
    assert not last.visibleRegion().isEmpty()
    # Shift+Tab walks the same ring backwards
    back = _walk(shown_window, qtbot, BACKTAB)
    assert back == list(reversed(seen))


@pytest.mark.usefixtures("speaking")
def test_tab_reaches_the_docks_in_front_and_comes_back(docks: MainWindow, qtbot: QtBot) -> None:
    docks.load_draft(Draft(message=Message("Hi", (UrlButton("A", "https://e.vn"),))))
    qtbot.wait(10)
    seen = _walk(docks, qtbot, TAB)
    panel = docks.activity.bulk
    assert panel is not None
    # the bulk dock is in front: its controls are on the ring, Results' behind its tab not
    controls = panel.controls()
    assert any(controls.isAncestorOf(w) for w in seen), [_name(w) for w in seen]
    assert not any(docks.activity.results_log.isAncestorOf(w) for w in seen)
    docks.activity.results_dock.raise_()
    qtbot.wait(20)
    seen = _walk(docks, qtbot, TAB)
    assert not any(panel.isAncestorOf(w) for w in seen)
    assert _in_order(seen, _expected(docks))


# -- mnemonics ---------------------------------------------------------------------------------

_MNEMONIC = re.compile(r"(?<!&)&([^&])")


def _letter(text: str) -> str | None:
    match = _MNEMONIC.search(text)
    return match[1].lower() if match else None


def _window_mnemonics(window: QtWidgets.QWidget) -> dict[str, list[str]]:
    """Letter → the texts that claim it with Alt: menu titles, labels with a buddy,
    buttons and tabs shown in the main window (docks in front included)."""
    claims: dict[str, list[str]] = {}

    def claim(text: str) -> None:
        letter = _letter(text)
        if letter:
            claims.setdefault(letter, []).append(text)

    for action in window.menuBar().actions():
        claim(action.text())
    for widget in window.findChildren(QtWidgets.QWidget):
        if not widget.isVisible() or widget.visibleRegion().isEmpty():
            continue
        if ((isinstance(widget, QtWidgets.QLabel) and widget.buddy() is not None)
                or isinstance(widget, QtWidgets.QAbstractButton)):
            claim(widget.text())
        elif isinstance(widget, QtWidgets.QTabBar):
            for index in range(widget.count()):
                claim(widget.tabText(index))
    return claims


@pytest.mark.parametrize("language", ["en", "vi"])
def test_mnemonics_are_unique_in_the_window_and_its_menu_bar(
    qapp: QtWidgets.QApplication, docks: MainWindow, qtbot: QtBot, language: str
) -> None:
    try:
        i18n.install_language(qapp, language)
        qtbot.wait(10)
        docks.load_draft(five_button_draft())
        qtbot.wait(10)
        for front in (docks.activity.bulk_dock, docks.activity.results_dock):
            front.raise_()
            qtbot.wait(20)
            claims = _window_mnemonics(docks)
            clashes = {k: v for k, v in claims.items() if len(v) > 1}
            assert not clashes, clashes
            assert all(k.isascii() and k.isalnum() for k in claims), claims
        # each menu opens with its own letter
        titles = [a.text() for a in docks.menuBar().actions()]
        assert all(_letter(t) for t in titles), titles
    finally:
        i18n.install_language(qapp, "en")
        qtbot.wait(1)


# -- the shortcuts page ------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "vi"])
def test_the_shortcuts_page_lists_each_action_once_without_aliases(
    qapp: QtWidgets.QApplication, window: MainWindow, qtbot: QtBot, language: str
) -> None:
    try:
        i18n.install_language(qapp, language)
        qtbot.wait(10)
        dialog = window.show_shortcuts()
        qtbot.addWidget(dialog)
        qtbot.wait(10)
        table = dialog.findChild(QtWidgets.QTableWidget, "shortcutsTable")
        rows = [(table.item(r, 0).text(), table.item(r, 1).text())
                for r in range(table.rowCount())]
        keys = [k for k, _ in rows]
        actions = [a for _, a in rows]
        assert len(keys) == len(set(keys)), keys  # Esc and Ctrl+F once
        assert len(actions) == len(set(actions)), actions
        assert not any("F14" in k or "Save" in k.split("+")[-1] for k in keys), keys
        # a key sequence per action; " / " only where the page names two keys on purpose
        both = {"Alt+Up / Alt+Down", "Tab / Shift+Tab"}
        native = {QtGui.QKeySequence(p).toString(QtGui.QKeySequence.SequenceFormat.NativeText)
                  for k in both for p in k.split(" / ")}
        assert all(" / " not in k or set(k.split(" / ")) <= native for k in keys), keys
        undo = window.undo_stack().undo_action()
        assert undo.shortcut().toString(QtGui.QKeySequence.SequenceFormat.NativeText) in keys
    finally:
        i18n.install_language(qapp, "en")
        qtbot.wait(1)
