"""Fixtures for the widget tests: a main window, shown and active when a test needs focus."""

from __future__ import annotations

import pytest
from PySide6 import QtWidgets

from zalo_composer.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    """A main window that is not shown (enough for everything but keyboard focus)."""
    main_window = MainWindow()
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

