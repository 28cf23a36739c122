"""The README's screenshot of a red “failed at Zalo · -230” row, in Vietnamese, light, at
1366x768 (not a test): a real send to the sandbox's -230 test follower, followed until Zalo's
outcome arrives.

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python -m tests.ui.screenshot_zalo_failed [PATH]

(offscreen works too, but its screen is smaller than 1366x768, so the window is clamped).

Writes PATH (default docs/screenshot-zalo-failed-vi.png). Settings and history go to a
temporary folder, never the user's.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import asyncio
import dataclasses
import sys
import tempfile
from pathlib import Path

from PySide6 import QtWidgets

from tests.ui.samples import five_button_draft
from zalo_composer.ui.appearance import apply_theme
from zalo_composer.ui.i18n import install_language

DEFAULT_OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshot-zalo-failed-vi.png"
INACTIVE = "1000000000000000230"


def main(argv: list[str]) -> int:
    """Send, follow, grab; returns the exit status."""
    out = Path(argv[0]) if argv else DEFAULT_OUT
    with tempfile.TemporaryDirectory(prefix="zalo-shot-") as home:
        os.environ["ZALO_COMPOSER_HOME"] = home
        import qasync

        app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
        app.setApplicationDisplayName("Zalo Composer")
        apply_theme(app, "light")  # type: ignore[arg-type]
        install_language(app, "vi")
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        from zalo_composer.ui.main_window import MainWindow

        window = MainWindow()
        services = window.services()
        services.follow_up().delays = (0.5, 1.0, 2.0, 3.0, 4.0, 6.0)  # the program's: 5 s, …
        window.load_draft(dataclasses.replace(five_button_draft(), recipients=(INACTIVE,)))
        window.resize(1366, 768)
        window.show()
        window.send()
        model = window.activity.results_log.results_model()

        async def followed() -> None:
            while not (model.rowCount() and model.state_at(0) == "zalo_failed"):
                await asyncio.sleep(0.1)
            await asyncio.sleep(0.3)

        loop.run_until_complete(asyncio.wait_for(followed(), 30))
        # The row unselected, so its red tint shows; the Meaning column in view.
        from zalo_composer.ui.results.model import MEANING

        table = window.activity.results_log.findChild(QtWidgets.QTableView, "resultsTable")
        table.clearSelection()
        table.scrollTo(model.index(0, MEANING))
        for _ in range(10):
            QtWidgets.QApplication.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out))
        print(out)
        window.setWindowModified(False)
        loop.run_until_complete(services.aclose())
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
