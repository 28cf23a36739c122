"""The consultation message, its buttons and the draft that holds them.

Everything is an immutable dataclass; editors build new values with
`dataclasses.replace`. Text is kept as the user typed it (line breaks as ``\\n``);
`wire_text` gives the form that is counted and sent.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from typing import ClassVar, Literal, get_args

from . import limits

ButtonType = Literal[
    "oa.open.url", "oa.query.show", "oa.query.hide", "oa.open.sms", "oa.open.phone"
]
BUTTON_TYPES: tuple[ButtonType, ...] = get_args(ButtonType)


def wire_text(value: str) -> str:
    """The form of *value* that eSMS receives: Unicode NFC, every line break as CRLF.

    Vietnamese typed through Telex/VNI often arrives decomposed (a base letter plus
    combining marks); NFC composes it so that counts match what the follower sees.
    """
    composed = unicodedata.normalize("NFC", value)
    return composed.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def edit_text(value: str) -> str:
    """The inverse of `wire_text` for editing: line breaks back to ``\\n``."""
    return value.replace("\r\n", "\n").replace("\r", "\n")


def wire_length(value: str) -> int:
    """Length of *value* as sent, in UTF-16 code units (how eSMS's .NET service counts)."""
    return len(wire_text(value).encode("utf-16-le")) // 2


@dataclass(frozen=True)
class FieldSpec:
    """Describes one editable field of a button, for editors and validators."""

    name: str
    """Attribute name on the button dataclass."""
    label: str
    """Short label shown beside the field."""
    limit: int | None = None
    """Maximum length as sent, or None when eSMS sets none."""
    placeholder: str = ""
    """Example value shown in an empty field."""


TITLE_FIELD = FieldSpec("title", "Title", limits.BUTTON_TITLE_MAX, "Button title")


@dataclass(frozen=True)
class Button:
    """Base of the five button types; every button has a title."""

    TYPE: ClassVar[ButtonType]
    LABEL: ClassVar[str]
    """Human name of the type, for menus."""
    FIELDS: ClassVar[tuple[FieldSpec, ...]]
    """The type's own payload fields, title excluded."""

    title: str = ""

    @property
    def type(self) -> ButtonType:
        """The eSMS type string."""
        return self.TYPE

    def values(self) -> dict[str, str]:
        """Every field, title first, as name → value."""
        return {f.name: getattr(self, f.name) for f in (TITLE_FIELD, *self.FIELDS)}


@dataclass(frozen=True)
class UrlButton(Button):
    """Opens a web page inside Zalo."""

    TYPE: ClassVar[ButtonType] = "oa.open.url"
    LABEL: ClassVar[str] = "Open URL"
    FIELDS: ClassVar[tuple[FieldSpec, ...]] = (
        FieldSpec("url", "URL", None, "https://example.com/page"),
    )
    url: str = ""


@dataclass(frozen=True)
class QueryShowButton(Button):
    """Sends its payload to the OA as a message the follower sees."""

    TYPE: ClassVar[ButtonType] = "oa.query.show"
    LABEL: ClassVar[str] = "Send query (shown)"
    FIELDS: ClassVar[tuple[FieldSpec, ...]] = (
        FieldSpec("payload", "Query", limits.QUERY_PAYLOAD_MAX, "#callback_data"),
    )
    payload: str = ""


@dataclass(frozen=True)
class QueryHideButton(Button):
    """Sends its payload to the OA without showing it in the follower's chat."""

    TYPE: ClassVar[ButtonType] = "oa.query.hide"
    LABEL: ClassVar[str] = "Send query (hidden)"
    FIELDS: ClassVar[tuple[FieldSpec, ...]] = (
        FieldSpec("payload", "Query", limits.QUERY_PAYLOAD_MAX, "#callback_data"),
    )
    payload: str = ""


@dataclass(frozen=True)
class SmsButton(Button):
    """Opens the phone's SMS composer with a number and text filled in."""

    TYPE: ClassVar[ButtonType] = "oa.open.sms"
    LABEL: ClassVar[str] = "Open SMS"
    FIELDS: ClassVar[tuple[FieldSpec, ...]] = (
        FieldSpec("content", "SMS text", limits.SMS_CONTENT_MAX, "Text of the SMS"),
        FieldSpec("phone_code", "Phone", None, "0901888484"),
    )
    content: str = ""
    phone_code: str = ""


@dataclass(frozen=True)
class PhoneButton(Button):
    """Opens the dialer with a number filled in."""

    TYPE: ClassVar[ButtonType] = "oa.open.phone"
    LABEL: ClassVar[str] = "Call phone"
    FIELDS: ClassVar[tuple[FieldSpec, ...]] = (
        FieldSpec("phone_code", "Phone", None, "0901888484"),
    )
    phone_code: str = ""


BUTTON_CLASSES: dict[ButtonType, type[Button]] = {
    cls.TYPE: cls for cls in (UrlButton, QueryShowButton, QueryHideButton, SmsButton, PhoneButton)
}


def new_button(button_type: ButtonType, title: str = "") -> Button:
    """An empty button of *button_type*."""
    return BUTTON_CLASSES[button_type](title=title)


def change_button_type(button: Button, button_type: ButtonType) -> Button:
    """The same button as *button_type*: the title is kept, and so is any field
    the two types share (the phone number of SMS and call, the query of shown and hidden)."""
    cls = BUTTON_CLASSES[button_type]
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: v for k, v in button.values().items() if k in names})


@dataclass(frozen=True)
class Message:
    """Text plus up to five buttons: eSMS's ``Payload.message``."""

    text: str = ""
    buttons: tuple[Button, ...] = ()


@dataclass(frozen=True)
class Draft:
    """What the user is composing: the message and how to send it. Never holds secrets."""

    message: Message = Message()
    recipients: tuple[str, ...] = ()
    """Zalo user ids of followers; one request is sent per recipient."""
    request_id: str | None = None
    """A pinned RequestId; None means a fresh one per send."""
    send_date: str | None = None
    """Schedule as ``yyyy-mm-dd hh:MM:ss``; None sends at once."""
    note: str = ""
    """Free text for the user, never sent."""


_RECIPIENT_SEPARATORS = re.compile(r"[\s,;]+")


def split_recipients(text: str, *, unique: bool = False) -> tuple[str, ...]:
    """Zalo user ids typed into one field, separated by commas, semicolons or white space,
    in order; with *unique*, a repeated id is kept once (where it first stands)."""
    parts = (part for part in _RECIPIENT_SEPARATORS.split(text) if part)
    return tuple(dict.fromkeys(parts)) if unique else tuple(parts)


@dataclass(frozen=True)
class Account:
    """The account-side fields of a request: which OA sends, with which keys."""

    oaid: str
    api_key: str
    secret_key: str
    callback_url: str = ""
    esms_test_mode: bool = False
    """eSMS's own test mode (``"Sandbox": "1"``): the profile option of the same name."""

    def __repr__(self) -> str:
        # Keeps secrets out of tracebacks, logs and debugger output.
        return f"Account(oaid={self.oaid!r}, api_key=<hidden>, secret_key=<hidden>)"
