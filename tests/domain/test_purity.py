"""The domain core is pure Python: importing every module of zalo_composer.domain must not
need Qt, HTTP, the keyring, platform folders or SQLite.

Each check runs in a fresh interpreter (this one has PySide6 and httpx loaded by the
other tests), with a meta-path finder that refuses the blocked top-level names.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

BLOCKED = ("PySide6", "shiboken6", "httpx", "httpcore", "keyring", "platformdirs", "sqlite3",
           "_sqlite3", "qasync")
# Every module file in the domain folder, found on disk (not by the walk under test).
DOMAIN_MODULES = {
    f"zalo_composer.domain.{path.stem}"
    for path in (Path(__file__).resolve().parents[2] / "zalo_composer" / "domain").glob("*.py")
    if path.stem != "__init__"
}

BLOCKER = textwrap.dedent(
    """
    import importlib.abc, importlib.util, json, sys

    BLOCKED = frozenset(json.loads(sys.argv[1]))
    # Were the blocked packages there to be found? (find_spec does not import them.)
    installed = sorted(name for name in ("PySide6", "httpx") if importlib.util.find_spec(name))
    already = sorted(name for name in BLOCKED if name in sys.modules)

    class Blocker(importlib.abc.MetaPathFinder):
        def find_spec(self, fullname, path=None, target=None):
            if fullname.partition(".")[0] in BLOCKED:
                raise ImportError(f"blocked import of {fullname}")
            return None

    sys.meta_path.insert(0, Blocker())
    """
)


def run_blocked(body: str) -> dict[str, object]:
    """Run *body* after the blocker in a fresh interpreter; it must print one JSON line."""
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER + textwrap.dedent(body), json.dumps(BLOCKED)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_the_domain_imports_without_qt_http_keyring_or_sqlite() -> None:
    # GIVEN a fresh interpreter where the blocked packages cannot be imported
    # WHEN every module of zalo_composer.domain is imported
    report = run_blocked(
        """
        import importlib, pkgutil
        import zalo_composer.domain as domain

        imported = []
        for info in pkgutil.walk_packages(domain.__path__, domain.__name__ + "."):
            importlib.import_module(info.name)
            imported.append(info.name)
        print(json.dumps({
            "already": already,
            "imported": imported,
            "loaded": sorted(n for n in sys.modules if n.partition(".")[0] in BLOCKED),
        }))
        """
    )

    # THEN it worked, every module was imported, and none of the blocked names was loaded
    assert report["already"] == []
    imported = report["imported"]
    assert isinstance(imported, list)
    assert set(imported) == DOMAIN_MODULES
    assert report["loaded"] == []


def test_the_blocker_blocks() -> None:
    # A negative control: without it, the test above could pass with a blocker that
    # blocks nothing. PySide6 and httpx are installed here, yet cannot be imported.
    report = run_blocked(
        """
        import importlib

        failures = {}
        for name in ("PySide6", "PySide6.QtCore", "httpx", "sqlite3"):
            try:
                importlib.import_module(name)
            except ImportError as exc:
                failures[name] = str(exc)
        print(json.dumps({"installed": installed, "failures": failures}))
        """
    )
    assert report["installed"] == ["PySide6", "httpx"]
    assert report["failures"] == {
        "PySide6": "blocked import of PySide6",
        "PySide6.QtCore": "blocked import of PySide6",
        "httpx": "blocked import of httpx",
        "sqlite3": "blocked import of sqlite3",
    }
