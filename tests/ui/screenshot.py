"""Screenshots of the main window for review and for the README (not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.screenshot [OUT_DIR] [--readme PATH]

Writes five-buttons-1280x800.png, five-buttons-1024x700.png, errors-1280x800.png and
errors-1024x700.png into OUT_DIR (default /tmp/shots), and the same with a dark palette
(Fusion style) as dark-*.png.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import sys
from pathlib import Path

from PySide6 import QtWidgets

from tests.ui.samples import error_draft, five_button_draft
from zalo_composer.domain.model import Draft
from zalo_composer.ui.appearance import dark_palette
from zalo_composer.ui.main_window import MainWindow

SIZES = ((1280, 800), (1024, 700))


def shoot(window: MainWindow, draft: Draft, size: tuple[int, int], path: Path) -> None:
    """Load *draft*, resize, let the layout settle, and save a grab of the window."""
    window.load_draft(draft)
    window.resize(*size)
    window.show()
    window.flush_preview()
    for _ in range(5):
        QtWidgets.QApplication.processEvents()
    window.grab().save(str(path))
    print(path)


def main(argv: list[str]) -> int:
    """Write the screenshots; returns the exit status."""
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", type=Path, default=Path("/tmp/shots"))
    parser.add_argument("--readme", type=Path, help="also save the 1280x800 five-button shot here")
    options = parser.parse_args(argv)
    options.out.mkdir(parents=True, exist_ok=True)
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    app.setApplicationDisplayName("Zalo Composer")
    light = (app.style().name(), app.palette())
    for theme in ("", "dark-"):
        if theme:
            app.setStyle("Fusion")
            app.setPalette(dark_palette())
        for name, draft in (
            ("five-buttons", five_button_draft()), ("errors", error_draft()), ("new", Draft())
        ):
            for width, height in SIZES:
                window = MainWindow()
                out = options.out / f"{theme}{name}-{width}x{height}.png"
                shoot(window, draft, (width, height), out)
                if options.readme and not theme and name == "five-buttons" and width == 1280:
                    window.grab().save(str(options.readme))
                window.close()
    app.setStyle(light[0])
    app.setPalette(light[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
