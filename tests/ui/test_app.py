"""`run_gui`: the application, its names, the qasync loop and the window, in a real process."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Shows the window, reports what the running program looks like, then closes the window:
# run_gui must then return, as it does when the user quits.
PROBE = textwrap.dedent(
    """
    import asyncio, sys
    from PySide6 import QtCore, QtWidgets
    from zalo_composer.ui import app, main_window

    original_show = main_window.MainWindow.show

    def show_then_close(self):
        original_show(self)
        def report():
            qt_app = QtWidgets.QApplication.instance()
            loop = asyncio.get_event_loop()
            print("name", qt_app.applicationName(), qt_app.organizationName())
            print("loop", type(loop).__module__, loop.is_running())
            print("window", self.isVisible(), self.windowTitle())
            self.close()
        QtCore.QTimer.singleShot(50, report)

    main_window.MainWindow.show = show_then_close
    sys.exit(app.run_gui([]))
    """
)


def test_run_gui_shows_the_window_on_a_qasync_loop_and_returns_on_close() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False,
    )

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "name zalo-composer zalo-composer" in lines
    assert "loop qasync True" in lines
    assert "window True Untitled[*] — Zalo Composer" in lines
    assert "Traceback" not in result.stderr


def test_keys_typed_during_the_staged_start_are_not_lost(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    from tests.ui.staged_start_probe import TYPED

    # GIVEN the program starting for real (run_gui, in two stages)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ZALO_COMPOSER_HOME": str(tmp_path)}
    # WHEN keys are typed into the message before the window has painted once
    done = subprocess.run([sys.executable, "-m", "tests.ui.staged_start_probe"],
                          cwd=Path(__file__).resolve().parents[2], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    [line] = [x for x in done.stdout.splitlines() if x.startswith("STAGED ")]
    seen = json.loads(line.removeprefix("STAGED "))
    # THEN they arrived while the window was still in its first stage, and every one of them
    # is in the editor once it is complete, the window knowing it has unsaved work
    assert seen["complete when typed"] is False
    assert seen["text"] == TYPED
    assert seen["modified"] is True
    # AND nothing of the composing area moved or changed size between the first paint and
    # the complete window (the second stage fills the previews' tabs, it does not lay out)
    assert seen["first paint"] == seen["complete"]
    # AND the previews, built after the first paint, show it too
    assert json.loads(seen["preview"])["Payload"]["message"]["text"] == TYPED
    # AND what the start made is left out of later full garbage collections (which held
    # the loop 30-40 ms in the middle of a bulk send)
    assert seen["frozen objects"] > 10_000


def test_docks_saved_open_are_in_place_at_the_first_paint(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    from tests.ui.staged_start_probe import OPEN_DOCKS
    from tests.ui.test_fits_the_desk import LAPTOP

    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [LAPTOP]}), encoding="utf-8")

    def start(**extra: str) -> dict[str, object]:
        env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
               "ZALO_COMPOSER_HOME": str(tmp_path / "home"), **extra}
        done = subprocess.run([sys.executable, "-m", "tests.ui.staged_start_probe"],
                              cwd=Path(__file__).resolve().parents[2], env=env,
                              capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        [line] = [x for x in done.stdout.splitlines() if x.startswith("STAGED ")]
        return json.loads(line.removeprefix("STAGED "))  # type: ignore[no-any-return]

    # GIVEN a window closed last time with the Results and Templates docks open, on a
    # 1366x768 laptop
    start(**{OPEN_DOCKS: "1"})
    # WHEN the program starts again
    seen = start()
    # THEN both docks are on screen, in their places, from the first paint (empty until the
    # second stage fills them), so the composing area does not shrink or move after it
    assert seen["docks at first paint"] == ["resultsDock", "templatesDock"]
    assert seen["first paint"] == seen["complete"]
