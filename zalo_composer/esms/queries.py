"""eSMS's other endpoints: balance, status of a sent message, Zalo status, the account's OAs,
and the OA's users (who interacted between two dates; every follower), a page at a time.

Each call returns a small dataclass or raises `NetworkError` (no answer) or
`EsmsAnswerError` (an answer that is not a usable eSMS reply), both with plain messages.
A result code other than 100 is not an exception: it is in the result, with its meaning.
GetSendStatus carries the keys in its query string, so no URL of these calls is ever logged.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import httpx

from ..domain.answer import UnreadableAnswer, answer_text
from ..domain.answer import code_of as _read_code_strict
from ..domain.codes import ACCEPTED, describe_code, describe_send_status
from ..domain.endpoint import (
    ANSWER_MAX_BYTES,
    BALANCE_PATH,
    FOLLOWERS_PATH,
    LIST_OA_PATH,
    QUERY_LIST_UID_PATH,
    SEND_STATUS_PATH,
    ZNS_STATUS_PATH,
)
from ..domain.errors import EsmsAnswerError, NetworkError
from ..domain.lifecycle import (
    Observation,
    failed_detail,
    from_callback_item,
    from_counts,
    parse_error_info,
)
from .client import (
    Answer,
    Timeouts,
    describe_failure,
    endpoint_problem,
    httpx_timeout,
    join_url,
)
from .client import read_code as _read_code
from .reading import read_capped

ZALO_CONSULTING_SMS_TYPE = "25"


@dataclass(frozen=True)
class Balance:
    """The account's balance (GetBalance_json answers with CodeResponse)."""

    code: str
    meaning: str
    balance: float | None = None
    user_id: str | None = None


@dataclass(frozen=True)
class SendStatus:
    """GetSendStatus for one SMSID."""

    code: str
    meaning: str
    status: int | None = None
    status_text: str = ""
    """SendStatus in words: waiting for approval, waiting to send, rejected, finished …"""
    success: int = 0
    failed: int = 0
    total_sent: int = 0
    total_price: float | None = None


@dataclass(frozen=True)
class ZaloStatus:
    """QueryZnsStatus (SmsType 25) for one SMSID: what Zalo said."""

    code: str
    meaning: str
    status: int | None = None
    status_text: str = ""
    final_status: int | None = None
    zalo_message_id: str | None = None
    zalo_error: str | None = None
    """Zalo's error in words when it reported one (error_info), else None."""


@dataclass(frozen=True)
class CallbackAnswer:
    """GetCallback for up to 200 SMSIDs: its code (``Code``) and one observation per SMSID
    it knew (SMSIDs sent without a CallbackUrl are absent)."""

    code: str
    meaning: str
    observations: dict[str, Observation]


@dataclass(frozen=True)
class OfficialAccount:
    """One OA of the account (ZNS/GetListZOA)."""

    oaid: str
    name: str


@dataclass(frozen=True)
class UserPage:
    """One page of QueryListUID or ZNS/GetFollowers: user ids and how many there are."""

    code: str
    meaning: str
    user_ids: tuple[str, ...] = ()
    total: int | None = None
    """How many users match the whole query (eSMS's Total)."""
    error_message: str = ""
    """eSMS's own words when it refused (ErrorMessage)."""


def _user_page(code: str, answer: dict[str, Any], ids: list[Any], total: Any) -> UserPage:
    return UserPage(
        code, describe_code(code),
        tuple(str(i).strip()[:40] for i in ids
              if isinstance(i, str | int) and not isinstance(i, bool) and str(i).strip()),
        _int(total), (answer_text(answer.get("ErrorMessage")) or "") if code != ACCEPTED else "",
    )


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _zalo_error(info: Any) -> str | None:
    """Zalo's ErrorInfo, in any documented shape (``"0"``, ``"1001"``, a bare code, Zalo's
    JSON followed by more text …), in words; None when it reports no error."""
    read = parse_error_info(info)
    if read.kind == "error":
        return failed_detail(read.code)
    if read.kind == "unreadable":
        text = answer_text(read.text, 200)
        return f"Zalo said: {text}"
    return None


def _keys(body: dict[str, Any] | None, params: dict[str, str] | None) -> set[str]:
    """The secret values a call carries (ApiKey, SecretKey), to mask in its answer."""
    return {str(v) for source in (body or {}, params or {})
            for k, v in source.items() if k in ("ApiKey", "SecretKey")}


def _usable(answer: Answer) -> dict[str, Any]:
    """The answer's JSON object with its code, or `EsmsAnswerError` saying, in plain words,
    why there is none (too large, a redirect, a contradiction, not JSON, no code)."""
    status, reason = answer.status, answer.reason
    try:
        code = _read_code_strict(answer.parsed)
    except UnreadableAnswer as exc:
        raise EsmsAnswerError(str(exc)) from None
    if answer.capped.too_large:
        raise EsmsAnswerError(f"eSMS's answer is larger than {ANSWER_MAX_BYTES // 1024} KiB; "
                              "the program stopped reading it.")
    if 300 <= status < 400:
        raise EsmsAnswerError(f"eSMS answered HTTP {status}, a redirect to "
                              f"{answer.location or 'no address'}; the program does not "
                              "follow redirects: check the endpoint.")
    if code == ACCEPTED and not 200 <= status < 300:
        raise EsmsAnswerError(f"HTTP {status} with code 100: eSMS's answer is "
                              "contradictory.")
    if not isinstance(answer.parsed, dict) or code is None:
        if answer.unreadable and status < 400:
            raise EsmsAnswerError(answer.unreadable)
        if status >= 400:
            raise EsmsAnswerError(f"eSMS answered HTTP {status} {reason}.")
        raise EsmsAnswerError("eSMS's answer is not a JSON object with a result code.")
    return answer.parsed


class EsmsQueries:
    """Calls the auxiliary endpoints on the program's shared `httpx.AsyncClient`."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    async def _call(
        self, base_url: str, path: str, timeouts: Timeouts, *,
        body: dict[str, Any] | None = None, params: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        problem = endpoint_problem(base_url)
        if problem:
            raise NetworkError(problem)
        url = join_url(base_url, path)
        secrets = tuple(_keys(body, params))
        try:
            async with asyncio.timeout(timeouts.total):
                async with self._http.stream(
                    "POST" if body is not None else "GET", url, json=body, params=params,
                    timeout=httpx_timeout(timeouts),
                ) as response:
                    answer = Answer.of(response, await read_capped(response), secrets)
        except TimeoutError:
            raise NetworkError(f"eSMS did not finish its answer within {timeouts.total:g} s.") \
                from None
        except httpx.HTTPError as exc:
            raise NetworkError(describe_failure(exc, timeouts)[1]) from None
        return _usable(answer)

    async def balance(self, base_url: str, api_key: str, secret_key: str,
                      timeouts: Timeouts) -> Balance:
        """The account balance."""
        answer = await self._call(base_url, BALANCE_PATH, timeouts,
                                  body={"ApiKey": api_key, "SecretKey": secret_key})
        code = _read_code(answer) or ""
        user = answer.get("UserID")
        return Balance(code, describe_code(code), _float(answer.get("Balance")),
                       None if user is None else str(user))

    async def send_status(self, base_url: str, api_key: str, secret_key: str, sms_id: str,
                          timeouts: Timeouts) -> SendStatus:
        """What eSMS knows of a sent message (last 7 days)."""
        answer = await self._call(
            base_url, SEND_STATUS_PATH, timeouts,
            params={"RefId": sms_id, "ApiKey": api_key, "SecretKey": secret_key},
        )
        code = _read_code(answer) or ""
        status = _int(answer.get("SendStatus"))
        return SendStatus(
            code, describe_code(code), status,
            describe_send_status(status) if status is not None else "",
            _int(answer.get("SendSuccess")) or 0, _int(answer.get("SendFailed")) or 0,
            _int(answer.get("TotalSent")) or 0, _float(answer.get("TotalPrice")),
        )

    async def zalo_status(self, base_url: str, api_key: str, secret_key: str, sms_id: str,
                          timeouts: Timeouts) -> ZaloStatus:
        """What Zalo said of a consultation message (QueryZnsStatus, SmsType 25)."""
        answer = await self._call(base_url, ZNS_STATUS_PATH, timeouts, body={
            "ApiKey": api_key, "SecretKey": secret_key, "SmsId": sms_id,
            "SmsType": ZALO_CONSULTING_SMS_TYPE,
        })
        code = _read_code(answer) or ""
        raw = answer.get("Data")
        data: dict[str, Any] = raw if isinstance(raw, dict) else {}
        status = _int(data.get("SendStatus"))
        message_id = data.get("ZaloMsgId")
        return ZaloStatus(
            code, describe_code(code), status,
            describe_send_status(status) if status is not None else "",
            _int(data.get("FinalStatus")),
            None if message_id in (None, "") else str(message_id),
            _zalo_error(data.get("ErrorInfo")),
        )

    async def follow_status(self, base_url: str, api_key: str, secret_key: str, sms_id: str,
                            timeouts: Timeouts) -> tuple[SendStatus, Observation | None]:
        """GetSendStatus of *sms_id* and the lifecycle state it gives (None unless code 100)."""
        status = await self.send_status(base_url, api_key, secret_key, sms_id, timeouts)
        if status.code != ACCEPTED:
            return status, None
        return status, from_counts(status.status, status.success, status.failed,
                                   "GetSendStatus")

    async def callbacks(self, status_url: str, api_key: str, secret_key: str, oaid: str,
                        sms_ids: list[str], timeouts: Timeouts) -> CallbackAnswer:
        """GetCallback (POST *status_url*, a full URL): Zalo's outcome of up to 200 SMSIDs
        sent with a CallbackUrl. The answer's code field is ``Code``."""
        answer = await self._call(status_url, "", timeouts, body={
            "ApiKey": api_key, "SecretKey": secret_key, "ListRefid": list(sms_ids),
            "OAId": oaid,
        })
        code = _read_code(answer) or ""
        found: dict[str, Observation] = {}
        items = answer.get("Data_callback") if code == ACCEPTED else None
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict) and item.get("SMSID") not in (None, ""):
                found[str(item["SMSID"])] = from_callback_item(item)
        return CallbackAnswer(code, describe_code(code), found)

    async def official_accounts(self, base_url: str, api_key: str, secret_key: str,
                                timeouts: Timeouts) -> tuple[str, list[OfficialAccount]]:
        """The account's OAs; returns the result code and the list (empty unless 100)."""
        answer = await self._call(base_url, LIST_OA_PATH, timeouts,
                                  body={"ApiKey": api_key, "SecretKey": secret_key})
        code = _read_code(answer) or ""
        items = answer.get("ZOAList") if code == ACCEPTED else None
        oas = [OfficialAccount(str(i.get("OAID", "")), str(i.get("OAName", "")))
               for i in items or [] if isinstance(i, dict)]
        return code, oas

    async def interacted_users(
        self, base_url: str, api_key: str, secret_key: str, timeouts: Timeouts, *,
        oaid: str, offset: int, count: int, from_date: str, to_date: str,
        is_follower: str = "", tag: str = "",
    ) -> UserPage:
        """One page of the users who interacted with *oaid* between two dd/MM/yyyy dates
        (QueryListUID; *is_follower* "1", "0" or "" for all; *tag* "" for all)."""
        answer = await self._call(base_url, QUERY_LIST_UID_PATH, timeouts, body={
            "ApiKey": api_key, "SecretKey": secret_key, "OAID": oaid, "Offset": offset,
            "Count": count, "FromDate": from_date, "ToDate": to_date,
            "IsFollower": is_follower, "TagName": tag,
        })
        code = _read_code(answer) or ""
        raw = answer.get("Data") if code == ACCEPTED else None
        data: dict[str, Any] = raw if isinstance(raw, dict) else {}
        users = data.get("Users")
        return _user_page(code, answer, users if isinstance(users, list) else [],
                          data.get("Total"))

    async def followers(
        self, base_url: str, api_key: str, secret_key: str, timeouts: Timeouts, *,
        oaid: str, offset: int, count: int,
    ) -> UserPage:
        """One page of every follower of *oaid* (ZNS/GetFollowers)."""
        answer = await self._call(base_url, FOLLOWERS_PATH, timeouts, body={
            "ApiKey": api_key, "SecretKey": secret_key, "OAID": oaid, "Offset": offset,
            "Count": count,
        })
        code = _read_code(answer) or ""
        items = answer.get("Followers") if code == ACCEPTED else None
        ids = [i.get("User_Id") for i in items or [] if isinstance(i, dict)]
        return _user_page(code, answer, ids, answer.get("Total") if code == ACCEPTED else None)
