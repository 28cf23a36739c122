"""A real program process for the kill tests: it edits or sends, says READY, then waits to be
killed with SIGKILL. Run as ``python -m tests.ui.kill_target edit|send``."""

from __future__ import annotations

import asyncio
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync  # type: ignore[import-untyped]
from PySide6 import QtCore, QtWidgets

from tests.ui.samples import five_button_draft
from zalo_composer.app.services import AppServices
from zalo_composer.sandbox import Fault
from zalo_composer.ui.main_window import MainWindow

EDITED_TEXT = "Sửa dở dang trước khi bị tắt"


async def edit(window: MainWindow) -> None:
    window.load_draft(five_button_draft())
    editor = window.message_editor().text_edit()
    editor.selectAll()
    editor.insertPlainText(EDITED_TEXT)  # a user edit: emits draft_changed
    while not window.autosaver.recovery.path.exists():
        await asyncio.sleep(0.05)


async def send(window: MainWindow, services: AppServices) -> None:
    window.load_draft(five_button_draft())
    services.sandbox.base_url()
    assert services.sandbox.running is not None
    services.sandbox.running.inject(Fault("delay", seconds=60))
    window.view.send_button.click()
    while not services.history.page(limit=1):
        await asyncio.sleep(0.05)
    while not services.sandbox.running.requests:
        await asyncio.sleep(0.05)


def main(mode: str) -> None:
    app = QtWidgets.QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    services = AppServices()
    window = MainWindow(services=services)
    window.show()

    async def run() -> None:
        await (edit(window) if mode == "edit" else send(window, services))
        print("READY", flush=True)
        await asyncio.sleep(3600)

    QtCore.QTimer.singleShot(0, lambda: asyncio.ensure_future(run()))
    with loop:
        loop.run_forever()


if __name__ == "__main__":
    main(sys.argv[1])
