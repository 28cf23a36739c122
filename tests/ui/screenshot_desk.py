"""The README's screenshots at 1366x768, as a support laptop shows them (not a test).

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python -m tests.ui.screenshot_desk [OUT_DIR] [--only NAME]

Writes into OUT_DIR (default docs/):

- screenshot-main.png: English, light, the five-button sample, the JSON preview;
- screenshot-vi-dark.png: Vietnamese, dark, after a send to the sandbox (results open);
- bulk-send.png: English, light, a bulk send to 24 sandbox recipients paused half-way,
  one row blocked, a row's filled message in its tooltip;
- zalo-preview.png: English, light, the Zalo preview tab of the five-button sample.

Each uses the program's own theme (`apply_theme`) and language, a window the size of the
screen's available area (what `fit_to_screen` allows), and a temporary home: the user's
settings, history and keys are never touched.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

import argparse
import asyncio
import dataclasses
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import qasync
from PySide6 import QtCore, QtGui, QtWidgets

from tests.ui.samples import five_button_draft

DOCS = Path(__file__).resolve().parents[2] / "docs"
SANDBOX_USER = "2281163470342346421"


def _settle(app: QtWidgets.QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()
        QtCore.QThread.msleep(10)


def _window(app: QtWidgets.QApplication, language: str, theme: str) -> QtWidgets.QMainWindow:
    from zalo_composer.ui.appearance import apply_theme
    from zalo_composer.ui.i18n import install_language
    from zalo_composer.ui.main_window import MainWindow

    apply_theme(app, theme)  # type: ignore[arg-type]
    install_language(app, language)
    window = MainWindow()
    screen = app.primaryScreen().availableGeometry()
    window.setGeometry(screen)
    return window


def _grab(window: QtWidgets.QWidget, path: Path) -> None:
    """The window as the screen shows it (tooltips and popups included)."""
    screen = QtWidgets.QApplication.primaryScreen()
    frame = window.frameGeometry()
    shot = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    if shot.isNull() or shot.width() < 10:
        shot = window.grab()
    shot.save(str(path))
    print(path)


def main_shot(app: QtWidgets.QApplication, out: Path) -> None:
    """English, light, five buttons, the JSON preview."""
    window = _window(app, "en", "light")
    window.load_draft(dataclasses.replace(five_button_draft(), recipients=(SANDBOX_USER,)))
    window.show()
    window.flush_preview()
    _settle(app)
    _grab(window, out / "screenshot-main.png")
    _close(window)


def preview_shot(app: QtWidgets.QApplication, out: Path) -> None:
    """English, light, the Zalo preview tab in front."""
    window = _window(app, "en", "light")
    window.load_draft(dataclasses.replace(five_button_draft(), recipients=(SANDBOX_USER,)))
    window.show()
    window.view.preview_tabs.setCurrentIndex(1)
    window.flush_preview()
    _settle(app)
    # The end of the bubble: the last lines of the text and the five buttons.
    for area in window.view.zalo_preview.findChildren(QtWidgets.QScrollArea):
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    _settle(app)
    _grab(window, out / "zalo-preview.png")
    _close(window)


def vi_dark_shot(app: QtWidgets.QApplication, out: Path, loop: asyncio.AbstractEventLoop) -> None:
    """Vietnamese, dark, after a real send to the built-in sandbox."""
    window = _window(app, "vi", "dark")
    window.load_draft(dataclasses.replace(five_button_draft(), recipients=(SANDBOX_USER,)))
    window.show()
    _settle(app)
    done: list[object] = []
    window.activity.sends.result_ready.connect(done.append)
    window.send()
    _wait(app, lambda: bool(done))
    window.activity.bulk_dock.hide()  # an earlier shot's layout may have it open
    window.activity.show_results()
    window.activity.results_dock.raise_()
    window.flush_preview()
    _settle(app)
    _grab(window, out / "screenshot-vi-dark.png")
    _close(window)


def bulk_shot(app: QtWidgets.QApplication, out: Path) -> None:
    """A bulk send to the sandbox, paused half-way, one row blocked."""
    from tests.app.bulk_samples import DRAFT, make_table
    from zalo_composer.domain.variables import RecipientRow, RecipientsTable
    from zalo_composer.sandbox import Fault

    window = _window(app, "en", "light")
    services = window._services
    services.sandbox.base_url()
    assert services.sandbox.running is not None
    services.sandbox.running.inject(Fault("delay", seconds=0.15), times=None)
    window.load_draft(DRAFT)
    window.show()
    window.activity.results_dock.hide()  # an earlier shot's layout may have it open
    panel = window.activity.show_bulk()
    panel._confirm_start = lambda profile, count, rate: True  # type: ignore[method-assign]
    table = make_table(24)
    rows = list(table.rows)
    rows[5] = RecipientRow(rows[5].user_id, {"tên": rows[5].values["tên"]}, rows[5].line)
    panel.set_recipients(RecipientsTable(tuple(rows), table.columns))
    panel.set_defaults({"tên": "bạn"})
    panel.controls().set_rate(None)
    panel.controls().set_concurrency(2)
    panel.check_all()
    task = panel.start()
    assert task is not None
    sender = panel.runner().bulk_sender()
    assert sender is not None
    _wait(app, lambda: sender.progress().accepted >= 11)
    panel.pause()
    _wait(app, lambda: sender.progress().in_flight == 0, timeout=10.0)
    _settle(app)
    view = panel.recipients_area().view()
    index = view.model().index(3, 1)
    view.setCurrentIndex(index)
    rect = view.visualRect(index)
    QtWidgets.QToolTip.showText(view.viewport().mapToGlobal(rect.center()),
                                str(view.model().data(index, QtCore.Qt.ItemDataRole.ToolTipRole)),
                                view.viewport())
    _settle(app, 30)
    _grab(window, out / "bulk-send.png")
    QtWidgets.QToolTip.hideText()
    panel.stop()
    _wait(app, task.done, timeout=20.0)
    _close(window)


def _wait(app: QtWidgets.QApplication, condition: Callable[[], bool],
          timeout: float = 30.0) -> None:
    deadline = QtCore.QDeadlineTimer(int(timeout * 1000))
    while not condition():
        if deadline.hasExpired():
            raise TimeoutError("the screenshot's state never came")
        app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QtCore.QThread.msleep(10)


def _close(window: QtWidgets.QMainWindow) -> None:
    window.setWindowModified(False)
    window.close()
    window.deleteLater()
    QtWidgets.QApplication.processEvents()


SHOTS = ("main", "vi-dark", "bulk", "preview")


def main(argv: list[str]) -> int:
    """Write the screenshots; returns the exit status."""
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", type=Path, default=DOCS)
    parser.add_argument("--only", choices=SHOTS, action="append")
    options = parser.parse_args(argv)
    options.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="zalo-shot-") as home:
        os.environ["ZALO_COMPOSER_HOME"] = home
        os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
        app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
        assert isinstance(app, QtWidgets.QApplication)
        app.setApplicationDisplayName("Zalo Composer")
        QtGui.QGuiApplication.setDesktopFileName("zalo-composer")
        loop = qasync.QEventLoop(app, already_running=True)
        asyncio.set_event_loop(loop)
        # Shut down at the end (TESTING.md): a worker QThread alive at exit aborts Python.
        executor = qasync.QThreadExecutor(2)
        loop.set_default_executor(executor)
        wanted = options.only or list(SHOTS)
        if "main" in wanted:
            main_shot(app, options.out)
        if "preview" in wanted:
            preview_shot(app, options.out)
        if "bulk" in wanted:
            bulk_shot(app, options.out)
        if "vi-dark" in wanted:
            vi_dark_shot(app, options.out, loop)
        executor.shutdown(wait=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
