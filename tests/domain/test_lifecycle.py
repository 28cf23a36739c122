"""The message lifecycle: every documented shape of ErrorInfo, Zalo's codes in words, and the
states the two status sources give."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest

from zalo_composer.domain.lifecycle import (
    LIFECYCLE_STATES,
    LIFECYCLE_WORDS,
    Observation,
    better,
    cli_outcome,
    from_callback_item,
    from_send_status,
    parse_error_info,
    salvage_answer,
)
from zalo_composer.domain.zalo_codes import ZALO_CODES, zalo_advice, zalo_meaning

# The samples below are copied from eSMS's pages (GetCallback, QueryZnsStatus, callback-url).
GETCALLBACK_SAMPLE = ('{"error":-124,"message":"Access token is invalid"}Object reference not '
                      "set to an instance of an object.")
CONSULTING_CALLBACK_SAMPLE = (
    "%257B%2522data%2522%3A%257B%2522message_id%2522%3A%2522e1a60e8890be9de4c4ab%2522%2C%2522"
    "user_id%2522%3A%252231215806834323092%2522%257D%2C%2522error%2522%3A0%2C%2522message%2522"
    "%3A%2522Success%2522%257D____24%2F04%2F2024%252016%3A58%3A01")
ZNS_CALLBACK_SAMPLE = ('%22{%5C%22error%5C%22%3A-114%2C%5C%22message%5C%22%3A%5C%22User%20is%20'
                       'inactive%5C%22}%22')
UID_CALLBACK_SAMPLE = ('{%22error%22%3A0%2C%22message%22%3A%22Success%22%2C%22data%22%3A{%22'
                       'delivery_time%22%3Anull%2C%22status%22%3A1}}')


@pytest.mark.parametrize(("value", "kind", "code"), [
    (None, "none", None),
    ("", "none", None),
    ("null", "none", None),
    ("0", "success", 0),
    (0, "success", 0),
    ("1001", "error", 1001),
    (1001, "error", 1001),
    ("-230", "error", -230),
    (" -213 ", "error", -213),
    (GETCALLBACK_SAMPLE, "error", -124),
    ('{"error":-230,"message":"User has not interacted"}____24/04/2024 16:58:01', "error",
     -230),
    ('{"data":{"message_id":"x","user_id":"1"},"error":0,"message":"Success"}____24/04/2024',
     "success", 0),
    (CONSULTING_CALLBACK_SAMPLE, "success", 0),
    (ZNS_CALLBACK_SAMPLE, "error", -114),
    (UID_CALLBACK_SAMPLE, "success", 0),
    (quote('{"error":-230,"message":"x"}'), "error", -230),
    ('{"error":"-217","message":"blocked"}', "error", -217),
    ({"error": -232, "message": "expired"}, "error", -232),
    ('{"error":-201,"message":"cut off', "error", -201),
    ("Object reference not set to an instance of an object.", "unreadable", None),
    ('{"message":"no code here"}', "unreadable", None),
])
def test_every_documented_shape_of_error_info(value: object, kind: str, code: int | None) -> None:
    info = parse_error_info(value)
    assert (info.kind, info.code) == (kind, code)


def test_zalos_own_message_is_kept() -> None:
    assert parse_error_info(GETCALLBACK_SAMPLE).message == "Access token is invalid"


REQUIRED = (-32, -114, -124, -201, -204, -205, -210, -211, -213, -216, -217, -220, -227, -230,
            -232, -233, -234, -244, 1001)


@pytest.mark.parametrize("code", REQUIRED)
def test_each_required_zalo_code_has_words_and_advice(code: int) -> None:
    assert code in ZALO_CODES
    assert zalo_meaning(code) and "unknown" not in zalo_meaning(code)
    assert zalo_advice(code)


def test_230_says_what_it_means() -> None:
    assert "7 days" in zalo_meaning(-230)
    assert "only reaches users who did" in zalo_advice(-230)


def test_unknown_zalo_code_is_named_not_hidden() -> None:
    assert zalo_meaning(-999) == "unknown Zalo code -999"
    assert zalo_advice(-999) == ""


def test_every_state_has_words() -> None:
    assert set(LIFECYCLE_WORDS) == set(LIFECYCLE_STATES)


@pytest.mark.parametrize(("answer", "state"), [
    ({"CodeResponse": "100", "SendStatus": 5, "SendSuccess": 1, "SendFailed": 0}, "sent"),
    ({"CodeResponse": "100", "SendStatus": "5", "SendSuccess": "0", "SendFailed": "1"},
     "zalo_failed"),
    ({"CodeResponse": "100", "SendStatus": 7}, "waiting"),
    ({"CodeResponse": "100", "SendStatus": 2}, "waiting"),
    ({"CodeResponse": "100", "SendStatus": 1}, "waiting"),
    ({"CodeResponse": "100", "SendStatus": 4}, "zalo_failed"),
])
def test_get_send_status_gives_a_state(answer: dict[str, object], state: str) -> None:
    observed = from_send_status(answer)
    assert observed.state == state
    assert observed.zalo_error is None  # GetSendStatus never carries Zalo's reason


def test_get_send_status_failure_says_why_the_reason_is_missing() -> None:
    observed = from_send_status({"SendStatus": 5, "SendFailed": 1})
    assert "CallbackUrl" in observed.detail


def test_callback_item_carries_zalos_code() -> None:
    item = {"SMSID": "s", "SendFailed": 1, "SendSuccess": 0, "SendStatus": 5, "TypeId": 26,
            "ErrorInfo": '{"error":-230,"message":"User has not interacted"}'}
    observed = from_callback_item(item)
    assert (observed.state, observed.zalo_error) == ("zalo_failed", -230)
    assert "7 days" in observed.detail


def test_callback_item_success() -> None:
    item = {"SendStatus": 5, "SendSuccess": 1, "SendFailed": 0,
            "ErrorInfo": json.dumps({"error": 0, "message": "Success"}) + "____24/04/2024"}
    assert from_callback_item(item).state == "sent"


def test_callback_item_not_sent_yet() -> None:
    assert from_callback_item({"SendStatus": 2, "ErrorInfo": None}).state == "waiting"


def test_the_more_telling_observation_wins() -> None:
    waiting = Observation("waiting")
    failed = Observation("zalo_failed")
    with_code = Observation("zalo_failed", -230)
    assert better(waiting, failed) is failed
    assert better(failed, waiting) is failed
    assert better(failed, with_code) is with_code
    assert better(None, waiting) is waiting


@pytest.mark.parametrize(("state", "outcome"), [
    ("sent", "sent"), ("zalo_failed", "failed"), ("rejected", "rejected"),
    ("accepted", "waiting"), ("waiting", "waiting"), ("unknown", "unknown"),
    ("failed", "unknown"),
])
def test_cli_outcomes(state: str, outcome: str) -> None:
    assert cli_outcome(state) == outcome  # type: ignore[arg-type]


def test_a_readable_100_is_salvaged_from_a_broken_answer() -> None:
    assert salvage_answer('{"CodeResult": "100", "SMSID": "abc123", "Count') == ("100", "abc123")
    assert salvage_answer("<html>502 Bad Gateway</html>") == (None, None)
