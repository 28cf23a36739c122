"""What the sandbox tests send: the demo account, the documentation's five-button sample, a
clock moved by hand, and small HTTP helpers."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import httpx

from zalo_composer.domain.body import build_request_body
from zalo_composer.domain.demo import DEMO_API_KEY, DEMO_OAIDS, DEMO_SECRET_KEY
from zalo_composer.domain.model import (
    Account,
    Message,
    PhoneButton,
    QueryHideButton,
    QueryShowButton,
    SmsButton,
    UrlButton,
)
from zalo_composer.sandbox import SEND_ENDPOINT, Sandbox

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
