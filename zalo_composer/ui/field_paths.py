"""Field paths of validation problems (``text``, ``buttons[2].payload`` …): parsing and labels."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..domain.model import BUTTON_CLASSES, TITLE_FIELD
from ..domain.validation import Problem

_BUTTON_FIELD = re.compile(r"buttons\[(\d+)\]\.(\w+)")
_RECIPIENT = re.compile(r"recipients(?:\[(\d+)\])?")

_FIELD_LABELS = {
    spec.name: spec.label
    for cls in BUTTON_CLASSES.values()
    for spec in (TITLE_FIELD, *cls.FIELDS)
}
_TOP_LABELS = {
    "text": "Message text",
    "buttons": "Buttons",
    "request_id": "RequestId",
    "send_date": "SendDate",
    "recipients": "Recipient",
}


def button_field(path: str) -> tuple[int, str] | None:
    """``buttons[2].payload`` → ``(2, "payload")``; None for any other path."""
    match = _BUTTON_FIELD.fullmatch(path)
    return (int(match[1]), match[2]) if match else None


def is_recipient_path(path: str) -> bool:
    """True for ``recipients`` and ``recipients[i]``."""
    return _RECIPIENT.fullmatch(path) is not None


def field_label(path: str) -> str:
    """A short human name for *path*: ``Button 3 · Query``, ``Recipient 2``, ``Message text``."""
    located = button_field(path)
    if located is not None:
        index, name = located
        return f"Button {index + 1} · {_FIELD_LABELS.get(name, name)}"
    recipient = _RECIPIENT.fullmatch(path)
    if recipient is not None and recipient[1] is not None:
        return f"Recipient {int(recipient[1]) + 1}"
    return _TOP_LABELS.get(path, path)


def problems_at(problems: Iterable[Problem], path: str) -> list[Problem]:
    """The problems whose field is exactly *path*."""
    return [p for p in problems if p.field == path]
