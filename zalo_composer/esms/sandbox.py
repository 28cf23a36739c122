"""A loopback stand-in for eSMS, so the app and the tests can send real HTTP with no account.

Standard library only: `http.server` answering in a background thread. The send endpoint
checks requests with the domain validators, so the sandbox and the composer never disagree
on a limit. Paths live under ``/MainService.svc/json/``; a trailing slash is optional and
names match case-insensitively (as IIS does)::

    POST SendZaloFollowerMessage_V5_post_json/    CodeResult   100 101 103 124 204 210
    POST GetBalance_json/                         CodeResponse 100 101
    GET  GetSendStatus?RefId=&ApiKey=&SecretKey=  CodeResponse 100 101 105 851
    POST QueryZnsStatus/                          CodeResult   100 101 105 118 851
    POST ZNS/GetListZOA/                          CodeResult   100 101

Where the real service's behaviour is unknown, the sandbox chooses:

- A POST body that is not a JSON object (or has no Content-Length, or is over 1 MiB) gets
  **HTTP 400** with the endpoint's code field set to "210" and the reason in ErrorMessage.
  Every eSMS answer is HTTP 200; unknown paths get 404, a wrong method 405 (JSON bodies).
- Answers are HTTP/1.0 with a Content-Length: one request per connection, no keep-alive.
- Only an accepted send records its RequestId (for 24 h of the sandbox clock), so a
  request rejected for its payload can be fixed and sent again under the same id.
- An accepted message is SendStatus 7 (sent, waiting for report) for `report_delay`
  seconds (default 3), then 5 (finished) with one success; one failure (Zalo error -230)
  for `DEMO_INACTIVE_USER_ID`. A future SendDate shows 2 (waiting to send) until then.
  Status queries find messages for 7 days, 105 after that or for an unknown SMSID.
- Each accepted send costs `DEMO_PRICE` of the balance; 103 once it is too low.
- A CallbackUrl is checked and remembered, never called.
- Faults (`Fault`, `Sandbox.inject`) corrupt answers on purpose; see `FaultKind`.
"""

from __future__ import annotations

import argparse
import contextlib
import hmac
import ipaddress
import json
import logging
import math
import re
import signal
import socket
import socketserver
import struct
import sys
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Literal, NamedTuple, get_args
from urllib.parse import parse_qs, urlsplit

from ..domain.body import mask_secrets, message_from_object
from ..domain.errors import DraftError
from ..domain.limits import SEND_DATE_FORMAT
from ..domain.validation import (
    Problem,
    check_request_id,
    check_send_date,
    check_url,
    check_user_id,
    validate_message,
)
from .demo import DEMO_API_KEY, DEMO_OAIDS, DEMO_SECRET_KEY

logger = logging.getLogger(__name__)

__all__ = ["DEMO_API_KEY", "DEMO_OAIDS", "DEMO_SECRET_KEY"]  # from .demo, re-exported

DEMO_BALANCE = 10_000_000
DEMO_PRICE = 200
"""What one accepted message costs the demo balance."""
DEMO_ACCOUNT_USER_ID = 100042
"""The account's UserID in balance answers."""
DEMO_INACTIVE_USER_ID = "1000000000000000230"
"""A follower who never interacted with the OA: sends are accepted, then fail with -230."""

DEFAULT_REPORT_DELAY = 3.0
DEFAULT_CLI_PORT = 8765
BASE_PATH = "/MainService.svc/json/"
REQUEST_ID_WINDOW = 24 * 3600.0
STATUS_WINDOW = 7 * 24 * 3600.0
MAX_BODY_BYTES = 1024 * 1024

SEND_ENDPOINT = "SendZaloFollowerMessage_V5_post_json"
BALANCE_ENDPOINT = "GetBalance_json"
SEND_STATUS_ENDPOINT = "GetSendStatus"
ZNS_STATUS_ENDPOINT = "QueryZnsStatus"
LIST_OA_ENDPOINT = "ZNS/GetListZOA"

_JSON_TYPE = "application/json; charset=utf-8"
_QUERY = re.compile(r"\?[^\s'\"]*")
_LOOPBACK = "127.0.0.1"


class _Route(NamedTuple):
    name: str
    method: str
    code_field: str


_ROUTES = {
    r.name.casefold(): r
    for r in (
        _Route(SEND_ENDPOINT, "POST", "CodeResult"),
        _Route(BALANCE_ENDPOINT, "POST", "CodeResponse"),
        _Route(SEND_STATUS_ENDPOINT, "GET", "CodeResponse"),
        _Route(ZNS_STATUS_ENDPOINT, "POST", "CodeResult"),
        _Route(LIST_OA_ENDPOINT, "POST", "CodeResult"),
    )
}


def _route_for(path: str) -> _Route | None:
    if not path.casefold().startswith(BASE_PATH.casefold()):
        return None
    return _ROUTES.get(path[len(BASE_PATH) :].strip("/").casefold())


# --- faults -------------------------------------------------------------------------------

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
    "http_500": (500, _JSON_TYPE, b'{"Message":"An error has occurred."}'),
    "http_502_html": (
        502,
        "text/html; charset=utf-8",
        b"<html><head><title>502 Bad Gateway</title></head><body><center>"
        b"<h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>",
    ),
    "empty_body": (200, _JSON_TYPE, b""),
    "no_code": (
        200, _JSON_TYPE, b'{"ErrorMessage":"Object reference not set to an instance of an object."}'
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
        if self.endpoint is not None and self.endpoint.strip("/").casefold() not in _ROUTES:
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


# --- state --------------------------------------------------------------------------------


class RecordedRequest(NamedTuple):
    """A request the sandbox received: path without query, and the parsed JSON body (or the
    query's parameters for GET) with secrets masked; None when the body was not JSON."""

    path: str
    body: Any


@dataclass(frozen=True)
class AcceptedMessage:
    """A send the sandbox accepted (CodeResult 100), kept for status queries."""

    sms_id: str
    request_id: str | None
    oaid: str
    user_id: str
    accepted_at: float
    """Sandbox clock (seconds since the epoch) at acceptance."""
    send_at: float | None
    """The SendDate as a timestamp, or None for "now"."""
    price: int
    zalo_msg_id: str
    callback_url: str | None

    @property
    def fails(self) -> bool:
        """True when Zalo refuses the message in the end (the demo inactive follower)."""
        return self.user_id == DEMO_INACTIVE_USER_ID


def _new_sms_id() -> str:
    # The documented sample is 32 hex digits plus "250"; 25 is SmsType of Zalo messages.
    return uuid.uuid4().hex + "250"


def _same(value: object, expected: str) -> bool:
    return isinstance(value, str) and hmac.compare_digest(value.encode(), expected.encode())


def _authorized(params: Mapping[str, Any]) -> bool:
    return _same(params.get("ApiKey"), DEMO_API_KEY) and _same(
        params.get("SecretKey"), DEMO_SECRET_KEY
    )


def _optional_text(params: Mapping[str, Any], key: str, reasons: list[str]) -> str | None:
    value = params.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        reasons.append(f"[{key}] must be text.")
        return None
    return value


def _send_problems(body: Mapping[str, Any], now: float) -> tuple[list[str], str, str | None]:
    """The reasons a send breaks the rules (errors only), the user_id and the RequestId."""
    reasons: list[str] = []
    problems: list[Problem] = []
    payload = body.get("Payload")
    if not isinstance(payload, Mapping):
        payload = {}
        reasons.append("[Payload] is required and must be an object.")
    recipient = payload.get("recipient")
    user_id = recipient.get("user_id", "") if isinstance(recipient, Mapping) else ""
    if isinstance(user_id, str):
        problems += check_user_id("user_id", user_id)
    else:
        reasons.append("[user_id] must be text.")
        user_id = ""
    try:
        problems += validate_message(message_from_object(payload.get("message")))
    except DraftError as exc:
        reasons.append(f"[message] {exc}")
    request_id = _optional_text(body, "RequestId", reasons)
    problems += check_request_id("RequestId", request_id)
    send_date = _optional_text(body, "SendDate", reasons)
    problems += check_send_date("SendDate", send_date, datetime.fromtimestamp(now))
    callback_url = _optional_text(body, "CallbackUrl", reasons)
    if callback_url:
        problems += check_url("CallbackUrl", callback_url)
    reasons += [f"[{p.field}] {p.message}" for p in problems if p.is_error]
    return reasons, user_id.strip(), request_id


class Sandbox:
    """The eSMS stand-in: ``Sandbox().start()`` or ``with Sandbox() as sandbox:``.

    State (balance, accepted messages, RequestIds, faults, recorded requests) is guarded by
    one lock; the HTTP server answers each request in its own daemon thread.
    """

    def __init__(
        self,
        host: str = _LOOPBACK,
        port: int = 0,
        *,
        clock: Callable[[], float] = time.time,
        report_delay: float = DEFAULT_REPORT_DELAY,
        oaids: Mapping[str, str] = DEMO_OAIDS,
        balance: int = DEMO_BALANCE,
    ) -> None:
        self._address = (host, port)
        self._clock = clock
        self._report_delay = report_delay
        self._oaids = dict(oaids)
        self._balance = balance
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._messages: dict[str, AcceptedMessage] = {}
        self._request_ids: dict[str, float] = {}
        self._requests: list[RecordedRequest] = []
        self._faults: list[_QueuedFault] = []
        self._persistent_fault: Fault | None = None
        self._connections: set[socket.socket] = set()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # lifecycle

    def start(self) -> Sandbox:
        """Bind and serve in a daemon thread; returns self. A sandbox starts once."""
        if self._server is not None or self._stopping.is_set():
            raise RuntimeError("this sandbox was already started")
        self._server = _Server(self._address, self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
            name=f"esms-sandbox-{self.port}", daemon=True,
        )
        self._thread.start()
        logger.info("eSMS sandbox listening at %s", self.base_url)
        return self

    def stop(self) -> None:
        """Stop serving and close every socket; answers still waiting on a fault are dropped."""
        server, thread = self._server, self._thread
        if server is None or thread is None or self._stopping.is_set():
            return
        self._stopping.set()
        server.shutdown()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:  # a client that sends nothing must not hold us up
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        server.server_close()  # also waits for the request threads
        thread.join()
        logger.info("eSMS sandbox at %s stopped", self.base_url)

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        """True between `start` and `stop`."""
        return self._server is not None and not self._stopping.is_set()

    @property
    def port(self) -> int:
        """The bound port (the free one chosen when port 0 was asked)."""
        if self._server is None:
            raise RuntimeError("the sandbox has not been started")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT/MainService.svc/json/``; endpoint names are appended."""
        if self._server is None:
            raise RuntimeError("the sandbox has not been started")
        host = str(self._server.server_address[0])
        if host in ("0.0.0.0", "::"):  # a wildcard is reached through loopback from here
            host = _LOOPBACK if host == "0.0.0.0" else "::1"
        return f"http://{f'[{host}]' if ':' in host else host}:{self.port}{BASE_PATH}"

    # faults

    def inject(self, fault: Fault, times: int | None = 1) -> None:
        """Apply *fault* to the next *times* matching requests (queued after earlier ones),
        or, with ``times=None``, to every matching request until `clear_faults`."""
        with self._lock:
            if times is None:
                self._persistent_fault = fault
            elif times >= 1:
                self._faults.append(_QueuedFault(fault, times))
            else:
                raise ValueError("times must be at least 1, or None for every request")

    def clear_faults(self) -> None:
        """Forget queued faults and the persistent one."""
        with self._lock:
            self._faults.clear()
            self._persistent_fault = None

    def _take_fault(self, endpoint: str) -> Fault | None:
        with self._lock:
            for index, queued in enumerate(self._faults):
                if queued.fault.applies_to(endpoint):
                    queued.remaining -= 1
                    if queued.remaining == 0:
                        del self._faults[index]
                    return queued.fault
            fault = self._persistent_fault
            return fault if fault is not None and fault.applies_to(endpoint) else None

    def _wait(self, seconds: float) -> bool:
        """Sleep unless stopping; False when the sandbox is stopping."""
        if seconds > 0:
            self._stopping.wait(seconds)
        return not self._stopping.is_set()

    # what tests read

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, secrets masked."""
        with self._lock:
            return list(self._requests)

    @property
    def messages(self) -> list[AcceptedMessage]:
        """Every accepted send, oldest first."""
        with self._lock:
            return list(self._messages.values())

    @property
    def balance(self) -> int:
        """The demo account's balance now."""
        with self._lock:
            return self._balance

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    # answers

    def answer(self, endpoint: str, params: Mapping[str, Any]) -> dict[str, Any]:
        """The JSON answer of *endpoint* to a parsed request (the HTTP layer's core)."""
        route = _ROUTES[endpoint.strip("/").casefold()]
        if not _authorized(params):
            extra = {"CountRegenerate": 0} if route.name == SEND_ENDPOINT else {}
            return {route.code_field: "101", **extra, "ErrorMessage": "Authorize Failed"}
        handlers: dict[str, Callable[[Mapping[str, Any]], dict[str, Any]]] = {
            SEND_ENDPOINT: self._send,
            BALANCE_ENDPOINT: self._get_balance,
            SEND_STATUS_ENDPOINT: self._send_status,
            ZNS_STATUS_ENDPOINT: self._zns_status,
            LIST_OA_ENDPOINT: self._list_oa,
        }
        return handlers[route.name](params)

    def _send(self, body: Mapping[str, Any]) -> dict[str, Any]:
        def refuse(code: str, message: str) -> dict[str, Any]:
            return {"CodeResult": code, "CountRegenerate": 0, "ErrorMessage": message}

        oaid = body.get("OAID")
        if not isinstance(oaid, str) or oaid not in self._oaids:
            return refuse("204", f"OAID {oaid!r} does not exist for this account.")
        now = self._clock()
        reasons, user_id, request_id = _send_problems(body, now)
        if reasons:
            return refuse("210", " ".join(reasons))
        send_date = body.get("SendDate")
        send_at = datetime.strptime(send_date, SEND_DATE_FORMAT).timestamp() if send_date else None
        callback_url = body.get("CallbackUrl") or None
        with self._lock:
            for old_id, used_at in list(self._request_ids.items()):
                if now - used_at >= REQUEST_ID_WINDOW:
                    del self._request_ids[old_id]
            if request_id is not None and request_id in self._request_ids:
                return refuse("124", f"RequestId {request_id} was already used in the last 24 h.")
            if self._balance < DEMO_PRICE:
                return refuse("103", "Balance too low.")
            message = AcceptedMessage(
                sms_id=_new_sms_id(), request_id=request_id, oaid=oaid, user_id=user_id,
                accepted_at=now, send_at=send_at, price=DEMO_PRICE,
                zalo_msg_id=uuid.uuid4().hex, callback_url=callback_url,
            )
            self._messages[message.sms_id] = message
            if request_id is not None:
                self._request_ids[request_id] = now
            self._balance -= DEMO_PRICE
        return {"CodeResult": "100", "CountRegenerate": 0, "SMSID": message.sms_id}

    def _get_balance(self, _body: Mapping[str, Any]) -> dict[str, Any]:
        return {"Balance": self.balance, "CodeResponse": "100", "UserID": DEMO_ACCOUNT_USER_ID}

    def _list_oa(self, _body: Mapping[str, Any]) -> dict[str, Any]:
        oas = [{"OAID": oaid, "OAName": name} for oaid, name in self._oaids.items()]
        return {"CodeResult": "100", "ZOAList": oas}

    def _find(self, sms_id: object) -> tuple[AcceptedMessage | None, float]:
        now = self._clock()
        with self._lock:
            message = self._messages.get(sms_id) if isinstance(sms_id, str) else None
        if message is not None and now - message.accepted_at > STATUS_WINDOW:
            message = None
        return message, now

    def _status(self, message: AcceptedMessage, now: float) -> int:
        due = max(message.send_at or message.accepted_at, message.accepted_at)
        if now < due:
            return 2
        return 7 if now < due + self._report_delay else 5

    def _send_status(self, query: Mapping[str, Any]) -> dict[str, Any]:
        sms_id = query.get("RefId")
        if not sms_id:
            return {"CodeResponse": "851", "ErrorMessage": "RefId (the SMSID) is missing."}
        message, now = self._find(sms_id)
        if message is None:
            return {"CodeResponse": "105", "SMSID": sms_id, "ErrorMessage": "SMSID not found."}
        status = self._status(message, now)
        done = status == 5
        return {
            "CodeResponse": "100",
            "SMSID": message.sms_id,
            "SendFailed": int(done and message.fails),
            "SendStatus": status,
            "SendSuccess": int(done and not message.fails),
            "TotalPrice": message.price,
            "TotalReceiver": 1,
            "TotalSent": int(status in (5, 7)),
        }

    def _zns_status(self, body: Mapping[str, Any]) -> dict[str, Any]:
        sms_id = body.get("SmsId")
        if not sms_id:
            return {"CodeResult": "851", "ErrorMessage": "SmsId is missing."}
        if str(body.get("SmsType")) != "25":
            return {"CodeResult": "118", "ErrorMessage": "SmsType must be 25 (Zalo message)."}
        message, now = self._find(sms_id)
        if message is None:
            return {"CodeResult": "105", "ErrorMessage": "SmsId not found."}
        status = self._status(message, now)
        # FinalStatus: 0 not final yet, 1 delivered, 2 failed (a sandbox convention).
        final, info, zalo_id = 0, "", ""
        if status in (5, 7):
            zalo_id = message.zalo_msg_id
        if status == 5 and message.fails:
            final, zalo_id = 2, ""
            info = json.dumps({"error": -230, "message": "User has not interacted with the OA "
                               "in the last 7 days"})
        elif status == 5:
            final = 1
            info = json.dumps({"data": {"message_id": zalo_id, "user_id": message.user_id},
                               "error": 0, "message": "Success"})
        data = {"ErrorInfo": info, "FinalStatus": final, "SendStatus": status, "ZaloMsgId": zalo_id}
        return {"CodeResult": "100", "Data": data}


# --- HTTP -----------------------------------------------------------------------------------


def _parse_json_object(raw: bytes) -> tuple[dict[str, Any] | None, str]:
    """The body as a JSON object, or None and the reason it is not one."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, "The request body is not UTF-8 text."
    if not text.strip():
        return None, "The request body is empty; a JSON object is expected."
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, f"The request body is not JSON ({exc.msg} at line {exc.lineno}, " \
                     f"column {exc.colno})."
    except RecursionError:
        return None, "The request body is nested too deeply."
    if not isinstance(value, dict):
        return None, "The request body is JSON, but not an object."
    try:
        # An escaped lone surrogate ("\ud800") is no text: refuse it as eSMS would refuse
        # garbage, rather than crash while counting it.
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return None, "The request body holds an invalid character (a lone surrogate)."
    return value, ""


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a stuck client never keeps the process alive…
    block_on_close = True  # …but stop() waits for answers in flight (their waits end at stop)

    def __init__(self, address: tuple[str, int], sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind asks DNS for the host's name; the sandbox needs none.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), self.server_address[1]

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hangs up is routine; anything else is a sandbox bug worth seeing.
        level = logging.DEBUG if isinstance(sys.exc_info()[1], OSError) else logging.WARNING
        logger.log(level, "sandbox: error while answering %s", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "zalo-composer-sandbox"
    sys_version = ""
    timeout = 30.0  # a client that opens a connection and sends nothing is let go
    disable_nagle_algorithm = True  # a trickle must leave byte by byte

    def setup(self) -> None:
        super().setup()
        with self.server.sandbox._lock:
            self.server.sandbox._connections.add(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            with self.server.sandbox._lock:
                self.server.sandbox._connections.discard(self.connection)

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass  # _log writes the one line per request, masked; the request line holds secrets

    def log_message(self, format: str, *args: Any) -> None:
        # Errors only (log_request is silent); a query string may hold the keys, so cut it.
        logger.debug("sandbox http: %s", _QUERY.sub("?…", format % args))

    def _read_body(self) -> bytes | None:
        """The request body; None when it cannot be read (no length or too large)."""
        length_header = self.headers.get("Content-Length")
        if length_header is None:
            return None if self.headers.get("Transfer-Encoding") else b""
        try:
            length = int(length_header)
        except ValueError:
            return None
        if not 0 <= length <= MAX_BODY_BYTES:
            return None
        return self.rfile.read(length)

    def _handle(self) -> None:
        sandbox = self.server.sandbox
        url = urlsplit(self.path)
        route = _route_for(url.path)
        raw = self._read_body()
        params: dict[str, Any] | None = None
        bad_body = ""
        if self.command == "GET":
            params = {k: v[0] for k, v in parse_qs(url.query).items()}
        elif raw is None:
            bad_body = "The request body needs a Content-Length of at most 1 MiB."
        else:
            params, bad_body = _parse_json_object(raw)
        masked = mask_secrets(params) if params is not None else None
        sandbox._record(RecordedRequest(url.path, masked))

        fault: Fault | None = None
        answer: tuple[int, dict[str, Any]] | None
        if route is None:
            answer = (404, {"ErrorMessage": f"The sandbox has no endpoint at {url.path}."})
        elif self.command != route.method:
            answer = (405, {"ErrorMessage": f"{route.name} takes {route.method} requests."})
        elif params is None:
            answer = (400, {route.code_field: "210", "ErrorMessage": bad_body})
        else:
            fault = sandbox._take_fault(route.name)
            answer = None
            if fault is None or fault.takes_effect:
                answer = (200, sandbox.answer(route.name, params))

        if fault is None:
            assert answer is not None
            self._write(answer)
        else:
            self._write_fault(fault, answer)
        self._log(url.path, masked, route, answer, fault)

    def _start(self, status: int, content_type: str, length: int) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(length))
        self.end_headers()

    def _write(self, answer: tuple[int, dict[str, Any]]) -> None:
        body = json.dumps(answer[1], ensure_ascii=False).encode()
        self._start(answer[0], _JSON_TYPE, len(body))
        self.wfile.write(body)

    def _write_fault(self, fault: Fault, answer: tuple[int, dict[str, Any]] | None) -> None:
        sandbox = self.server.sandbox
        if fault.kind != "trickle" and not sandbox._wait(fault.seconds):
            return  # stopping: the connection is dropped
        if fault.kind in _CANNED:
            status, content_type, canned = _CANNED[fault.kind]
            self._start(status, content_type, len(canned))
            self.wfile.write(canned)
            return
        if fault.kind == "drop":
            return  # the server closes the connection without a byte of answer
        assert answer is not None
        if fault.kind == "delay":
            self._write(answer)
            return
        body = json.dumps(answer[1], ensure_ascii=False).encode()
        if fault.kind == "malformed_json":
            self._start(answer[0], _JSON_TYPE, len(body) // 2)
            self.wfile.write(body[: len(body) // 2])
        elif fault.kind == "reset":
            self._start(answer[0], _JSON_TYPE, len(body))
            self.wfile.write(body[: len(body) // 2])
            self._reset_connection()
        elif fault.kind == "trickle":
            self._start(answer[0], _JSON_TYPE, len(body))
            pause = fault.seconds / max(len(body), 1)
            for index in range(len(body)):
                if index and not sandbox._wait(pause):
                    return
                self.wfile.write(body[index : index + 1])

    def _reset_connection(self) -> None:
        """Close with a TCP RST (SO_LINGER 0) instead of an orderly FIN."""
        linger = struct.pack("HH" if sys.platform == "win32" else "ii", 1, 0)
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
        self.rfile.close()  # the socket really closes only when its file is closed too
        self.connection.close()

    def _log(
        self, path: str, masked: Any, route: _Route | None,
        answer: tuple[int, dict[str, Any]] | None, fault: Fault | None,
    ) -> None:
        if fault is not None:
            effect = "processed" if fault.takes_effect else "not processed"
            outcome = f"fault {fault.kind} ({effect})"
        elif answer is not None:
            code_field = route.code_field if route else "CodeResult"
            outcome = f"HTTP {answer[0]} {code_field}={answer[1].get(code_field, '-')}"
        else:  # pragma: no cover - every path without a fault has an answer
            outcome = "no answer"
        shown = "" if masked is None else json.dumps(masked, ensure_ascii=False)
        if len(shown) > 200:
            shown = shown[:199] + "…"
        logger.info("%s %s -> %s %s", self.command, path, outcome, shown)


# --- command line ---------------------------------------------------------------------------


def _fault_spec(spec: str) -> Fault:
    """``KIND`` or ``KIND:SECONDS`` as a Fault (argparse type)."""
    kind, _, seconds = spec.partition(":")
    try:
        return Fault(kind, float(seconds) if seconds else 0.0)  # type: ignore[arg-type]
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _is_loopback(host: str) -> bool:
    if host.casefold() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zalo-composer sandbox",
        description="Run the eSMS sandbox (a local stand-in for eSMS) until Ctrl+C.",
    )
    parser.add_argument("--host", default=None,
                        help=f"address to listen on (default {_LOOPBACK}; anything else only "
                             "when given here)")
    parser.add_argument("--port", type=int, default=DEFAULT_CLI_PORT,
                        help=f"port (default {DEFAULT_CLI_PORT}; 0 picks a free one)")
    parser.add_argument("--report-delay", type=float, default=DEFAULT_REPORT_DELAY,
                        metavar="SECONDS",
                        help="seconds an accepted message waits for its report (status 7 → 5)")
    parser.add_argument("--fault", type=_fault_spec, action="append", default=[],
                        metavar="KIND[:SECONDS]",
                        help="fault for the next request; repeat for the ones after. "
                             f"Kinds: {', '.join(FAULT_KINDS)}")
    parser.add_argument("--fault-always", type=_fault_spec, metavar="KIND[:SECONDS]",
                        help="fault for every request")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """``zalo-composer sandbox``: serve in the foreground until Ctrl+C; the exit status."""
    args = _parser().parse_args(argv)
    host = args.host or _LOOPBACK
    sandbox = Sandbox(host, args.port, report_delay=args.report_delay)
    for fault in args.fault:
        sandbox.inject(fault)
    if args.fault_always:
        sandbox.inject(args.fault_always, times=None)

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
    saved = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    try:
        try:
            sandbox.start()
        except OSError as exc:
            print(f"zalo-composer sandbox: cannot listen on {host}:{args.port}: "
                  f"{exc.strerror or exc}", file=sys.stderr)
            return 1
        _print_banner(sandbox, host)
        in_main_thread = threading.current_thread() is threading.main_thread()
        if in_main_thread:  # `kill` stops it as cleanly as Ctrl+C
            previous = signal.signal(signal.SIGTERM, _interrupt)
        try:
            while True:
                time.sleep(0.5)
        except KeyboardInterrupt:
            print("Stopping the sandbox.", flush=True)
        finally:
            sandbox.stop()
            if in_main_thread:
                signal.signal(signal.SIGTERM, previous)
        return 0
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _print_banner(sandbox: Sandbox, host: str) -> None:
    oaids = ", ".join(f"{oaid} ({name})" for oaid, name in DEMO_OAIDS.items())
    lines = [
        "eSMS sandbox: a local stand-in for eSMS; nothing is delivered to Zalo.",
        f"Base URL:   {sandbox.base_url}",
        f"ApiKey:     {DEMO_API_KEY}   (demo values, not secrets)",
        f"SecretKey:  {DEMO_SECRET_KEY}",
        f"OAID:       {oaids}",
        "Press Ctrl+C to stop.",
    ]
    if not _is_loopback(host):
        lines.insert(1, f"Warning: listening on {host}: other machines can reach the sandbox.")
    print("\n".join(lines), flush=True)


if __name__ == "__main__":
    sys.exit(main())
