"""Fixtures for the widget tests: the program's qasync loop for every test, a main window
with its own services (closed after the test), shown and active when a test needs focus."""

from __future__ import annotations

import asyncio

import pytest
from PySide6 import QtWidgets

from zalo_composer.app.services import AppServices
from zalo_composer.ui.dialogs import Dialogs
from zalo_composer.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _discard_unsaved_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows closed at teardown must not stop on a modal Save/Discard question; tests of
    that question patch `_ask_save_changes` on their own window."""
    monkeypatch.setattr(Dialogs, "ask_save_changes", lambda _dialogs, _name: "discard")


@pytest.fixture(autouse=True)
def _send_again_without_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests that send the same text twice must not stop on the modal double-send question;
    tests of that question (test_double_send.py) answer it on their own window."""
    monkeypatch.setattr(Dialogs, "ask_send_again", lambda _dialogs, _earlier: "send")


@pytest.fixture(autouse=True)
def _on_the_qasync_loop(loop: asyncio.AbstractEventLoop) -> asyncio.AbstractEventLoop:
    """Every widget test runs on the one qasync loop, as the program does."""
    return loop


@pytest.fixture
def window(qtbot, services: AppServices) -> MainWindow:  # type: ignore[no-untyped-def]
    """A main window that is not shown (enough for everything but keyboard focus)."""
    main_window = MainWindow(services=services)
    qtbot.addWidget(main_window)
    return main_window


@pytest.fixture
def shown_window(window: MainWindow, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window, shown and active, so shortcuts and focus behave as for a user."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is window)
    return window
