"""A wheel built from a fresh clone holds what the program needs at run time: the compiled
Vietnamese translation above all (`pip install .` and `pipx install .` run no `make qm`)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tracked_files() -> list[str]:
    """The files a fresh clone has: those git tracks (untracked build products left out)."""
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: cannot tell what a fresh clone holds")
    listed = subprocess.run([git, "-C", str(ROOT), "ls-files", "-z"], capture_output=True,
                            check=True).stdout.decode()
    return [name for name in listed.split("\0") if name and (ROOT / name).is_file()]


def test_a_wheel_from_a_fresh_clone_holds_the_vietnamese_qm(tmp_path: Path) -> None:
    # GIVEN a copy of what git tracks, as a fresh clone has it
    clone = tmp_path / "clone"
    for name in _tracked_files():
        target = clone / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)

    # WHEN pip builds a wheel from it, offline, with the setuptools the venv has
    out = tmp_path / "wheels"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "-q", "-w", str(out), str(clone)],
        capture_output=True, text=True, check=False, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]

    # THEN the wheel holds the compiled translation, the same bytes as the checkout's
    wheels = list(out.glob("zalo_composer-*.whl"))
    assert len(wheels) == 1, wheels
    with zipfile.ZipFile(wheels[0]) as wheel:
        names = set(wheel.namelist())
        qm = "zalo_composer/resources/i18n/zalo_composer_vi.qm"
        assert qm in names, sorted(n for n in names if "resources" in n)
        assert wheel.read(qm) == (ROOT / qm).read_bytes()
        assert any(n.startswith("zalo_composer/resources/icons/") for n in names)


def test_the_build_system_asks_for_the_setuptools_it_needs() -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        config = tomllib.load(file)
    # license = "MIT" (an SPDX expression) is understood from setuptools 77 on.
    assert isinstance(config["project"]["license"], str)
    assert "setuptools>=77" in config["build-system"]["requires"]
