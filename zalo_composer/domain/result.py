"""What one request came to: eSMS's answer, or why there was none (no HTTP library here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

Outcome = Literal["accepted", "rejected", "failed"]
FailureKind = Literal[
    "connect_timeout", "read_timeout", "refused", "dns", "tls", "reset", "network",
    "http", "not_json", "no_code", "endpoint", "cancelled",
]


@dataclass(frozen=True)
class SendResult:
    """What happened to one request: eSMS's answer, or why there was none."""

    recipient: str
    request_id: str
    outcome: Outcome
    """accepted (CodeResult 100), rejected (another code), failed (no usable answer)."""
    started_at: datetime
    duration_ms: float
    http_status: int | None = None
    code: str | None = None
    meaning: str = ""
    """The code's meaning, or the failure in plain words."""
    sms_id: str | None = None
    error_message: str | None = None
    """eSMS's own ErrorMessage, decoded, with any secret value masked (control characters
    are kept: whatever prints it to a terminal passes it through `answer.printable`)."""
    failure: FailureKind | None = None
    request_body: dict[str, Any] = field(default_factory=dict)
    """The body as sent, secrets masked."""
    raw_response: str = ""
    """The answer's text (first 64 KiB), with any secret value masked, also where the server
    escaped it (JSON with escapes is kept decoded)."""

    @property
    def summary(self) -> str:
        """One line for a log row: ``100 — accepted by eSMS`` or the failure."""
        if self.code is not None:
            return f"{self.code} — {self.meaning}"
        return self.meaning
