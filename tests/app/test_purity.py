"""The app layer has no Qt: importing every module of zalo_composer.app (and using a compose
session) must not load PySide6 or qasync. Same fresh-interpreter blocker as the domain's
purity test; the HTTP client, the keyring and SQLite stay allowed (the app drives them)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.domain.test_purity import BLOCKER

QT = ("PySide6", "shiboken6", "qasync")
APP_MODULES = {
    f"zalo_composer.app.{path.stem}"
    for path in (Path(__file__).resolve().parents[2] / "zalo_composer" / "app").glob("*.py")
    if path.stem != "__init__"
}


def test_the_app_layer_imports_and_runs_without_qt() -> None:
    # GIVEN a fresh interpreter where Qt cannot be imported
    body = textwrap.dedent(
        """
        import importlib, pkgutil
        import zalo_composer.app as app

        imported = []
        for info in pkgutil.walk_packages(app.__path__, app.__name__ + "."):
            importlib.import_module(info.name)
            imported.append(info.name)
        from zalo_composer.app.session import ComposeSession
        from zalo_composer.domain.model import Draft, Message
        session = ComposeSession(Draft(Message("Chào {{tên}}"), ("42",)), {"tên": "Lan"})
        print(json.dumps({
            "imported": imported,
            "filled": session.filled().message.text,
            "jobs": len(session.jobs()),
            "loaded": sorted(n for n in sys.modules if n.partition(".")[0] in BLOCKED),
        }))
        """
    )
    # WHEN every module of zalo_composer.app is imported and a session derives a send
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER + body, json.dumps(QT)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    # THEN it worked and no Qt module was loaded
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(report["imported"]) == APP_MODULES
    assert report["filled"] == "Chào Lan"
    assert report["jobs"] == 1
    assert report["loaded"] == []
