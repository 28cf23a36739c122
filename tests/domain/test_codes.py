"""eSMS result codes and send statuses in plain words; an unknown code is named, never hidden."""

from __future__ import annotations

import pytest

from zalo_composer.domain.codes import (
    ACCEPTED,
    CODE_FIELDS,
    CODE_MEANINGS,
    DUPLICATE_REQUEST_ID,
    SEND_STATUS_MEANINGS,
    describe_code,
    describe_send_status,
)

#: Every CodeResult in the table of /work/shared/reference/esms-api-facts.md (copied here so
#: the test does not depend on that file).
FACTS_TABLE_CODES = (
    "99", "100", "101", "102", "103", "104", "105", "106", "107", "108", "110", "115", "118",
    "120", "124", "140", "143", "146", "160", "163", "171", "177", "199", "201", "204", "210",
    "300", "301", "687", "789", "790", "791", "799", "801", "802", "851", "854",
    # From the facts' QueryListUID row (and eSMS's page of that call): bad date, bad paging.
    "161", "162",
)
#: The rows the facts mark as reachable by a consultation message.
CONSULTATION_CODES = ("100", "101", "102", "103", "118", "124", "140", "143", "204", "210",
                      "789", "799")


@pytest.mark.parametrize("code", [100, "100", " 100 "])
def test_100_means_accepted_not_delivered(code: str | int) -> None:
    meaning = describe_code(code)
    assert "accepted by eSMS" in meaning
    assert "deliver" not in meaning.lower()
    assert "received" not in meaning.lower()
    assert "success" not in meaning.lower()


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("101", ("ApiKey", "SecretKey")),
        (101, ("ApiKey", "SecretKey")),
        ("124", ("duplicate", "RequestId")),
        ("210", ("payload",)),
        ("103", ("balance",)),
        ("799", ("OAID",)),
    ],
)
def test_known_codes(code: str | int, words: tuple[str, ...]) -> None:
    meaning = describe_code(code)
    for word in words:
        assert word in meaning, meaning


@pytest.mark.parametrize(
    ("code", "meaning"),
    [
        ("555", "unknown code 555"),
        (555, "unknown code 555"),
        (" 555 ", "unknown code 555"),
        ("-1", "unknown code -1"),
        ("abc", "unknown code abc"),
    ],
)
def test_an_unknown_code_is_named(code: str | int, meaning: str) -> None:
    assert describe_code(code) == meaning


@pytest.mark.parametrize("code", [None, ""])
def test_no_code(code: str | None) -> None:
    assert describe_code(code) == "no result code"


@pytest.mark.parametrize("code", FACTS_TABLE_CODES)
def test_every_code_of_the_facts_table_has_a_meaning(code: str) -> None:
    assert code in CODE_MEANINGS
    assert CODE_MEANINGS[code].strip()
    assert describe_code(code) == CODE_MEANINGS[code]
    assert "unknown" not in describe_code(code)


def test_the_table_holds_nothing_but_the_facts() -> None:
    assert set(CODE_MEANINGS) == set(FACTS_TABLE_CODES)
    assert set(CONSULTATION_CODES) <= set(CODE_MEANINGS)


def test_named_codes_and_code_fields() -> None:
    assert ACCEPTED == "100"
    assert DUPLICATE_REQUEST_ID == "124"
    assert CODE_FIELDS == ("CodeResult", "CodeResponse", "Code")


@pytest.mark.parametrize(
    ("status", "meaning"),
    [
        (1, "waiting for approval"),
        (2, "waiting to send"),
        (4, "rejected"),
        (5, "finished"),
        (7, "sent, waiting for report"),
        ("5", "finished"),
        (" 7 ", "sent, waiting for report"),
        (3, "unknown status 3"),
        ("0", "unknown status 0"),
        ("abc", "unknown status abc"),
        (None, "no status"),
        ("", "no status"),
    ],
)
def test_describe_send_status(status: int | str | None, meaning: str) -> None:
    assert describe_send_status(status) == meaning


def test_send_statuses_are_the_documented_ones() -> None:
    assert set(SEND_STATUS_MEANINGS) == {1, 2, 4, 5, 7}


def test_the_followers_codes_say_what_to_fix() -> None:
    assert "dd/MM/yyyy" in describe_code("161")
    assert "50" in describe_code("162") and "9950" in describe_code("162")
