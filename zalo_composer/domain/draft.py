"""The draft file format (``*.zalo.json``): text in, text out; files are the store's job.

    {"format": "zalo-composer-draft", "version": 1,
     "message": <eSMS Payload.message exactly as sent>,
     "recipients": [user_id, ...], "request_id": null | str,
     "send_date": null | "yyyy-mm-dd hh:MM:ss", "note": str}

Loading also accepts a bare eSMS request body; its secrets are ignored and reported.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .body import SECRET_FIELDS, message_from_object, message_object
from .errors import DraftError
from .limits import BUTTONS_MAX
from .model import Draft

DRAFT_FORMAT = "zalo-composer-draft"
DRAFT_VERSION = 1
DRAFT_SUFFIX = ".zalo.json"


@dataclass(frozen=True)
class LoadedDraft:
    """A draft read from text, with notices the user should see (ignored fields and such)."""

    draft: Draft
    notices: tuple[str, ...] = ()


def dump_draft(draft: Draft) -> str:
    """The draft as indented UTF-8 JSON text. Drafts hold no secrets by construction."""
    document = {
        "format": DRAFT_FORMAT,
        "version": DRAFT_VERSION,
        "message": message_object(draft.message),
        "recipients": [r.strip() for r in draft.recipients],
        "request_id": draft.request_id or None,
        "send_date": draft.send_date or None,
        "note": draft.note,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def load_draft(data: str | bytes) -> LoadedDraft:
    """Read a draft, or a bare eSMS request body. Raises DraftError with a plain reason."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DraftError(f"The file is not UTF-8 text (byte {exc.start}).") from None
    if not data.strip():
        raise DraftError("The file is empty.")
    try:
        document = json.loads(data)
    except json.JSONDecodeError as exc:
        raise DraftError(
            f"The file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            "it may be truncated or damaged."
        ) from None
    except RecursionError:
        raise DraftError("The file is nested too deeply to be a draft.") from None
    try:
        # JSON may escape a lone UTF-16 surrogate ("\ud800"): no text, and it would crash
        # counting and sending later. Refuse it here, in plain words.
        json.dumps(document, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise DraftError("The file holds an invalid character (a lone UTF-16 surrogate such "
                         "as \\ud800), which no message can carry.") from None
    if not isinstance(document, dict):
        raise DraftError("The file holds JSON, but not a draft or an eSMS request body.")
    if document.get("format") == DRAFT_FORMAT:
        return LoadedDraft(_draft_from_document(document))
    if "Payload" in document:
        return _draft_from_request_body(document)
    raise DraftError("The file holds JSON, but not a zalo-composer draft or an eSMS request body.")


def _optional_text(document: Mapping[str, Any], key: str) -> str | None:
    value = document.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise DraftError(f"“{key}” must be text or null.")
    return value


def _recipients(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
        raise DraftError("“recipients” must be a list of Zalo user ids.")
    return tuple(str(v) for v in value)


def _check_button_count(message: Any) -> None:
    """Refuse a message with more buttons than eSMS takes before any of them is parsed: a
    file with 60,000 buttons would otherwise become 60,000 button editors in the window."""
    attachment = message.get("attachment") if isinstance(message, Mapping) else None
    payload = attachment.get("payload") if isinstance(attachment, Mapping) else None
    buttons = payload.get("buttons") if isinstance(payload, Mapping) else None
    if isinstance(buttons, list) and len(buttons) > BUTTONS_MAX:
        raise DraftError(f"The message has {len(buttons):,} buttons; a message can have at "
                         f"most {BUTTONS_MAX}. It was not opened.")


def _draft_from_document(document: dict[str, Any]) -> Draft:
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DraftError(f"The draft has no valid version number ({version!r}).")
    if version > DRAFT_VERSION:
        raise DraftError(
            f"The draft was written by a newer zalo-composer (format version {version}; "
            f"this one reads up to {DRAFT_VERSION}). Update the program to open it."
        )
    if "message" not in document:
        raise DraftError("The draft has no message.")
    _check_button_count(document["message"])
    note = document.get("note", "")
    if not isinstance(note, str):
        raise DraftError("“note” must be text.")
    return Draft(
        message=message_from_object(document["message"]),
        recipients=_recipients(document.get("recipients")),
        request_id=_optional_text(document, "request_id"),
        send_date=_optional_text(document, "send_date"),
        note=note,
    )


def _draft_from_request_body(body: dict[str, Any]) -> LoadedDraft:
    payload = body["Payload"]
    if not isinstance(payload, Mapping):
        raise DraftError("The request body's Payload is not an object.")
    if "message" not in payload:
        raise DraftError("The request body has no Payload.message.")
    _check_button_count(payload["message"])
    notices = [
        f"The file held an {key}; it was ignored and is not kept in the draft "
        "(secrets live in a profile's keyring entry)."
        for key in SECRET_FIELDS
        if body.get(key)
    ]
    for key in ("OAID", "CallbackUrl"):
        if body.get(key):
            notices.append(f"The file's {key} ({body[key]}) belongs to a profile; it was not "
                           "put into the draft.")
    recipient = payload.get("recipient")
    recipients: tuple[str, ...] = ()
    if isinstance(recipient, Mapping) and recipient.get("user_id") not in (None, ""):
        recipients = _recipients([recipient["user_id"]])
    draft = Draft(
        message=message_from_object(payload["message"]),
        recipients=recipients,
        request_id=_optional_text(body, "RequestId"),
        send_date=_optional_text(body, "SendDate"),
    )
    return LoadedDraft(draft, tuple(notices))
