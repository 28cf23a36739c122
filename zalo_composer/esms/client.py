"""The eSMS HTTP client: one request, one `SendResult`, every failure in plain words.

The `httpx.AsyncClient` is made once by the caller and passed in (tests give it a
transport). Bodies arrive already built by `domain.body.build_request_body`; this module
only carries them, reads the answer and masks what it keeps.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import importlib
import logging
import re
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import unquote

import httpx

from .. import APP_NAME, __version__
from ..domain.answer import (
    UnreadableAnswer,
    answer_text,
    code_of,
    mask_answer,
    mask_text,
    parse_answer,
    printable,
    shown_answer,
)
from ..domain.body import MASK, mask_secrets
from ..domain.codes import ACCEPTED, describe_code
from ..domain.endpoint import (
    ANSWER_MAX_BYTES,
    SEND_PATH,
    Timeouts,
    endpoint_problem,
    is_loopback,
    join_url,
)
from ..domain.errors import NetworkError
from ..domain.result import FailureKind, Outcome, SendResult
from .network import RoutingTransport
from .reading import ACCEPT_ENCODING, CappedBody, read_capped

__all__ = [  # the result and endpoint helpers live in the domain; re-exported for callers
    "SEND_PATH", "EsmsClient", "FailureKind", "Outcome", "SendResult", "Timeouts",
    "describe_failure", "endpoint_problem", "httpx_timeout", "is_loopback", "join_url",
    "make_http_client",
    "read_code",
]

RAW_RESPONSE_LIMIT = 64 * 1024
"""Bytes of an answer kept for display; an HTML error page can be large."""

def httpx_timeout(timeouts: Timeouts) -> httpx.Timeout:
    """The same limits for httpx (writing and the pool share the connect limit)."""
    return httpx.Timeout(connect=timeouts.connect, read=timeouts.read, write=timeouts.connect,
                         pool=timeouts.connect)


def read_code(answer: Any) -> str | None:
    """The result code under whichever name this endpoint uses, as text; None when there
    is none or it is not a code (a list, an object)."""
    try:
        return code_of(answer)
    except UnreadableAnswer:
        return None


def _causes(exc: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def describe_failure(exc: httpx.HTTPError, timeouts: Timeouts) -> tuple[FailureKind, str]:
    """A transport error as a kind and a plain sentence (never the request, never secrets)."""
    chain = _causes(exc)
    if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
        return "connect_timeout", f"Could not connect to eSMS within {timeouts.connect:g} s."
    if isinstance(exc, httpx.TimeoutException):
        return "read_timeout", f"eSMS did not answer within {timeouts.read:g} s."
    if any(isinstance(c, ssl.SSLError) for c in chain) or "SSL" in str(exc):
        return "tls", ("The secure connection failed (the server's certificate could not be "
                       "verified, or TLS did not work).")
    if any(isinstance(c, socket.gaierror) for c in chain):
        return "dns", "The endpoint's host name could not be found (DNS lookup failed)."
    if any(isinstance(c, ConnectionRefusedError) for c in chain) or "refused" in str(exc).lower():
        return "refused", "The connection was refused: nothing is listening at that address."
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError):
        return "reset", "The connection was closed before eSMS finished its answer."
    return "network", f"The request failed on the network ({type(exc).__name__})."


class EsmsClient:
    """Sends request bodies to eSMS (or the sandbox) on a shared `httpx.AsyncClient`."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    async def post(
        self, url: str, body: dict[str, Any], timeouts: Timeouts
    ) -> tuple[httpx.Response, CappedBody]:
        """POST *body* as JSON; returns the response and its body, read up to
        `ANSWER_MAX_BYTES` (decompressed) and no further."""
        async with self._http.stream("POST", url, json=body,
                                     timeout=httpx_timeout(timeouts)) as response:
            return response, await read_capped(response)

    async def send(
        self,
        base_url: str,
        body: dict[str, Any],
        *,
        timeouts: Timeouts,
    ) -> SendResult:
        """Send one built request body and describe what came back. Never raises for a
        network or answer problem: those become a failed `SendResult`."""
        secrets = tuple(str(body.get(k) or "") for k in ("ApiKey", "SecretKey"))
        base = {
            "recipient": str(body.get("Payload", {}).get("recipient", {}).get("user_id", "")),
            "request_id": str(body.get("RequestId") or ""),
            "started_at": datetime.now().astimezone(),
            "request_body": mask_secrets(body),
        }
        problem = endpoint_problem(base_url)
        if problem:
            return SendResult(**base, outcome="failed", duration_ms=0.0, failure="endpoint",
                              meaning=problem)
        start = time.perf_counter()
        try:
            # httpx's read timeout is per read: a server trickling bytes would never trip
            # it. The whole exchange gets a deadline too.
            async with asyncio.timeout(timeouts.total):
                response, capped = await self.post(join_url(base_url, SEND_PATH), body,
                                                   timeouts)
        except TimeoutError:
            return SendResult(**base, outcome="failed", failure="read_timeout",
                              meaning=f"eSMS did not finish its answer within "
                                      f"{timeouts.total:g} s.",
                              duration_ms=(time.perf_counter() - start) * 1000)
        except httpx.HTTPError as exc:
            kind, message = describe_failure(exc, timeouts)
            return SendResult(**base, outcome="failed", failure=kind, meaning=message,
                              duration_ms=(time.perf_counter() - start) * 1000)
        except NetworkError as exc:  # the proxy or CA settings cannot be used
            return SendResult(**base, outcome="failed", failure="network", meaning=str(exc),
                              duration_ms=(time.perf_counter() - start) * 1000)
        duration = (time.perf_counter() - start) * 1000
        return _read_answer(base, Answer.of(response, capped, secrets), duration)


@dataclass(frozen=True)
class Answer:
    """An HTTP answer as the program may show it: status, reason and redirect target made
    printable and masked, the body decoded to text and parsed (within limits)."""

    status: int
    reason: str
    location: str | None
    capped: CappedBody
    text: str
    """The body as text (first `ANSWER_MAX_BYTES`), not yet masked."""
    secrets: tuple[str, ...]
    """This request's keys, masked wherever the answer is shown."""
    parsed: Any = None
    """The body's JSON value with every secret masked; None when there is none."""
    unreadable: str | None = None
    """Why the body could not be read as JSON, in plain words."""

    @classmethod
    def of(cls, response: httpx.Response, capped: CappedBody,
           secrets: tuple[str, ...]) -> Answer:
        """Read *response* and its *capped* body."""
        try:
            text = capped.data.decode(response.charset_encoding or "utf-8", errors="replace")
        except LookupError:  # a charset Python does not know
            text = capped.data.decode("utf-8", errors="replace")
        location = response.headers.get("location")
        made = cls(response.status_code, _shown(response.reason_phrase, secrets, 80),
                   None if location is None else _shown(location, secrets, 300),
                   capped, text, secrets)
        if capped.too_large or capped.unreadable_coding or not text.strip():
            return made
        try:
            parsed = mask_answer(parse_answer(text), secrets)
        except UnreadableAnswer as exc:
            return dataclasses.replace(made, unreadable=str(exc))
        return dataclasses.replace(made, parsed=parsed)

    @property
    def shown_text(self) -> str:
        """The body as the program shows and stores it: masked, first 64 KiB."""
        parsed = None if self.unreadable else self.parsed
        return shown_answer(self.text, parsed, self.secrets)[:RAW_RESPONSE_LIMIT]


def _shown(text: str, secrets: tuple[str, ...], limit: int) -> str:
    """A header value from the server, masked, on one line, cut to *limit* characters."""
    text = printable(mask_text(unquote(text), secrets)).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _read_answer(base: dict[str, Any], answer: Answer, duration: float) -> SendResult:
    status, reason = answer.status, answer.reason
    common = {**base, "http_status": status, "raw_response": answer.shown_text,
              "duration_ms": duration}
    kind: FailureKind
    code: str | None = None
    bad_code: str | None = None
    try:
        code = code_of(answer.parsed)
    except UnreadableAnswer as exc:
        bad_code = str(exc)
    if answer.capped.too_large:
        # "http": an HTTP answer that is not a usable reply, and worth a retry with the
        # same RequestId (eSMS answers 124 if the first one was accepted).
        kind, message = "http", (
            f"eSMS's answer is larger than {ANSWER_MAX_BYTES // 1024} KiB, so the program "
            "stopped reading it; outcome unknown — check the status before sending again.")
    elif answer.capped.unreadable_coding:
        coding = _shown(answer.capped.unreadable_coding, answer.secrets, 40)
        kind, message = "not_json", (f"eSMS's answer is compressed in a way the program "
                                     f"cannot read ({coding}).")
    elif 300 <= status < 400:
        where = answer.location or "no address"
        kind, message = "http", (
            f"eSMS answered HTTP {status} {reason}".rstrip() + f", a redirect to {where}; "
            "the program does not follow redirects: check the endpoint.")
        if code == ACCEPTED:
            message = (f"HTTP {status} (a redirect to {where}) with CodeResult 100: eSMS's "
                       "answer is contradictory; outcome unknown — check the status before "
                       "sending again.")
    elif code == ACCEPTED and not 200 <= status < 300:
        kind, message = "http", (
            f"HTTP {status} with CodeResult 100: eSMS's answer is contradictory; outcome "
            "unknown — check the status before sending again.")
    elif code is not None:
        assert isinstance(answer.parsed, dict)
        return SendResult(
            **common,
            outcome="accepted" if code == ACCEPTED else "rejected",
            code=code,
            meaning=describe_code(code),
            sms_id=answer_text(answer.parsed.get("SMSID"), 100),
            error_message=answer_text(answer.parsed.get("ErrorMessage")),
        )
    elif status >= 400:
        kind, message = "http", f"eSMS answered HTTP {status} {reason}".rstrip() + "."
    elif not answer.text.strip():
        kind, message = "not_json", "eSMS answered with an empty body."
    elif answer.unreadable is not None:
        kind, message = "not_json", answer.unreadable
    elif bad_code is not None:
        kind, message = "no_code", bad_code
    else:
        kind, message = "no_code", "eSMS's answer has no result code (CodeResult)."
    return SendResult(**common, outcome="failed", failure=kind, meaning=message)


_KEY_IN_QUERY = re.compile(r"((?:ApiKey|SecretKey)=)[^&\s\"']*", re.IGNORECASE)


class RedactKeysFilter(logging.Filter):
    """Masks ApiKey/SecretKey query parameters in httpx's own log lines ("HTTP Request: GET
    …GetSendStatus?RefId=…&ApiKey=…"), whoever configures logging."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = _KEY_IN_QUERY.sub(lambda m: m.group(1) + MASK, message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


_REDACT = RedactKeysFilter()


#: What httpcore imports at the first connection (anyio's asyncio backend and streams):
#: about 25 ms that would otherwise hold the window's event loop inside the first send.
_ASYNC_TRANSPORT_MODULES = ("anyio._backends._asyncio", "anyio.streams.tls",
                            "anyio.streams.stapled", "anyio.to_thread")
_preloading: list[threading.Thread] = []


def _preload_async_transport() -> None:
    """Import `_ASYNC_TRANSPORT_MODULES` in a background thread, once per process. Every
    request first awaits `_preloaded` (the loop turns meanwhile): two threads importing one
    package can see it half made."""
    if _preloading:
        return

    def preload() -> None:
        for module in _ASYNC_TRANSPORT_MODULES:
            # Another anyio may name them otherwise: the first request imports what it needs.
            with contextlib.suppress(ImportError):
                importlib.import_module(module)

    thread = threading.Thread(target=preload, name="preload-http", daemon=True)
    _preloading.append(thread)
    thread.start()


async def _preloaded(_request: httpx.Request) -> None:
    """The client's request hook: wait, off the loop, until `_preload_async_transport` is
    done (at once, after the first request)."""
    if _preloading and _preloading[0].is_alive():
        await asyncio.get_running_loop().run_in_executor(None, _preloading[0].join)


def make_http_client(transport: httpx.AsyncBaseTransport | None = None) -> httpx.AsyncClient:
    """The program's one HTTP client: TLS verified, no redirects, a plain User-Agent, only
    the compressions `read_capped` reads. Without a *transport* (tests give one), requests
    follow the environment's proxy settings, except loopback ones, which never use a proxy
    (see `network.RoutingTransport`); making the client never raises for bad settings."""
    for name in ("httpx", "httpcore"):
        if _REDACT not in logging.getLogger(name).filters:
            logging.getLogger(name).addFilter(_REDACT)
    _preload_async_transport()
    return httpx.AsyncClient(
        transport=transport or RoutingTransport(),
        trust_env=False,  # RoutingTransport reads the environment, once and safely
        follow_redirects=False,
        headers={"User-Agent": f"{APP_NAME}/{__version__}", "Accept-Encoding": ACCEPT_ENCODING},
        timeout=httpx_timeout(Timeouts()),
        event_hooks={"request": [_preloaded]},
    )
