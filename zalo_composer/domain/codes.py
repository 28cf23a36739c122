"""eSMS result codes and send statuses, with their meanings in plain words."""

from __future__ import annotations

ACCEPTED = "100"
DUPLICATE_REQUEST_ID = "124"

#: CodeResult → meaning, for every eSMS product (a consultation message can hit
#: 100-103, 118, 124, 140, 143, 204, 210, 789 and 799).
CODE_MEANINGS: dict[str, str] = {
    "99": "phone number blocked",
    "100": "accepted by eSMS",
    "101": "wrong ApiKey or SecretKey",
    "102": "no price list for the account",
    "103": "balance too low",
    "104": "brandname or call code does not exist",
    "105": "SMSID or call code not found",
    "106": "recording file missing",
    "107": "at least 30 distinct numbers per request are needed",
    "108": "phone number format wrong",
    "110": "request data wrong",
    "115": "hashed phone number invalid",
    "118": "message type not supported",
    "120": "phone list too long",
    "124": "duplicate RequestId",
    "140": "caller IP not whitelisted",
    "143": "account not activated or locked",
    "146": "wrong customer-care template",
    "160": "over the TPS limit",
    "161": "a date is not in the dd/MM/yyyy format",
    "162": "Offset or Count out of range (at most 50 users a call, Offset at most 9950)",
    "163": "more than one phone number per request",
    "171": "code used, expired or not for this number",
    "177": "telco not registered",
    "199": "request already exists and is being processed",
    "201": "content holds a blocked keyword",
    "204": "OAID does not exist",
    "210": "payload breaks the rules",
    "300": "message type missing",
    "301": "service type not supported",
    "687": "more than 500 phone numbers",
    "789": "template not configured for this OAID",
    "790": "wrong ZNS template",
    "791": "OAID or template id missing",
    "799": "OAID inactive, wrong, or not added to the account",
    "801": "over-quota mode cannot be scheduled",
    "802": "OA not allowed to use over-quota mode",
    "851": "MessageId or SMSID missing",
    "854": "no data found",
}

#: SendStatus of a status query or callback → meaning.
SEND_STATUS_MEANINGS: dict[int, str] = {
    1: "waiting for approval",
    2: "waiting to send",
    4: "rejected",
    5: "finished",
    7: "sent, waiting for report",
}

#: Names under which eSMS endpoints return their result code.
CODE_FIELDS = ("CodeResult", "CodeResponse", "Code")


def describe_code(code: str | int | None) -> str:
    """The meaning of a result code; an unknown one is named, never hidden."""
    if code is None or code == "":
        return "no result code"
    key = str(code).strip()
    return CODE_MEANINGS.get(key, f"unknown code {key}")


def describe_send_status(status: int | str | None) -> str:
    """The meaning of a SendStatus value."""
    if status is None or status == "":
        return "no status"
    try:
        number = int(status)
    except (TypeError, ValueError):
        return f"unknown status {status}"
    return SEND_STATUS_MEANINGS.get(number, f"unknown status {number}")
