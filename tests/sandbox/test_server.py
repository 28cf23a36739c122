"""The sandbox's HTTP server over real loopback HTTP: bodies that are not JSON objects,
unknown paths and methods, stopping with answers in flight, and secrets kept out of
the records and the log."""

from __future__ import annotations

import logging
import socket
import time

import httpx
import pytest

from zalo_composer.domain.body import MASK
from zalo_composer.domain.demo import DEMO_API_KEY, DEMO_SECRET_KEY
from zalo_composer.sandbox import (
    BALANCE_ENDPOINT,
    SEND_ENDPOINT,
    Fault,
    Sandbox,
)

from .samples import (
    KEYS,
    post,
    send,
    send_body,
    status,
)

# --- HTTP -------------------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"ApiKey=a&SecretKey=b", b"", b"[1, 2]", b"\xff\xfe{"])
def test_a_body_that_is_not_a_json_object_gets_http_400_with_210(
    sandbox: Sandbox, http: httpx.Client, content: bytes
) -> None:
    response = http.post(sandbox.base_url + SEND_ENDPOINT + "/", content=content,
                         headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["CodeResult"] == "210"
    assert response.json()["ErrorMessage"].startswith("The request body")
    assert sandbox.requests[-1].body is None


def test_unknown_paths_and_wrong_methods(sandbox: Sandbox, http: httpx.Client) -> None:
    assert http.post(sandbox.base_url + "SendZaloFollowerMessage_V4_post_json/",
                     json={}).status_code == 404
    assert http.get(sandbox.base_url + SEND_ENDPOINT + "/").status_code == 405


# --- life cycle and secrets -----------------------------------------------------------------


def test_stop_closes_the_port_even_with_an_answer_in_flight(http: httpx.Client) -> None:
    sandbox = Sandbox().start()
    port = sandbox.port
    assert sandbox.base_url == f"http://127.0.0.1:{port}/MainService.svc/json/"
    sandbox.inject(Fault("delay", seconds=30))
    with pytest.raises(httpx.ReadTimeout):
        http.post(sandbox.base_url + BALANCE_ENDPOINT, json=KEYS,
                  timeout=httpx.Timeout(2.0, read=0.1))
    with socket.create_connection(("127.0.0.1", port)) as silent:  # connects, never asks
        time.sleep(0.05)
        started = time.monotonic()
        sandbox.stop()
        assert time.monotonic() - started < 0.5
        assert silent.recv(1) == b""
    assert not sandbox.running
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
    sandbox.stop()  # a second stop is harmless
    with pytest.raises(RuntimeError):
        sandbox.start()


def test_secrets_never_reach_the_records_or_the_log(
    sandbox: Sandbox, http: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="zalo_composer.sandbox")
    sms_id = send(http, sandbox, send_body())["SMSID"]
    post(http, sandbox, BALANCE_ENDPOINT, KEYS)
    status(http, sandbox, sms_id)
    kept = repr(sandbox.requests) + caplog.text
    assert DEMO_API_KEY not in kept and DEMO_SECRET_KEY not in kept
    assert all(r.body["ApiKey"] == MASK for r in sandbox.requests)
    assert sandbox.requests[-1].path == "/MainService.svc/json/GetSendStatus"
    assert sum(SEND_ENDPOINT in r.message for r in caplog.records if r.levelno == logging.INFO) == 1


def test_a_lone_surrogate_is_refused_not_a_crash() -> None:
    import urllib.error
    import urllib.request

    with Sandbox() as sandbox:
        body = b'{"ApiKey": "x", "SecretKey": "y", "Payload": {"message": {"text": "\\ud800"}}}'
        request = urllib.request.Request(
            sandbox.base_url + "SendZaloFollowerMessage_V5_post_json/", data=body,
            headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=5) as answer:
                status, text = answer.status, answer.read().decode()
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read().decode()
            error.close()
        assert status == 400
        assert "lone surrogate" in text
