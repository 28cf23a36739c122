"""What a send is made of: one `SendJob` per recipient, and the rule for which RequestId
each carries. No asyncio here (the compose session, imported before the window's first
paint, makes jobs; `app.send.SendLoop` sends them)."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.body import applied_request_id, message_from_object, new_request_id
from ..domain.errors import DraftError
from ..domain.lifecycle import state_of_result
from ..domain.model import Draft, Message
from ..domain.result import SendResult


@dataclass(frozen=True)
class SendJob:
    """One request to make: a filled message for one recipient under one RequestId."""

    recipient: str
    request_id: str
    message: Message
    """The message as sent (placeholders filled)."""
    send_date: str | None = None
    draft: Draft | None = None
    """What History's "Reopen" gives back: the template the user typed."""
    draft_path: str | None = None
    batch_id: str | None = None
    key: int = 0
    """The caller's own index (a bulk row, a results row)."""
    after_unknown: bool = False
    """A retry of a request whose outcome was unknown: a 124 means the first one arrived."""


def jobs_for(
    filled: Draft, first_request_id: str, *, template: Draft | None = None,
    draft_path: str | None = None,
) -> list[SendJob]:
    """One job per recipient of *filled*, in order. The RequestId rule of
    `applied_request_id`: the first request carries *first_request_id* (the one the
    preview showed) or the pinned id, the others fresh ids."""
    recipients = [r.strip() for r in filled.recipients]
    return [
        SendJob(
            recipient=recipient,
            request_id=applied_request_id(
                filled, first_request_id if index == 0 else new_request_id()),
            message=filled.message, send_date=filled.send_date,
            draft=template if template is not None else filled,
            draft_path=draft_path, key=index,
        )
        for index, recipient in enumerate(recipients)
    ]


def retry_job(result: SendResult) -> SendJob:
    """The request behind *result* again, as it was: same RequestId, recipient, message and
    SendDate (eSMS answers 124 instead of delivering twice if the first one arrived)."""
    body = result.request_body
    payload = body.get("Payload") if isinstance(body, dict) else None
    try:
        message = message_from_object((payload or {}).get("message"))
    except (DraftError, AttributeError) as exc:
        raise DraftError("The earlier request's body could not be read back.") from exc
    send_date = body.get("SendDate")
    return SendJob(recipient=result.recipient, request_id=result.request_id, message=message,
                   send_date=send_date if isinstance(send_date, str) else None,
                   after_unknown=state_of_result(result.outcome, result.failure) == "unknown")
