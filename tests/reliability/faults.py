"""The faults of issue 7 and how to make each on loopback: a sandbox fault on the next
answer, or a server that misbehaves below HTTP (see `servers`). Shared by the fault matrix
and the secrets session."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from zalo_composer.esms.client import Timeouts
from zalo_composer.sandbox import Fault, Sandbox

from .servers import closed_port_url, tls_server, unaccepting_server

TIMEOUT = 0.5
TIMEOUTS = Timeouts(TIMEOUT, TIMEOUT)
#: The longest the event loop may stand still while a fault plays out (a noisy machine's
#: scheduling included); a blocking call in the send path would take the whole timeout.
MAX_LOOP_GAP = 0.4


@dataclass(frozen=True)
class Case:
    """One fault, how to make it, and what the user must read about it."""

    name: str
    failure: str
    words: str
    fault: Fault | None = None
    """A sandbox fault on the next answer; None for the cases that need another server."""

    def __str__(self) -> str:
        return self.name


CASES = [
    Case("read timeout", "read_timeout", f"did not answer within {TIMEOUT:g} s",
         Fault("delay", seconds=3)),
    Case("connect timeout", "connect_timeout", f"Could not connect to eSMS within {TIMEOUT:g} s"),
    Case("refused port", "refused", "connection was refused"),
    Case("DNS failure", "dns", "host name could not be found"),
    Case("TLS failure", "tls", "secure connection failed"),
    Case("reset mid-response", "reset", "closed before eSMS finished", Fault("reset")),
    Case("HTTP 500", "http", "HTTP 500", Fault("http_500")),
    Case("502 with HTML", "http", "HTTP 502", Fault("http_502_html")),
    Case("malformed JSON", "not_json", "not JSON", Fault("malformed_json")),
    Case("empty body", "not_json", "empty body", Fault("empty_body")),
    Case("JSON without CodeResult", "no_code", "no result code", Fault("no_code")),
    Case("trickling server", "read_timeout",
         f"did not finish its answer within {2 * TIMEOUT:g} s", Fault("trickle", seconds=3)),
]


@contextlib.contextmanager
def fault_url(case: Case, sandbox: Sandbox,
              certificate: tuple[Path, Path] | None) -> Iterator[str]:
    """The base URL at which *case* happens."""
    if case.fault is not None:
        sandbox.inject(case.fault)
        yield sandbox.base_url
    elif case.failure == "connect_timeout":
        with unaccepting_server() as url:
            if url is None:
                pytest.skip("this kernel completed every connection to a full listen(0) "
                            "backlog, so no connect timeout can be made on loopback")
            yield url
    elif case.failure == "refused":
        yield closed_port_url()
    elif case.failure == "dns":
        yield "https://zalo-composer-reliability.invalid/MainService.svc/json/"
    else:
        if certificate is None:
            pytest.skip("openssl could not make a self-signed certificate here")
        with tls_server(*certificate) as url:
            yield url


def assert_plain_words(meaning: str) -> None:
    """One sentence a support worker can read: no traceback, exception name or library."""
    assert meaning and meaning == meaning.strip() and "\n" not in meaning, repr(meaning)
    assert meaning.endswith(".") or meaning.endswith(")"), meaning
    for jargon in ("Traceback", "Exception", "Error:", "Errno", "httpx", "httpcore", "ssl.",
                   "<", "object at 0x"):
        assert jargon not in meaning, meaning
