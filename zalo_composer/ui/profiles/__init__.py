"""Profiles on screen: the editor dialog, the profile list and the toolbar switcher.

The names below are imported on first use (PEP 562), so that the window's first stage,
which shows only the switcher, does not import the dialogs."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .dialog import ProfileDialog
    from .manager import ProfileManagerDialog, edit_profiles, save_profile
    from .switcher import ProfileSwitcher

_WHERE = {
    "ProfileDialog": "dialog",
    "ProfileManagerDialog": "manager",
    "edit_profiles": "manager",
    "save_profile": "manager",
    "ProfileSwitcher": "switcher",
}

__all__ = [
    "ProfileDialog",
    "ProfileManagerDialog",
    "ProfileSwitcher",
    "edit_profiles",
    "save_profile",
]


def __getattr__(name: str) -> object:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
