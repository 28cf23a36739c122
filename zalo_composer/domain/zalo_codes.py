"""Zalo's error codes, as they reach eSMS's ErrorInfo / error_info, in plain words with what
to do. English here; the window shows them in its language (`ui.i18n_domain`).

Sources: eSMS's status pages (``0`` success, ``1001`` follower not online in time, any other
value a Zalo code) and Zalo's published OA API error table. An unknown code is named as
unknown, never hidden.
"""

from __future__ import annotations

from typing import NamedTuple


class ZaloCode(NamedTuple):
    """What a Zalo code means and what the sender can do about it."""

    meaning: str
    advice: str


ZALO_SUCCESS = 0
NOT_ONLINE_IN_TIME = 1001

ZALO_CODES: dict[int, ZaloCode] = {
    -32: ZaloCode("Zalo's rate limit was exceeded",
                  "Send fewer messages per second and try again later."),
    -114: ZaloCode("the follower is inactive, refused the message, or uses an outdated Zalo",
                   "Nothing to fix on your side; try another channel for this follower."),
    -124: ZaloCode("the OA's access token is invalid",
                   "Ask eSMS to reconnect the Official Account."),
    -201: ZaloCode("a parameter of the message is invalid",
                   "Check the text, buttons and user id of the draft."),
    -204: ZaloCode("the Official Account is disabled",
                   "Check the OA's status in Zalo's OA manager or with eSMS."),
    -205: ZaloCode("the Official Account does not exist",
                   "Check the OAID in the profile."),
    -210: ZaloCode("a parameter is over Zalo's limit",
                   "Shorten the text, titles or payloads."),
    -211: ZaloCode("the OA is out of its message quota",
                   "Wait for the quota to renew or ask eSMS about the OA's package."),
    -213: ZaloCode("the user does not follow the Official Account",
                   "Consultation messages reach followers only; ask the user to follow the OA."),
    -216: ZaloCode("the access token is invalid",
                   "Ask eSMS to reconnect the Official Account."),
    -217: ZaloCode("the follower blocked messages from the OA",
                   "Do not send again; the follower must unblock the OA first."),
    -220: ZaloCode("the access token has expired",
                   "Ask eSMS to renew the Official Account's connection."),
    -227: ZaloCode("the user's account is banned or has been inactive for over 45 days",
                   "Nothing to fix on your side; reach this person another way."),
    -230: ZaloCode("this follower has not interacted with the OA in the last 7 days",
                   "A consultation message only reaches users who did; wait until the follower "
                   "writes to the OA, or use a ZNS message."),
    -232: ZaloCode("the follower's interaction has expired",
                   "Wait until the follower interacts with the OA again."),
    -233: ZaloCode("this message type is not allowed for this follower or OA",
                   "Check the kind of message and the OA's permissions."),
    -234: ZaloCode("messages cannot be sent at night (22:00 to 06:00)",
                   "Schedule the message for the daytime."),
    -244: ZaloCode("the follower restricted this type of message",
                   "Do not send again; reach this person another way."),
    NOT_ONLINE_IN_TIME: ZaloCode("the follower was not online to receive it in time",
                                 "Send again later, when the follower is likely to be online."),
}


def zalo_meaning(code: int | None) -> str:
    """The meaning of Zalo's *code*; an unknown one is named, never hidden."""
    if code is None:
        return "Zalo gave no reason"
    if code == ZALO_SUCCESS:
        return "sent by Zalo"
    known = ZALO_CODES.get(code)
    return known.meaning if known else f"unknown Zalo code {code}"


def zalo_advice(code: int | None) -> str:
    """What to do about Zalo's *code*; empty when there is nothing known to advise."""
    known = ZALO_CODES.get(code) if code is not None else None
    return known.advice if known else ""
