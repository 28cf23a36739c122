"""The text of the preview: the masked request body as pretty JSON, and a line about it.

No Qt here: the window calls these with the draft it built, and the preview shows the result.
"""

from __future__ import annotations

import dataclasses
import json

from ...domain.body import build_request_body, mask_secrets
from ...domain.model import Account, Draft
from ..i18n_marks import QT_TRANSLATE_NOOP, Translate, english

# Stands in for a missing key so that the preview still shows ApiKey/SecretKey masked.
_KEY_PLACEHOLDER = "not-set"


def preview_json(draft: Draft, account: Account | None, generated_request_id: str) -> str:
    """The request body of *draft* for its first recipient: masked, indented, not ASCII-escaped.

    Without an account (or with empty keys) the keys are still shown, masked; a draft
    without a pinned RequestId shows *generated_request_id*, the one the next send uses.
    """
    account = account or Account(oaid="", api_key="", secret_key="")
    account = dataclasses.replace(
        account,
        api_key=account.api_key or _KEY_PLACEHOLDER,
        secret_key=account.secret_key or _KEY_PLACEHOLDER,
    )
    body = build_request_body(
        draft.message,
        account=account,
        recipient=draft.recipients[0] if draft.recipients else "",
        request_id=draft.request_id or generated_request_id,
        send_date=draft.send_date,
    )
    return json.dumps(mask_secrets(body), ensure_ascii=False, indent=2)


_FIRST_OF = QT_TRANSLATE_NOOP("PreviewNote",
                              "Shows the first of {count} requests (one per recipient).")
_NO_ACCOUNT = QT_TRANSLATE_NOOP("PreviewNote",
                               "No account chosen yet: OAID is empty; the keys are placeholders.")
_GENERATED_ID = QT_TRANSLATE_NOOP("PreviewNote", "RequestId: generated for the next send.")


def preview_note(draft: Draft, account: Account | None, translator: Translate = english) -> str:
    """What the preview stands for, when that is not obvious; empty otherwise (in the UI's
    language when *translator* is `i18n.translate`)."""
    notes = []
    count = len(draft.recipients)
    if count > 1:
        notes.append(translator("PreviewNote", _FIRST_OF).format(count=count))
    if account is None:
        notes.append(translator("PreviewNote", _NO_ACCOUNT))
    if not draft.request_id:
        notes.append(translator("PreviewNote", _GENERATED_ID))
    return " ".join(notes)
