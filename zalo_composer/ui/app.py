"""Start the GUI: the QApplication, the one qasync event loop, the main window, and the
window's error boundary (a start-up failure is one plain message and exit status 4; an
unexpected exception later is logged with its traceback and shown once)."""

from __future__ import annotations

import contextlib
import faulthandler
import gc
import json
import logging
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6 import QtCore, QtWidgets

from .. import APP_DISPLAY_NAME, APP_NAME, __version__
from ..app.services import AppServices
from ..domain.errors import ZaloComposerError
from ..domain.model import Draft, Message, PhoneButton, UrlButton
from ..store.paths import HOME_ENV
from ..store.secrets import discover_keyring_in_background, keyring_backend
from .appearance import apply_theme, follow_system
from .i18n import install_language
from .identity import APP_ID, app_icon
from .main_window import MainWindow
from .settings import app_settings
from .settings_dialog import saved_language
from .staging import after_first_paint

logger = logging.getLogger(__name__)

ORGANIZATION_NAME = "zalo-composer"
FIRST_PAINT_WAIT_MS = 3000
"""The second stage of the start does not wait longer for the window's first paint."""
#: Exit status of a window that could not start because of the program's own files or
#: set-up (as the command line's `EXIT_SETUP`).
EXIT_SETUP = 4

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def _log_path() -> Path | None:
    from ..logs import LOG_FILE

    for handler in logging.getLogger().handlers:
        if handler.get_name() == "zalo-composer-file":
            name = getattr(handler, "baseFilename", "")
            return Path(name) if name else None
    try:
        from ..store.paths import log_dir

        return log_dir() / LOG_FILE
    except OSError:
        return None


class GuiErrorHook:
    """`sys.excepthook` of the running window: an exception nothing caught (in a slot, a
    timer, an async task) is logged with its traceback and shown in one dialog that says
    the draft is safe and where the log is. The same exception again (in a loop, say) is
    only logged. The previous hook is called too, so nothing that relies on it breaks."""

    def __init__(self, previous: ExceptHook | None = None) -> None:
        self.previous = previous
        self.shown: set[tuple[str, str, int]] = set()
        self.dialog: QtWidgets.QMessageBox | None = None

    def __call__(self, kind: type[BaseException], value: BaseException,
                 tb: TracebackType | None) -> None:
        """Log, show once, chain."""
        logger.critical("Unexpected error", exc_info=(kind, value, tb))
        frames = traceback.extract_tb(tb) if tb is not None else []
        where = (frames[-1].filename, frames[-1].lineno or 0) if frames else ("", 0)
        key = (kind.__qualname__, *where)
        if key not in self.shown and QtWidgets.QApplication.instance() is not None:
            self.shown.add(key)
            self._show(kind, value)
        if self.previous is not None:
            self.previous(kind, value, tb)

    def _show(self, kind: type[BaseException], value: BaseException) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # one at a time: the user has not closed the last one yet
        log = _log_path()
        box = QtWidgets.QMessageBox(QtWidgets.QApplication.activeWindow())
        box.setObjectName("unexpectedErrorBox")
        box.setIcon(QtWidgets.QMessageBox.Icon.Critical)
        box.setWindowTitle(QtCore.QCoreApplication.translate("ErrorBoundary",
                                                             "Something went wrong"))
        box.setText(QtCore.QCoreApplication.translate(
            "ErrorBoundary", "zalo-composer ran into an unexpected error. Your draft is safe: "
            "it is autosaved, and offered again if the program has to be restarted."))
        box.setInformativeText(QtCore.QCoreApplication.translate(
            "ErrorBoundary", "The details are in the log: {path}").format(
                path=log or QtCore.QCoreApplication.translate("ErrorBoundary", "(no log file)")))
        box.setDetailedText(f"{kind.__name__}: {value}")
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._on_dialog_destroyed)
        self.dialog = box
        box.show()  # not exec(): an error must not start a nested event loop

    def _on_dialog_destroyed(self) -> None:
        self.dialog = None


def _startup_failed(app: QtWidgets.QApplication, exc: BaseException) -> int:
    """A window that cannot start: one plain line on stderr, the same in a dialog (the
    program may have been started from a menu), and the traceback in the log."""
    import sqlite3

    logger.error("The window could not start", exc_info=exc)
    if isinstance(exc, sqlite3.Error):
        text = f"The send history cannot be used: {exc}."
    elif isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        text = f"{exc.strerror or exc}{where}."
    else:
        text = str(exc)
    if sys.stderr is not None:
        print(f"{APP_NAME}: {text}", file=sys.stderr, flush=True)
    if app.platformName() != "offscreen":
        QtWidgets.QMessageBox.critical(None, QtCore.QCoreApplication.translate(
            "ErrorBoundary", "zalo-composer cannot start"), text)
    return EXIT_SETUP


def _show_start_notices(window: MainWindow, notices: list[str]) -> None:
    """Tell the user what was repaired at start (a damaged file moved aside …)."""
    for notice in notices:
        logger.warning("%s", notice)
    if notices:
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, APP_DISPLAY_NAME,
                                    "\n\n".join(notices), parent=window)
        box.setObjectName("startNoticesBox")
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()


def after_start(window: MainWindow) -> None:
    """Start-up work the first window does not need: the balance (in the background),
    recovery offer, history retention, recent sends."""
    import sqlite3

    window.activity.fetch_balance_at_start()
    window.files.offer_recovery()
    window.activity.offer_bulk_resume()
    try:
        from .history import apply_saved_retention  # the History window's module: not at start

        apply_saved_retention(window.services().history, settings=app_settings())
    except sqlite3.Error as exc:
        logger.warning("Could not apply the history retention: %s", exc)
    window.activity.load_recent_results()
    try:
        _show_start_notices(window, window.services().history.notices)
    except sqlite3.Error as exc:
        logger.warning("Could not open the history: %s", exc)
    window.activity.resume_follow_up()  # History rows still waiting for Zalo's outcome


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
    apply_theme(app)  # before any window exists: no white flash in dark mode
    follow_system(app)
    install_language(app, saved_language())  # before any window: it is built speaking it

    # The window's close starts an orderly shutdown (HTTP client, sandbox) on the loop,
    # which then stops; Qt must not quit underneath it.
    app.setQuitOnLastWindowClosed(False)
    try:
        if services is None:
            from ..store.profiles import ProfileBook

            services = AppServices(book=ProfileBook.load_or_recover())
        window = MainWindow(services=services, staged=True)
    except (OSError, ZaloComposerError) as exc:  # the first stage opens no database
        return _startup_failed(app, exc)
    # The first stage on screen before anything else is imported or built; the keys and
    # clicks the user makes meanwhile wait in Qt's queue (not lost) until the loop below.
    window.show()
    first_paint = QtCore.QEventLoop()
    after_first_paint(window, first_paint.quit)
    QtCore.QTimer.singleShot(FIRST_PAINT_WAIT_MS, first_paint.quit)  # never painted: go on
    first_paint.exec(QtCore.QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    if not window.isVisible():
        return 0  # closed already (by a script): nothing was opened that needs closing

    import asyncio
    import sqlite3

    import qasync  # type: ignore[import-untyped]

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    app.setWindowIcon(app_icon())  # rendered at seven sizes: after the first paint
    try:
        window.complete()
    except (OSError, sqlite3.Error, ZaloComposerError) as exc:
        return _startup_failed(app, exc)
    if services.book.notices:
        QtCore.QTimer.singleShot(0, lambda: _show_start_notices(window, services.book.notices))
    hook = GuiErrorHook(sys.excepthook)
    sys.excepthook = hook
    # Settings → Language switches at once; every widget re-words itself, nothing is lost.
    window.language_changed.connect(lambda choice: install_language(app, choice))

    async def shut_down() -> None:
        try:
            await services.aclose()
        finally:
            loop.stop()

    shutdown: list[asyncio.Task[None]] = []
    window.closed.connect(lambda: shutdown.append(asyncio.ensure_future(shut_down())))

    def settle() -> None:
        # What the window does not need at once: the balance, the recovery offer …
        discover_keyring_in_background()  # for the first secret the window needs
        after_show(window)
        if not window.isVisible():
            return  # closed already (by a script, or `--smoke`): quitting
        # What the start made (modules, widgets) lives as long as the program: collected
        # once, then left out of Python's full garbage collections, which otherwise scan it
        # every time and hold the loop 30-40 ms in the middle of a bulk send.
        gc.collect()
        gc.freeze()

    QtCore.QTimer.singleShot(0, settle)
    try:
        with loop:
            loop.run_forever()
    finally:
        if sys.excepthook is hook:
            sys.excepthook = hook.previous or sys.__excepthook__
    return 0


# -- zalo-composer --smoke ------------------------------------------------------------------

#: `--smoke` gives up (traceback on stderr, exit 1) when it has not finished by then.
SMOKE_TIMEOUT_S = 60


class SmokeFailedError(Exception):
    """A `--smoke` check found the program not working."""


def smoke_draft() -> Draft:
    """The small built-in draft `--smoke` previews: Vietnamese text and two buttons."""
    return Draft(
        message=Message(
            text="Xin chào! Đơn hàng DH-118374 của anh/chị đã được xác nhận.",
            buttons=(
                UrlButton(title="Theo dõi đơn hàng", url="https://example.com/don-hang/118374"),
                PhoneButton(title="Gọi tổng đài", phone_code="19006868"),
            ),
        ),
        recipients=("2281163470342346421",),
    )


def _smoke_check(window: MainWindow) -> str:
    """Check the shown window and a preview of `smoke_draft`; the report line."""
    if not window.isVisible():
        raise SmokeFailedError("the main window is not visible")
    draft = smoke_draft()
    window.load_draft(draft)
    window.flush_preview()
    text = window.preview_text()
    if not text.strip():
        raise SmokeFailedError("the request preview is empty")
    try:
        body = json.loads(text)
    except ValueError as exc:
        raise SmokeFailedError(f"the request preview is not JSON: {exc}") from exc
    if draft.message.text not in json.dumps(body, ensure_ascii=False):
        raise SmokeFailedError("the request preview does not hold the draft's text")
    icon = QtWidgets.QApplication.windowIcon()
    if icon.isNull():
        raise SmokeFailedError("the application icon did not load")
    # Which backend keyring picks shows that its discovery (entry points, which a frozen
    # build must carry) works; nothing is read from or written to the keyring.
    backend = type(keyring_backend())
    return (
        f"smoke ok: window shown, preview {len(text)} characters, "
        f"icon {len(icon.availableSizes())} sizes, "
        f"keyring {backend.__module__}.{backend.__qualname__}"
    )


def run_smoke(args: list[str]) -> int:
    """`zalo-composer --smoke`: start the program as `run_gui` does (offscreen unless
    QT_QPA_PLATFORM says otherwise), preview a built-in draft, print one line and quit.

    Returns 0 when it worked, 1 with the reason on stderr otherwise. It leaves the user's
    files and keyring alone: ZALO_COMPOSER_HOME is a temporary folder unless one is set,
    and secrets are kept in memory.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    outcome: list[str | BaseException] = []

    def check(window: MainWindow) -> None:
        try:
            outcome.append(_smoke_check(window))
        except Exception as exc:
            outcome.append(exc)
        finally:
            window.close()

    with contextlib.ExitStack() as cleanup:
        if not os.environ.get(HOME_ENV):
            home = cleanup.enter_context(
                tempfile.TemporaryDirectory(prefix="zalo-smoke-", ignore_cleanup_errors=True)
            )
            os.environ[HOME_ENV] = home
            cleanup.callback(os.environ.pop, HOME_ENV, None)
        if sys.stderr is not None:  # None in a windowed build on Windows
            faulthandler.dump_traceback_later(SMOKE_TIMEOUT_S, exit=True)
            cleanup.callback(faulthandler.cancel_dump_traceback_later)
        from ..store.secrets import SecretStore

        secrets = SecretStore()
        secrets.use_memory_only()  # never reads or writes the keyring
        try:
            run_gui(args, after_show=check, services=AppServices(secrets=secrets))
        except Exception as exc:
            outcome.append(exc)
    result = outcome[0] if outcome else SmokeFailedError("the window was never shown")
    if isinstance(result, BaseException):
        print(f"smoke failed: {type(result).__name__}: {result}", file=sys.stderr)
        return 1
    print(result, flush=True)
    return 0
