"""Start the GUI: the QApplication, the one qasync event loop, and the main window."""

from __future__ import annotations

import asyncio
import contextlib
import faulthandler
import json
import logging
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable

import qasync  # type: ignore[import-untyped]
from PySide6 import QtCore, QtWidgets

from .. import APP_DISPLAY_NAME, APP_NAME, __version__
from ..app.services import AppServices
from ..domain.model import Draft, Message, PhoneButton, UrlButton
from ..store.paths import HOME_ENV
from .appearance import apply_theme, follow_system
from .i18n import install_language
from .identity import APP_ID, app_icon
from .main_window import MainWindow
from .settings import app_settings
from .settings_dialog import saved_language

logger = logging.getLogger(__name__)

ORGANIZATION_NAME = "zalo-composer"


def after_start(window: MainWindow) -> None:
    """Start-up work the first window does not need: recovery offer, history retention,
    recent sends."""
    window.files.offer_recovery()
    window.activity.offer_bulk_resume()
    try:
        from .history import apply_saved_retention  # the History window's module: not at start

        apply_saved_retention(window.services().history, settings=app_settings())
    except sqlite3.Error as exc:
        logger.warning("Could not apply the history retention: %s", exc)
    window.activity.load_recent_results()
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
    app.setWindowIcon(app_icon())
    apply_theme(app)  # before any window exists: no white flash in dark mode
    follow_system(app)
    install_language(app, saved_language())  # before any window: it is built speaking it

    # The window's close starts an orderly shutdown (HTTP client, sandbox) on the loop,
    # which then stops; Qt must not quit underneath it.
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    services = services if services is not None else AppServices()
    window = MainWindow(services=services)
    # Settings → Language switches at once; every widget re-words itself, nothing is lost.
    window.language_changed.connect(lambda choice: install_language(app, choice))

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
    import keyring

    backend = type(keyring.get_keyring())
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
        import keyring.backends.fail

        from ..store.secrets import SecretStore

        secrets = SecretStore(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
        secrets.use_memory_only()
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
