"""The sandbox stands on the domain alone: importing every module of zalo_composer.sandbox
must not load the eSMS client, the store, the UI, nor Qt, httpx, the keyring or SQLite; and
no module of it names anything but the standard library, the domain and its own package."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from tests.domain.test_purity import run_blocked

SANDBOX_DIR = Path(__file__).resolve().parents[2] / "zalo_composer" / "sandbox"
# Every module file in the sandbox folder, found on disk (not by the walk under test).
SANDBOX_MODULES = {
    f"zalo_composer.sandbox.{path.stem}" for path in SANDBOX_DIR.glob("*.py")
    if path.stem != "__init__"
}


def test_the_sandbox_imports_without_esms_store_ui_qt_or_http() -> None:
    # GIVEN a fresh interpreter where Qt, httpx, the keyring and SQLite cannot be imported
    # WHEN every module of zalo_composer.sandbox is imported
    report = run_blocked(
        """
        import importlib, pkgutil
        import zalo_composer.sandbox as sandbox

        imported = []
        for info in pkgutil.walk_packages(sandbox.__path__, sandbox.__name__ + "."):
            importlib.import_module(info.name)
            imported.append(info.name)
        print(json.dumps({
            "imported": imported,
            "ours": sorted(n for n in sys.modules if n.startswith("zalo_composer.")),
            "loaded": sorted(n for n in sys.modules if n.partition(".")[0] in BLOCKED),
        }))
        """
    )

    # THEN every module was imported, with nothing of the program outside the domain and
    # the sandbox, and none of the blocked packages
    imported = report["imported"]
    assert isinstance(imported, list)
    assert set(imported) == SANDBOX_MODULES
    ours = report["ours"]
    assert isinstance(ours, list)
    outside = [name for name in ours
               if not name.startswith(("zalo_composer.domain", "zalo_composer.sandbox"))]
    assert outside == []
    assert "zalo_composer.domain.demo" in ours  # the walk really reached the domain
    assert report["loaded"] == []


def _imported_names(path: Path) -> list[tuple[int, str]]:
    """Every import of *path* (also inside functions) as (level, module); level 0 is absolute."""
    names: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [(0, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names.append((node.level, node.module or ""))
    return names


def test_the_sandbox_names_only_the_standard_library_and_the_domain() -> None:
    # An import inside a function (a lazy one) escapes the test above; this reads them all.
    offending = []
    for path in sorted(SANDBOX_DIR.glob("*.py")):
        for level, module in _imported_names(path):
            top = module.partition(".")[0]
            allowed = (
                (level == 0 and (top in sys.stdlib_module_names or top == "__future__"))
                or level == 1  # the sandbox's own modules
                or (level == 2 and top == "domain")
                or (level == 0 and module.startswith("zalo_composer.domain"))
            )
            if not allowed:
                offending.append(f"{path.name}: {'.' * level}{module}")
    assert offending == []
