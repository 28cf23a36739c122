"""Validation of a draft: one parametrised table per rule, at, below and over every limit.

Lengths are UTF-16 code units of the wire form (NFC, line breaks as CRLF), so the tables
mix ASCII, precomposed Vietnamese, decomposed (NFD) Vietnamese, emoji and line breaks.
Every problem is checked for its field path, its severity and a plain message that
carries the numbers.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple

import pytest

from zalo_composer.domain import limits
from zalo_composer.domain.body import new_request_id
from zalo_composer.domain.model import (
    Button,
    Draft,
    Message,
    PhoneButton,
    QueryHideButton,
    QueryShowButton,
    SmsButton,
    UrlButton,
    wire_length,
)
from zalo_composer.domain.validation import Problem, has_errors, validate_draft

NOW = datetime(2026, 6, 15, 9, 0, 0)
USER_ID = "6132578839214987522"

VALID_BUTTONS: tuple[Button, ...] = (
    UrlButton(title="Xem chi tiết", url="https://esms.vn"),
    QueryShowButton(title="Tư vấn ngay", payload="#callback_data"),
    QueryHideButton(title="Gửi yêu cầu", payload="#callback_data"),
    SmsButton(title="Nhắn tin", content="Tôi cần tư vấn", phone_code="84919018791"),
    PhoneButton(title="Gọi tổng đài", phone_code="0901888484"),
)
VALID_DRAFT = Draft(
    message=Message(text="Xin chào anh Nguyễn Văn An", buttons=VALID_BUTTONS),
    recipients=(USER_ID,),
)

# The index of each button type inside VALID_BUTTONS.
URL, SHOW, HIDE, SMS, PHONE = range(5)


def fullwidth(digits: str) -> str:
    """*digits* as full-width digits (U+FF10…), which str.isdigit() accepts."""
    return digits.translate({ord("0") + i: 0xFF10 + i for i in range(10)})


def arabic_indic(digits: str) -> str:
    """*digits* as Arabic-Indic digits (U+0660…), which str.isdigit() accepts."""
    return digits.translate({ord("0") + i: 0x0660 + i for i in range(10)})


def nfd(value: str) -> str:
    """*value* decomposed, as Telex/VNI input methods often deliver Vietnamese."""
    decomposed = unicodedata.normalize("NFD", value)
    assert decomposed != value or value.isascii()  # the test data really is decomposed
    return decomposed


class Want(NamedTuple):
    """One expected problem: its severity, text fragments of its message, and for
    length problems the count and limit it must report."""

    severity: str
    fragments: tuple[str, ...] = ()
    count: int | None = None
    limit: int | None = None


OK = None
REQUIRED = Want("error", ("required",))


def too_long(count: int, limit: int) -> Want:
    return Want("error", (), count, limit)


def error(*fragments: str) -> Want:
    return Want("error", fragments)


def warning(*fragments: str) -> Want:
    return Want("warning", fragments)


def assert_plain(message: str) -> None:
    """A message a user can read: filled in, no Python leftovers."""
    assert message.strip(), "empty message"
    assert "{" not in message and "}" not in message, f"unfilled placeholder: {message!r}"
    for leftover in ("None", "Traceback", "Error(", "\\u", "<class"):
        assert leftover not in message, f"{leftover!r} in {message!r}"


def has_number(message: str, number: int) -> bool:
    """True when *number* appears in *message* as a whole number (not inside a longer one)."""
    return re.search(rf"(?<!\d){number}(?!\d)", message) is not None


def check_problem(problem: Problem, field: str, want: Want) -> None:
    assert (problem.field, problem.severity) == (field, want.severity), problem
    assert_plain(problem.message)
    for fragment in want.fragments:
        assert fragment in problem.message, (fragment, problem.message)
    if want.count is not None:
        assert want.limit is not None
        assert has_number(problem.message, want.count), problem.message
        assert has_number(problem.message, want.limit), problem.message
        assert problem.params["count"] == want.count
        assert problem.params["limit"] == want.limit


def assert_problems(draft: Draft, field: str, want: Want | None) -> None:
    """*draft* differs from VALID_DRAFT in one field: exactly *want* (or nothing) is found."""
    problems = validate_draft(draft, now=NOW)
    if want is OK:
        assert problems == []
        return
    assert len(problems) == 1, problems
    check_problem(problems[0], field, want)


def with_text(text: str) -> Draft:
    return dataclasses.replace(VALID_DRAFT, message=Message(text=text, buttons=VALID_BUTTONS))


def with_buttons(buttons: Sequence[Button]) -> Draft:
    message = Message(VALID_DRAFT.message.text, tuple(buttons))
    return dataclasses.replace(VALID_DRAFT, message=message)


def with_button(index: int, **changes: str) -> Draft:
    buttons = list(VALID_BUTTONS)
    buttons[index] = dataclasses.replace(buttons[index], **changes)
    return with_buttons(buttons)


def length_rows(limit: int, *, required: bool) -> list[object]:
    """At, below and over *limit*, in every kind of character that counts differently."""
    rows = [
        pytest.param("a" * (limit - 1), OK, id="ascii-below"),
        pytest.param("a" * limit, OK, id="ascii-at"),
        pytest.param("a" * (limit + 1), too_long(limit + 1, limit), id="ascii-over"),
        pytest.param("ệ" * (limit - 1), OK, id="vietnamese-below"),
        pytest.param("ệ" * limit, OK, id="vietnamese-at"),
        pytest.param("ệ" * (limit + 1), too_long(limit + 1, limit), id="vietnamese-over"),
        # Decomposed: three code points per letter, but one as sent.
        pytest.param(nfd("ệ") * limit, OK, id="nfd-at"),
        pytest.param(nfd("ệ") * (limit + 1), too_long(limit + 1, limit), id="nfd-over"),
        pytest.param(
            nfd("Nguyễn") * (limit // 6) + "a" * (limit % 6), OK, id="nfd-name-at"
        ),
        pytest.param(
            nfd("Nguyễn") * (limit // 6) + "a" * (limit % 6 + 1),
            too_long(limit + 1, limit),
            id="nfd-name-over",
        ),
        # An emoji is two UTF-16 code units.
        pytest.param("😀" * (limit // 2 - 1) + "a", OK, id="emoji-below"),
        pytest.param("😀" * (limit // 2), OK, id="emoji-at"),
        pytest.param("😀" * (limit // 2) + "a", too_long(limit + 1, limit), id="emoji-over"),
        pytest.param(
            "😀" * (limit // 2 + 1), too_long(limit + 2, limit), id="emoji-fewer-code-points"
        ),
        # A line break goes out as CRLF: "a\nb" is 4.
        pytest.param("x" * (limit - 4) + "a\nb", OK, id="line-break-at"),
        pytest.param("x" * (limit - 3) + "a\nb", too_long(limit + 1, limit), id="line-break-over"),
        pytest.param("x" * (limit - 4) + "a\r\nb", OK, id="crlf-at"),
        pytest.param("x" * (limit - 3) + "a\r\nb", too_long(limit + 1, limit), id="crlf-over"),
    ]
    if required:
        rows += [
            pytest.param("", REQUIRED, id="empty"),
            pytest.param(" \n\t ", REQUIRED, id="blank"),
        ]
    else:
        rows += [pytest.param("", OK, id="empty-allowed")]
    return rows


def test_limits_are_the_documented_ones() -> None:
    assert limits.TEXT_MAX == 2000
    assert limits.BUTTONS_MAX == 5
    assert limits.BUTTON_TITLE_MAX == 100
    assert limits.QUERY_PAYLOAD_MAX == 1000
    assert limits.SMS_CONTENT_MAX == 160
    assert limits.REQUEST_ID_MAX == 50


def test_the_model_counters_read_the_same_limits() -> None:
    specs = {(cls.TYPE, f.name): f.limit for cls in map(type, VALID_BUTTONS) for f in cls.FIELDS}
    assert specs == {
        ("oa.open.url", "url"): None,
        ("oa.query.show", "payload"): limits.QUERY_PAYLOAD_MAX,
        ("oa.query.hide", "payload"): limits.QUERY_PAYLOAD_MAX,
        ("oa.open.sms", "content"): limits.SMS_CONTENT_MAX,
        ("oa.open.sms", "phone_code"): None,
        ("oa.open.phone", "phone_code"): None,
    }


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", 0),
        ("abc", 3),
        ("ệ", 1),
        (nfd("ệ"), 1),
        ("Nguyễn", 6),
        (nfd("Nguyễn"), 6),
        ("😀", 2),
        ("👍🏽", 4),  # thumbs up + skin tone: two astral code points
        ("🇻🇳", 4),  # the flag: two regional indicators
        ("a\nb", 4),
        ("a\r\nb", 4),
        ("a\rb", 4),
        ("\n\n", 4),
    ],
)
def test_wire_length_counts_utf16_units_of_the_wire_form(value: str, expected: int) -> None:
    assert wire_length(value) == expected


def test_the_valid_baseline_has_no_problem() -> None:
    # Every table below changes one field of this draft; it must start clean.
    assert validate_draft(VALID_DRAFT, now=NOW) == []


@pytest.mark.parametrize(("value", "want"), length_rows(limits.TEXT_MAX, required=True))
def test_text(value: str, want: Want | None) -> None:
    assert_problems(with_text(value), "text", want)


@pytest.mark.parametrize(
    ("count", "want"),
    [
        pytest.param(0, warning("no buttons"), id="none-warns"),
        pytest.param(1, OK, id="one"),
        pytest.param(limits.BUTTONS_MAX - 1, OK, id="below"),
        pytest.param(limits.BUTTONS_MAX, OK, id="at"),
        pytest.param(
            limits.BUTTONS_MAX + 1, too_long(limits.BUTTONS_MAX + 1, limits.BUTTONS_MAX), id="over"
        ),
        pytest.param(
            limits.BUTTONS_MAX + 2, too_long(limits.BUTTONS_MAX + 2, limits.BUTTONS_MAX), id="over2"
        ),
    ],
)
def test_button_count(count: int, want: Want | None) -> None:
    buttons = [VALID_BUTTONS[i % len(VALID_BUTTONS)] for i in range(count)]
    assert_problems(with_buttons(buttons), "buttons", want)


@pytest.mark.parametrize(("value", "want"), length_rows(limits.BUTTON_TITLE_MAX, required=True))
def test_title(value: str, want: Want | None) -> None:
    assert_problems(with_button(HIDE, title=value), "buttons[2].title", want)


@pytest.mark.parametrize("index", range(5))
def test_every_button_type_needs_a_title(index: int) -> None:
    assert_problems(with_button(index, title=""), f"buttons[{index}].title", REQUIRED)


@pytest.mark.parametrize("index", [SHOW, HIDE], ids=["oa.query.show", "oa.query.hide"])
@pytest.mark.parametrize(("value", "want"), length_rows(limits.QUERY_PAYLOAD_MAX, required=True))
def test_query_payload(index: int, value: str, want: Want | None) -> None:
    assert_problems(with_button(index, payload=value), f"buttons[{index}].payload", want)


@pytest.mark.parametrize(("value", "want"), length_rows(limits.SMS_CONTENT_MAX, required=False))
def test_sms_content(value: str, want: Want | None) -> None:
    assert_problems(with_button(SMS, content=value), "buttons[3].content", want)


ONLY_DIGITS = error("only digits")

PHONE_ROWS = [
    # National: 0 + 9 or 10 digits.
    pytest.param("0901888484", OK, id="national-10"),
    pytest.param("09018884841", OK, id="national-11"),
    pytest.param("090188848", warning("090188848"), id="national-too-short"),
    pytest.param("090188848412", warning("090188848412"), id="national-too-long"),
    # International without +: 84 + 9 or 10 digits.
    pytest.param("84919018791", OK, id="intl-84-9"),
    pytest.param("849190187912", OK, id="intl-84-10"),
    pytest.param("8491901879", warning("8491901879"), id="intl-too-short"),
    pytest.param("8491901879123", warning("8491901879123"), id="intl-too-long"),
    # Service numbers: 1800/1900 + 4 to 6 digits.
    pytest.param("18001091", OK, id="1800-4"),
    pytest.param("1800109191", OK, id="1800-6"),
    pytest.param("19001234", OK, id="1900-4"),
    pytest.param("1900123456", OK, id="1900-6"),
    pytest.param("1900123", warning("1900123"), id="1900-too-short"),
    pytest.param("19001234567", warning("19001234567"), id="1900-too-long"),
    # Other digit strings are only a warning, naming the number as it will be sent.
    pytest.param("12345", warning("12345"), id="short-code"),
    pytest.param("911", warning("911"), id="emergency"),
    pytest.param("+1 650-253-0000", warning("16502530000"), id="foreign"),
    # Separators and a leading + are removed.
    pytest.param("+84919018791", OK, id="leading-plus"),
    pytest.param("+84 919-018.791", OK, id="mixed-separators"),
    pytest.param("0901 888 484", OK, id="spaces"),
    pytest.param("090.188.8484", OK, id="dots"),
    pytest.param("090-188-8484", OK, id="dashes"),
    pytest.param("  0901888484  ", OK, id="padded"),
    # Errors.
    pytest.param("", REQUIRED, id="empty"),
    pytest.param("   ", REQUIRED, id="blank"),
    pytest.param("0901abc484", ONLY_DIGITS, id="letters"),
    pytest.param("++84919018791", ONLY_DIGITS, id="double-plus"),
    pytest.param("84+919018791", ONLY_DIGITS, id="plus-in-middle"),
    pytest.param("0901888484+", ONLY_DIGITS, id="plus-at-end"),
    pytest.param("+", ONLY_DIGITS, id="plus-alone"),
    pytest.param("(090) 188 8484", ONLY_DIGITS, id="parentheses"),
    pytest.param("0901_888_484", ONLY_DIGITS, id="underscores"),
    pytest.param("0901888484#", ONLY_DIGITS, id="hash"),
    pytest.param(fullwidth("0901888484"), ONLY_DIGITS, id="fullwidth-digits"),
    pytest.param(arabic_indic("0901888484"), ONLY_DIGITS, id="arabic-indic-digits"),
]


@pytest.mark.parametrize("index", [SMS, PHONE], ids=["oa.open.sms", "oa.open.phone"])
@pytest.mark.parametrize(("value", "want"), PHONE_ROWS)
def test_phone_code(index: int, value: str, want: Want | None) -> None:
    assert_problems(with_button(index, phone_code=value), f"buttons[{index}].phone_code", want)


NOT_ABSOLUTE = error("absolute")
NO_HOST = error("host")

URL_ROWS = [
    pytest.param("https://esms.vn", OK, id="https"),
    pytest.param("http://esms.vn", OK, id="http"),
    pytest.param("https://esms.vn/khuyen-mai?ma=TET2026#top", OK, id="path-query-fragment"),
    pytest.param("HTTPS://ESMS.VN", OK, id="upper-case"),
    pytest.param("https://esms.vn:8443/", OK, id="port"),
    pytest.param("  https://esms.vn  ", OK, id="padded"),
    pytest.param("", Want("error", ("required",)), id="empty"),
    pytest.param("   ", Want("error", ("required",)), id="blank"),
    pytest.param("javascript:alert(1)", error("javascript"), id="javascript"),
    pytest.param("JavaScript:alert(document.cookie)", error("javascript"), id="javascript-case"),
    pytest.param("  javascript:alert(1)", error("javascript"), id="javascript-padded"),
    pytest.param("file:///etc/passwd", error("file"), id="file"),
    pytest.param("data:text/html,<b>Xin chào</b>", error("data"), id="data"),
    pytest.param("ftp://esms.vn/bang-gia.pdf", error("ftp"), id="ftp"),
    pytest.param("mailto:hotro@esms.vn", error("mailto"), id="mailto"),
    pytest.param("/khuyen-mai", NOT_ABSOLUTE, id="relative-path"),
    pytest.param("khuyen-mai.html", NOT_ABSOLUTE, id="relative-file"),
    pytest.param("//esms.vn/khuyen-mai", NOT_ABSOLUTE, id="scheme-relative"),
    pytest.param("https://", NO_HOST, id="https-no-host"),
    pytest.param("http://", NO_HOST, id="http-no-host"),
    pytest.param("https:///khuyen-mai", NO_HOST, id="empty-host"),
    pytest.param("https://esms.vn/khuyen mai", error("spaces"), id="space"),
    pytest.param("https://[::1", error("cannot be read"), id="unreadable"),
]


@pytest.mark.parametrize(("value", "want"), URL_ROWS)
def test_url(value: str, want: Want | None) -> None:
    assert_problems(with_button(URL, url=value), "buttons[0].url", want)


FIRST_NOT_DIGITS = [("recipients[0]", error("only digits"))]


@pytest.mark.parametrize(
    ("recipients", "expected"),
    [
        pytest.param((USER_ID,), [], id="one"),
        pytest.param((f"  {USER_ID} ",), [], id="padded"),
        pytest.param((USER_ID, "8421504732112345678"), [], id="two"),
        pytest.param((), [("recipients", REQUIRED)], id="none"),
        pytest.param(("",), [("recipients[0]", REQUIRED)], id="empty"),
        pytest.param(("  ",), [("recipients[0]", REQUIRED)], id="blank"),
        pytest.param(("abc",), [("recipients[0]", error("only digits", "abc"))], id="letters"),
        pytest.param(("6132-5788",), FIRST_NOT_DIGITS, id="dash"),
        pytest.param(("-6132",), FIRST_NOT_DIGITS, id="minus"),
        pytest.param(("61.32",), FIRST_NOT_DIGITS, id="dot"),
        pytest.param((arabic_indic("3456"),), FIRST_NOT_DIGITS, id="arabic-digits"),
        pytest.param((fullwidth("6132"),), FIRST_NOT_DIGITS, id="fullwidth"),
        pytest.param(
            (USER_ID, "Nguyễn"), [("recipients[1]", error("only digits"))], id="second-wrong"
        ),
        pytest.param(("", USER_ID), [("recipients[0]", REQUIRED)], id="first-empty"),
        pytest.param(
            (USER_ID, USER_ID), [("recipients[1]", warning(USER_ID, "twice"))], id="duplicate"
        ),
    ],
)
def test_recipients(recipients: tuple[str, ...], expected: list[tuple[str, Want]]) -> None:
    problems = validate_draft(dataclasses.replace(VALID_DRAFT, recipients=recipients), now=NOW)
    assert [p.field for p in problems] == [field for field, _ in expected]
    for problem, (field, want) in zip(problems, expected, strict=True):
        check_problem(problem, field, want)


NOT_ASCII = error("ASCII")


@pytest.mark.parametrize(
    ("value", "want"),
    [
        pytest.param(None, OK, id="none"),
        pytest.param("", OK, id="empty"),
        pytest.param("a" * (limits.REQUEST_ID_MAX - 1), OK, id="below"),
        pytest.param("a" * limits.REQUEST_ID_MAX, OK, id="at"),
        pytest.param(
            "a" * (limits.REQUEST_ID_MAX + 1),
            too_long(limits.REQUEST_ID_MAX + 1, limits.REQUEST_ID_MAX),
            id="over",
        ),
        pytest.param(new_request_id(), OK, id="generated"),
        pytest.param("don-hang 1024/~!", OK, id="punctuation-and-space"),
        pytest.param("ệ", NOT_ASCII, id="vietnamese"),
        pytest.param("đơn-hàng-1024", NOT_ASCII, id="vietnamese-word"),
        pytest.param("😀", NOT_ASCII, id="emoji"),
        pytest.param("a\tb", NOT_ASCII, id="tab"),
        pytest.param("a\nb", NOT_ASCII, id="newline"),
        pytest.param("a\x7fb", NOT_ASCII, id="delete-char"),
    ],
)
def test_request_id(value: str | None, want: Want | None) -> None:
    assert_problems(dataclasses.replace(VALID_DRAFT, request_id=value), "request_id", want)


BAD_FORMAT = error("yyyy-mm-dd hh:MM:ss")
NOT_REAL = error("not a real date")


@pytest.mark.parametrize(
    ("value", "want"),
    [
        pytest.param(None, OK, id="none"),
        pytest.param("", OK, id="empty"),
        pytest.param("2026-06-15 09:00:01", OK, id="one-second-ahead"),
        pytest.param("2026-12-31 23:59:59", OK, id="end-of-year"),
        pytest.param("2028-02-29 10:00:00", OK, id="leap-day"),
        pytest.param("2026-06-15 09:00:00", error("past", "2026-06-15 09:00:00"), id="now"),
        pytest.param("2026-06-15 08:59:59", error("past", "2026-06-15 08:59:59"), id="second-ago"),
        pytest.param("2020-01-01 00:00:00", error("past"), id="long-ago"),
        pytest.param("2026-02-30 10:00:00", error("not a real date", "2026-02-30"), id="feb-30"),
        pytest.param("2027-02-29 10:00:00", NOT_REAL, id="no-leap-day"),
        pytest.param("2026-13-01 10:00:00", NOT_REAL, id="month-13"),
        pytest.param("2026-06-16 24:00:00", NOT_REAL, id="hour-24"),
        pytest.param("2026-06-16 10:60:00", NOT_REAL, id="minute-60"),
        pytest.param("2026-06-16", BAD_FORMAT, id="date-only"),
        pytest.param("2026-06-16 10:00", BAD_FORMAT, id="no-seconds"),
        pytest.param("2026-06-16T10:00:00", BAD_FORMAT, id="iso-t"),
        pytest.param("16/06/2026 10:00:00", BAD_FORMAT, id="day-first"),
        pytest.param("2026-6-16 10:00:00", BAD_FORMAT, id="one-digit-month"),
        pytest.param("2026-06-16 10:00:00.5", BAD_FORMAT, id="fraction"),
        pytest.param(" 2026-06-16 10:00:00", BAD_FORMAT, id="leading-space"),
        pytest.param("2026-06-16 10:00:00\n", BAD_FORMAT, id="trailing-newline"),
        pytest.param(fullwidth("2026-06-16 10:00:00"), BAD_FORMAT, id="fullwidth-digits"),
        pytest.param(arabic_indic("2026-06-16 10:00:00"), BAD_FORMAT, id="arabic-indic-digits"),
    ],
)
def test_send_date(value: str | None, want: Want | None) -> None:
    assert_problems(dataclasses.replace(VALID_DRAFT, send_date=value), "send_date", want)


@pytest.mark.parametrize(
    ("value", "is_wrong"), [("2999-01-01 00:00:00", False), ("2001-01-01 00:00:00", True)]
)
def test_send_date_without_now_uses_the_clock(value: str, is_wrong: bool) -> None:
    problems = validate_draft(dataclasses.replace(VALID_DRAFT, send_date=value))
    assert [p.field for p in problems] == (["send_date"] if is_wrong else [])


def test_validate_draft_reports_every_problem_at_once_in_form_order() -> None:
    # GIVEN a draft with something wrong in almost every field
    draft = Draft(
        message=Message(
            text="",
            buttons=(
                UrlButton(title="Xem", url="javascript:alert(1)"),
                QueryShowButton(title="", payload=""),
                QueryHideButton(title="ệ" * (limits.BUTTON_TITLE_MAX + 1), payload="#ok"),
                SmsButton(title="SMS", content="😀" * 81, phone_code="0901abc"),
                PhoneButton(title="Gọi", phone_code="12345"),
                PhoneButton(title="Gọi lại", phone_code="0901888484"),
            ),
        ),
        recipients=("abc",),
        request_id="x" * (limits.REQUEST_ID_MAX + 1),
        send_date="2026-02-30 10:00:00",
    )

    # WHEN it is validated
    problems = validate_draft(draft, now=NOW)

    # THEN every problem is there, in the order of the form, with its severity
    assert [(p.field, p.severity) for p in problems] == [
        ("recipients[0]", "error"),
        ("request_id", "error"),
        ("send_date", "error"),
        ("text", "error"),
        ("buttons", "error"),
        ("buttons[0].url", "error"),
        ("buttons[1].title", "error"),
        ("buttons[1].payload", "error"),
        ("buttons[2].title", "error"),
        ("buttons[3].content", "error"),
        ("buttons[3].phone_code", "error"),
        ("buttons[4].phone_code", "warning"),
    ]
    # AND every message is plain, and the length ones carry their numbers
    for problem in problems:
        assert_plain(problem.message)
    by_field = {p.field: p for p in problems}
    check_problem(by_field["buttons"], "buttons", too_long(6, 5))
    check_problem(by_field["buttons[2].title"], "buttons[2].title", too_long(101, 100))
    check_problem(by_field["buttons[3].content"], "buttons[3].content", too_long(162, 160))
    check_problem(by_field["request_id"], "request_id", too_long(51, 50))
    assert has_errors(problems)


def test_problem_keeps_its_template_for_translation() -> None:
    [problem] = validate_draft(with_text("a" * (limits.TEXT_MAX + 1)), now=NOW)
    assert "{count}" in problem.template and "{limit}" in problem.template
    assert problem.params["count"] == limits.TEXT_MAX + 1
    assert problem.message == problem.template.format(**problem.params)


def warning_problem() -> Problem:
    return Problem("buttons", "warning", "The message has no buttons.")


def error_problem() -> Problem:
    return Problem("text", "error", "{label} is required.", {"label": "Text"})


@pytest.mark.parametrize(
    ("problems", "expected"),
    [
        pytest.param([], False, id="none"),
        pytest.param([warning_problem()], False, id="warning"),
        pytest.param([warning_problem(), warning_problem()], False, id="warnings"),
        pytest.param([error_problem()], True, id="error"),
        pytest.param([warning_problem(), error_problem()], True, id="warning-then-error"),
        pytest.param([error_problem(), warning_problem()], True, id="error-then-warning"),
    ],
)
def test_has_errors_ignores_warnings(problems: list[Problem], expected: bool) -> None:
    assert has_errors(problems) is expected
    assert has_errors(iter(problems)) is expected  # any iterable, consumed once


@pytest.mark.parametrize(
    "draft",
    [
        pytest.param(with_buttons(()), id="no-buttons"),
        pytest.param(with_button(PHONE, phone_code="12345"), id="odd-phone-shape"),
        pytest.param(dataclasses.replace(VALID_DRAFT, recipients=(USER_ID, USER_ID)), id="twice"),
    ],
)
def test_a_draft_with_only_warnings_can_be_sent(draft: Draft) -> None:
    problems = validate_draft(draft, now=NOW)
    assert problems, "the draft should produce a warning"
    assert {p.severity for p in problems} == {"warning"}
    assert not any(p.is_error for p in problems)
    assert has_errors(problems) is False


def test_a_single_error_among_warnings_blocks_sending() -> None:
    draft = dataclasses.replace(with_buttons(()), message=Message(text="", buttons=()))
    problems = validate_draft(draft, now=NOW)
    assert sorted(p.severity for p in problems) == ["error", "warning"]
    assert has_errors(problems) is True
