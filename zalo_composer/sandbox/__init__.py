"""A loopback stand-in for eSMS, so the app and the tests can send real HTTP with no account.

Standard library and `zalo_composer.domain` only: `http.server` answering in a background
thread. Paths live under ``/MainService.svc/json/``; a trailing slash is optional and names
match case-insensitively (as IIS does)::

    POST SendZaloFollowerMessage_V5_post_json/    CodeResult   100 101 103 124 204 210
    POST GetBalance_json/                         CodeResponse 100 101
    GET  GetSendStatus?RefId=&ApiKey=&SecretKey=  CodeResponse 100 101 105 851
    POST QueryZnsStatus/                          CodeResult   100 101 105 118 851
    POST ZNS/GetListZOA/                          CodeResult   100 101
    POST /ZaloCallback/GetCallback (own path)     Code (int)   100 101 851
    POST QueryListUID/                            CodeResult   100 101 161 162 204
    POST ZNS/GetFollowers/                        CodeResult   100 101 162 204

Where the real service's behaviour is unknown, the sandbox chooses:

- A POST body that is not a JSON object (or has no Content-Length, or is over 1 MiB) gets
  **HTTP 400** with the endpoint's code field set to "210" and the reason in ErrorMessage.
  Every eSMS answer is HTTP 200; unknown paths get 404, a wrong method 405 (JSON bodies).
- Answers are HTTP/1.0 with a Content-Length: one request per connection, no keep-alive.
- Only an accepted send records its RequestId (for 24 h of the sandbox clock), so a
  request rejected for its payload can be fixed and sent again under the same id.
- An accepted message is SendStatus 7 (sent, waiting for report) for `report_delay`
  seconds (default 3), then 5 (finished) with one success; one failure, with Zalo's code in
  ErrorInfo, for the failing demo followers (`domain.demo.DEMO_RECIPIENTS`: -230, -213,
  -217, 1001). Zalo's refusals come later, never as 210: 210 is only for what eSMS itself
  refuses. The slow follower stays 7 for 15 minutes; the broken-answer follower is accepted
  and charged, but gets a proxy's 502 page. A future SendDate shows 2 until then.
- ErrorInfo is text as documented (null before the outcome; Zalo's JSON then ``____`` and a
  time in GetCallback; ``"0"`` or the bare code in QueryZnsStatus, whose FinalStatus is
  ``"0"``/``"1"``). GetCallback (TypeId 26) knows only sends made with a CallbackUrl.
  Status queries find messages for 7 days, 105 after that or for an unknown SMSID.
- Each accepted send costs `DEMO_PRICE` of the balance; 103 once it is too low.
- A CallbackUrl is checked and remembered, never called.
- The demo OA has `DEMO_USER_COUNT` users plus the tests' recipients (see `followers`):
  the last 7 days need several pages of 50; ``Sandbox(users=N)`` makes more or fewer.
- Faults (`Fault`, `Sandbox.inject`) corrupt answers on purpose; see `FaultKind`.

The demo account's keys and OAs (`DEMO_API_KEY`, `DEMO_SECRET_KEY`, `DEMO_OAIDS`) are
public values shared with the Sandbox profile; they live in `zalo_composer.domain.demo`.

Modules: `rules` (the routes, the demo account and what each endpoint answers), `faults`
(the deliberate failures and how they are played), `server` (`Sandbox` and its HTTP
server), `command` (the foreground command behind ``zalo-composer sandbox`` and
``python -m zalo_composer.sandbox``).
"""

from __future__ import annotations

from .faults import FAULT_KINDS, Fault, FaultKind
from .rules import (
    BALANCE_ENDPOINT,
    DEMO_ACCOUNT_USER_ID,
    DEMO_BALANCE,
    DEMO_INACTIVE_USER_ID,
    DEMO_PRICE,
    LIST_OA_ENDPOINT,
    SEND_ENDPOINT,
    SEND_STATUS_ENDPOINT,
    ZNS_STATUS_ENDPOINT,
    AcceptedMessage,
)
from .server import RecordedRequest, Sandbox

__all__ = [
    "BALANCE_ENDPOINT",
    "DEMO_ACCOUNT_USER_ID",
    "DEMO_BALANCE",
    "DEMO_INACTIVE_USER_ID",
    "DEMO_PRICE",
    "FAULT_KINDS",
    "LIST_OA_ENDPOINT",
    "SEND_ENDPOINT",
    "SEND_STATUS_ENDPOINT",
    "ZNS_STATUS_ENDPOINT",
    "AcceptedMessage",
    "Fault",
    "FaultKind",
    "RecordedRequest",
    "Sandbox",
]
