"""The program's QSettings: one INI file in the config folder (so ZALO_COMPOSER_HOME moves it
too, and tests never touch the user's settings)."""

from __future__ import annotations

from PySide6 import QtCore

from ..store.paths import config_dir

SETTINGS_FILE = "settings.ini"


def app_settings() -> QtCore.QSettings:
    """The settings store (cheap to create; Qt caches the file)."""
    return QtCore.QSettings(str(config_dir() / SETTINGS_FILE), QtCore.QSettings.Format.IniFormat)


def string_list(settings: QtCore.QSettings, key: str) -> list[str]:
    """A list of strings stored under *key* (INI files give a str for one item, None for none)."""
    value = settings.value(key, [])
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return []
