"""The eSMS request body: built in exactly one place, parsed back, and masked.

`build_request_body` is the only code that makes eSMS JSON: the JSON preview, Copy as
cURL, the CLI's ``preview``, every send (single, bulk, retry, History's resend) and drafts
(through `message_object`) all come through it. Its two rules live here too:

- **stand-in keys**: a body shown before any key is known is built with ``account=None``
  (empty OAID and keys); `mask_secrets` masks a key field whenever it is present, empty or
  not, so every shown body reads ``"ApiKey": "••••••"``;
- **which RequestId applies**: `applied_request_id`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from .errors import DraftError
from .model import (
    BUTTON_CLASSES,
    Account,
    Button,
    Draft,
    Message,
    PhoneButton,
    QueryHideButton,
    QueryShowButton,
    SmsButton,
    UrlButton,
    edit_text,
    wire_text,
)

SECRET_FIELDS = ("ApiKey", "SecretKey")
TEST_MODE_FIELD = "Sandbox"
"""eSMS's own test-mode field: ``"1"`` asks eSMS not to store, charge or deliver."""
MASK = "••••••"

_PHONE_SEPARATORS = re.compile(r"[\s.\-]")


def normalize_phone(value: str) -> str:
    """The phone number as sent: spaces, dots, dashes and a leading ``+`` removed."""
    stripped = _PHONE_SEPARATORS.sub("", value.strip())
    return stripped.removeprefix("+")


def new_request_id() -> str:
    """A fresh RequestId: a UUID4 as 32 hex characters."""
    import uuid  # not at import: the window's first stage needs no RequestId

    return uuid.uuid4().hex


def applied_request_id(draft: Draft, fresh: str) -> str:
    """The RequestId a request of *draft* carries: the pinned one when the draft pins one
    and goes to one recipient at most; otherwise *fresh* (each request its own)."""
    if draft.request_id and len(draft.recipients) <= 1:
        return draft.request_id
    return fresh


def button_object(button: Button) -> dict[str, Any]:
    """One button as eSMS expects it (key order as in the documentation)."""
    title = wire_text(button.title)
    match button:
        case UrlButton():
            return {"title": title, "payload": {"url": button.url.strip()}, "type": button.TYPE}
        case QueryShowButton() | QueryHideButton():
            return {"title": title, "type": button.TYPE, "payload": wire_text(button.payload)}
        case SmsButton():
            payload = {
                "content": wire_text(button.content),
                "phone_code": normalize_phone(button.phone_code),
            }
            return {"title": title, "type": button.TYPE, "payload": payload}
        case PhoneButton():
            payload = {"phone_code": normalize_phone(button.phone_code)}
            return {"title": title, "type": button.TYPE, "payload": payload}
    raise TypeError(f"unknown button class {type(button).__name__}")  # pragma: no cover


def message_object(message: Message) -> dict[str, Any]:
    """eSMS's ``Payload.message``: the text and the template attachment with its buttons."""
    return {
        "text": wire_text(message.text),
        "attachment": {
            "type": "template",
            "payload": {"buttons": [button_object(b) for b in message.buttons]},
        },
    }


_NO_ACCOUNT = Account(oaid="", api_key="", secret_key="")


def build_request_body(
    message: Message,
    *,
    account: Account | None,
    recipient: str,
    request_id: str | None = None,
    send_date: str | None = None,
    test_mode: bool = False,
) -> dict[str, Any]:
    """The whole JSON body of ``SendZaloFollowerMessage_V5_post_json``.

    Optional fields (CallbackUrl, RequestId, SendDate) are left out when empty. Without an
    *account* (a body shown before a profile or its keys are known) the OAID and keys are
    empty; `mask_secrets` shows the keys masked all the same. *test_mode* adds eSMS's own
    ``"Sandbox": "1"`` (not stored, not charged, not delivered: documented by eSMS for its
    other send APIs, not for consultation messages).
    """
    account = account or _NO_ACCOUNT
    body: dict[str, Any] = {
        "ApiKey": account.api_key,
        "SecretKey": account.secret_key,
        "OAID": account.oaid.strip(),
    }
    if account.callback_url.strip():
        body["CallbackUrl"] = account.callback_url.strip()
    if request_id:
        body["RequestId"] = request_id
    if send_date:
        body["SendDate"] = send_date
    if test_mode:
        body[TEST_MODE_FIELD] = "1"
    body["Payload"] = {
        "recipient": {"user_id": recipient.strip()},
        "message": message_object(message),
    }
    return body


def sent_in_test_mode(body: Mapping[str, Any]) -> bool:
    """True when *body* asked for eSMS's own test mode."""
    return str(body.get(TEST_MODE_FIELD, "")) == "1"


def mask_secrets(data: Any) -> Any:
    """A copy of *data* with every ApiKey/SecretKey value (at any depth) replaced by a mask.

    Anything that shows, logs or stores a request goes through this one function. A key
    field is masked even when empty, so that a shown body never tells whether keys are set.
    """
    if isinstance(data, Mapping):
        return {k: (MASK if k in SECRET_FIELDS else mask_secrets(data[k])) for k in data}
    if isinstance(data, list | tuple):
        return [mask_secrets(v) for v in data]
    return data


def shown_json(body: Mapping[str, Any]) -> str:
    """A request body as people read it: secrets masked, indented, not ASCII-escaped."""
    return json.dumps(mask_secrets(body), ensure_ascii=False, indent=2)


_KEYED_SECRET = re.compile(
    r"""(?P<key>["']?(?:ApiKey|SecretKey)["']?\s*[:=]\s*["']?)[^"'&\s,}]+""",
    re.IGNORECASE,
)
_seen_secrets: set[str] = set()


def remember_secret(value: str) -> None:
    """Note a secret value handled this session, so `redact_text` masks it anywhere."""
    if value and len(value) >= 4 and value != MASK:
        _seen_secrets.add(value)


def redact_text(text: str) -> str:
    """Free text (a log line, an error) with secrets masked: ApiKey/SecretKey values written
    as JSON or query parameters, and every value `remember_secret` was given."""
    text = _KEYED_SECRET.sub(lambda m: m.group("key") + MASK, text)
    for secret in sorted(_seen_secrets, key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text


def _text(obj: Mapping[str, Any], key: str, where: str, *, required: bool = True) -> str:
    value = obj.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise DraftError(f"{where}: “{key}” must be text.")
    return edit_text(value)


def button_from_object(obj: Any, where: str) -> Button:
    """Parse one eSMS button object; raises DraftError with *where* on a wrong shape."""
    if not isinstance(obj, Mapping):
        raise DraftError(f"{where} is not an object.")
    kind = obj.get("type")
    # isinstance first: a list or object as type is unhashable and would raise TypeError.
    if not isinstance(kind, str) or kind not in BUTTON_CLASSES:
        raise DraftError(f"{where} has an unknown type {kind!r}.")
    title = _text(obj, "title", where, required=False)
    payload = obj.get("payload")
    if kind in ("oa.query.show", "oa.query.hide"):
        text = "" if payload is None else payload
        if not isinstance(text, str):
            raise DraftError(f"{where}: the payload of {kind} must be text.")
        cls = QueryShowButton if kind == "oa.query.show" else QueryHideButton
        return cls(title=title, payload=edit_text(text))
    if payload is None:
        payload = {}
    if not isinstance(payload, Mapping):
        raise DraftError(f"{where}: the payload of {kind} must be an object.")
    inner = f"{where} payload"
    if kind == "oa.open.url":
        return UrlButton(title=title, url=_text(payload, "url", inner, required=False))
    if kind == "oa.open.sms":
        return SmsButton(
            title=title,
            content=_text(payload, "content", inner, required=False),
            phone_code=_text(payload, "phone_code", inner, required=False),
        )
    return PhoneButton(title=title, phone_code=_text(payload, "phone_code", inner, required=False))


def message_from_object(obj: Any) -> Message:
    """Parse eSMS's ``Payload.message`` back into a Message (the inverse of `message_object`)."""
    if not isinstance(obj, Mapping):
        raise DraftError("The message is not an object.")
    text = _text(obj, "text", "The message", required=False)
    attachment = obj.get("attachment")
    if attachment is None:
        return Message(text=text)
    if not isinstance(attachment, Mapping):
        raise DraftError("The message's attachment is not an object.")
    if attachment.get("type", "template") != "template":
        raise DraftError(
            f"The attachment type {attachment.get('type')!r} is not a consultation template."
        )
    # Only an absent value means "none": `or` would also swallow {}, "", 0 and false.
    payload = attachment.get("payload")
    if payload is None:
        payload = {}
    if not isinstance(payload, Mapping):
        raise DraftError("The attachment's payload is not an object.")
    buttons = payload.get("buttons")
    if buttons is None:
        buttons = []
    if not isinstance(buttons, list):
        raise DraftError("The buttons are not a list.")
    return Message(
        text=text,
        buttons=tuple(button_from_object(b, f"Button {i + 1}") for i, b in enumerate(buttons)),
    )
