"""What the stand-in eSMS answers: its routes, its demo account and the rules of each endpoint.

No HTTP here: `FakeEsms.answer` takes an endpoint name and the parsed request and returns
the JSON answer, so the rules can be used (and tested) without a socket. The send endpoint
checks requests with the domain validators, so the sandbox and the composer never disagree
on a limit.
"""

from __future__ import annotations

import hmac
import json
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from ..domain.body import message_from_object
from ..domain.demo import (
    DEMO_API_KEY,
    DEMO_OAIDS,
    DEMO_SECRET_KEY,
    DEMO_SLOW_USER_ID,
    SLOW_REPORT_DELAY,
    demo_zalo_error,
)
from ..domain.endpoint import (
    BALANCE_PATH,
    FOLLOWERS_PATH,
    GET_CALLBACK_BATCH,
    GET_CALLBACK_PATH,
    LIST_OA_PATH,
    QUERY_LIST_UID_PATH,
    SEND_PATH,
    SEND_STATUS_PATH,
    SERVICE_PATH,
    ZNS_STATUS_PATH,
)
from ..domain.errors import DraftError
from ..domain.limits import SEND_DATE_FORMAT
from ..domain.validation import (
    Problem,
    check_request_id,
    check_send_date,
    check_url,
    check_user_id,
    validate_message,
)
from .followers import DEMO_USER_COUNT, demo_users, get_followers, query_list_uid

DEMO_BALANCE = 10_000_000
DEMO_PRICE = 200
"""What one accepted message costs the demo balance."""
DEMO_ACCOUNT_USER_ID = 100042
"""The account's UserID in balance answers."""
DEMO_INACTIVE_USER_ID = "1000000000000000230"
"""A follower who never interacted with the OA: sends are accepted, then fail with -230."""
CONSULTATION_TYPE_ID = 26
"""TypeId of a consultation message in eSMS's callbacks (24 and 25 are ZNS)."""
ZALO_MESSAGES: dict[int, str] = {
    -213: "User is not follower of OA",
    -217: "User has blocked messages from this OA",
    -230: "User has not interacted with the OA in the last 7 days",
}
"""Zalo's own words (English) for the codes the demo followers fail with."""

DEFAULT_REPORT_DELAY = 3.0
REQUEST_ID_WINDOW = 24 * 3600.0
STATUS_WINDOW = 7 * 24 * 3600.0

# The sandbox names an endpoint by its path without slashes (a trailing one is optional).
SEND_ENDPOINT = SEND_PATH.strip("/")
BALANCE_ENDPOINT = BALANCE_PATH.strip("/")
SEND_STATUS_ENDPOINT = SEND_STATUS_PATH.strip("/")
ZNS_STATUS_ENDPOINT = ZNS_STATUS_PATH.strip("/")
LIST_OA_ENDPOINT = LIST_OA_PATH.strip("/")
GET_CALLBACK_ENDPOINT = GET_CALLBACK_PATH.strip("/")
"""GetCallback lives on its own host in eSMS (status-sms.esms.vn), at the root's path."""
QUERY_LIST_UID_ENDPOINT = QUERY_LIST_UID_PATH.strip("/")
FOLLOWERS_ENDPOINT = FOLLOWERS_PATH.strip("/")


class Route(NamedTuple):
    """One endpoint the sandbox serves: its name, HTTP method and result-code field."""

    name: str
    method: str
    code_field: str


ROUTES = {
    r.name.casefold(): r
    for r in (
        Route(SEND_ENDPOINT, "POST", "CodeResult"),
        Route(BALANCE_ENDPOINT, "POST", "CodeResponse"),
        Route(SEND_STATUS_ENDPOINT, "GET", "CodeResponse"),
        Route(ZNS_STATUS_ENDPOINT, "POST", "CodeResult"),
        Route(LIST_OA_ENDPOINT, "POST", "CodeResult"),
        Route(GET_CALLBACK_ENDPOINT, "POST", "Code"),
        Route(QUERY_LIST_UID_ENDPOINT, "POST", "CodeResult"),
        Route(FOLLOWERS_ENDPOINT, "POST", "CodeResult"),
    )
}
"""Every route, by its casefolded name (IIS matches names case-insensitively)."""


def find_route(endpoint: str) -> Route | None:
    """The route named *endpoint* (slashes around it and case ignored), or None."""
    return ROUTES.get(endpoint.strip("/").casefold())


def route_for(path: str) -> Route | None:
    """The route of a URL path under `SERVICE_PATH` (or GetCallback's own path), or None."""
    if path.rstrip("/").casefold() == GET_CALLBACK_PATH.casefold():
        return ROUTES[GET_CALLBACK_ENDPOINT.casefold()]
    if not path.casefold().startswith(SERVICE_PATH.casefold()):
        return None
    return find_route(path[len(SERVICE_PATH) :])


@dataclass(frozen=True)
class AcceptedMessage:
    """A send the sandbox accepted (CodeResult 100), kept for status queries."""

    sms_id: str
    request_id: str | None
    oaid: str
    user_id: str
    accepted_at: float
    """Sandbox clock (seconds since the epoch) at acceptance."""
    send_at: float | None
    """The SendDate as a timestamp, or None for "now"."""
    price: int
    zalo_msg_id: str
    callback_url: str | None

    @property
    def zalo_error(self) -> int | None:
        """The code Zalo refuses the message with in the end (a demo follower), else None."""
        return demo_zalo_error(self.user_id)

    @property
    def fails(self) -> bool:
        """True when Zalo refuses the message in the end (see `DEMO_RECIPIENTS`)."""
        return self.zalo_error is not None


def _new_sms_id() -> str:
    # The documented sample is 32 hex digits plus "250"; 25 is SmsType of Zalo messages.
    return uuid.uuid4().hex + "250"


def _same(value: object, expected: str) -> bool:
    return isinstance(value, str) and hmac.compare_digest(value.encode(), expected.encode())


def _authorized(params: Mapping[str, Any]) -> bool:
    return _same(params.get("ApiKey"), DEMO_API_KEY) and _same(
        params.get("SecretKey"), DEMO_SECRET_KEY
    )


def _optional_text(params: Mapping[str, Any], key: str, reasons: list[str]) -> str | None:
    value = params.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        reasons.append(f"[{key}] must be text.")
        return None
    return value


def _send_problems(body: Mapping[str, Any], now: float) -> tuple[list[str], str, str | None]:
    """The reasons a send breaks the rules (errors only), the user_id and the RequestId."""
    reasons: list[str] = []
    problems: list[Problem] = []
    payload = body.get("Payload")
    if not isinstance(payload, Mapping):
        payload = {}
        reasons.append("[Payload] is required and must be an object.")
    recipient = payload.get("recipient")
    user_id = recipient.get("user_id", "") if isinstance(recipient, Mapping) else ""
    if isinstance(user_id, str):
        problems += check_user_id("user_id", user_id)
    else:
        reasons.append("[user_id] must be text.")
        user_id = ""
    try:
        problems += validate_message(message_from_object(payload.get("message")))
    except DraftError as exc:
        reasons.append(f"[message] {exc}")
    request_id = _optional_text(body, "RequestId", reasons)
    problems += check_request_id("RequestId", request_id)
    send_date = _optional_text(body, "SendDate", reasons)
    problems += check_send_date("SendDate", send_date, datetime.fromtimestamp(now))
    callback_url = _optional_text(body, "CallbackUrl", reasons)
    if callback_url:
        problems += check_url("CallbackUrl", callback_url)
    reasons += [f"[{p.field}] {p.message}" for p in problems if p.is_error]
    return reasons, user_id.strip(), request_id


class FakeEsms:
    """The demo account's state (balance, accepted messages, RequestIds) and the answers.

    Thread-safe: the HTTP server answers each request in its own thread, and one lock guards
    the state.
    """

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.time,
        report_delay: float = DEFAULT_REPORT_DELAY,
        oaids: Mapping[str, str] = DEMO_OAIDS,
        balance: int = DEMO_BALANCE,
        users: int = DEMO_USER_COUNT,
    ) -> None:
        self._clock = clock
        self._users = demo_users(users, DEMO_INACTIVE_USER_ID)
        self._report_delay = report_delay
        self._oaids = dict(oaids)
        self._balance = balance
        self._lock = threading.Lock()
        self._messages: dict[str, AcceptedMessage] = {}
        self._request_ids: dict[str, float] = {}

    @property
    def messages(self) -> list[AcceptedMessage]:
        """Every accepted send, oldest first."""
        with self._lock:
            return list(self._messages.values())

    @property
    def balance(self) -> int:
        """The demo account's balance now."""
        with self._lock:
            return self._balance

    def answer(self, endpoint: str, params: Mapping[str, Any]) -> dict[str, Any]:
        """The JSON answer of *endpoint* (a route name) to a parsed request."""
        route = ROUTES[endpoint.strip("/").casefold()]
        if not _authorized(params):
            extra = {"CountRegenerate": 0} if route.name == SEND_ENDPOINT else {}
            return {route.code_field: "101", **extra, "ErrorMessage": "Authorize Failed"}
        handlers: dict[str, Callable[[Mapping[str, Any]], dict[str, Any]]] = {
            SEND_ENDPOINT: self._send,
            BALANCE_ENDPOINT: self._get_balance,
            SEND_STATUS_ENDPOINT: self._send_status,
            ZNS_STATUS_ENDPOINT: self._zns_status,
            LIST_OA_ENDPOINT: self._list_oa,
            GET_CALLBACK_ENDPOINT: self._get_callback,
            QUERY_LIST_UID_ENDPOINT: self._query_list_uid,
            FOLLOWERS_ENDPOINT: self._get_followers,
        }
        return handlers[route.name](params)

    def _send(self, body: Mapping[str, Any]) -> dict[str, Any]:
        def refuse(code: str, message: str) -> dict[str, Any]:
            return {"CodeResult": code, "CountRegenerate": 0, "ErrorMessage": message}

        oaid = body.get("OAID")
        if not isinstance(oaid, str) or oaid not in self._oaids:
            return refuse("204", f"OAID {oaid!r} does not exist for this account.")
        now = self._clock()
        reasons, user_id, request_id = _send_problems(body, now)
        if reasons:
            return refuse("210", " ".join(reasons))
        send_date = body.get("SendDate")
        send_at = datetime.strptime(send_date, SEND_DATE_FORMAT).timestamp() if send_date else None
        callback_url = body.get("CallbackUrl") or None
        with self._lock:
            for old_id, used_at in list(self._request_ids.items()):
                if now - used_at >= REQUEST_ID_WINDOW:
                    del self._request_ids[old_id]
            if request_id is not None and request_id in self._request_ids:
                return refuse("124", f"RequestId {request_id} was already used in the last 24 h.")
            if self._balance < DEMO_PRICE:
                return refuse("103", "Balance too low.")
            message = AcceptedMessage(
                sms_id=_new_sms_id(), request_id=request_id, oaid=oaid, user_id=user_id,
                accepted_at=now, send_at=send_at, price=DEMO_PRICE,
                zalo_msg_id=uuid.uuid4().hex, callback_url=callback_url,
            )
            self._messages[message.sms_id] = message
            if request_id is not None:
                self._request_ids[request_id] = now
            self._balance -= DEMO_PRICE
        return {"CodeResult": "100", "CountRegenerate": 0, "SMSID": message.sms_id}

    def _get_balance(self, _body: Mapping[str, Any]) -> dict[str, Any]:
        return {"Balance": self.balance, "CodeResponse": "100", "UserID": DEMO_ACCOUNT_USER_ID}

    def _list_oa(self, _body: Mapping[str, Any]) -> dict[str, Any]:
        oas = [{"OAID": oaid, "OAName": name} for oaid, name in self._oaids.items()]
        return {"CodeResult": "100", "ZOAList": oas}

    def _query_list_uid(self, body: Mapping[str, Any]) -> dict[str, Any]:
        if body.get("OAID") not in self._oaids:
            return {"CodeResult": "204", "ErrorMessage": "OAID does not exist."}
        return query_list_uid(self._users, body, date.fromtimestamp(self._clock()))

    def _get_followers(self, body: Mapping[str, Any]) -> dict[str, Any]:
        if body.get("OAID") not in self._oaids:
            return {"CodeResult": "204", "ErrorMessage": "OAID does not exist."}
        return get_followers(self._users, body)

    def _find(self, sms_id: object) -> tuple[AcceptedMessage | None, float]:
        now = self._clock()
        with self._lock:
            message = self._messages.get(sms_id) if isinstance(sms_id, str) else None
        if message is not None and now - message.accepted_at > STATUS_WINDOW:
            message = None
        return message, now

    def _status(self, message: AcceptedMessage, now: float) -> int:
        due = max(message.send_at or message.accepted_at, message.accepted_at)
        if now < due:
            return 2
        delay = SLOW_REPORT_DELAY if message.user_id == DEMO_SLOW_USER_ID else self._report_delay
        return 7 if now < due + delay else 5

    def _error_info(self, message: AcceptedMessage, status: int) -> str | None:
        """ErrorInfo as eSMS documents it: text — null before the outcome, then Zalo's
        JSON followed by ``____`` and a timestamp, or a bare code such as 1001."""
        if status != 5:
            return None
        stamp = datetime.fromtimestamp(self._clock()).strftime("%d/%m/%Y %H:%M:%S")
        code = message.zalo_error
        if code is None:
            data = {"data": {"message_id": message.zalo_msg_id, "user_id": message.user_id},
                    "error": 0, "message": "Success"}
        elif code > 0:
            return str(code)
        else:
            data = {"error": code, "message": ZALO_MESSAGES.get(code, "Error")}
        return json.dumps(data, separators=(",", ":")) + "____" + stamp

    def _get_callback(self, body: Mapping[str, Any]) -> dict[str, Any]:
        refs = body.get("ListRefid")
        if not isinstance(refs, list) or not refs:
            return {"Code": 851, "Message": "ListRefid is missing."}
        found = []
        for sms_id in refs[:GET_CALLBACK_BATCH]:
            message, now = self._find(sms_id)
            # Only sends made with a CallbackUrl, and only those of the OA asked about.
            if message is None or not message.callback_url or message.oaid != body.get("OAId"):
                continue
            status = self._status(message, now)
            done = status == 5
            found.append({
                "SMSID": message.sms_id, "SendFailed": int(done and message.fails),
                "SendSuccess": int(done and not message.fails), "SendStatus": status,
                "TotalPrice": float(message.price), "TotalReceiver": 1,
                "TotalSent": int(status in (5, 7)), "RequestId": message.request_id,
                "TypeId": CONSULTATION_TYPE_ID, "Telcoid": None,
                "PhoneNumber": message.user_id, "CallbackUrl": message.callback_url,
                "Partnerids": message.zalo_msg_id if done and not message.fails else "",
                "ErrorInfo": self._error_info(message, status), "OAId": message.oaid,
            })
        return {"Code": 100, "Message": "Success", "Data_callback": found}

    def _send_status(self, query: Mapping[str, Any]) -> dict[str, Any]:
        sms_id = query.get("RefId")
        if not sms_id:
            return {"CodeResponse": "851", "ErrorMessage": "RefId (the SMSID) is missing."}
        message, now = self._find(sms_id)
        if message is None:
            return {"CodeResponse": "105", "SMSID": sms_id, "ErrorMessage": "SMSID not found."}
        status = self._status(message, now)
        done = status == 5
        return {
            "CodeResponse": "100",
            "SMSID": message.sms_id,
            "SendFailed": int(done and message.fails),
            "SendStatus": status,
            "SendSuccess": int(done and not message.fails),
            "TotalPrice": message.price,
            "TotalReceiver": 1,
            "TotalSent": int(status in (5, 7)),
        }

    def _zns_status(self, body: Mapping[str, Any]) -> dict[str, Any]:
        sms_id = body.get("SmsId")
        if not sms_id:
            return {"CodeResult": "851", "ErrorMessage": "SmsId is missing."}
        if str(body.get("SmsType")) != "25":
            return {"CodeResult": "118", "ErrorMessage": "SmsType must be 25 (Zalo message)."}
        message, now = self._find(sms_id)
        if message is None:
            return {"CodeResult": "105", "ErrorMessage": "SmsId not found."}
        status = self._status(message, now)
        # As documented: FinalStatus "1" final, "0" not yet; ErrorInfo "0" success, null not
        # sent yet, otherwise the code ("1001", or Zalo's such as "-230"). eSMS documents this
        # call for ZNS (24/25) only; the sandbox answers it for its messages all the same.
        done = status == 5
        code = message.zalo_error
        info = None if not done else ("0" if code is None else str(code))
        zalo_id = message.zalo_msg_id if status in (5, 7) and not message.fails else ""
        data = {"ErrorInfo": info, "FinalStatus": "1" if done else "0", "SMSID": message.sms_id,
                "SendFailed": int(done and message.fails),
                "SendSuccess": int(done and not message.fails), "SendStatus": status,
                "ZaloMsgId": zalo_id}
        return {"CodeResult": "100", "Data": data}
