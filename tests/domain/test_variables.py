"""Variables: placeholders in every field, filling, the recipients table (paste and CSV) and
the dry run of a bulk send."""

from __future__ import annotations

import contextlib
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zalo_composer.domain import limits
from zalo_composer.domain.model import (
    Draft,
    Message,
    PhoneButton,
    QueryHideButton,
    QueryShowButton,
    SmsButton,
    UrlButton,
)
from zalo_composer.domain.variables import (
    RecipientRow,
    RecipientsError,
    RecipientsTable,
    Worst,
    fill,
    find_placeholders,
    parse_recipients_csv,
    parse_recipients_text,
    placeholders,
    placeholders_by_field,
    unresolved,
    validate_bulk,
)

ID1, ID2, ID3 = "6132578839214987522", "6132578839214987523", "6132578839214987524"

TEMPLATE = Message(
    text="Chào {{tên}}, đơn hàng #{{ order_id }} đã được xác nhận.",
    buttons=(
        UrlButton(title="Xem đơn {{order_id}}", url="https://shop.example.vn/o/{{order_id}}"),
        QueryShowButton(title="Tư vấn", payload="#tu_van_{{order_id}}"),
        QueryHideButton(title="Gọi lại", payload="#goi_lai_{{mã_kh}}"),
        SmsButton(title="SMS", content="Tôi là {{tên}}", phone_code="{{hotline}}"),
        PhoneButton(title="Gọi {{nhân_viên}}", phone_code="0901888484"),
    ),
)


# --- placeholders ---------------------------------------------------------------------------


def test_placeholders_are_found_in_the_text_titles_and_every_payload_field() -> None:
    assert placeholders(TEMPLATE) == {"tên", "order_id", "mã_kh", "hotline", "nhân_viên"}
    assert placeholders_by_field(TEMPLATE) == {
        "text": {"tên", "order_id"},
        "buttons[0].title": {"order_id"},
        "buttons[0].url": {"order_id"},
        "buttons[1].payload": {"order_id"},
        "buttons[2].payload": {"mã_kh"},
        "buttons[3].content": {"tên"},
        "buttons[3].phone_code": {"hotline"},
        "buttons[4].title": {"nhân_viên"},
    }


def test_find_placeholders_gives_spans_for_highlighting() -> None:
    text = "Xin chào {{ tên }} và {{Họ_2}}; {{không hợp lệ}} {{}} {x}"
    found = find_placeholders(text)
    assert found == [(9, 18, "tên"), (22, 30, "Họ_2")]
    assert [text[s:e] for s, e, _ in found] == ["{{ tên }}", "{{Họ_2}}"]


def test_find_placeholders_can_count_utf16_units_as_qt_does() -> None:
    text = "😀 {{tên}}"  # the emoji is one code point, two UTF-16 units
    assert find_placeholders(text) == [(2, 9, "tên")]
    assert find_placeholders(text, utf16=True) == [(3, 10, "tên")]


def test_decomposed_vietnamese_names_match_composed_ones() -> None:
    decomposed = unicodedata.normalize("NFD", "{{tên}}")
    assert decomposed != "{{tên}}"
    message = Message(text=decomposed)
    assert placeholders(message) == {"tên"}
    assert fill(message, {"tên": "An"}).text == "An"


def test_fill_substitutes_every_field_and_leaves_unknown_ones() -> None:
    values = {"tên": "Nguyễn Văn An", "order_id": "1024", "mã_kh": "KH7",
              "hotline": "0901 888 484"}
    filled = fill(TEMPLATE, values)
    assert filled.text == "Chào Nguyễn Văn An, đơn hàng #1024 đã được xác nhận."
    first, second, third, sms, phone = filled.buttons
    assert isinstance(first, UrlButton)
    assert (first.title, first.url) == ("Xem đơn 1024", "https://shop.example.vn/o/1024")
    assert isinstance(second, QueryShowButton) and second.payload == "#tu_van_1024"
    assert isinstance(third, QueryHideButton) and third.payload == "#goi_lai_KH7"
    assert isinstance(sms, SmsButton)
    assert (sms.content, sms.phone_code) == ("Tôi là Nguyễn Văn An", "0901 888 484")
    assert phone.title == "Gọi {{nhân_viên}}"  # unresolved: left as typed
    assert unresolved(TEMPLATE, values) == {"nhân_viên"}
    assert unresolved(TEMPLATE, {**values, "nhân_viên": ""}) == set()


def test_a_value_that_looks_like_a_placeholder_is_not_expanded_again() -> None:
    message = Message(text="{{a}} {{b}}")
    assert fill(message, {"a": "{{b}}", "b": "x"}).text == "{{b}} x"


# --- pasted ids -----------------------------------------------------------------------------


def test_pasted_ids_one_per_line_or_separated_by_commas_spaces_semicolons_tabs() -> None:
    text = f"{ID1}\n\n{ID2}, {ID3};1000000000000000001\t1000000000000000002  1000000000000000003\n"
    table = parse_recipients_text(text)
    assert table.user_ids() == [ID1, ID2, ID3, "1000000000000000001", "1000000000000000002",
                                "1000000000000000003"]
    assert [r.line for r in table.rows] == [1, 3, 3, 3, 3, 3]
    assert table.columns == ()
    assert table.problems() == []


def test_pasted_block_with_a_user_id_header_is_read_as_a_table() -> None:
    table = parse_recipients_text(f"User ID\ttên\n{ID1}\tAn\n{ID2}\tBình\n")
    assert table.columns == ("tên",)
    assert [(r.user_id, dict(r.values)) for r in table.rows] == [
        (ID1, {"tên": "An"}), (ID2, {"tên": "Bình"})]


def test_duplicates_and_malformed_ids_are_flagged_by_row() -> None:
    table = parse_recipients_text(f"{ID1}\n12ab\n{ID2}\n{ID1}\n1.23457E+18\n")
    problems = table.problems()
    assert {p.field for p in problems} == {"recipients[1]", "recipients[3]", "recipients[4]"}
    assert all(p.is_error for p in problems)
    by_field = {p.field: p.message for p in problems}
    assert by_field["recipients[1]"] == "Line 2: A Zalo user_id has only digits: 12ab"
    assert by_field["recipients[3]"].startswith(f"Line 4: {ID1} is already listed on line 1")
    assert "spreadsheet" in [p.message for p in problems if p.field == "recipients[4]"][-1]


# --- CSV ------------------------------------------------------------------------------------

CSV_TEXT = (
    "user_id,tên,order_id\r\n"
    f"{ID1},\"Nguyễn Văn An\",1024\r\n"
    f"{ID2},\"Trần, Thị Bình\",1025\r\n"
    "\r\n"
    f"{ID3},,1026\r\n"
)


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_csv_with_and_without_bom(bom: bytes) -> None:
    table = parse_recipients_csv(bom + CSV_TEXT.encode())
    assert table.columns == ("tên", "order_id")
    assert table.user_ids() == [ID1, ID2, ID3]
    assert dict(table.rows[1].values) == {"tên": "Trần, Thị Bình", "order_id": "1025"}
    assert dict(table.rows[2].values) == {"order_id": "1026"}  # an empty cell is no value
    assert [r.line for r in table.rows] == [2, 3, 5]


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_csv_semicolon_and_tab_delimiters_are_sniffed(delimiter: str) -> None:
    text = CSV_TEXT.replace(",", delimiter).replace(f"Trần{delimiter} Thị", "Trần, Thị")
    table = parse_recipients_csv(text)
    assert table.columns == ("tên", "order_id")
    assert dict(table.rows[1].values)["tên"] == "Trần, Thị Bình"


def test_quoted_vietnamese_values_with_quotes_and_line_breaks() -> None:
    text = (f'ZALO_USER_ID;ghi_chú\n{ID1};"Anh ""An"" ở\nHà Nội"\n{ID2};"Chị Bình"\n')
    table = parse_recipients_csv(text.encode("utf-8"))
    assert dict(table.rows[0].values) == {"ghi_chú": 'Anh "An" ở\nHà Nội'}
    assert [r.line for r in table.rows] == [2, 4]


@pytest.mark.parametrize("header", ["user_id", "UserID", "User ID", "zalo_user_id", "USER-ID"])
def test_user_id_column_names(header: str) -> None:
    table = parse_recipients_csv(f"tên,{header}\nAn,{ID1}\n")
    assert table.user_ids() == [ID1]
    assert table.columns == ("tên",)


def test_missing_user_id_column_is_an_error_with_the_line() -> None:
    with pytest.raises(RecipientsError, match=r"^Line 2: no user_id column.*“id”, “tên”"):
        parse_recipients_csv(f"\nid,tên\n{ID1},An\n")


def test_headerless_list_of_ids_is_accepted() -> None:
    assert parse_recipients_csv(f"{ID1}\n{ID2}\n").user_ids() == [ID1, ID2]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"user_id,t\xean\n1,x\n", r"^Line 1: the file is not UTF-8"),
        ("", r"holds no recipients"),
        (f"user_id,a,a\n{ID1},1,2\n", r"^Line 1: the column “a” appears twice"),
        (f"user_id,a\n{ID1},Nguyễn, An\n", r'^Line 2: 3 cells.*in double quotes'),
        ("user_id,a\n1,\x00\n", r"^Line 2: the file holds NUL"),
    ],
)
def test_unreadable_csv_gives_a_plain_error(data: bytes | str, message: str) -> None:
    with pytest.raises(RecipientsError, match=message):
        parse_recipients_csv(data)


def test_trailing_empty_cells_and_nameless_columns_are_ignored() -> None:
    table = parse_recipients_csv(f"user_id,a,\n{ID1},1,,,\n")
    assert table.columns == ("a",)
    assert dict(table.rows[0].values) == {"a": "1"}


def test_a_column_that_cannot_be_a_variable_is_warned_about() -> None:
    table = parse_recipients_csv(f"user_id,họ tên\n{ID1},An\n")
    [problem] = table.problems()
    assert (problem.field, problem.severity) == ("recipients", "warning")
    assert "họ tên" in problem.message


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_text_parsers_raise_only_the_domain_error(text: str) -> None:
    for parse in (parse_recipients_text, parse_recipients_csv):
        try:
            table = parse(text)
        except RecipientsError:
            continue
        table.problems()


@settings(max_examples=300, deadline=None)
@given(st.binary())
def test_csv_parser_raises_only_the_domain_error_on_bytes(data: bytes) -> None:
    with contextlib.suppress(RecipientsError):
        parse_recipients_csv(data)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["user_id", "tên", ",", ";", "\t", '"', "\n", "\r", " ", "1",
                                 "12", ID1, "x", "\ufeff"]), max_size=40))
def test_csv_like_input_raises_only_the_domain_error(parts: list[str]) -> None:
    try:
        table = parse_recipients_csv("".join(parts))
    except RecipientsError:
        return
    table.problems()


# --- the dry run ----------------------------------------------------------------------------

SIMPLE = Draft(message=Message(
    text="Chào {{tên}}, mã {{mã}}",
    buttons=(QueryShowButton(title="Xem {{mã}}", payload="#{{mã}}"),),
))


def test_validate_bulk_fills_each_row_with_defaults_and_finds_the_worst_case() -> None:
    table = RecipientsTable((
        RecipientRow(ID1, {"tên": "An"}, 2),
        RecipientRow(ID2, {"tên": "Nguyễn Thị Bích Ngọc", "mã": "X" * 90}, 3),
        RecipientRow(ID3, {}, 4),
    ), ("tên", "mã"))
    check = validate_bulk(SIMPLE, table, {"mã": "M1", "tên": "Quý khách"})
    assert check.sendable_rows == (0, 1, 2)
    assert check.blocked_rows == ()
    assert check.rows[0].message.text == "Chào An, mã M1"
    assert check.rows[2].message.text == "Chào Quý khách, mã M1"
    assert check.worst["text"] == Worst(len("Chào Nguyễn Thị Bích Ngọc, mã ") + 90,
                                        limits.TEXT_MAX, 1)
    assert check.worst["buttons[0].title"] == (94, limits.BUTTON_TITLE_MAX, 1)
    assert check.worst["buttons[0].payload"].row == 1
    assert check.can_send


def test_rows_with_unresolved_placeholders_are_blocked_with_the_missing_names() -> None:
    table = RecipientsTable((
        RecipientRow(ID1, {"tên": "An", "mã": "1"}, 2),
        RecipientRow(ID2, {"tên": "Bình"}, 3),
        RecipientRow("abc", {"tên": "C", "mã": "3"}, 4),
        RecipientRow(ID1, {"tên": "An", "mã": "1"}, 5),
    ))
    check = validate_bulk(SIMPLE, table, {})
    assert check.sendable_rows == (0,)
    assert check.blocked_rows == (1, 2, 3)
    [missing] = check.problems_by_row[1]
    assert missing.field == "recipients[1]"
    assert missing.message == "Line 3: no value for {{mã}}; add the column or a default."
    assert check.rows[1].missing == {"mã"}
    assert "only digits" in check.problems_by_row[2][0].message
    assert "already listed on line 2" in check.problems_by_row[3][0].message


def test_filled_messages_are_validated_against_the_limits() -> None:
    table = RecipientsTable((
        RecipientRow(ID1, {"tên": "An", "mã": "1"}, 2),
        RecipientRow(ID2, {"tên": "B" * 2000, "mã": "2"}, 3),
    ))
    check = validate_bulk(SIMPLE, table)
    assert check.sendable_rows == (0,)
    [problem] = check.problems_by_row[1]
    assert problem.field == "text" and "the limit is 2000" in problem.message
    assert check.worst["text"].length > limits.TEXT_MAX
    assert check.worst["text"].row == 1


def test_batch_wide_problems() -> None:
    empty = validate_bulk(SIMPLE, RecipientsTable())
    assert not empty.can_send
    assert [p.message for p in empty.general] == ["There are no recipients."]

    past = Draft(message=Message(text="Hi", buttons=(PhoneButton("Gọi", "0901888484"),)),
                 send_date="2001-01-01 00:00:00", request_id="pinned")
    check = validate_bulk(past, RecipientsTable.from_ids([ID1, ID2]))
    assert check.sendable_rows == ()
    assert check.blocked_rows == (0, 1)
    assert {p.field for p in check.general} == {"request_id", "send_date"}


def test_single_send_of_a_template_fills_defaults_and_flags_missing_values() -> None:
    from zalo_composer.domain.model import Draft, Message, UrlButton
    from zalo_composer.domain.variables import validate_with_defaults

    draft = Draft(Message("Chào {{tên}}, đơn {{mã_đơn}}",
                          (UrlButton("Xem đơn {{mã_đơn}}", "{{link}}"),)), ("42",))
    filled, problems = validate_with_defaults(draft, {"tên": "Lan"})
    assert filled.message.text == "Chào Lan, đơn {{mã_đơn}}"
    by_field = {p.field: p for p in problems if p.is_error}
    assert set(by_field) == {"text", "buttons[0].title", "buttons[0].url"}
    assert "{{mã_đơn}}" in by_field["text"].message
    assert "{{link}}" in by_field["buttons[0].url"].message
    assert "absolute" not in by_field["buttons[0].url"].message  # one error per field
    filled, problems = validate_with_defaults(
        draft, {"tên": "Lan", "mã_đơn": "DH-1", "link": "https://esms.vn/d/1"})
    assert [p for p in problems if p.is_error] == []
    assert filled.message.buttons[0] == UrlButton("Xem đơn DH-1", "https://esms.vn/d/1")


def test_placeholders_the_bulk_send_fills_are_notes_not_errors() -> None:
    from zalo_composer.domain.model import Draft, Message, UrlButton
    from zalo_composer.domain.variables import validate_with_defaults, waiting_for_bulk

    draft = Draft(Message("Chào {{tên}}, đơn {{mã_đơn}}",
                          (UrlButton("Xem", "{{link}}"),)), ("42",))
    # GIVEN a recipients table with a column for tên and mã_đơn, but not link
    _, problems = validate_with_defaults(draft, {}, bulk_columns=["tên", "mã_đơn"])
    by_field = {p.field: p for p in problems}
    assert by_field["text"].severity == "warning"
    assert by_field["text"].message == "{{mã_đơn}}, {{tên}} filled per recipient in Bulk send."
    assert by_field["buttons[0].url"].is_error
    assert "give it a default in Bulk send (Default values)" in by_field["buttons[0].url"].message
    # WHEN Bulk send is the panel in use, THEN every placeholder is left to it
    _, problems = validate_with_defaults(draft, {}, bulk_active=True)
    assert not any(p.is_error for p in problems)
    # AND a single send still waits for the values
    assert waiting_for_bulk(draft, {"tên": "Lan"}) == ["link", "mã_đơn"]
