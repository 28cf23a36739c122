"""The compose session: what the user typed is the state; everything else is derived.

A `ComposeSession` owns the *template* draft (the text and buttons as typed, ``{{name}}``
placeholders and all), the placeholder *defaults*, the account the body is shown for and
the RequestId the next send uses. From them it derives, when asked and only once per
change: the filled draft, its problems, the request body (shown masked, or sent) and the
send jobs. Undo, autosave, drafts, the bulk panel and History's Reopen work on the
template; counters, previews and sends on what is derived here. Nothing fills the
template back into the editors.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from ..domain.body import applied_request_id, build_request_body, new_request_id, shown_json
from ..domain.model import Account, Draft
from ..domain.validation import Problem, has_errors
from ..domain.variables import validate_with_defaults, waiting_for_bulk
from .jobs import SendJob, jobs_for


class ComposeSession:
    """One message being composed; see the module docstring."""

    def __init__(
        self, template: Draft | None = None, defaults: Mapping[str, str] | None = None,
        account: Account | None = None,
    ) -> None:
        self._template = template if template is not None else Draft()
        self._defaults: dict[str, str] = dict(defaults or {})
        self._account = account
        self._next_request_id: str | None = None  # made when first shown or sent
        self._derived: tuple[Draft, list[Problem]] | None = None
        self._bulk_columns: frozenset[str] = frozenset()
        self._bulk_active = False

    # --- the state ---------------------------------------------------------------------

    @property
    def template(self) -> Draft:
        """The draft as the user typed it."""
        return self._template

    def set_template(self, draft: Draft) -> bool:
        """The user's draft is now *draft*; whether that changed anything."""
        if draft == self._template:
            return False
        self._template = draft
        self._derived = None
        return True

    @property
    def defaults(self) -> dict[str, str]:
        """Draft-level values for ``{{name}}`` placeholders."""
        return dict(self._defaults)

    def set_defaults(self, values: Mapping[str, str]) -> None:
        """Use *values* for placeholders that a single send fills."""
        self._defaults = dict(values)
        self._derived = None

    def set_bulk(self, columns: Iterable[str], *, active: bool) -> bool:
        """The bulk send fills the placeholders named by *columns* (its recipients table's),
        or every placeholder while it is *active* (the panel in use): those are not errors
        of the draft. Whether that changed anything."""
        state = (frozenset(columns), active)
        if state == (self._bulk_columns, self._bulk_active):
            return False
        self._bulk_columns, self._bulk_active = state
        self._derived = None
        return True

    def waiting_for_bulk(self) -> list[str]:
        """Placeholders without a default that the bulk send fills per recipient (a single
        send waits for a default); empty when no placeholder is left to the bulk send."""
        if not (self._bulk_columns or self._bulk_active):
            return []
        return waiting_for_bulk(self._template, self._defaults)

    @property
    def account(self) -> Account | None:
        """The OA (and, in the CLI, keys) the shown body is built for; None before a
        profile is chosen."""
        return self._account

    def set_account(self, account: Account | None) -> None:
        """Show the body as *account*'s."""
        self._account = account

    @property
    def next_request_id(self) -> str:
        """The RequestId generated for the next send (used when none is pinned)."""
        if self._next_request_id is None:
            self._next_request_id = new_request_id()
        return self._next_request_id

    def renew_request_id(self) -> str:
        """Generate the next RequestId (after a send, for a new draft); returns it."""
        self._next_request_id = new_request_id()
        return self._next_request_id

    # --- derived -----------------------------------------------------------------------

    def _derive(self) -> tuple[Draft, list[Problem]]:
        if self._derived is None:
            self._derived = self._validate(None)
        return self._derived

    def _validate(self, now: datetime | None) -> tuple[Draft, list[Problem]]:
        return validate_with_defaults(self._template, self._defaults, now,
                                      bulk_columns=self._bulk_columns,
                                      bulk_active=self._bulk_active)

    def recheck(self, now: datetime | None = None) -> list[Problem]:
        """Validate again (a SendDate may have passed since); returns the problems."""
        self._derived = self._validate(now)
        return self._derived[1]

    def filled(self) -> Draft:
        """The template with its placeholders filled from the defaults: what is sent."""
        return self._derive()[0]

    def problems(self) -> list[Problem]:
        """Every problem of the filled draft, plus one per field still waiting for a value."""
        return list(self._derive()[1])

    def can_send(self) -> bool:
        """True while there is no error (warnings do not block) and no placeholder waits
        for the bulk send to fill it."""
        return not has_errors(self._derive()[1]) and not self.waiting_for_bulk()

    def request_id(self) -> str:
        """The RequestId the next send's first request carries (the preview shows it)."""
        return applied_request_id(self.filled(), self.next_request_id)

    def body(self, account: Account | None = None, recipient: str | None = None,
             ) -> dict[str, Any]:
        """The request body for *recipient* (default: the first), as *account* (default:
        the session's) — unmasked: mask it (`domain.body.mask_secrets`) to show it."""
        draft = self.filled()
        if recipient is None:
            recipient = draft.recipients[0] if draft.recipients else ""
        account = account or self._account
        return build_request_body(
            draft.message, account=account, recipient=recipient,
            request_id=self.request_id(), send_date=draft.send_date,
            test_mode=account is not None and account.esms_test_mode,
        )

    def shown_json(self) -> str:
        """The body for the first recipient as the JSON preview shows it (keys masked)."""
        return shown_json(self.body())

    def jobs(self, draft_path: str | None = None) -> list[SendJob]:
        """One send job per recipient of the filled draft (History keeps the template)."""
        return jobs_for(self.filled(), self.next_request_id, template=self._template,
                        draft_path=draft_path)
