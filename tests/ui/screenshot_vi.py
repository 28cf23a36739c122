"""The README's screenshot of the window in Vietnamese, in dark mode (not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.screenshot_vi [PATH] [--errors]

Writes PATH (default docs/screenshot-vi-dark.png): the main window at 1280x800 with the
five-button sample, one accepted send in the results dock, the Vietnamese translation and
the dark palette. Settings and history go to a temporary folder, never the user's.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import asyncio
import json
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6 import QtWidgets

from tests.ui.samples import error_draft, five_button_draft
from zalo_composer.domain.result import SendResult
from zalo_composer.ui.appearance import apply_theme
from zalo_composer.ui.i18n import install_language

DEFAULT_OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshot-vi-dark.png"


def accepted_result(body: dict[str, Any]) -> SendResult:
    """What the sandbox answers to the sample (*body*, masked): CodeResult 100, an SMSID."""
    return SendResult(request_body=body,
        recipient="2281163470342346421", request_id="9f1c2b7e5d3a4c6b8e0f1a2b3c4d5e6f",
        outcome="accepted", started_at=datetime.now().astimezone() - timedelta(seconds=42),
        duration_ms=184.0, http_status=200, code="100", meaning="accepted by eSMS",
        sms_id="d7a4c2b0-5f3e-4a61-9c8d-2e7b1f0a9c34",
        raw_response='{"CodeResult":"100","SMSID":"d7a4c2b0-5f3e-4a61-9c8d-2e7b1f0a9c34"}',
    )


def main(argv: list[str]) -> int:
    """Write the screenshot; returns the exit status."""
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--errors", action="store_true", help="the error sample instead")
    parser.add_argument("--size", default="1280x800", help="WIDTHxHEIGHT")
    options = parser.parse_args(argv)
    width, height = (int(n) for n in options.size.split("x"))
    with tempfile.TemporaryDirectory(prefix="zalo-shot-") as home:
        os.environ["ZALO_COMPOSER_HOME"] = home
        app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
        app.setApplicationDisplayName("Zalo Composer")
        apply_theme(app, "dark")  # type: ignore[arg-type]
        install_language(app, "vi")
        asyncio.set_event_loop(asyncio.new_event_loop())
        from zalo_composer.ui.main_window import MainWindow

        window = MainWindow()
        window.load_draft(error_draft() if options.errors else five_button_draft())
        window.flush_preview()
        body = json.loads(window.preview_text())
        window.activity.results_log.results_model().add(accepted_result(body), "Sandbox")
        window.activity.show_results()
        window.resize(width, height)
        window.show()
        window.flush_preview()
        for _ in range(10):
            QtWidgets.QApplication.processEvents()
        options.out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(options.out))
        print(options.out)
        window.setWindowModified(False)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
