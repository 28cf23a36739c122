"""The eSMS HTTP client: one request, one `SendResult`, every failure in plain words.

The `httpx.AsyncClient` is made once by the caller and passed in (tests give it a
transport). Bodies arrive already built by `domain.body.build_request_body`; this module
only carries them, reads the answer and masks what it keeps.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import socket
import ssl
import time
from datetime import datetime
from typing import Any

import httpx

from .. import APP_NAME, __version__
from ..domain.body import MASK, mask_secrets
from ..domain.codes import ACCEPTED, CODE_FIELDS, describe_code
from ..domain.endpoint import SEND_PATH, Timeouts, endpoint_problem, is_loopback, join_url
from ..domain.result import FailureKind, Outcome, SendResult

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
    """The result code under whichever name this endpoint uses, as text."""
    if isinstance(answer, dict):
        for name in CODE_FIELDS:
            if answer.get(name) not in (None, ""):
                return str(answer[name]).strip()
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


def _redact(text: str, secrets: tuple[str, ...]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, MASK)
    return text


class EsmsClient:
    """Sends request bodies to eSMS (or the sandbox) on a shared `httpx.AsyncClient`."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    async def post(
        self, url: str, body: dict[str, Any], timeouts: Timeouts
    ) -> tuple[httpx.Response, str]:
        """POST *body* as JSON; returns the response and its text (first 64 KiB)."""
        response = await self._http.post(url, json=body, timeout=httpx_timeout(timeouts))
        return response, response.text[:RAW_RESPONSE_LIMIT]

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
                response, text = await self.post(join_url(base_url, SEND_PATH), body, timeouts)
        except TimeoutError:
            return SendResult(**base, outcome="failed", failure="read_timeout",
                              meaning=f"eSMS did not finish its answer within "
                                      f"{timeouts.total:g} s.",
                              duration_ms=(time.perf_counter() - start) * 1000)
        except httpx.HTTPError as exc:
            kind, message = describe_failure(exc, timeouts)
            return SendResult(**base, outcome="failed", failure=kind, meaning=message,
                              duration_ms=(time.perf_counter() - start) * 1000)
        duration = (time.perf_counter() - start) * 1000
        return _read_answer(base, response.status_code, response.reason_phrase,
                            _redact(text, secrets), duration)


def _read_answer(
    base: dict[str, Any], status: int, reason: str, text: str, duration: float
) -> SendResult:
    common = {**base, "http_status": status, "raw_response": text, "duration_ms": duration}
    try:
        answer = json.loads(text) if text.strip() else None
    except ValueError:
        answer = None
    code = read_code(answer)
    if code is None:
        if status >= 400:
            kind: FailureKind = "http"
            message = f"eSMS answered HTTP {status} {reason}".rstrip() + "."
        elif not text.strip():
            kind, message = "not_json", "eSMS answered with an empty body."
        elif answer is None:
            kind, message = "not_json", "eSMS's answer is not JSON (perhaps an HTML page)."
        else:
            kind, message = "no_code", "eSMS's answer has no result code (CodeResult)."
        return SendResult(**common, outcome="failed", failure=kind, meaning=message)
    assert isinstance(answer, dict)
    sms_id = answer.get("SMSID")
    error = answer.get("ErrorMessage")
    return SendResult(
        **common,
        outcome="accepted" if code == ACCEPTED else "rejected",
        code=code,
        meaning=describe_code(code),
        sms_id=str(sms_id) if sms_id not in (None, "") else None,
        error_message=str(error) if error not in (None, "") else None,
    )


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


def make_http_client(transport: httpx.AsyncBaseTransport | None = None) -> httpx.AsyncClient:
    """The program's one HTTP client: TLS verified, no redirects, a plain User-Agent."""
    for name in ("httpx", "httpcore"):
        if _REDACT not in logging.getLogger(name).filters:
            logging.getLogger(name).addFilter(_REDACT)
    return httpx.AsyncClient(
        transport=transport,
        verify=True,
        follow_redirects=False,
        headers={"User-Agent": f"{APP_NAME}/{__version__}"},
        timeout=httpx_timeout(Timeouts()),
    )
