"""What the sandbox answers, endpoint by endpoint, over real loopback HTTP: the send rules
(codes 100 101 103 124 204 210), balance, status, Zalo status and the OA list."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import httpx
import pytest

from zalo_composer.domain import limits
from zalo_composer.domain.demo import DEMO_API_KEY, DEMO_OAIDS, DEMO_SECRET_KEY
from zalo_composer.domain.model import Message, PhoneButton, QueryShowButton
from zalo_composer.sandbox import (
    BALANCE_ENDPOINT,
    DEMO_BALANCE,
    DEMO_INACTIVE_USER_ID,
    DEMO_PRICE,
    SEND_ENDPOINT,
    Sandbox,
)

from .samples import (
    FIVE_BUTTONS,
    KEYS,
    OAID,
    REPORT_DELAY,
    USER_ID,
    FakeClock,
    post,
    send,
    send_body,
    status,
)

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
    # Documented: ErrorInfo is text, here Zalo's bare code (it was an object: wrong).
    assert zns.json()["Data"]["ErrorInfo"] == "-230"


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
    # Documented: FinalStatus "0" not final / "1" final, ErrorInfo null before the outcome
    # and "0" for success (the sandbox used to answer 2 and an object: wrong).
    assert waiting["Data"]["SendStatus"] == 7 and waiting["Data"]["FinalStatus"] == "0"
    assert waiting["Data"]["ErrorInfo"] is None
    clock.advance(REPORT_DELAY)
    data = post(http, sandbox, "QueryZnsStatus", query).json()["Data"]
    assert (data["SendStatus"], data["FinalStatus"]) == (5, "1")
    assert data["ErrorInfo"] == "0" and data["ZaloMsgId"] != ""
    unknown = post(http, sandbox, "QueryZnsStatus", {**query, "SmsId": "nope"}).json()
    assert unknown["CodeResult"] == "105"
    wrong_type = post(http, sandbox, "QueryZnsStatus", {**query, "SmsType": "2"}).json()
    assert wrong_type["CodeResult"] == "118"


def test_get_list_zoa(sandbox: Sandbox, http: httpx.Client) -> None:
    answer = post(http, sandbox, "ZNS/GetListZOA", KEYS).json()
    assert answer == {"CodeResult": "100",
                      "ZOAList": [{"OAID": k, "OAName": v} for k, v in DEMO_OAIDS.items()]}
    assert post(http, sandbox, "ZNS/GetListZOA", {}).json()["CodeResult"] == "101"


def get_callback(http: httpx.Client, sandbox: Sandbox, sms_ids: list[str],
                 oaid: str = OAID) -> dict[str, Any]:
    answer = http.post(sandbox.status_url,
                       json={**KEYS, "ListRefid": sms_ids, "OAId": oaid})
    assert answer.status_code == 200
    result: dict[str, Any] = answer.json()
    return result


@pytest.mark.parametrize(("user_id", "error"), [
    ("1000000000000000230", -230), ("1000000000000000213", -213),
    ("1000000000000000217", -217)])
def test_get_callback_gives_zalos_reason_later(
    sandbox: Sandbox, http: httpx.Client, clock: FakeClock, user_id: str, error: int,
) -> None:
    body = send_body(CallbackUrl="https://example.com/cb")
    body["Payload"]["recipient"]["user_id"] = user_id
    accepted = send(http, sandbox, body)
    assert accepted["CodeResult"] == "100"  # Zalo's refusal is not eSMS's: it comes later
    waiting = get_callback(http, sandbox, [accepted["SMSID"]])
    assert waiting["Code"] == 100
    assert waiting["Data_callback"][0]["ErrorInfo"] is None
    clock.advance(REPORT_DELAY)
    item = get_callback(http, sandbox, [accepted["SMSID"]])["Data_callback"][0]
    assert item["TypeId"] == 26 and item["SendStatus"] == 5 and item["SendFailed"] == 1
    assert item["ErrorInfo"].startswith(f'{{"error":{error},')
    assert "____" in item["ErrorInfo"]


def test_get_callback_knows_only_sends_with_a_callback_url(
    sandbox: Sandbox, http: httpx.Client, clock: FakeClock,
) -> None:
    plain = send(http, sandbox, send_body())["SMSID"]
    with_url = send(http, sandbox, send_body(CallbackUrl="https://example.com/cb"))["SMSID"]
    clock.advance(REPORT_DELAY)
    answer = get_callback(http, sandbox, [plain, with_url])
    assert [i["SMSID"] for i in answer["Data_callback"]] == [with_url]
    item = answer["Data_callback"][0]
    assert item["SendSuccess"] == 1 and item["ErrorInfo"].startswith('{"data":')
    assert get_callback(http, sandbox, [with_url], oaid="999")["Data_callback"] == []
    assert get_callback(http, sandbox, [])["Code"] == 851
