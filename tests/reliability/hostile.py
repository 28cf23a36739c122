"""A hostile stand-in for eSMS on 127.0.0.1: each answer is an attack on the client that
reads it (endless chunked body, a huge body, a gzip bomb, JSON nested 30,000 deep, keys
echoed back escaped, terminal escapes, a redirect, contradictory status and code, odd code
forms). The attack is chosen by the first segment of the URL path, so one server serves
them all and the CLI can be aimed at one with ``--endpoint http://127.0.0.1:PORT/<attack>/``.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import json
import threading
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

#: Keys with the characters .NET escapes (``/`` as ``\\/``), and with a plus.
API_KEY = "AK/hostile+7f3e/9b1c5d2a"
SECRET_KEY = "SK/hostile+2a8d/4f6e0b91"
CHUNK = b"x" * 65536
DEEP = 30_000
HUGE_BYTES = 200 * 1024 * 1024
BOMB_BYTES = 1024 * 1024 * 1024
ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b[31mred\u202e"


@functools.cache
def gzip_bomb() -> bytes:
    """1 GiB of zeros, gzipped (about 1 MiB); made once per test session."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = bytes(1024 * 1024)
    parts = [packer.compress(block) for _ in range(BOMB_BYTES // len(block))]
    parts.append(packer.flush())
    return b"".join(parts)


def _json(handler: BaseHTTPRequestHandler, status: int, body: bytes | str,
          headers: dict[str, str] | None = None) -> None:
    data = body.encode() if isinstance(body, str) else body
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json; charset=utf-8")
    handler.send_header("Content-Length", str(len(data)))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(data)


def _endless(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Transfer-Encoding", "chunked")
    handler.end_headers()
    handler.wfile.write(b'6\r\n{"a":"\r\n')
    frame = b"%x\r\n" % len(CHUNK) + CHUNK + b"\r\n"
    while True:  # until the client hangs up (BrokenPipeError ends the handler)
        handler.wfile.write(frame)


def _huge(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(HUGE_BYTES))
    handler.end_headers()
    head = b'{"CodeResult":"100","pad":"'
    handler.wfile.write(head)
    sent = len(head)
    while sent < HUGE_BYTES:
        handler.wfile.write(CHUNK)
        sent += len(CHUNK)


def _bomb(handler: BaseHTTPRequestHandler, encoding: str = "gzip") -> None:
    data = gzip_bomb()
    if encoding == "gzip, gzip":
        data = gzip.compress(data)
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Encoding", encoding)
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


def _echo_escaped(handler: BaseHTTPRequestHandler, status: int = 200) -> None:
    # What a .NET service writes: "/" as "\/"; the second key fully \u-escaped.
    said = f"Authorize Failed for {API_KEY}".replace("/", "\\/")
    unicode_key = "".join(f"\\u{ord(c):04x}" for c in SECRET_KEY)
    _json(handler, status, '{"CodeResult":"101","CountRegenerate":0,'
          f'"ErrorMessage":"{said} \\/ {unicode_key}","UserID":"{said}",'
          f'"Echo":{{"k":"{said}"}}}}')


ATTACKS: dict[str, Callable[[BaseHTTPRequestHandler], None]] = {
    "endless": _endless,
    "huge": _huge,
    "bomb": _bomb,
    "bomb2": lambda h: _bomb(h, "gzip, gzip"),
    "deep": lambda h: _json(h, 200, '{"CodeResult":"100","x":' + "[" * DEEP + "]" * DEEP
                            + "}"),
    "echo": _echo_escaped,
    "echo_invalid": lambda h: _json(h, 200, '{"ErrorMessage":"'
                                    + API_KEY.replace("/", "\\/") + '", oops'),
    "escapes": lambda h: _json(h, 200, json.dumps(
        {"CodeResult": "101", "ErrorMessage": ESCAPES + " Authorize Failed"})),
    "redirect": lambda h: _json(h, 302, b"", {"Location": "https://elsewhere.example/x"}),
    "redirect100": lambda h: _json(h, 301, '{"CodeResult":"100","SMSID":"r1"}',
                                   {"Location": "https://elsewhere.example/y"}),
    "500with100": lambda h: _json(h, 500, '{"CodeResult":"100","SMSID":"s500"}'),
    "float100": lambda h: _json(h, 200, '{"CodeResult":100.0,"SMSID":"f1"}'),
    "int100": lambda h: _json(h, 200, '{"CodeResult":100,"SMSID":"i1"}'),
    "text_float100": lambda h: _json(h, 200, '{"CodeResult":" 100.0 ","SMSID":"p1"}'),
    "list100": lambda h: _json(h, 200, '{"CodeResult":["100"],"SMSID":"l1"}'),
    "object100": lambda h: _json(h, 200, '{"CodeResult":{"v":"100"}}'),
    "big_valid": lambda h: _json(h, 200, json.dumps(
        {"CodeResult": "100", "SMSID": "big1", "Pad": "x" * 70_000})),
}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    requests: list[dict[str, Any]]

    def _attack(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.requests.append({"path": self.path, "body": body})
        name = self.path.strip("/").split("/")[0].split("?")[0]
        self.close_connection = True
        # The client hanging up mid-answer is the point of most attacks.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            ATTACKS[name](self)

    do_POST = do_GET = _attack

    def log_message(self, *args: Any) -> None:
        pass


@contextlib.contextmanager
def hostile_server() -> Iterator[tuple[Callable[[str], str], list[dict[str, Any]]]]:
    """Yields a function giving the base URL of one attack, and the requests received."""
    requests: list[dict[str, Any]] = []
    handler = type("Handler", (_Handler,), {"requests": requests})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, name="hostile-server", daemon=True)
    thread.start()
    try:
        yield (lambda attack: f"http://127.0.0.1:{httpd.server_port}/{attack}/"), requests
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def main() -> None:
    """Run the server in the foreground (for trying attacks by hand): prints its port."""
    with hostile_server() as (url, _):
        print(url("ATTACK"), flush=True)
        threading.Event().wait()


if __name__ == "__main__":
    main()
