"""The sandbox's HTTP side: `Sandbox` (start, stop, base_url, faults, what tests read) and the
standard-library server that answers each request in a daemon thread."""

from __future__ import annotations

import contextlib
import json
import logging
import re
import socket
import socketserver
import struct
import sys
import threading
import time
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, NamedTuple
from urllib.parse import parse_qs, urlsplit

from ..domain.body import mask_secrets
from ..domain.demo import DEMO_BROKEN_ANSWER_USER_ID, DEMO_OAIDS
from ..domain.endpoint import GET_CALLBACK_PATH, LOOPBACK_HOST, SERVICE_PATH
from .faults import JSON_TYPE, Fault, FaultQueue, encode_answer, play_fault
from .followers import DEMO_USER_COUNT
from .rules import (
    DEFAULT_REPORT_DELAY,
    DEMO_BALANCE,
    SEND_ENDPOINT,
    AcceptedMessage,
    FakeEsms,
    Route,
    route_for,
)

logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 1024 * 1024
_QUERY = re.compile(r"\?[^\s'\"]*")


class RecordedRequest(NamedTuple):
    """A request the sandbox received: path without query, and the parsed JSON body (or the
    query's parameters for GET) with secrets masked; None when the body was not JSON."""

    path: str
    body: Any


class Sandbox:
    """The eSMS stand-in: ``Sandbox().start()`` or ``with Sandbox() as sandbox:``.

    The demo account's state lives in a `FakeEsms`, the faults in a `FaultQueue`; the
    recorded requests and open connections are guarded by one lock. The HTTP server answers
    each request in its own daemon thread.
    """

    def __init__(
        self,
        host: str = LOOPBACK_HOST,
        port: int = 0,
        *,
        clock: Callable[[], float] = time.time,
        report_delay: float = DEFAULT_REPORT_DELAY,
        oaids: Mapping[str, str] = DEMO_OAIDS,
        balance: int = DEMO_BALANCE,
        users: int = DEMO_USER_COUNT,
    ) -> None:
        self._address = (host, port)
        self._esms = FakeEsms(clock=clock, report_delay=report_delay, oaids=oaids,
                              balance=balance, users=users)
        self._faults = FaultQueue()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._requests: list[RecordedRequest] = []
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
            host = LOOPBACK_HOST if host == "0.0.0.0" else "::1"
        return f"http://{f'[{host}]' if ':' in host else host}:{self.port}{SERVICE_PATH}"

    @property
    def status_url(self) -> str:
        """``http://127.0.0.1:PORT/ZaloCallback/GetCallback``: GetCallback at its own path."""
        return self.base_url[: -len(SERVICE_PATH)] + GET_CALLBACK_PATH

    # faults

    def inject(self, fault: Fault, times: int | None = 1) -> None:
        """Apply *fault* to the next *times* matching requests (queued after earlier ones),
        or, with ``times=None``, to every matching request until `clear_faults`."""
        self._faults.inject(fault, times)

    def clear_faults(self) -> None:
        """Forget queued faults and the persistent one."""
        self._faults.clear()

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
        return self._esms.messages

    @property
    def balance(self) -> int:
        """The demo account's balance now."""
        return self._esms.balance

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    # answers

    def answer(self, endpoint: str, params: Mapping[str, Any]) -> dict[str, Any]:
        """The JSON answer of *endpoint* to a parsed request (the HTTP layer's core; tests
        override it to watch or bend the answers)."""
        return self._esms.answer(endpoint, params)


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


def _demo_fault(route: Route, params: Mapping[str, Any]) -> Fault | None:
    """The broken answer of the demo recipient `DEMO_BROKEN_ANSWER_USER_ID`: the send is
    accepted and charged, but a proxy's 502 page comes back instead of eSMS's answer."""
    if route.name != SEND_ENDPOINT:
        return None
    payload = params.get("Payload")
    recipient = payload.get("recipient") if isinstance(payload, dict) else None
    user_id = recipient.get("user_id") if isinstance(recipient, dict) else None
    if user_id == DEMO_BROKEN_ANSWER_USER_ID:
        return Fault("http_502_html", process=True)
    return None


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
    """One request; also the `faults.Wire` a fault is played on."""

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
        route = route_for(url.path)
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
            fault = sandbox._faults.take(route.name) or _demo_fault(route, params)
            answer = None
            if fault is None or fault.takes_effect:
                answer = (200, sandbox.answer(route.name, params))

        # Logged before a byte of the answer leaves: a client that has its answer and asks
        # again must find this request's line before its next one.
        self._log(url.path, masked, route, answer, fault)
        if fault is None:
            assert answer is not None
            body = encode_answer(answer[1])
            self.start_answer(answer[0], JSON_TYPE, len(body))
            self.write_body(body)
        else:
            play_fault(self, fault, answer)

    # faults.Wire

    def start_answer(self, status: int, content_type: str, length: int) -> None:
        """Send the status line and the headers."""
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(length))
        self.end_headers()

    def write_body(self, data: bytes) -> None:
        """Send *data* of the body."""
        self.wfile.write(data)

    def wait(self, seconds: float) -> bool:
        """Sleep unless the sandbox is stopping; False when it is."""
        return self.server.sandbox._wait(seconds)

    def reset_connection(self) -> None:
        """Close with a TCP RST (SO_LINGER 0) instead of an orderly FIN."""
        linger = struct.pack("HH" if sys.platform == "win32" else "ii", 1, 0)
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
        self.rfile.close()  # the socket really closes only when its file is closed too
        self.connection.close()

    def _log(
        self, path: str, masked: Any, route: Route | None,
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
