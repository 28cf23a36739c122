"""Deliberate failures: what a fault does to one answer, the queue of faults, and how each
is played on the wire (a wait, a canned error page, half a body, a dropped or reset
connection, a trickle)."""

from __future__ import annotations

import json
import math
import threading
from dataclasses import dataclass
from typing import Any, Literal, Protocol, get_args

from .rules import find_route

JSON_TYPE = "application/json; charset=utf-8"

FaultKind = Literal[
    "delay", "http_500", "http_502_html", "malformed_json", "empty_body", "no_code",
    "drop", "reset", "trickle",
]
"""What a fault does to one answer:

- ``delay``: the real answer, after `Fault.seconds` (the request takes effect at once, so a
  client that timed out and retries with the same RequestId gets 124);
- ``http_500``: HTTP 500 with a JSON body lacking a result code;
- ``http_502_html``: HTTP 502 with a proxy's HTML page;
- ``malformed_json``: HTTP 200 with the real answer cut in half (Content-Length matches);
- ``empty_body``: HTTP 200, Content-Length 0;
- ``no_code``: HTTP 200 with a JSON object that has no CodeResult;
- ``drop``: the connection is closed without any answer;
- ``reset``: headers and half of the real body, then a TCP reset;
- ``trickle``: the real answer one byte at a time, spread over `Fault.seconds`.
"""
FAULT_KINDS: tuple[FaultKind, ...] = get_args(FaultKind)

_CARRIES_ANSWER: frozenset[FaultKind] = frozenset({"delay", "malformed_json", "reset", "trickle"})
"""Kinds that send (part of) the real answer: their request always takes effect."""

_CANNED: dict[FaultKind, tuple[int, str, bytes]] = {
    "http_500": (500, JSON_TYPE, b'{"Message":"An error has occurred."}'),
    "http_502_html": (
        502,
        "text/html; charset=utf-8",
        b"<html><head><title>502 Bad Gateway</title></head><body><center>"
        b"<h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>",
    ),
    "empty_body": (200, JSON_TYPE, b""),
    "no_code": (
        200, JSON_TYPE, b'{"ErrorMessage":"Object reference not set to an instance of an object."}'
    ),
}


@dataclass(frozen=True)
class Fault:
    """A deliberate failure applied to one answer (or to every answer, see `Sandbox.inject`)."""

    kind: FaultKind
    seconds: float = 0.0
    """For ``trickle``, how long the answer takes; for every other kind, a wait first."""
    endpoint: str | None = None
    """Only requests to this endpoint (e.g. `SEND_ENDPOINT`) meet the fault; None: any."""
    process: bool | None = None
    """Whether the request takes effect (a send is accepted and remembered) although its
    answer is lost. None: yes for kinds that carry the answer (delay, malformed_json, reset,
    trickle), no for the others; True makes e.g. ``drop`` a lost answer to a real send."""

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; one of {', '.join(FAULT_KINDS)}")
        if not (math.isfinite(self.seconds) and self.seconds >= 0):
            raise ValueError(f"fault seconds must be a finite number >= 0, not {self.seconds}")
        if self.endpoint is not None and find_route(self.endpoint) is None:
            raise ValueError(f"unknown endpoint {self.endpoint!r}")
        if self.process is False and self.kind in _CARRIES_ANSWER:
            raise ValueError(f"a {self.kind} fault carries the real answer, so it is processed")

    @property
    def takes_effect(self) -> bool:
        """True when the request is processed before the fault is applied."""
        return self.kind in _CARRIES_ANSWER or bool(self.process)

    def applies_to(self, endpoint: str) -> bool:
        """True when a request to *endpoint* meets this fault."""
        return self.endpoint is None or self.endpoint.strip("/").casefold() == endpoint.casefold()


@dataclass
class _QueuedFault:
    fault: Fault
    remaining: int


class FaultQueue:
    """Faults waiting for the requests they apply to: queued ones in order, then a persistent
    one. Thread-safe (each request is answered in its own thread)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queued: list[_QueuedFault] = []
        self._persistent: Fault | None = None

    def inject(self, fault: Fault, times: int | None = 1) -> None:
        """Apply *fault* to the next *times* matching requests (queued after earlier ones),
        or, with ``times=None``, to every matching request until `clear`."""
        with self._lock:
            if times is None:
                self._persistent = fault
            elif times >= 1:
                self._queued.append(_QueuedFault(fault, times))
            else:
                raise ValueError("times must be at least 1, or None for every request")

    def clear(self) -> None:
        """Forget queued faults and the persistent one."""
        with self._lock:
            self._queued.clear()
            self._persistent = None

    def take(self, endpoint: str) -> Fault | None:
        """The fault a request to *endpoint* meets now (using up one of its times), or None."""
        with self._lock:
            for index, queued in enumerate(self._queued):
                if queued.fault.applies_to(endpoint):
                    queued.remaining -= 1
                    if queued.remaining == 0:
                        del self._queued[index]
                    return queued.fault
            fault = self._persistent
            return fault if fault is not None and fault.applies_to(endpoint) else None


class Wire(Protocol):
    """The connection a fault is played on (the HTTP handler of one request)."""

    def start_answer(self, status: int, content_type: str, length: int) -> None:
        """Send the status line and the headers."""

    def write_body(self, data: bytes) -> None:
        """Send *data* of the body."""

    def wait(self, seconds: float) -> bool:
        """Sleep; False (at once) when the server is stopping."""

    def reset_connection(self) -> None:
        """Close the connection with a TCP reset."""


def encode_answer(answer: dict[str, Any]) -> bytes:
    """A JSON answer as the bytes of its body."""
    return json.dumps(answer, ensure_ascii=False).encode()


def play_fault(wire: Wire, fault: Fault, answer: tuple[int, dict[str, Any]] | None) -> None:
    """Answer on *wire* as *fault* says. *answer* (HTTP status, JSON) is the real answer,
    None when the request was not processed (`Fault.takes_effect` is False)."""
    if fault.kind != "trickle" and not wire.wait(fault.seconds):
        return  # stopping: the connection is dropped
    if fault.kind in _CANNED:
        status, content_type, canned = _CANNED[fault.kind]
        wire.start_answer(status, content_type, len(canned))
        wire.write_body(canned)
        return
    if fault.kind == "drop":
        return  # the server closes the connection without a byte of answer
    assert answer is not None
    body = encode_answer(answer[1])
    if fault.kind == "delay":
        wire.start_answer(answer[0], JSON_TYPE, len(body))
        wire.write_body(body)
    elif fault.kind == "malformed_json":
        wire.start_answer(answer[0], JSON_TYPE, len(body) // 2)
        wire.write_body(body[: len(body) // 2])
    elif fault.kind == "reset":
        wire.start_answer(answer[0], JSON_TYPE, len(body))
        wire.write_body(body[: len(body) // 2])
        wire.reset_connection()
    elif fault.kind == "trickle":
        wire.start_answer(answer[0], JSON_TYPE, len(body))
        pause = fault.seconds / max(len(body), 1)
        for index in range(len(body)):
            if index and not wire.wait(pause):
                return
            wire.write_body(body[index : index + 1])
