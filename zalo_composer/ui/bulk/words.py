"""Numbers of the bulk panel's sentences, spelled as the UI's language spells them
("1,200" in English, "1.200" in Vietnamese)."""

from __future__ import annotations

from ..i18n import ui_locale


def number(value: int) -> str:
    """*value* with the group separators of the UI's language."""
    return ui_locale().toString(int(value))


def decimal(value: float, digits: int) -> str:
    """*value* with *digits* decimals and the decimal point of the UI's language."""
    return ui_locale().toString(float(value), "f", digits)
