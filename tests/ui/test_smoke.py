"""`zalo-composer --smoke` in a real process: from the source tree, and (when
ZALO_PACKAGED_PROGRAM names it, as `make package-test` does) the PyInstaller build."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SMOKE_LINE = re.compile(
    r"^smoke ok: window shown, preview (\d+) characters, icon (\d+) sizes, keyring (\S+)$",
    re.MULTILINE,
)


def _clean_env(home: Path) -> dict[str, str]:
    """The environment of a user session whose home is *home*: no ZALO_COMPOSER_HOME, no
    QT_QPA_PLATFORM (--smoke must pick offscreen itself)."""
    unset = ("ZALO_COMPOSER_HOME", "QT_QPA_PLATFORM")
    env = {k: v for k, v in os.environ.items() if k not in unset}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
    )
    return env


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def _files_of_the_program(home: Path) -> list[Path]:
    return [p for p in home.rglob("*") if "zalo" in p.name.lower()]


def test_smoke_shows_the_window_and_previews_without_touching_the_users_folders(
    tmp_path: Path,
) -> None:
    # GIVEN a user session with an empty home and no ZALO_COMPOSER_HOME
    home = tmp_path / "user"
    home.mkdir()

    # WHEN the program runs its smoke check
    result = _run([sys.executable, "-m", "zalo_composer", "--smoke"], _clean_env(home))

    # THEN it reports the window and a non-empty preview, and leaves the home alone
    assert result.returncode == 0, result.stderr
    match = SMOKE_LINE.search(result.stdout)
    assert match, result.stdout
    assert int(match[1]) > 100
    assert int(match[2]) >= 5
    assert result.stdout.count("\n") == 1, "one line only"
    assert "Traceback" not in result.stderr
    assert _files_of_the_program(home) == []


def test_smoke_fails_with_a_reason_and_a_nonzero_status(tmp_path: Path) -> None:
    # GIVEN a ZALO_COMPOSER_HOME that is a file, so no folder can be made in it
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    env = {**_clean_env(tmp_path), "ZALO_COMPOSER_HOME": str(blocker)}

    result = _run([sys.executable, "-m", "zalo_composer", "--smoke"], env)

    assert result.returncode == 1
    assert "smoke failed:" in result.stderr
    assert "smoke ok" not in result.stdout


def test_the_packaged_program_passes_the_smoke_check(tmp_path: Path) -> None:
    program = os.environ.get("ZALO_PACKAGED_PROGRAM")
    if not program:
        pytest.skip("no packaged program: `make package-test` builds and runs it")
    home = tmp_path / "user"
    home.mkdir()

    result = _run([program, "--smoke"], _clean_env(home))

    assert result.returncode == 0, result.stderr
    match = SMOKE_LINE.search(result.stdout)
    assert match, result.stdout
    assert int(match[1]) > 100 and int(match[2]) >= 5
    # Frozen, keyring still finds its backends through entry points: under a real Secret
    # Service (tests/with-keyring.sh) it must pick that one.
    if os.environ.get("ZALO_TEST_SECRET_SERVICE"):
        assert match[3] == "keyring.backends.SecretService.Keyring"
    assert _files_of_the_program(home) == []
