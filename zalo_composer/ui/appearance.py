"""Light and dark: follow the system's colour scheme, or the user's choice in Settings.

The Fusion style with an explicit palette draws the same on every desktop, so both schemes
are the ones the colours in `theme` were checked against. The palette is applied before the
first window is shown: no white flash when starting in dark mode.
"""

from __future__ import annotations

from typing import Literal, get_args

from PySide6 import QtCore, QtGui, QtWidgets

from .settings import app_settings

ThemeChoice = Literal["system", "light", "dark"]
THEME_CHOICES: tuple[ThemeChoice, ...] = get_args(ThemeChoice)
THEME_KEY = "appearance/theme"


def dark_palette() -> QtGui.QPalette:
    """The dark palette (contrast checked against `theme`'s colours)."""
    roles = QtGui.QPalette.ColorRole
    palette = QtGui.QPalette()
    for role, color in (
        (roles.Window, "#2b2b2b"), (roles.WindowText, "#e6e6e6"), (roles.Base, "#1e1e1e"),
        (roles.AlternateBase, "#262626"), (roles.Text, "#e6e6e6"), (roles.Button, "#353535"),
        (roles.ButtonText, "#e6e6e6"), (roles.Highlight, "#2f65ca"),
        (roles.HighlightedText, "#ffffff"), (roles.PlaceholderText, "#8c8c8c"),
        (roles.ToolTipBase, "#353535"), (roles.ToolTipText, "#e6e6e6"),
        (roles.Link, "#6cb6ff"), (roles.BrightText, "#ffffff"), (roles.Mid, "#4a4a4a"),
        (roles.Dark, "#1a1a1a"), (roles.Light, "#505050"), (roles.Midlight, "#404040"),
        (roles.Shadow, "#000000"),
    ):
        palette.setColor(role, QtGui.QColor(color))
    disabled = QtGui.QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QtGui.QColor("#7a7a7a"))
    return palette


def saved_theme() -> ThemeChoice:
    """The user's choice (system by default)."""
    value = str(app_settings().value(THEME_KEY, "system"))
    return value if value in THEME_CHOICES else "system"


def save_theme(choice: ThemeChoice) -> None:
    """Remember the user's choice."""
    app_settings().setValue(THEME_KEY, choice)


def system_is_dark() -> bool:
    """True when the desktop asks for a dark scheme."""
    hints = QtGui.QGuiApplication.styleHints()
    return bool(hints.colorScheme() == QtCore.Qt.ColorScheme.Dark)


def effective_dark(choice: ThemeChoice) -> bool:
    """Whether *choice* means dark right now."""
    return choice == "dark" or (choice == "system" and system_is_dark())


def apply_theme(app: QtWidgets.QApplication, choice: ThemeChoice | None = None) -> bool:
    """Style and palette for *choice* (the saved one by default); returns whether dark."""
    choice = choice or saved_theme()
    dark = effective_dark(choice)
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    return dark


def follow_system(app: QtWidgets.QApplication) -> None:
    """Re-apply the theme when the desktop switches between light and dark."""
    QtGui.QGuiApplication.styleHints().colorSchemeChanged.connect(
        lambda _scheme: apply_theme(app) if saved_theme() == "system" else None
    )
