"""What the Zalo-style preview says, without Qt: tap descriptions, accessible names,
placeholders and the schedule line. Pure functions of the domain model, easy to test; the
widgets pass `i18n.translate` as *translator* so they say it in the UI's language."""

from __future__ import annotations

import textwrap
from datetime import datetime
from typing import Literal

from ...domain import limits
from ...domain.body import normalize_phone
from ...domain.model import (
    Button,
    ButtonType,
    PhoneButton,
    QueryHideButton,
    QueryShowButton,
    SmsButton,
    UrlButton,
    edit_text,
    wire_text,
)
from ..i18n_marks import QT_TRANSLATE_NOOP, Translate, english

_CONTEXT = "ZaloPreview"

IconName = Literal["link", "chat", "chat-hidden", "sms", "phone"]

ICON_FOR_TYPE: dict[ButtonType, IconName] = {
    "oa.open.url": "link",
    "oa.query.show": "chat",
    "oa.query.hide": "chat-hidden",
    "oa.open.sms": "sms",
    "oa.open.phone": "phone",
}
"""The icon drawn beside each button type's title."""

KIND_PHRASE: dict[ButtonType, str] = {
    "oa.open.url": QT_TRANSLATE_NOOP("ZaloPreview", "opens a link"),
    "oa.query.show": QT_TRANSLATE_NOOP("ZaloPreview", "sends a query"),
    "oa.query.hide": QT_TRANSLATE_NOOP("ZaloPreview", "sends a hidden query"),
    "oa.open.sms": QT_TRANSLATE_NOOP("ZaloPreview", "opens an SMS"),
    "oa.open.phone": QT_TRANSLATE_NOOP("ZaloPreview", "makes a call"),
}
"""What a button of each type does, for accessible names."""

NO_TITLE = QT_TRANSLATE_NOOP("ZaloPreview", "(no title)")
NO_URL = QT_TRANSLATE_NOOP("ZaloPreview", "(no URL yet)")
NO_QUERY = QT_TRANSLATE_NOOP("ZaloPreview", "(no query yet)")
NO_NUMBER = QT_TRANSLATE_NOOP("ZaloPreview", "(no number yet)")
NO_SMS_TEXT = QT_TRANSLATE_NOOP("ZaloPreview", "(no text yet)")
EMPTY_MESSAGE = QT_TRANSLATE_NOOP("ZaloPreview", "(empty message)")
_OPENS = QT_TRANSLATE_NOOP("ZaloPreview", "Opens {url}")
_SENDS_SHOWN = QT_TRANSLATE_NOOP("ZaloPreview", "Sends {query} to the OA (shown in the chat)")
_SENDS_HIDDEN = QT_TRANSLATE_NOOP("ZaloPreview",
                                  "Sends {query} to the OA without showing it in the chat")
_OPENS_SMS = QT_TRANSLATE_NOOP("ZaloPreview", "Opens an SMS to {number}: {text}")
_CALLS = QT_TRANSLATE_NOOP("ZaloPreview", "Calls {number}")
_ACCESSIBLE = QT_TRANSLATE_NOOP("ZaloPreview", "Button {number}: {title}, {kind}")
_SCHEDULED = QT_TRANSLATE_NOOP("ZaloPreview", "Scheduled for {when}")

#: Quoted values longer than this are cut in tooltips (a query may hold 1000 characters).
QUOTE_MAX = 160
#: Characters per tooltip line.
TOOLTIP_WIDTH = 64


def display_text(value: str) -> str:
    """*value* as the follower's phone shows it: composed (NFC), line breaks as ``\\n``."""
    return edit_text(wire_text(value))


def display_title(button: Button) -> str:
    """The button's title on one line (a phone never wraps it), or "" when it is blank."""
    return " ".join(display_text(button.title).split())


def _quoted(value: str) -> str:
    shown = display_text(value)
    if len(shown) > QUOTE_MAX:
        shown = shown[: QUOTE_MAX - 1].rstrip() + "…"
    return f"“{shown}”"


def _phone(value: str, translator: Translate) -> str:
    return normalize_phone(value) or translator(_CONTEXT, NO_NUMBER)


def tap_description(button: Button, translator: Translate = english) -> str:
    """What a follower's tap on *button* does, in one sentence (the row's tooltip).

    Numbers are shown as they are sent (`normalize_phone`); empty fields get a
    placeholder such as "(no URL yet)" instead of an empty pair of quotes.
    """
    match button:
        case UrlButton():
            url = button.url.strip()
            if len(url) > QUOTE_MAX:
                url = url[: QUOTE_MAX - 1] + "…"
            return translator(_CONTEXT, _OPENS).format(url=url or translator(_CONTEXT, NO_URL))
        case QueryShowButton():
            query = _quoted(button.payload) if button.payload else translator(_CONTEXT, NO_QUERY)
            return translator(_CONTEXT, _SENDS_SHOWN).format(query=query)
        case QueryHideButton():
            query = _quoted(button.payload) if button.payload else translator(_CONTEXT, NO_QUERY)
            return translator(_CONTEXT, _SENDS_HIDDEN).format(query=query)
        case SmsButton():
            content = (_quoted(button.content) if button.content
                       else translator(_CONTEXT, NO_SMS_TEXT))
            return translator(_CONTEXT, _OPENS_SMS).format(
                number=_phone(button.phone_code, translator), text=content)
        case PhoneButton():
            return translator(_CONTEXT, _CALLS).format(number=_phone(button.phone_code, translator))
    raise TypeError(f"unknown button class {type(button).__name__}")  # pragma: no cover


def tooltip_text(description: str, width: int = TOOLTIP_WIDTH) -> str:
    """*description* in lines of at most *width* characters, the shape of a tooltip.

    Qt would wrap a rich-text tooltip into a narrow column and never wrap a plain one.
    A word longer than a line (a long URL) is cut across lines.
    """
    return "\n".join(
        textwrap.fill(part, width, break_long_words=True, break_on_hyphens=False)
        for part in description.split("\n")
    )


def accessible_name(index: int, button: Button, translator: Translate = english) -> str:
    """The row's name for screen readers: ``Button 2: Đổi địa chỉ, sends a query``.

    *index* counts from 0, as in the message; people count from 1.
    """
    title = display_title(button) or translator(_CONTEXT, NO_TITLE)
    return translator(_CONTEXT, _ACCESSIBLE).format(number=index + 1, title=title,
                                            kind=translator(_CONTEXT, KIND_PHRASE[button.TYPE]))


def schedule_line(send_date: str | None, translator: Translate = english) -> str:
    """``Scheduled for 2026-06-01 09:30`` (seconds only when not zero), or "" to send now.

    A SendDate that does not parse is shown as typed: validation reports it elsewhere.
    """
    if send_date is None or not send_date.strip():
        return ""
    try:
        when = datetime.strptime(send_date.strip(), limits.SEND_DATE_FORMAT)
    except ValueError:
        return translator(_CONTEXT, _SCHEDULED).format(when=send_date.strip())
    shown = when.strftime("%Y-%m-%d %H:%M:%S" if when.second else "%Y-%m-%d %H:%M")
    return translator(_CONTEXT, _SCHEDULED).format(when=shown)


def initials(name: str) -> str:
    """Up to two capital letters for an avatar: the first letters of the first and last words
    (words that start with a letter: "Hoa Sen Quận 9" gives "HQ")."""
    words = [w for w in name.split() if w[:1].isalpha()]
    if not words:
        return "OA"
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()
