"""The README's screenshot of the Followers picker in Vietnamese (not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.screenshot_followers [PATH]

Writes PATH (default docs/followers-picker.png): the window at 1366x768 with the picker
over it, after a fetch from the built-in sandbox, two users named and a search typed.
Everything goes to a temporary folder, never the user's.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import asyncio
import sys
import tempfile
from pathlib import Path

import qasync
from PySide6 import QtWidgets

from zalo_composer.ui.i18n import install_language

DEFAULT_OUT = Path(__file__).resolve().parents[2] / "docs" / "followers-picker.png"


def main(argv: list[str]) -> int:
    """Write the screenshot; returns the exit status."""
    out = Path(argv[0]) if argv else DEFAULT_OUT
    with tempfile.TemporaryDirectory(prefix="zalo-shot-") as home:
        os.environ["ZALO_COMPOSER_HOME"] = home
        app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
        install_language(app, "vi")
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        from zalo_composer.sandbox.followers import TEST_RECIPIENTS
        from zalo_composer.ui.followers.model import COLUMNS
        from zalo_composer.ui.main_window import MainWindow

        window = MainWindow()
        window.resize(1366, 768)
        window.show()
        dialog = window.followers.show_dialog()
        assert dialog is not None
        task = dialog.fetch()
        assert task is not None
        loop.run_until_complete(task)
        model = dialog.model
        for user_id, name, note in ((TEST_RECIPIENTS[0], "Chị Lan", "Đơn #1042 · Thủ Đức"),
                                    (TEST_RECIPIENTS[1], "Anh Đức", "Hỏi bảo hành")):
            row = next(r for r in range(model.rowCount())
                       if model.recipient(r).user_id == user_id)
            model.setData(model.index(row, COLUMNS.index("name")), name)
            model.setData(model.index(row, COLUMNS.index("note")), note)
        dialog.search_field().setText("duc")
        dialog.table().selectRow(0)
        dialog.table().resizeColumnsToContents()
        dialog.resize(1100, 520)
        for _ in range(10):
            QtWidgets.QApplication.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(out))
        print(out)
        dialog.close()
        window.setWindowModified(False)
        window.close()
        loop.run_until_complete(window.services().aclose())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
