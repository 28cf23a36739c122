"""Every fault kind over real loopback HTTP, the fault queue, and faults that make no sense."""

from __future__ import annotations

import json
import time

import httpx
import pytest

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
)

# --- faults ---------------------------------------------------------------------------------


def test_a_delay_makes_the_client_time_out_but_the_send_goes_through(
    sandbox: Sandbox, http: httpx.Client
) -> None:
    sandbox.inject(Fault("delay", seconds=0.5))
    with pytest.raises(httpx.ReadTimeout):
        http.post(sandbox.base_url + SEND_ENDPOINT + "/", json=send_body(request_id="rid-slow"),
                  timeout=httpx.Timeout(2.0, read=0.1))
    assert len(sandbox.messages) == 1
    # The retry with the same RequestId is told it is a duplicate, not delivered twice.
    assert send(http, sandbox, send_body(request_id="rid-slow"))["CodeResult"] == "124"


def test_http_500(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.inject(Fault("http_500"))
    response = post(http, sandbox, SEND_ENDPOINT, send_body())
    assert response.status_code == 500
    assert "CodeResult" not in response.json()
    assert sandbox.messages == []


def test_http_502_with_an_html_page(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.inject(Fault("http_502_html"))
    response = post(http, sandbox, SEND_ENDPOINT, send_body())
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert "<html>" in response.text


def test_malformed_json(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.inject(Fault("malformed_json"))
    response = post(http, sandbox, SEND_ENDPOINT, send_body())
    assert response.status_code == 200 and response.text.startswith('{"CodeResult"')
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.text)


def test_empty_body(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.inject(Fault("empty_body"))
    response = post(http, sandbox, SEND_ENDPOINT, send_body())
    assert (response.status_code, response.content) == (200, b"")


def test_json_without_a_result_code(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.inject(Fault("no_code"))
    answer = post(http, sandbox, SEND_ENDPOINT, send_body()).json()
    assert isinstance(answer, dict) and "CodeResult" not in answer


def test_a_dropped_connection_is_a_connection_error(
    sandbox: Sandbox, http: httpx.Client
) -> None:
    sandbox.inject(Fault("drop"))
    with pytest.raises(httpx.RemoteProtocolError):
        post(http, sandbox, SEND_ENDPOINT, send_body())
    assert sandbox.messages == []


def test_a_drop_after_processing_loses_the_answer_of_a_real_send(
    sandbox: Sandbox, http: httpx.Client
) -> None:
    sandbox.inject(Fault("drop", process=True))
    with pytest.raises(httpx.RemoteProtocolError):
        post(http, sandbox, SEND_ENDPOINT, send_body(request_id="rid-lost"))
    assert len(sandbox.messages) == 1
    assert send(http, sandbox, send_body(request_id="rid-lost"))["CodeResult"] == "124"


def test_a_reset_mid_answer(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.inject(Fault("reset"))
    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        post(http, sandbox, SEND_ENDPOINT, send_body())
    assert len(sandbox.messages) == 1


def test_a_trickle_beats_a_per_read_timeout_but_takes_its_time(
    sandbox: Sandbox, http: httpx.Client
) -> None:
    sandbox.inject(Fault("trickle", seconds=0.4))
    started = time.monotonic()
    response = http.post(sandbox.base_url + SEND_ENDPOINT, json=send_body(),
                         timeout=httpx.Timeout(2.0, read=0.2))
    assert time.monotonic() - started >= 0.35
    assert response.json()["CodeResult"] == "100"


def test_faults_are_used_in_order_then_the_sandbox_answers_normally(
    sandbox: Sandbox, http: httpx.Client
) -> None:
    sandbox.inject(Fault("http_500"), times=2)
    sandbox.inject(Fault("empty_body"))
    answers = [post(http, sandbox, BALANCE_ENDPOINT, KEYS) for _ in range(4)]
    assert [a.status_code for a in answers] == [500, 500, 200, 200]
    assert answers[2].content == b""
    assert answers[3].json()["CodeResponse"] == "100"


def test_a_persistent_fault_for_one_endpoint(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.inject(Fault("http_502_html", endpoint=SEND_ENDPOINT), times=None)
    for _ in range(2):
        assert post(http, sandbox, BALANCE_ENDPOINT, KEYS).status_code == 200
        assert post(http, sandbox, SEND_ENDPOINT, send_body()).status_code == 502
    sandbox.clear_faults()
    assert post(http, sandbox, SEND_ENDPOINT, send_body()).status_code == 200


def test_faults_refuse_nonsense() -> None:
    with pytest.raises(ValueError, match="unknown fault kind"):
        Fault("explode")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="seconds"):
        Fault("delay", seconds=-1)
    with pytest.raises(ValueError, match="endpoint"):
        Fault("drop", endpoint="Nowhere")
    with pytest.raises(ValueError, match="processed"):
        Fault("trickle", process=False)
