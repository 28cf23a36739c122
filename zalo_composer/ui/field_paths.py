"""Field paths of validation problems (``text``, ``buttons[2].payload`` …): parsing and labels."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..domain.model import BUTTON_CLASSES, TITLE_FIELD
from ..domain.validation import Problem
from .i18n_marks import QT_TRANSLATE_NOOP, Translate, english

_BUTTON_FIELD = re.compile(r"buttons\[(\d+)\]\.(\w+)")
_RECIPIENT = re.compile(r"recipients(?:\[(\d+)\])?")

_FIELD_LABELS = {
    spec.name: spec.label
    for cls in BUTTON_CLASSES.values()
    for spec in (TITLE_FIELD, *cls.FIELDS)
}
_TOP_LABELS = {
    "text": QT_TRANSLATE_NOOP("FieldPaths", "Message text"),
    "buttons": QT_TRANSLATE_NOOP("FieldPaths", "Buttons"),
    "request_id": "RequestId",
    "send_date": "SendDate",
    "recipients": QT_TRANSLATE_NOOP("FieldPaths", "Recipient"),
}
_BUTTON_FIELD_LABEL = QT_TRANSLATE_NOOP("FieldPaths", "Button {number} · {field}")
_RECIPIENT_LABEL = QT_TRANSLATE_NOOP("FieldPaths", "Recipient {number}")


def button_field(path: str) -> tuple[int, str] | None:
    """``buttons[2].payload`` → ``(2, "payload")``; None for any other path."""
    match = _BUTTON_FIELD.fullmatch(path)
    return (int(match[1]), match[2]) if match else None


def is_recipient_path(path: str) -> bool:
    """True for ``recipients`` and ``recipients[i]``."""
    return _RECIPIENT.fullmatch(path) is not None


def field_label(path: str, translator: Translate = english) -> str:
    """A short human name for *path*: ``Button 3 · Query``, ``Recipient 2``, ``Message text``
    (in the UI's language when *translator* is `i18n.translate`)."""
    located = button_field(path)
    if located is not None:
        index, name = located
        field = translator("Model", _FIELD_LABELS[name]) if name in _FIELD_LABELS else name
        return translator("FieldPaths", _BUTTON_FIELD_LABEL).format(number=index + 1, field=field)
    recipient = _RECIPIENT.fullmatch(path)
    if recipient is not None and recipient[1] is not None:
        return translator("FieldPaths", _RECIPIENT_LABEL).format(number=int(recipient[1]) + 1)
    return translator("FieldPaths", _TOP_LABELS[path]) if path in _TOP_LABELS else path


def problems_at(problems: Iterable[Problem], path: str) -> list[Problem]:
    """The problems whose field is exactly *path*."""
    return [p for p in problems if p.field == path]
