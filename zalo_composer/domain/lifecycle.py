"""The life of one message, from the request leaving to Zalo's outcome.

States (one set for the results log, History, the bulk table and the CLI)::

    sending → accepted (by eSMS, an SMSID) → waiting (for Zalo) → sent (by Zalo)
                                                               ↘ zalo_failed (Zalo's code)
    rejected (by eSMS, its code)        unknown (no answer, a broken answer, cancelled
    failed (never reached eSMS)                  after the request left)

The follow-up reads two documented sources: GetSendStatus (counts and SendStatus, every
send) and GetCallback (Zalo's ErrorInfo, only for sends that carried a CallbackUrl).
`parse_error_info` reads every documented shape of ErrorInfo / error_info.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import unquote

from .zalo_codes import ZALO_SUCCESS, zalo_meaning

Lifecycle = Literal[
    "sending", "accepted", "waiting", "sent", "zalo_failed", "rejected", "unknown", "failed",
]
LIFECYCLE_STATES: tuple[Lifecycle, ...] = (
    "sending", "accepted", "waiting", "sent", "zalo_failed", "rejected", "unknown", "failed",
)
FINAL_STATES: frozenset[Lifecycle] = frozenset({"sent", "zalo_failed", "rejected", "failed"})
"""States the follow-up never leaves."""
FOLLOWED_STATES: frozenset[Lifecycle] = frozenset({"accepted", "waiting"})
"""States the follow-up asks about (a message eSMS has and Zalo has not decided on)."""

LIFECYCLE_WORDS: dict[Lifecycle, str] = {
    "sending": "sending",
    "accepted": "accepted by eSMS",
    "waiting": "waiting for Zalo",
    "sent": "sent by Zalo",
    "zalo_failed": "failed at Zalo",
    "rejected": "rejected by eSMS",
    "unknown": "outcome unknown",
    "failed": "not sent",
}
"""Each state in English; the window translates them (`ui.i18n_domain`)."""

CliOutcome = Literal["sent", "failed", "waiting", "unknown", "rejected"]


def cli_outcome(state: Lifecycle) -> CliOutcome:
    """The CLI's ``outcome`` key for *state*."""
    if state == "sent":
        return "sent"
    if state == "zalo_failed":
        return "failed"
    if state == "rejected":
        return "rejected"
    if state in ("accepted", "waiting", "sending"):
        return "waiting"
    return "unknown"  # "unknown", and "failed" (it never reached eSMS: nothing is known sent)


# --- ErrorInfo ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ErrorInfo:
    """What one ErrorInfo / error_info text says.

    ``kind``: ``none`` (absent or null: not sent yet), ``success`` (``"0"`` or a Zalo object
    with error 0), ``error`` (a code: 1001 or Zalo's), ``unreadable`` (text that holds no
    code; kept in ``text``).
    """

    kind: Literal["none", "success", "error", "unreadable"]
    code: int | None = None
    message: str = ""
    """Zalo's own message, as it sent it (English)."""
    text: str = ""
    """The whole text after decoding, for the details pane."""


_CODE_TEXT = re.compile(r"^\s*(-?\d+)\s*$")
_EMBEDDED_ERROR = re.compile(r'"error"\s*:\s*"?(-?\d+)')


def _decoded(text: str) -> str:
    """*text* URL-decoded as often as it was encoded (callbacks arrive encoded twice)."""
    for _ in range(3):
        if not re.search(r"%[0-9A-Fa-f]{2}", text):
            break
        text = unquote(text)
    return text


def parse_error_info(value: Any) -> ErrorInfo:
    """Read ErrorInfo in every documented shape: None/"" (not sent yet), ``"0"``,
    ``"1001"``, a bare Zalo code (``"-230"``), a Zalo JSON object possibly followed by more
    text (``{"error":-124,…}Object reference…`` or ``{…}____24/04/2024 16:58:01``), that
    object URL-encoded once or twice, or quoted as a JSON string; a number too."""
    if value is None:
        return ErrorInfo("none")
    if isinstance(value, bool):
        return ErrorInfo("unreadable", text=str(value))
    if isinstance(value, int | float):
        value = str(int(value))
    if isinstance(value, Mapping):
        return _from_object(value, json.dumps(value, ensure_ascii=False))
    text = _decoded(str(value)).strip()
    if not text or text.lower() == "null":
        return ErrorInfo("none")
    if match := _CODE_TEXT.match(text):
        return _from_code(int(match.group(1)), "", text)
    # A JSON string that holds the object: "{\"error\":-114,…}"
    if text.startswith('"'):
        try:
            inner, _end = json.JSONDecoder().raw_decode(text)
        except ValueError:
            inner = None
        if isinstance(inner, str):
            return parse_error_info(inner)
    start = text.find("{")
    if start >= 0:
        try:
            data, _end = json.JSONDecoder().raw_decode(text[start:])
        except ValueError:
            data = None
        if isinstance(data, Mapping):
            return _from_object(data, text)
    if match := _EMBEDDED_ERROR.search(text):  # a cut or broken object
        return _from_code(int(match.group(1)), "", text)
    return ErrorInfo("unreadable", text=text)


def _from_code(code: int, message: str, text: str) -> ErrorInfo:
    if code == ZALO_SUCCESS:
        return ErrorInfo("success", 0, message, text)
    return ErrorInfo("error", code, message, text)


def _from_object(data: Mapping[str, Any], text: str) -> ErrorInfo:
    raw = data.get("error")
    message = data.get("message")
    message = message if isinstance(message, str) else ""
    try:
        code = int(str(raw).strip())
    except ValueError:
        return ErrorInfo("unreadable", message=message, text=text)
    return _from_code(code, message, text)


# --- observations ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Observation:
    """What one status source says of one SMSID."""

    state: Lifecycle
    zalo_error: int | None = None
    """Zalo's code (1001 included) when the message failed at Zalo and the source gave it."""
    detail: str = ""
    """In English: the reason, or what the source said."""
    source: str = ""
    """GetSendStatus or GetCallback."""

    @property
    def final(self) -> bool:
        """True when no later answer can change it."""
        return self.state in FINAL_STATES


def _int(value: Any) -> int | None:
    try:
        return int(str(value).strip().split(".")[0])
    except (TypeError, ValueError):
        return None


def failed_detail(code: int | None) -> str:
    """The detail line of a message that failed at Zalo."""
    if code is None:
        return "Zalo gave no reason (send with a CallbackUrl to learn it)"
    return f"Zalo error {code}: {zalo_meaning(code)}"


def from_counts(status: int | None, success: int | None, failed: int | None,
                source: str) -> Observation:
    """The state a SendStatus and its SendSuccess/SendFailed counts give (no reason)."""
    if status == 4:
        return Observation("zalo_failed", None, "eSMS reports the message refused "
                           "(SendStatus 4)", source)
    if status == 5:
        if (success or 0) > 0:
            return Observation("sent", None, "sent by Zalo", source)
        if (failed or 0) > 0:
            return Observation("zalo_failed", None, failed_detail(None), source)
    if status in (1, 2, 7, 5):
        return Observation("waiting", None, "waiting for Zalo", source)
    return Observation("waiting", None, f"unknown SendStatus {status}", source)


def from_send_status(answer: Mapping[str, Any]) -> Observation:
    """A GetSendStatus answer with CodeResponse 100 as an observation."""
    return from_counts(_int(answer.get("SendStatus")), _int(answer.get("SendSuccess")),
                       _int(answer.get("SendFailed")), "GetSendStatus")


def from_callback_item(item: Mapping[str, Any]) -> Observation:
    """One ``Data_callback`` item of GetCallback as an observation; ErrorInfo decides when
    it holds a code, else the counts."""
    counts = from_counts(_int(item.get("SendStatus")), _int(item.get("SendSuccess")),
                         _int(item.get("SendFailed")), "GetCallback")
    info = parse_error_info(item.get("ErrorInfo", item.get("error_info")))
    if info.kind == "error":
        detail = failed_detail(info.code)
        return Observation("zalo_failed", info.code, detail, "GetCallback")
    if info.kind == "success" and counts.state != "zalo_failed":
        return Observation("sent", None, "sent by Zalo", "GetCallback")
    if counts.state == "zalo_failed" and info.kind == "unreadable":
        return Observation("zalo_failed", None, f"Zalo said: {info.text[:200]}", "GetCallback")
    return counts


def better(first: Observation | None, second: Observation | None) -> Observation | None:
    """The more telling of two observations of one message: a final state over a waiting
    one, and a failure with Zalo's code over one without."""
    if first is None or second is None:
        return first or second
    if second.final and not first.final:
        return second
    if first.final and not second.final:
        return first
    if second.state == first.state == "zalo_failed" and first.zalo_error is None:
        return second
    return first


# --- answers that are not quite JSON ---------------------------------------------------------

_READABLE_CODE = re.compile(r'"CodeResult"\s*:\s*"?\s*(\d+)')
_READABLE_SMSID = re.compile(r'"SMSID"\s*:\s*"([^"\\]{1,100})"')


def salvage_answer(raw: str) -> tuple[str | None, str | None]:
    """From an answer that is not valid JSON: a readable CodeResult and SMSID, if any."""
    code = _READABLE_CODE.search(raw)
    sms_id = _READABLE_SMSID.search(raw)
    return (code.group(1) if code else None), (sms_id.group(1) if sms_id else None)



# --- what a send's answer means for the lifecycle ----------------------------------------------

NOT_SENT_FAILURES: frozenset[str] = frozenset({"connect_timeout", "refused", "dns", "tls",
                                               "endpoint"})
"""Failures before the request left: eSMS cannot have it (nothing was sent)."""


def state_of_result(outcome: str, failure: str | None) -> Lifecycle:
    """The state a send's answer leaves a message in: accepted, rejected, not sent
    (``failed``: it never left) or ``unknown`` (no answer, a broken answer, cancelled)."""
    if outcome == "accepted":
        return "accepted"
    if outcome == "rejected":
        return "rejected"
    return "failed" if failure in NOT_SENT_FAILURES else "unknown"
