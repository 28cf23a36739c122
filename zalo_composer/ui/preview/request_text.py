"""The line under the JSON preview that says what the shown body stands for.

No Qt here; the body itself comes from the compose session (`app.session`).
"""

from __future__ import annotations

from ...domain.model import Account, Draft
from ..i18n_marks import QT_TRANSLATE_NOOP, Translate, english

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
