"""Start the GUI: the QApplication, the one qasync event loop, and the main window."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import sys
from collections.abc import Callable

import qasync  # type: ignore[import-untyped]
from PySide6 import QtCore, QtWidgets

from .. import APP_DISPLAY_NAME, APP_NAME, __version__
from ..sending import AppServices
from .appearance import apply_theme, follow_system
from .history import apply_saved_retention
from .identity import APP_ID, app_icon
from .main_window import MainWindow
from .settings import app_settings

logger = logging.getLogger(__name__)

ORGANIZATION_NAME = "zalo-composer"


def after_start(window: MainWindow) -> None:
    """Start-up work the first window does not need: recovery offer, history retention,
    recent sends."""
    window.offer_recovery()
    try:
        apply_saved_retention(window.services().history, settings=app_settings())
    except sqlite3.Error as exc:
        logger.warning("Could not apply the history retention: %s", exc)
    window.load_recent_results()


def run_gui(
    args: list[str],
    *,
    after_show: Callable[[MainWindow], None] = after_start,
    services: AppServices | None = None,
) -> int:
    """Show the main window and run the Qt + asyncio loop until the user quits.

    *args* are passed to Qt (``-platform``, ``-style`` …). *after_show* runs once the
    window is shown (`run_smoke` checks the window there); *services* default to the
    user's. Returns the exit status.
    """
    app = QtWidgets.QApplication([sys.argv[0], *args])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    apply_theme(app)  # before any window exists: no white flash in dark mode
    follow_system(app)

    # The window's close starts an orderly shutdown (HTTP client, sandbox) on the loop,
    # which then stops; Qt must not quit underneath it.
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    services = services if services is not None else AppServices()
    window = MainWindow(services=services)

    async def shut_down() -> None:
        try:
            await services.aclose()
        finally:
            loop.stop()

    shutdown: list[asyncio.Task[None]] = []
    window.closed.connect(lambda: shutdown.append(asyncio.ensure_future(shut_down())))
    window.show()
    # After the first paint: nothing here may delay the window.
    QtCore.QTimer.singleShot(0, lambda: after_show(window))
    with loop:
        loop.run_forever()
    return 0
