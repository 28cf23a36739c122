"""The eSMS client: every kind of answer and failure becomes a SendResult in plain words.

Real sockets on loopback for refused, DNS, TLS and timeouts; httpx.MockTransport only for
answers that are awkward to produce on a socket.
"""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.helpers import in_own_thread
from zalo_composer.domain.body import MASK, build_request_body
from zalo_composer.domain.model import Account, Message, PhoneButton
from zalo_composer.esms.client import (
    EsmsClient,
    SendResult,
    Timeouts,
    endpoint_problem,
    is_loopback,
    make_http_client,
    read_code,
)

API_KEY, SECRET_KEY = "AK-client-test-7c1d", "SK-client-test-b2e9"
BODY = build_request_body(
    Message("Xin chào", (PhoneButton("Gọi", "0901888484"),)),
    account=Account("123", API_KEY, SECRET_KEY),
    recipient="5551234",
    request_id="rid-1",
)


SHORT = Timeouts(2, 2)


def send(base_url: str, *, transport: httpx.AsyncBaseTransport | None = None,
         timeouts: Timeouts = SHORT) -> SendResult:
    async def go() -> SendResult:
        async with make_http_client(transport) as http:
            return await EsmsClient(http).send(base_url, BODY, timeouts=timeouts)

    return in_own_thread(asyncio.run, go())


def mock(
    status: int, content: bytes, content_type: str = "application/json"
) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path.endswith("/SendZaloFollowerMessage_V5_post_json/")
        assert json.loads(request.content) == BODY
        return httpx.Response(status, content=content, headers={"content-type": content_type})

    return httpx.MockTransport(handler)


BASE = "https://rest.esms.example/MainService.svc/json/"


@pytest.mark.parametrize(
    ("status", "content", "outcome", "summary", "failure"),
    [
        (200, b'{"CodeResult":"100","CountRegenerate":0,"SMSID":"abc"}', "accepted",
         "100 — accepted by eSMS", None),
        (200, b'{"CodeResult":"101","CountRegenerate":0,"ErrorMessage":"Authorize Failed"}',
         "rejected", "101 — wrong ApiKey or SecretKey", None),
        (200, b'{"CodeResult":555}', "rejected", "555 — unknown code 555", None),
        (200, b'{"CodeResponse":"100"}', "accepted", "100 — accepted by eSMS", None),
        (500, b"<html>oops</html>", "failed", "eSMS answered HTTP 500 Internal Server Error.",
         "http"),
        (200, b"<html>maintenance</html>", "failed", "not JSON", "not_json"),
        (200, b'{"CodeResult": "10', "failed", "not JSON", "not_json"),
        (200, b"", "failed", "empty body", "not_json"),
        (200, b'{"Hello": 1}', "failed", "no result code", "no_code"),
        (200, b'[1, 2]', "failed", "no result code", "no_code"),
    ],
)
def test_answers_become_plain_results(status: int, content: bytes, outcome: str, summary: str,
                                      failure: str | None) -> None:
    result = send(BASE, transport=mock(status, content))
    assert result.outcome == outcome
    assert summary in result.summary
    assert result.failure == failure
    assert result.http_status == status
    assert result.recipient == "5551234" and result.request_id == "rid-1"


def test_a_100_is_accepted_not_delivered_and_keeps_sms_id() -> None:
    result = send(BASE, transport=mock(200, b'{"CodeResult":"100","SMSID":"d8e0"}'))
    assert result.sms_id == "d8e0"
    assert "deliver" not in result.summary.lower()


def test_secrets_are_masked_in_what_the_result_keeps() -> None:
    echo = json.dumps({"CodeResult": "210", "ErrorMessage": f"bad key {API_KEY} {SECRET_KEY}"})
    result = send(BASE, transport=mock(200, echo.encode()))
    kept = json.dumps(result.request_body) + result.raw_response + repr(result)
    assert API_KEY not in kept and SECRET_KEY not in kept
    assert result.request_body["ApiKey"] == MASK


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://rest.esms.vn/MainService.svc/json/", "plain http://"),
        ("http://10.0.0.5/x/", "plain http://"),
        ("ftp://rest.esms.vn/", "https://"),
        ("not a url", "https://"),
        ("https://rest.esms.vn/MainService.svc/json/", None),
        ("http://127.0.0.1:8080/x/", None),
        ("http://127.9.9.9/x/", None),
        ("http://localhost/x/", None),
        ("http://[::1]:80/x/", None),
    ],
)
def test_plain_http_is_allowed_only_on_loopback(url: str, problem: str | None) -> None:
    found = endpoint_problem(url)
    assert (found is None) if problem is None else (problem in (found or ""))


def test_plain_http_to_another_host_is_refused_before_any_connection() -> None:
    calls: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: calls.append(r) or httpx.Response(200))  # type: ignore[func-returns-value]
    result = send("http://rest.esms.vn/MainService.svc/json/", transport=transport)
    assert result.outcome == "failed" and result.failure == "endpoint"
    assert calls == []


def test_is_loopback() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("LOCALHOST") and is_loopback("::1")
    assert not is_loopback("rest.esms.vn") and not is_loopback("192.168.1.1")


def test_read_code_accepts_every_field_name() -> None:
    assert read_code({"CodeResult": "100"}) == "100"
    assert read_code({"CodeResponse": "101"}) == "101"
    assert read_code({"Code": 105}) == "105"
    assert read_code({"Other": 1}) is None
    assert read_code("100") is None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_refused_connection_on_a_closed_port() -> None:
    result = send(f"http://127.0.0.1:{free_port()}/MainService.svc/json/")
    assert result.failure == "refused"
    assert "refused" in result.meaning


def test_dns_failure_on_an_invalid_host() -> None:
    result = send("https://no-such-host.invalid/MainService.svc/json/")
    assert result.failure == "dns"
    assert "could not be found" in result.meaning


@pytest.fixture
def server() -> Iterator[Callable[[Callable[[BaseHTTPRequestHandler], None]], str]]:
    servers: list[ThreadingHTTPServer] = []

    def start(behaviour: Callable[[BaseHTTPRequestHandler], None]) -> str:
        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers["Content-Length"]))
                behaviour(self)

            def log_message(self, *args: Any) -> None:
                pass

        httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        httpd.daemon_threads = True
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
        return f"http://127.0.0.1:{httpd.server_port}/MainService.svc/json/"

    yield start
    for httpd in servers:
        httpd.shutdown()
        httpd.server_close()


def test_read_timeout_on_a_silent_server(server) -> None:  # type: ignore[no-untyped-def]
    stop = threading.Event()
    url = server(lambda handler: stop.wait(5))
    result = send(url, timeouts=Timeouts(connect=2, read=0.3))
    stop.set()
    assert result.failure == "read_timeout"
    assert "within 0.3 s" in result.meaning


def test_connection_closed_mid_answer_is_a_reset(server) -> None:  # type: ignore[no-untyped-def]
    def half_answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", "100")
        handler.end_headers()
        handler.wfile.write(b'{"CodeResult":')
        handler.wfile.flush()
        handler.connection.shutdown(socket.SHUT_RDWR)

    result = send(server(half_answer))
    assert result.failure == "reset"
    assert "closed before" in result.meaning


def test_tls_failure_against_a_self_signed_server(tmp_path: Path) -> None:
    import ssl

    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    made = subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        capture_output=True, check=False,
    )
    if made.returncode != 0:
        pytest.skip("openssl could not make a self-signed certificate here")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def accept() -> None:
        conn, _ = listener.accept()
        try:
            with context.wrap_socket(conn, server_side=True):
                pass
        except (ssl.SSLError, OSError):
            pass

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        result = send(f"https://127.0.0.1:{port}/MainService.svc/json/")
    finally:
        thread.join(5)
        listener.close()
    assert result.failure == "tls"
    assert "secure connection failed" in result.meaning


_FIRST_REQUEST_WHILE_PRELOADING = """
import asyncio, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

class Answer(BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Answer)
threading.Thread(target=server.serve_forever, daemon=True).start()
from zalo_composer.esms.client import make_http_client

async def main():
    async with make_http_client() as http:  # starts importing the transport in a thread
        answers = await asyncio.gather(*(
            http.post(f"http://127.0.0.1:{server.server_port}/", json={"n": n})
            for n in range(5)))  # at once, while that import may still run
    print([a.status_code for a in answers], "anyio._backends._asyncio" in sys.modules)

asyncio.run(main())
"""


def test_the_first_requests_wait_for_the_transport_imported_in_the_background() -> None:
    import subprocess
    import sys

    # GIVEN a fresh interpreter (nothing of anyio's transport imported yet)
    # WHEN the program's client is made and five requests go out at once
    done = subprocess.run([sys.executable, "-c", _FIRST_REQUEST_WHILE_PRELOADING],
                          capture_output=True, text=True, timeout=60, check=False)
    # THEN every one is answered, with no half-imported module in the way
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[200, 200, 200, 200, 200] True"
