"""The eSMS sandbox over real loopback HTTP: every rule, every endpoint, every fault kind."""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import httpx
import pytest

from zalo_composer.domain import limits
from zalo_composer.domain.body import MASK, build_request_body
from zalo_composer.domain.model import (
    Account,
    Message,
    PhoneButton,
    QueryHideButton,
    QueryShowButton,
    SmsButton,
    UrlButton,
)
from zalo_composer.esms.sandbox import (
    BALANCE_ENDPOINT,
    DEMO_API_KEY,
    DEMO_BALANCE,
    DEMO_INACTIVE_USER_ID,
    DEMO_OAIDS,
    DEMO_PRICE,
    DEMO_SECRET_KEY,
    SEND_ENDPOINT,
    Fault,
    Sandbox,
    main,
)

OAID = next(iter(DEMO_OAIDS))
ACCOUNT = Account(oaid=OAID, api_key=DEMO_API_KEY, secret_key=DEMO_SECRET_KEY)
KEYS = {"ApiKey": DEMO_API_KEY, "SecretKey": DEMO_SECRET_KEY}
USER_ID = "2512523625412515"
REPORT_DELAY = 3.0

# The five-button sample of eSMS's documentation, one button of each type.
FIVE_BUTTONS = Message(
    text="Xin chào quý khách!\nCửa hàng có ưu đãi mới, mời bạn xem bên dưới.",
    buttons=(
        UrlButton(title="Xem ưu đãi", url="https://esms.vn/uu-dai"),
        QueryShowButton(title="Tư vấn cho tôi", payload="#tu_van"),
        QueryHideButton(title="Nhắc tôi sau", payload="#nhac_sau"),
        SmsButton(title="Nhắn tin", content="Tôi cần tư vấn", phone_code="84919018791"),
        PhoneButton(title="Gọi hotline", phone_code="0901888484"),
    ),
)


class FakeClock:
    """The sandbox's clock, moved by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 30).timestamp()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def send_body(message: Message = FIVE_BUTTONS, **changes: Any) -> dict[str, Any]:
    body = build_request_body(message, account=ACCOUNT, recipient=USER_ID,
                              request_id=changes.pop("request_id", None),
                              send_date=changes.pop("send_date", None))
    body.update(changes)
    return body


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sandbox(clock: FakeClock) -> Iterator[Sandbox]:
    with Sandbox(clock=clock, report_delay=REPORT_DELAY) as running:
        yield running


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=2.0) as client:
        yield client


def post(http: httpx.Client, sandbox: Sandbox, endpoint: str, body: Any) -> httpx.Response:
    return http.post(sandbox.base_url + endpoint + "/", json=body)


def send(http: httpx.Client, sandbox: Sandbox, body: dict[str, Any]) -> dict[str, Any]:
    response = post(http, sandbox, SEND_ENDPOINT, body)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    answer: dict[str, Any] = response.json()
    return answer


def status(http: httpx.Client, sandbox: Sandbox, sms_id: str) -> dict[str, Any]:
    response = http.get(sandbox.base_url + "GetSendStatus", params={"RefId": sms_id, **KEYS})
    assert response.status_code == 200
    answer: dict[str, Any] = response.json()
    return answer


# --- the send endpoint ----------------------------------------------------------------------


def test_the_five_button_sample_is_accepted_with_a_new_smsid(
    sandbox: Sandbox, http: httpx.Client, clock: FakeClock
) -> None:
    answer = send(http, sandbox, send_body(request_id="rid-1"))
    assert answer["CodeResult"] == "100" and answer["CountRegenerate"] == 0
    assert len(answer["SMSID"]) == 35 and int(answer["SMSID"], 16) >= 0
    [message] = sandbox.messages
    assert (message.sms_id, message.request_id, message.user_id) == (answer["SMSID"], "rid-1",
                                                                      USER_ID)
    assert message.accepted_at == clock.now
    assert send(http, sandbox, send_body())["SMSID"] != answer["SMSID"]


@pytest.mark.parametrize("slash", ["/", ""])
@pytest.mark.parametrize("content_type", ["application/json", "text/plain"])
def test_both_content_types_and_either_url_form_are_accepted(
    sandbox: Sandbox, http: httpx.Client, slash: str, content_type: str
) -> None:
    response = http.post(sandbox.base_url + SEND_ENDPOINT + slash,
                         content=json.dumps(send_body()).encode(),
                         headers={"Content-Type": content_type})
    assert response.json()["CodeResult"] == "100"


@pytest.mark.parametrize("keys", [
    {"ApiKey": "wrong", "SecretKey": DEMO_SECRET_KEY},
    {"ApiKey": DEMO_API_KEY, "SecretKey": "wrong"},
    {"ApiKey": None, "SecretKey": None},
])
def test_wrong_credentials_give_101(
    sandbox: Sandbox, http: httpx.Client, keys: dict[str, Any]
) -> None:
    answer = send(http, sandbox, send_body(**keys))
    assert answer == {"CodeResult": "101", "CountRegenerate": 0, "ErrorMessage": "Authorize Failed"}
    assert sandbox.messages == []


def test_an_oaid_not_in_the_account_gives_204(sandbox: Sandbox, http: httpx.Client) -> None:
    answer = send(http, sandbox, send_body(OAID="999"))
    assert answer["CodeResult"] == "204"
    assert "999" in answer["ErrorMessage"]


def test_a_broken_payload_gives_210_with_every_reason(
    sandbox: Sandbox, http: httpx.Client
) -> None:
    too_long = "a" * (limits.TEXT_MAX + 1)
    six = Message(too_long, (*FIVE_BUTTONS.buttons, QueryShowButton("Thêm", "#sixth")))
    answer = send(http, sandbox, send_body(six))
    assert answer["CodeResult"] == "210"
    reasons = answer["ErrorMessage"]
    assert f"[text] The message text is {limits.TEXT_MAX + 1} characters" in reasons
    assert f"[buttons] 6 buttons; at most {limits.BUTTONS_MAX} are allowed." in reasons
    assert sandbox.messages == []


def test_recipient_request_id_send_date_and_callback_are_checked_too(
    sandbox: Sandbox, http: httpx.Client
) -> None:
    body = send_body(request_id="r" * (limits.REQUEST_ID_MAX + 1),
                     send_date="2026-03-01 08:00:00", CallbackUrl="ftp://example.com/cb")
    body["Payload"]["recipient"]["user_id"] = "not-digits"
    reasons = send(http, sandbox, body)["ErrorMessage"]
    for field in ("[user_id]", "[RequestId]", "[SendDate]", "[CallbackUrl]"):
        assert field in reasons
    assert "in the past" in reasons


def test_a_message_that_cannot_be_read_gives_210(sandbox: Sandbox, http: httpx.Client) -> None:
    body = send_body()
    body["Payload"]["message"]["attachment"]["type"] = "media"
    answer = send(http, sandbox, body)
    assert answer["CodeResult"] == "210"
    assert "[message]" in answer["ErrorMessage"]
    assert send(http, sandbox, send_body(Payload="text"))["CodeResult"] == "210"


def test_warnings_do_not_block(sandbox: Sandbox, http: httpx.Client) -> None:
    # No buttons and a foreign phone number are warnings in the composer, not errors.
    message = Message("Chào bạn", (PhoneButton("Gọi", "+1 555 0100"),))
    assert send(http, sandbox, send_body(message))["CodeResult"] == "100"
    assert send(http, sandbox, send_body(Message("Chào bạn")))["CodeResult"] == "100"


def test_a_request_id_reused_within_24_hours_gives_124(
    sandbox: Sandbox, http: httpx.Client, clock: FakeClock
) -> None:
    assert send(http, sandbox, send_body(request_id="rid-dup"))["CodeResult"] == "100"
    clock.advance(24 * 3600 - 1)
    answer = send(http, sandbox, send_body(request_id="rid-dup"))
    assert answer["CodeResult"] == "124"
    assert "rid-dup" in answer["ErrorMessage"]
    assert len(sandbox.messages) == 1


def test_a_request_id_may_be_used_again_after_24_hours(
    sandbox: Sandbox, http: httpx.Client, clock: FakeClock
) -> None:
    assert send(http, sandbox, send_body(request_id="rid-day"))["CodeResult"] == "100"
    clock.advance(24 * 3600)
    assert send(http, sandbox, send_body(request_id="rid-day"))["CodeResult"] == "100"


def test_a_rejected_send_does_not_use_up_its_request_id(
    sandbox: Sandbox, http: httpx.Client
) -> None:
    broken = send_body(Message(""), request_id="rid-fix")
    assert send(http, sandbox, broken)["CodeResult"] == "210"
    assert send(http, sandbox, send_body(request_id="rid-fix"))["CodeResult"] == "100"


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


def test_the_balance_drops_and_a_low_balance_gives_103(http: httpx.Client) -> None:
    with Sandbox(balance=DEMO_PRICE) as small:
        assert send(http, small, send_body())["CodeResult"] == "100"
        assert small.balance == 0
        assert send(http, small, send_body())["CodeResult"] == "103"


# --- balance, status, OA list ---------------------------------------------------------------


def test_balance(sandbox: Sandbox, http: httpx.Client) -> None:
    answer = post(http, sandbox, BALANCE_ENDPOINT, KEYS).json()
    assert answer["CodeResponse"] == "100" and answer["Balance"] == DEMO_BALANCE
    assert isinstance(answer["UserID"], int)
    send(http, sandbox, send_body())
    no_slash = http.post(sandbox.base_url + BALANCE_ENDPOINT, json=KEYS).json()
    assert no_slash["Balance"] == DEMO_BALANCE - DEMO_PRICE
    wrong = post(http, sandbox, BALANCE_ENDPOINT, {**KEYS, "SecretKey": "x"}).json()
    assert wrong["CodeResponse"] == "101"


def test_an_accepted_message_is_sent_then_finished(
    sandbox: Sandbox, http: httpx.Client, clock: FakeClock
) -> None:
    sms_id = send(http, sandbox, send_body())["SMSID"]
    waiting = status(http, sandbox, sms_id)
    assert waiting == {"CodeResponse": "100", "SMSID": sms_id, "SendFailed": 0, "SendStatus": 7,
                       "SendSuccess": 0, "TotalPrice": DEMO_PRICE, "TotalReceiver": 1,
                       "TotalSent": 1}
    clock.advance(REPORT_DELAY)
    finished = status(http, sandbox, sms_id)
    assert (finished["SendStatus"], finished["SendSuccess"], finished["SendFailed"]) == (5, 1, 0)


def test_a_scheduled_message_waits_for_its_send_date(
    sandbox: Sandbox, http: httpx.Client, clock: FakeClock
) -> None:
    sms_id = send(http, sandbox, send_body(send_date="2026-03-02 10:00:00"))["SMSID"]
    assert status(http, sandbox, sms_id)["SendStatus"] == 2
    clock.now = datetime(2026, 3, 2, 10, 0).timestamp()
    assert status(http, sandbox, sms_id)["SendStatus"] == 7


def test_a_message_to_the_inactive_follower_finishes_failed(
    sandbox: Sandbox, http: httpx.Client, clock: FakeClock
) -> None:
    body = send_body()
    body["Payload"]["recipient"]["user_id"] = DEMO_INACTIVE_USER_ID
    sms_id = send(http, sandbox, body)["SMSID"]
    clock.advance(REPORT_DELAY)
    finished = status(http, sandbox, sms_id)
    assert (finished["SendStatus"], finished["SendSuccess"], finished["SendFailed"]) == (5, 0, 1)
    zns = post(http, sandbox, "QueryZnsStatus", {**KEYS, "SmsId": sms_id, "SmsType": "25"})
    assert json.loads(zns.json()["Data"]["ErrorInfo"])["error"] == -230


def test_an_unknown_or_old_smsid_gives_105(
    sandbox: Sandbox, http: httpx.Client, clock: FakeClock
) -> None:
    assert status(http, sandbox, "0" * 35)["CodeResponse"] == "105"
    sms_id = send(http, sandbox, send_body())["SMSID"]
    clock.advance(7 * 24 * 3600 + 1)
    assert status(http, sandbox, sms_id)["CodeResponse"] == "105"
    no_id = http.get(sandbox.base_url + "GetSendStatus", params=KEYS).json()
    assert no_id["CodeResponse"] == "851"
    wrong = http.get(sandbox.base_url + "GetSendStatus", params={"RefId": sms_id}).json()
    assert wrong["CodeResponse"] == "101"


def test_query_zns_status_agrees_with_the_send_status(
    sandbox: Sandbox, http: httpx.Client, clock: FakeClock
) -> None:
    sms_id = send(http, sandbox, send_body())["SMSID"]
    query = {**KEYS, "SmsId": sms_id, "SmsType": "25"}
    waiting = post(http, sandbox, "QueryZnsStatus", query).json()
    assert waiting["CodeResult"] == "100"
    assert waiting["Data"]["SendStatus"] == 7 and waiting["Data"]["FinalStatus"] == 0
    clock.advance(REPORT_DELAY)
    data = post(http, sandbox, "QueryZnsStatus", query).json()["Data"]
    assert (data["SendStatus"], data["FinalStatus"]) == (5, 1)
    info = json.loads(data["ErrorInfo"])
    assert info["error"] == 0 and info["data"]["user_id"] == USER_ID
    assert info["data"]["message_id"] == data["ZaloMsgId"] != ""
    unknown = post(http, sandbox, "QueryZnsStatus", {**query, "SmsId": "nope"}).json()
    assert unknown["CodeResult"] == "105"
    wrong_type = post(http, sandbox, "QueryZnsStatus", {**query, "SmsType": "2"}).json()
    assert wrong_type["CodeResult"] == "118"


def test_get_list_zoa(sandbox: Sandbox, http: httpx.Client) -> None:
    answer = post(http, sandbox, "ZNS/GetListZOA", KEYS).json()
    assert answer == {"CodeResult": "100",
                      "ZOAList": [{"OAID": k, "OAName": v} for k, v in DEMO_OAIDS.items()]}
    assert post(http, sandbox, "ZNS/GetListZOA", {}).json()["CodeResult"] == "101"


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
    caplog.set_level(logging.DEBUG, logger="zalo_composer.esms.sandbox")
    sms_id = send(http, sandbox, send_body())["SMSID"]
    post(http, sandbox, BALANCE_ENDPOINT, KEYS)
    status(http, sandbox, sms_id)
    kept = repr(sandbox.requests) + caplog.text
    assert DEMO_API_KEY not in kept and DEMO_SECRET_KEY not in kept
    assert all(r.body["ApiKey"] == MASK for r in sandbox.requests)
    assert sandbox.requests[-1].path == "/MainService.svc/json/GetSendStatus"
    assert sum(SEND_ENDPOINT in r.message for r in caplog.records if r.levelno == logging.INFO) == 1


# --- command line ---------------------------------------------------------------------------


def test_main_reports_a_port_in_use(sandbox: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--port", str(sandbox.port)]) == 1
    assert "cannot listen" in capsys.readouterr().err


def test_main_refuses_an_unknown_fault_kind(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--fault", "explode"])
    assert exit_info.value.code == 2
    assert "unknown fault kind" in capsys.readouterr().err


@pytest.mark.skipif(sys.platform == "win32", reason="sends POSIX signals")
@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_python_m_runs_in_the_foreground_until_ctrl_c(
    http: httpx.Client, stop_signal: signal.Signals
) -> None:
    command = [sys.executable, "-m", "zalo_composer.esms.sandbox", "--port", "0",
               "--fault", "http_500"]
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          env=env) as process:
        assert process.stdout is not None
        banner = [process.stdout.readline() for _ in range(4)]
        base_url = banner[1].split()[-1]
        assert base_url.startswith("http://127.0.0.1:")
        assert DEMO_API_KEY in banner[2] and DEMO_SECRET_KEY in banner[3]
        assert http.post(base_url + BALANCE_ENDPOINT, json=KEYS).status_code == 500
        assert http.post(base_url + BALANCE_ENDPOINT, json=KEYS).json()["CodeResponse"] == "100"
        process.send_signal(stop_signal)
        out, err = process.communicate(timeout=5)
    assert process.returncode == 0
    assert "Stopping" in out
    log_lines = [line for line in err.splitlines() if BALANCE_ENDPOINT in line]
    assert len(log_lines) == 2 and "fault http_500" in log_lines[0]
    assert DEMO_SECRET_KEY not in err


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
