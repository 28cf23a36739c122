"""The Linux desktop files and the icon: valid for the desktop's own validators, and in
step with the console script, the icon set, the program's id and its version."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from zalo_composer import __version__
from zalo_composer.ui.identity import APP_ID, ICON_NAME

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX / f"{APP_ID}.metainfo.xml"


def _validator(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install {package}; `make test` does)")
    return path


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def _console_scripts() -> dict[str, str]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        scripts: dict[str, str] = tomllib.load(file)["project"]["scripts"]
    return scripts


def _make_icons() -> ModuleType:
    script = ROOT / "packaging" / "make_icons.py"
    spec = importlib.util.spec_from_file_location("make_icons", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_desktop_file_passes_desktop_file_validate() -> None:
    validator = _validator("desktop-file-validate", "desktop-file-utils")

    result = subprocess.run(
        [validator, str(DESKTOP_FILE)], capture_output=True, text=True, check=False
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower(), result.stdout


def test_metainfo_passes_appstreamcli_validate() -> None:
    validator = _validator("appstreamcli", "appstream")

    result = subprocess.run(
        [validator, "validate", "--no-net", str(METAINFO_FILE)],
        capture_output=True, text=True, check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_starts_the_console_script_with_the_programs_icon() -> None:
    entry = _desktop_entry()

    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] in _console_scripts()
    assert _console_scripts()[entry["Exec"].split()[0]] == "zalo_composer.__main__:main"
    assert entry["Icon"] == ICON_NAME
    assert (ROOT / "resources" / "icons" / f"{ICON_NAME}.svg").is_file()
    for size in _make_icons().SIZES:
        assert (ROOT / "resources/icons/hicolor" / f"{size}x{size}/apps/{ICON_NAME}.png").is_file()


def test_metainfo_names_the_desktop_file_the_binary_and_this_version() -> None:
    component = ET.parse(METAINFO_FILE).getroot()

    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE.name
    assert component.findtext("provides/binary") in _console_scripts()
    newest = component.find("releases/release")
    assert newest is not None and newest.get("version") == __version__


def test_pyinstaller_spec_uses_the_same_id_and_files() -> None:
    spec = (ROOT / "packaging" / "zalo-composer.spec").read_text(encoding="utf-8")

    assert f'APP_ID = "{APP_ID}"' in spec
    assert 'copy_metadata("keyring")' in spec


def test_icon_pngs_and_the_package_copy_are_up_to_date(qapp) -> None:  # type: ignore[no-untyped-def]
    stale = _make_icons().stale_files()

    assert stale == [], f"{stale}: run {sys.executable} packaging/make_icons.py"
