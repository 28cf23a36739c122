"""Misbehaving loopback servers for the fault matrix: one whose accept queue is full (so a
connection attempt times out), a closed port (refused), and a self-signed HTTPS server
(TLS fails). Only loopback addresses, never the network."""

from __future__ import annotations

import contextlib
import select
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

PATH = "/MainService.svc/json/"


def closed_port_url() -> str:
    """A loopback URL on a port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}{PATH}"


def _connects(client: socket.socket, wait: float) -> bool:
    """True when a non-blocking connect completes within *wait* seconds."""
    _, writable, _ = select.select([], [client], [], wait)
    return bool(writable) and client.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0


@contextlib.contextmanager
def unaccepting_server() -> Iterator[str | None]:
    """A listening socket that never accepts, its backlog (listen(0)) filled by our own
    connections, so the next connection attempt hangs in SYN until the client gives up.
    Yields its URL, or None when the kernel kept completing connections anyway."""
    listener = socket.socket()
    fillers: list[socket.socket] = []
    try:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        port = listener.getsockname()[1]
        url: str | None = None
        for _ in range(16):
            filler = socket.socket()
            filler.setblocking(False)
            fillers.append(filler)
            filler.connect_ex(("127.0.0.1", port))
            if not _connects(filler, 0.3):
                url = f"http://127.0.0.1:{port}{PATH}"  # this one is stuck in SYN: full
                break
        yield url
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


def self_signed_certificate(folder: Path) -> tuple[Path, Path] | None:
    """A certificate and key for 127.0.0.1 made by openssl, or None without openssl."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    try:
        made = subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
             "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
            capture_output=True, check=False, timeout=60,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return (cert, key) if made.returncode == 0 else None


@contextlib.contextmanager
def tls_server(cert: Path, key: Path) -> Iterator[str]:
    """An HTTPS server on loopback with a self-signed certificate: every handshake from a
    verifying client fails. Yields its https:// URL."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)
    port = listener.getsockname()[1]
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except (TimeoutError, OSError):
                continue
            with conn:
                conn.settimeout(5)
                try:
                    with context.wrap_socket(conn, server_side=True) as tls:
                        tls.recv(1)
                except (ssl.SSLError, OSError):
                    pass  # the client refused our certificate: the point of this server

    thread = threading.Thread(target=serve, name="tls-fault-server", daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{port}{PATH}"
    finally:
        stop.set()
        thread.join(5)
        listener.close()
