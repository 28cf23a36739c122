"""Profiles on screen: the editor dialog, the profile list and the toolbar switcher."""

from __future__ import annotations

from .dialog import ProfileDialog
from .manager import ProfileManagerDialog, edit_profiles, save_profile
from .switcher import ProfileSwitcher

__all__ = [
    "ProfileDialog",
    "ProfileManagerDialog",
    "ProfileSwitcher",
    "edit_profiles",
    "save_profile",
]
