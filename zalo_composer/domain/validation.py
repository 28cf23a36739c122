"""Validation: every problem of a draft at once, each tied to its field.

Problems are data, not exceptions. A problem's `template` is plain English with
``{name}`` placeholders filled from `params`, so the UI can translate the template
and still fill in the numbers.
"""

from __future__ import annotations

import dataclasses
import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Literal
from urllib.parse import urlsplit

from . import limits
from .body import normalize_phone
from .model import (
    TITLE_FIELD,
    Button,
    Draft,
    Message,
    PhoneButton,
    QueryHideButton,
    QueryShowButton,
    SmsButton,
    UrlButton,
    wire_length,
)

Severity = Literal["error", "warning"]

_PHONE_SHAPES = (
    re.compile(r"0\d{9,10}"),  # national
    re.compile(r"84\d{9,10}"),  # international without +
    re.compile(r"(1800|1900)\d{4,6}"),  # service numbers
)
_PRINTABLE_ASCII = frozenset(chr(c) for c in range(0x20, 0x7F))


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the draft: where, how bad, and what to do about it."""

    field: str
    """Dotted path of the field: ``text``, ``buttons[2].title``, ``recipients[0]`` …"""
    severity: Severity
    """An error blocks sending; a warning does not."""
    template: str
    """English message with ``{placeholders}``; the key for translation."""
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)
    """Values for the placeholders."""

    @property
    def message(self) -> str:
        """The message with its values filled in."""
        return self.template.format(**self.params)

    @property
    def is_error(self) -> bool:
        """True when this problem blocks sending."""
        return self.severity == "error"


def _error(where: str, template: str, **params: object) -> Problem:
    return Problem(where, "error", template, params)


def _warning(where: str, template: str, **params: object) -> Problem:
    return Problem(where, "warning", template, params)


def _check_length(where: str, label: str, value: str, limit: int) -> list[Problem]:
    count = wire_length(value)
    if count > limit:
        return [
            _error(where, "{label} is {count} characters; the limit is {limit}.",
                   label=label, count=count, limit=limit)
        ]
    return []


def _check_required_text(where: str, label: str, value: str, limit: int) -> list[Problem]:
    if not value.strip():
        return [_error(where, "{label} is required.", label=label)]
    return _check_length(where, label, value, limit)


def check_phone(where: str, value: str) -> list[Problem]:
    """A phone_code: digits after separators are removed; Vietnamese shapes only warn."""
    if not value.strip():
        return [_error(where, "Phone number is required.")]
    digits = normalize_phone(value)
    if not digits.isascii() or not digits.isdigit():
        return [_error(where, "Phone number may hold only digits, spaces, dots, dashes "
                              "and a leading +.")]
    if not any(shape.fullmatch(digits) for shape in _PHONE_SHAPES):
        return [_warning(where, "{number} does not look like a Vietnamese number (0 or 84 "
                                "followed by 9-10 digits, or 1800/1900 followed by 4-6 "
                                "digits); Zalo may refuse it.", number=digits)]
    return []


def check_url(where: str, value: str) -> list[Problem]:
    """An absolute http(s) URL with a host."""
    url = value.strip()
    if not url:
        return [_error(where, "URL is required.")]
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return [_error(where, "This URL cannot be read: {url}", url=url)]
    scheme = parts.scheme.lower()
    if scheme and scheme not in ("http", "https"):
        return [_error(where, "{scheme}: links are not allowed; use an http:// or https:// "
                              "address.", scheme=scheme)]
    if not scheme:
        return [_error(where, "The URL must be absolute, starting with https:// or http://.")]
    if not host:
        return [_error(where, "The URL has no host name.")]
    if any(ch in string.whitespace for ch in url):
        return [_error(where, "The URL contains spaces; encode them as %20.")]
    return []


def _check_button(index: int, button: Button) -> list[Problem]:
    prefix = f"buttons[{index}]"
    problems = _check_required_text(
        f"{prefix}.title", TITLE_FIELD.label, button.title, limits.BUTTON_TITLE_MAX
    )
    match button:
        case UrlButton():
            problems += check_url(f"{prefix}.url", button.url)
        case QueryShowButton() | QueryHideButton():
            problems += _check_required_text(
                f"{prefix}.payload", "Query", button.payload, limits.QUERY_PAYLOAD_MAX
            )
        case SmsButton():
            problems += _check_length(
                f"{prefix}.content", "SMS text", button.content, limits.SMS_CONTENT_MAX
            )
            problems += check_phone(f"{prefix}.phone_code", button.phone_code)
        case PhoneButton():
            problems += check_phone(f"{prefix}.phone_code", button.phone_code)
    return problems


def validate_message(message: Message) -> list[Problem]:
    """Problems of the text and the buttons."""
    problems = _check_required_text("text", "The message text", message.text, limits.TEXT_MAX)
    if len(message.buttons) > limits.BUTTONS_MAX:
        problems.append(_error("buttons", "{count} buttons; at most {limit} are allowed.",
                               count=len(message.buttons), limit=limits.BUTTONS_MAX))
    if not message.buttons:
        problems.append(_warning("buttons", "The message has no buttons."))
    for index, button in enumerate(message.buttons):
        problems += _check_button(index, button)
    return problems


def check_user_id(where: str, value: str) -> list[Problem]:
    """A Zalo user id: required, digits only."""
    user_id = value.strip()
    if not user_id:
        return [_error(where, "The recipient's Zalo user_id is required.")]
    if not (user_id.isascii() and user_id.isdigit()):
        return [_error(where, "A Zalo user_id has only digits: {value}", value=user_id)]
    return []


def validate_recipients(recipients: Iterable[str]) -> list[Problem]:
    """At least one recipient, each a valid user id, none twice."""
    items = list(recipients)
    if not items:
        return check_user_id("recipients", "")
    problems: list[Problem] = []
    seen: set[str] = set()
    for index, user_id in enumerate(items):
        where = f"recipients[{index}]"
        problems += check_user_id(where, user_id)
        if user_id.strip() in seen:
            problems.append(_warning(where, "{value} is listed twice.", value=user_id.strip()))
        seen.add(user_id.strip())
    return problems


def check_request_id(where: str, value: str | None) -> list[Problem]:
    """A pinned RequestId: at most 50 printable ASCII characters."""
    if not value:
        return []
    if len(value) > limits.REQUEST_ID_MAX:
        return [_error(where, "RequestId is {count} characters; the limit is {limit}.",
                       count=len(value), limit=limits.REQUEST_ID_MAX)]
    if not set(value) <= _PRINTABLE_ASCII:
        return [_error(where, "RequestId may hold only printable ASCII characters.")]
    return []


def check_send_date(where: str, value: str | None, now: datetime | None = None) -> list[Problem]:
    """A schedule: ``yyyy-mm-dd hh:MM:ss`` and in the future."""
    if not value:
        return []
    if not re.fullmatch(limits.SEND_DATE_PATTERN, value):
        return [_error(where, "SendDate must look like 2026-12-31 08:30:00 "
                              "(yyyy-mm-dd hh:MM:ss).")]
    try:
        when = datetime.strptime(value, limits.SEND_DATE_FORMAT)
    except ValueError:
        return [_error(where, "SendDate {value} is not a real date and time.", value=value)]
    if when <= (now or datetime.now()):
        return [_error(where, "SendDate {value} is in the past.", value=value)]
    return []


def validate_draft(draft: Draft, now: datetime | None = None) -> list[Problem]:
    """Every problem of a draft, in the order of the form."""
    pinned_with_many = []
    if draft.request_id and len(draft.recipients) > 1:
        # eSMS blocks a reused RequestId for 24 h: only the first recipient would get it.
        pinned_with_many.append(_error(
            "request_id", "A pinned RequestId works for one recipient only (eSMS refuses it "
            "the second time as a duplicate); clear it to get a fresh one per recipient."))
    return [
        *validate_recipients(draft.recipients),
        *check_request_id("request_id", draft.request_id),
        *pinned_with_many,
        *check_send_date("send_date", draft.send_date, now),
        *validate_message(draft.message),
    ]


def has_errors(problems: Iterable[Problem]) -> bool:
    """True when any problem blocks sending."""
    return any(p.is_error for p in problems)
