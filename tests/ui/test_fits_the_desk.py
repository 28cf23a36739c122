"""The window fits a 1366x768 laptop: never larger than the screen's available area, every
control of the window and of the Results and Bulk docks in view, in both languages; the
message editor grows with the window; an empty Problems panel is one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from pytestqt.qtbot import QtBot

from tests.ui.samples import error_draft, five_button_draft
from zalo_composer.app.services import AppServices
from zalo_composer.ui.main_window import MainWindow
from zalo_composer.ui.screen_fit import DEFAULT_SIZE, fits_on_screen

ROOT = Path(__file__).resolve().parents[2]
#: A 1366x768 laptop less a 40 px taskbar: what Qt reports as its available area.
LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 728,
          "logicalDpi": 96, "logicalBaseDpi": 96}


def _run_probe(tmp_path: Path, language: str) -> dict[str, object]:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [LAPTOP]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.fit_probe", language,
         str(tmp_path / f"laptop-{language}.png")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


@pytest.mark.parametrize("language", ["en", "vi"])
def test_at_1366x768_with_results_and_bulk_open_everything_is_in_view(
    tmp_path: Path, language: str
) -> None:
    # GIVEN the laptop's screen, WHEN the window opens with a five-button draft and the
    # Results log and Bulk send (Ctrl+Shift+B) are opened
    report = _run_probe(tmp_path, language)
    available = QtCore.QRect(*report["available"])  # type: ignore[misc]
    # THEN the frame, the status bar and every control are on the screen, none clipped
    assert available.size() == QtCore.QSize(1366, 728)
    assert available.contains(QtCore.QRect(*report["frame"])), report  # type: ignore[misc]
    assert available.contains(QtCore.QRect(*report["status_bar"])), report  # type: ignore[misc]
    assert report["results_open"] and report["bulk_in_front"], report
    assert report["bulk_controls"] >= 8, report  # the panel was built and shown
    assert report["hidden"] == [], report
    # AND with the Results tab brought to the front instead
    assert report["results_in_front"], report
    assert report["hidden_with_results"] == [], report


def _available(window: QtWidgets.QWidget) -> QtCore.QRect:
    return window.screen().availableGeometry()


def test_the_window_opens_within_the_screen(window: MainWindow, qtbot: QtBot) -> None:
    # The offscreen screen (800 px wide) is smaller than the default size.
    assert _available(window).width() < DEFAULT_SIZE.width()
    window.show()
    qtbot.waitExposed(window)
    assert fits_on_screen(window), (window.frameGeometry(), _available(window))


def test_a_restored_geometry_larger_than_the_screen_is_clamped(
    services: AppServices, qtbot: QtBot
) -> None:
    # GIVEN a layout saved from a window larger than this screen
    first = MainWindow(services=services)
    qtbot.addWidget(first)
    first.setGeometry(QtCore.QRect(300, 200, 1500, 1000))
    first.save_layout()
    # WHEN the next window restores it
    second = MainWindow(services=services)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    # THEN it lies on the screen's available area
    assert fits_on_screen(second), (second.frameGeometry(), _available(second))


def test_opening_bulk_brings_it_in_front_of_results(
    shown_window: MainWindow, qtbot: QtBot
) -> None:
    activity = shown_window.activity
    activity.show_results()
    qtbot.waitUntil(lambda: not activity.results_dock.visibleRegion().isEmpty())
    qtbot.keyClick(shown_window, QtCore.Qt.Key.Key_B,
                   QtCore.Qt.KeyboardModifier.ControlModifier
                   | QtCore.Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not activity.bulk_dock.visibleRegion().isEmpty())
    assert activity.results_dock.visibleRegion().isEmpty()
    assert activity.bulk is not None and activity.bulk.isVisible()


def test_the_message_editor_grows_with_the_window(window: MainWindow, qtbot: QtBot) -> None:
    window.load_draft(five_button_draft())
    window.resize(760, 400)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    small = window.message_editor().text_edit().height()
    window.resize(760, 580)
    qtbot.wait(20)
    assert window.message_editor().text_edit().height() > small + 40


def test_an_empty_problems_panel_is_one_line(window: MainWindow, qtbot: QtBot) -> None:
    window.load_draft(five_button_draft())
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    panel = window.view.problems_panel
    line = QtGui.QFontMetrics(panel.font()).height()
    assert not window.problems()
    assert panel.height() <= 2 * line
    window.load_draft(error_draft())
    qtbot.wait(20)
    count = len(window.problems())
    assert count >= 3
    # THEN with problems it takes room for several of them
    assert panel.height() >= 3 * line
