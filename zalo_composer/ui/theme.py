"""Colours that stay legible on light and dark palettes.

Every colour here has a contrast ratio of at least 4.5:1 against the palette's
background it is drawn on (GitHub's light and dark code themes were the starting point).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6 import QtGui

Tone = Literal["warning", "error"]

_LIGHT_TONES: dict[Tone, str] = {"warning": "#8a5100", "error": "#b3261e"}
_DARK_TONES: dict[Tone, str] = {"warning": "#f0b849", "error": "#ff7b72"}


@dataclass(frozen=True)
class JsonColors:
    """Foreground colours of the JSON preview's token kinds."""

    key: QtGui.QColor
    string: QtGui.QColor
    number: QtGui.QColor
    literal: QtGui.QColor
    punctuation: QtGui.QColor


def is_dark(
    palette: QtGui.QPalette,
    role: QtGui.QPalette.ColorRole = QtGui.QPalette.ColorRole.Window,
) -> bool:
    """True when *palette*'s *role* (the background something is drawn on) is dark."""
    return palette.color(role).lightness() < 128


def tone_color(
    palette: QtGui.QPalette,
    tone: Tone,
    role: QtGui.QPalette.ColorRole = QtGui.QPalette.ColorRole.Window,
) -> QtGui.QColor:
    """The amber (warning) or red (error) that reads well on *palette*'s *role*."""
    table = _DARK_TONES if is_dark(palette, role) else _LIGHT_TONES
    return QtGui.QColor(table[tone])


def json_colors(palette: QtGui.QPalette) -> JsonColors:
    """Token colours for JSON drawn on *palette*'s Base colour (text views use Base)."""
    if is_dark(palette, QtGui.QPalette.ColorRole.Base):
        names = ("#79c0ff", "#a5e075", "#ffa657", "#d2a8ff", "#9da7b3")
    else:
        names = ("#0550ae", "#116329", "#953800", "#8250df", "#57606a")
    key, string, number, literal, punctuation = (QtGui.QColor(n) for n in names)
    return JsonColors(key, string, number, literal, punctuation)
