"""The eSMS request body: the golden test against the documented sample, normalisation,
optional fields, masking, button type changes and parsing a message back."""

from __future__ import annotations

import copy
import dataclasses
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from zalo_composer.domain.body import (
    MASK,
    SECRET_FIELDS,
    build_request_body,
    button_from_object,
    mask_secrets,
    message_from_object,
    message_object,
    new_request_id,
    normalize_phone,
)
from zalo_composer.domain.errors import DraftError, ZaloComposerError
from zalo_composer.domain.model import (
    BUTTON_CLASSES,
    BUTTON_TYPES,
    Account,
    Button,
    ButtonType,
    Message,
    PhoneButton,
    QueryHideButton,
    QueryShowButton,
    SmsButton,
    UrlButton,
    change_button_type,
    new_button,
)

ACCOUNT = Account(oaid="4368496045530866759", api_key="demo-api-key", secret_key="demo-secret")
USER_ID = "6132578839214987522"


def nfd(value: str) -> str:
    decomposed = unicodedata.normalize("NFD", value)
    assert decomposed != value
    return decomposed


def body_for(message: Message, **kwargs: Any) -> dict[str, Any]:
    kwargs.setdefault("account", ACCOUNT)
    kwargs.setdefault("recipient", USER_ID)
    return build_request_body(message, **kwargs)


def test_golden_the_documented_five_button_sample(
    doc_sample_path: Path, doc_sample_message: Message, doc_sample_account: Account
) -> None:
    # GIVEN the documented sample, with concrete values, as a file
    with doc_sample_path.open(encoding="utf-8") as handle:
        sample = json.load(handle)

    # WHEN the same message is built field by field through the model
    body = build_request_body(
        doc_sample_message,
        account=doc_sample_account,
        recipient=sample["Payload"]["recipient"]["user_id"],
        request_id=sample["RequestId"],
    )

    # THEN the body equals the sample
    assert body == sample
    # AND every key, of the body and of each button, comes in the documented order
    assert json.dumps(body, ensure_ascii=False) == json.dumps(sample, ensure_ascii=False)
    buttons = body["Payload"]["message"]["attachment"]["payload"]["buttons"]
    assert [list(b) for b in buttons] == [
        ["title", "payload", "type"],
        ["title", "type", "payload"],
        ["title", "type", "payload"],
        ["title", "type", "payload"],
        ["title", "type", "payload"],
    ]
    assert list(buttons[3]["payload"]) == ["content", "phone_code"]
    assert list(body) == ["ApiKey", "SecretKey", "OAID", "CallbackUrl", "RequestId", "Payload"]


def test_golden_sample_text_goes_out_with_crlf(doc_sample_body: dict[str, Any]) -> None:
    # The user types \n; the documented wire form is \r\n (and never a lone \n).
    text = doc_sample_body["Payload"]["message"]["text"]
    assert "\r\n" in text
    assert re.search(r"(?<!\r)\n", text) is None


def test_text_titles_and_payloads_are_sent_nfc() -> None:
    # GIVEN a message typed with a decomposing input method
    message = Message(
        text=nfd("Chào anh Nguyễn\nhẹn gặp lại"),
        buttons=(
            QueryShowButton(title=nfd("Tư vấn"), payload=nfd("#tư_vấn")),
            QueryHideButton(title=nfd("Ẩn"), payload=nfd("#ẩn")),
            SmsButton(title=nfd("Nhắn"), content=nfd("Tôi cần hỗ trợ"), phone_code="0901888484"),
            UrlButton(title=nfd("Xem chi tiết"), url="https://esms.vn"),
            PhoneButton(title=nfd("Gọi điện"), phone_code="0901888484"),
        ),
    )

    # WHEN its body is built
    sent = body_for(message)["Payload"]["message"]

    # THEN every text is composed, and line breaks are CRLF
    assert sent["text"] == "Chào anh Nguyễn\r\nhẹn gặp lại"
    buttons = sent["attachment"]["payload"]["buttons"]
    assert [b["title"] for b in buttons] == ["Tư vấn", "Ẩn", "Nhắn", "Xem chi tiết", "Gọi điện"]
    assert buttons[0]["payload"] == "#tư_vấn"
    assert buttons[1]["payload"] == "#ẩn"
    assert buttons[2]["payload"]["content"] == "Tôi cần hỗ trợ"
    for value in (sent["text"], *[b["title"] for b in buttons]):
        assert unicodedata.is_normalized("NFC", value)


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ("a\nb", "a\r\nb"),
        ("a\r\nb", "a\r\nb"),  # already CRLF: not doubled
        ("a\rb", "a\r\nb"),
        ("a\n\nb", "a\r\n\r\nb"),
        ("a\r\n\nb", "a\r\n\r\nb"),
    ],
)
def test_line_breaks_are_sent_as_crlf(typed: str, sent: str) -> None:
    message = Message(text=typed, buttons=(QueryShowButton(title=typed, payload=typed),))
    built = body_for(message)["Payload"]["message"]
    assert built["text"] == sent
    assert built["attachment"]["payload"]["buttons"][0]["title"] == sent
    assert built["attachment"]["payload"]["buttons"][0]["payload"] == sent


@pytest.mark.parametrize(
    ("callback_url", "request_id", "send_date", "present"),
    [
        pytest.param("", None, None, [], id="all-empty"),
        pytest.param("   ", "", "", [], id="blank-strings"),
        pytest.param("https://cb.example.vn/x", None, None, ["CallbackUrl"], id="callback"),
        pytest.param("", "req-1", None, ["RequestId"], id="request-id"),
        pytest.param("", None, "2026-12-31 08:30:00", ["SendDate"], id="send-date"),
        pytest.param(
            " https://cb.example.vn/x ",
            "req-1",
            "2026-12-31 08:30:00",
            ["CallbackUrl", "RequestId", "SendDate"],
            id="all",
        ),
    ],
)
def test_optional_fields_are_left_out_when_empty(
    callback_url: str, request_id: str | None, send_date: str | None, present: list[str]
) -> None:
    account = dataclasses.replace(ACCOUNT, callback_url=callback_url)
    body = body_for(Message(text="Xin chào"), account=account, request_id=request_id,
                    send_date=send_date)
    assert list(body) == ["ApiKey", "SecretKey", "OAID", *present, "Payload"]
    if "CallbackUrl" in present:
        assert body["CallbackUrl"] == "https://cb.example.vn/x"
    if "RequestId" in present:
        assert body["RequestId"] == request_id
    if "SendDate" in present:
        assert body["SendDate"] == send_date


def test_account_and_recipient_fields() -> None:
    account = Account(oaid=" 4368496045530866759 ", api_key="k", secret_key="s")
    body = body_for(Message(text="x"), account=account, recipient=f" {USER_ID}\n")
    assert body["ApiKey"] == "k"
    assert body["SecretKey"] == "s"
    assert body["OAID"] == "4368496045530866759"
    assert body["Payload"]["recipient"] == {"user_id": USER_ID}


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ("+84 919-018.791", "84919018791"),
        ("+84919018791", "84919018791"),
        ("0901 888 484", "0901888484"),
        ("090.188.8484", "0901888484"),
        ("  1900-1234 ", "19001234"),
        ("0901888484", "0901888484"),
    ],
)
def test_phone_numbers_are_normalised_in_the_body(typed: str, sent: str) -> None:
    assert normalize_phone(typed) == sent
    message = Message(
        text="x",
        buttons=(
            SmsButton(title="SMS", content="Xin chào", phone_code=typed),
            PhoneButton(title="Gọi", phone_code=typed),
        ),
    )
    buttons = body_for(message)["Payload"]["message"]["attachment"]["payload"]["buttons"]
    assert buttons[0]["payload"] == {"content": "Xin chào", "phone_code": sent}
    assert buttons[1]["payload"] == {"phone_code": sent}


def test_url_is_sent_trimmed() -> None:
    message = Message(text="x", buttons=(UrlButton(title="Web", url="  https://esms.vn/a  "),))
    [button] = body_for(message)["Payload"]["message"]["attachment"]["payload"]["buttons"]
    assert button["payload"] == {"url": "https://esms.vn/a"}


# --- masking ---------------------------------------------------------------------------

NESTED = {
    "ApiKey": "top-key",
    "SecretKey": "top-secret",
    "OAID": "4368496045530866759",
    "Payload": {"recipient": {"user_id": USER_ID}, "note": "ApiKey is a word here"},
    "history": [
        {"ApiKey": "deep-key", "body": {"SecretKey": "deeper-secret", "CodeResult": "100"}},
        "ApiKey",
        3,
        None,
        [{"SecretKey": "in-a-nested-list"}],
    ],
}
SECRET_VALUES = ("top-key", "top-secret", "deep-key", "deeper-secret", "in-a-nested-list")


def test_mask_secrets_masks_every_secret_at_any_depth() -> None:
    masked = mask_secrets(NESTED)
    dumped = json.dumps(masked)
    for secret in SECRET_VALUES:
        assert secret not in dumped
    assert masked["ApiKey"] == masked["SecretKey"] == MASK
    assert masked["history"][0]["ApiKey"] == MASK
    assert masked["history"][0]["body"]["SecretKey"] == MASK
    assert masked["history"][4][0]["SecretKey"] == MASK


def test_mask_secrets_changes_nothing_else() -> None:
    masked = mask_secrets(NESTED)
    expected = copy.deepcopy(NESTED)
    expected["ApiKey"] = expected["SecretKey"] = MASK
    expected["history"][0]["ApiKey"] = MASK
    expected["history"][0]["body"]["SecretKey"] = MASK
    expected["history"][4][0]["SecretKey"] = MASK
    assert masked == expected
    assert json.dumps(masked) == json.dumps(expected)  # key order kept too


def test_mask_secrets_does_not_mutate_its_input() -> None:
    original = copy.deepcopy(NESTED)
    mask_secrets(NESTED)
    assert original == NESTED


def test_mask_secrets_on_the_documented_sample(doc_sample_body: dict[str, Any]) -> None:
    masked = mask_secrets(doc_sample_body)
    dumped = json.dumps(masked, ensure_ascii=False)
    assert doc_sample_body["ApiKey"] not in dumped
    assert doc_sample_body["SecretKey"] not in dumped
    assert {k: v for k, v in masked.items() if k not in SECRET_FIELDS} == {
        k: v for k, v in doc_sample_body.items() if k not in SECRET_FIELDS
    }


def test_mask_secrets_reaches_into_tuples() -> None:
    # A tuple of bodies is as likely in Python code as a list; a secret must not slip
    # through because of the container's type.
    masked = mask_secrets(({"ApiKey": "tuple-key"}, [{"SecretKey": "tuple-secret"}]))
    assert "tuple-key" not in repr(masked)
    assert "tuple-secret" not in repr(masked)


@pytest.mark.parametrize("value", ["plain text", 100, None, ["a", 1]])
def test_mask_secrets_passes_other_values_through(value: object) -> None:
    assert mask_secrets(value) == value


def test_secret_fields_are_the_account_keys() -> None:
    assert set(SECRET_FIELDS) == {"ApiKey", "SecretKey"}
    assert MASK.strip()  # a visible mask, not an empty string that looks like "no key"


# --- button type changes ---------------------------------------------------------------

FULL: dict[ButtonType, Button] = {
    "oa.open.url": UrlButton(title="Tiêu đề", url="https://esms.vn"),
    "oa.query.show": QueryShowButton(title="Tiêu đề", payload="#show"),
    "oa.query.hide": QueryHideButton(title="Tiêu đề", payload="#hide"),
    "oa.open.sms": SmsButton(title="Tiêu đề", content="Nội dung", phone_code="0901888484"),
    "oa.open.phone": PhoneButton(title="Tiêu đề", phone_code="84919018791"),
}


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ("oa.open.sms", "oa.open.phone", PhoneButton(title="Tiêu đề", phone_code="0901888484")),
        (
            "oa.open.phone",
            "oa.open.sms",
            SmsButton(title="Tiêu đề", content="", phone_code="84919018791"),
        ),
        ("oa.query.show", "oa.query.hide", QueryHideButton(title="Tiêu đề", payload="#show")),
        ("oa.query.hide", "oa.query.show", QueryShowButton(title="Tiêu đề", payload="#hide")),
        ("oa.open.url", "oa.query.show", QueryShowButton(title="Tiêu đề", payload="")),
        ("oa.query.show", "oa.open.url", UrlButton(title="Tiêu đề", url="")),
        ("oa.open.sms", "oa.open.url", UrlButton(title="Tiêu đề", url="")),
        ("oa.open.sms", "oa.query.hide", QueryHideButton(title="Tiêu đề", payload="")),
        ("oa.open.url", "oa.open.phone", PhoneButton(title="Tiêu đề", phone_code="")),
        ("oa.query.hide", "oa.open.sms", SmsButton(title="Tiêu đề")),
    ],
)
def test_change_button_type_keeps_title_and_shared_fields(
    source: ButtonType, target: ButtonType, expected: Button
) -> None:
    changed = change_button_type(FULL[source], target)
    assert changed == expected
    assert type(changed) is type(expected)
    assert changed.type == target


@pytest.mark.parametrize("source", BUTTON_TYPES)
@pytest.mark.parametrize("target", BUTTON_TYPES)
def test_change_button_type_for_every_pair(source: ButtonType, target: ButtonType) -> None:
    before = FULL[source]
    after = change_button_type(before, target)
    assert type(after) is BUTTON_CLASSES[target]
    assert after.title == before.title
    old, new = before.values(), after.values()
    for name, value in new.items():
        assert value == old.get(name, ""), name
    if source == target:
        assert after == before


def test_new_button_is_empty_with_a_title() -> None:
    for button_type in BUTTON_TYPES:
        button = new_button(button_type, "Tiêu đề")
        assert button.type == button_type
        assert button.values() == {name: ("Tiêu đề" if name == "title" else "")
                                   for name in button.values()}


# --- parsing back ------------------------------------------------------------------------

ROUND_TRIP_MESSAGES = [
    pytest.param(Message(), id="empty"),
    pytest.param(Message(text="Xin chào"), id="text-only"),
    pytest.param(
        Message(text="Dòng 1\nDòng 2\n\nDòng 4 😀", buttons=tuple(FULL.values())),
        id="five-buttons",
    ),
    pytest.param(
        Message(
            text="Nguyễn",
            buttons=(
                QueryShowButton(title="Hai\ndòng", payload="#a\nb"),
                SmsButton(title="SMS", content="", phone_code=""),
                UrlButton(title="", url=""),
            ),
        ),
        id="line-breaks-and-empty-fields",
    ),
]


@pytest.mark.parametrize("message", ROUND_TRIP_MESSAGES)
def test_message_round_trips_through_its_wire_object(message: Message) -> None:
    assert message_from_object(message_object(message)) == message


def test_message_from_object_of_the_doc_sample(
    doc_sample_body: dict[str, Any], doc_sample_message: Message
) -> None:
    assert message_from_object(doc_sample_body["Payload"]["message"]) == doc_sample_message


def test_a_decomposed_message_comes_back_composed() -> None:
    typed = Message(text=nfd("Nguyễn"), buttons=(QueryShowButton(title=nfd("Hỏi"), payload="#"),))
    back = message_from_object(message_object(typed))
    assert back == Message(text="Nguyễn", buttons=(QueryShowButton(title="Hỏi", payload="#"),))


@pytest.mark.parametrize(
    ("obj", "fragment"),
    [
        pytest.param(None, "not an object", id="null"),
        pytest.param(["oa.open.url"], "not an object", id="list"),
        pytest.param("oa.open.url", "not an object", id="string"),
        pytest.param(5, "not an object", id="number"),
        pytest.param({"title": "x"}, "unknown type", id="type-missing"),
        pytest.param({"title": "x", "type": "oa.open.map"}, "oa.open.map", id="type-unknown"),
        pytest.param({"title": "x", "type": "OA.OPEN.URL"}, "unknown type", id="type-case"),
        pytest.param({"title": "x", "type": ["oa.open.url"]}, "unknown type", id="type-list"),
        pytest.param({"title": "x", "type": {"a": 1}}, "unknown type", id="type-object"),
        pytest.param({"title": "x", "type": 5}, "unknown type", id="type-number"),
        pytest.param({"title": 5, "type": "oa.query.show", "payload": "#"}, "title", id="title"),
        pytest.param(
            {"title": "x", "type": "oa.query.show", "payload": {"a": 1}}, "text", id="show-obj"
        ),
        pytest.param({"title": "x", "type": "oa.query.hide", "payload": 5}, "text", id="hide-num"),
        pytest.param(
            {"title": "x", "type": "oa.open.url", "payload": "https://esms.vn"},
            "object",
            id="url-payload-string",
        ),
        pytest.param(
            {"title": "x", "type": "oa.open.url", "payload": {"url": ["https://esms.vn"]}},
            "url",
            id="url-not-text",
        ),
        pytest.param(
            {"title": "x", "type": "oa.open.sms", "payload": ["a", "b"]}, "object", id="sms-list"
        ),
        pytest.param(
            {"title": "x", "type": "oa.open.sms", "payload": {"content": 5}},
            "content",
            id="sms-content",
        ),
        pytest.param(
            {"title": "x", "type": "oa.open.phone", "payload": {"phone_code": 84919018791}},
            "phone_code",
            id="phone-number-not-text",
        ),
    ],
)
def test_button_from_object_refuses_bad_shapes(obj: object, fragment: str) -> None:
    with pytest.raises(DraftError) as caught:
        button_from_object(obj, "Button 3")
    message = str(caught.value)
    assert "Button 3" in message
    assert fragment in message
    assert "Traceback" not in message


@pytest.mark.parametrize(
    ("obj", "expected"),
    [
        ({"type": "oa.query.show"}, QueryShowButton()),
        ({"type": "oa.query.hide", "title": None, "payload": None}, QueryHideButton()),
        ({"type": "oa.open.url", "title": "Web"}, UrlButton(title="Web")),
        ({"type": "oa.open.sms", "payload": {}}, SmsButton()),
        (
            {"type": "oa.open.phone", "payload": {"phone_code": "0901"}},
            PhoneButton(phone_code="0901"),
        ),
        ({"type": "oa.query.show", "title": "A\r\nB", "payload": "x\r\ny"},
         QueryShowButton(title="A\nB", payload="x\ny")),
    ],
)
def test_button_from_object_fills_missing_fields_with_empty_text(
    obj: dict[str, Any], expected: Button
) -> None:
    assert button_from_object(obj, "Button 1") == expected


def _message(attachment: object) -> dict[str, object]:
    return {"text": "Xin chào", "attachment": attachment}


@pytest.mark.parametrize(
    ("obj", "fragment"),
    [
        pytest.param([], "not an object", id="message-list"),
        pytest.param({"text": 5}, "text", id="text-number"),
        pytest.param(_message("template"), "attachment", id="attachment-string"),
        pytest.param(_message({"type": "media", "payload": {}}), "media", id="media"),
        pytest.param(_message({"type": "template", "payload": "x"}), "payload", id="payload-str"),
        pytest.param(_message({"type": "template", "payload": []}), "payload", id="payload-list"),
        pytest.param(
            _message({"type": "template", "payload": {"buttons": {"a": 1}}}),
            "not a list",
            id="buttons-object",
        ),
        pytest.param(
            _message({"type": "template", "payload": {"buttons": {}}}),
            "not a list",
            id="buttons-empty-object",
        ),
        pytest.param(
            _message({"type": "template", "payload": {"buttons": ""}}),
            "not a list",
            id="buttons-empty-string",
        ),
        pytest.param(
            _message({"type": "template", "payload": {"buttons": "oa.open.url"}}),
            "not a list",
            id="buttons-string",
        ),
        pytest.param(
            _message({"type": "template", "payload": {"buttons": False}}),
            "not a list",
            id="buttons-false",
        ),
        pytest.param(
            _message({"type": "template", "payload": {"buttons": [{"type": "x"}]}}),
            "Button 1",
            id="bad-button-named",
        ),
    ],
)
def test_message_from_object_refuses_bad_shapes(obj: object, fragment: str) -> None:
    with pytest.raises(DraftError, match=re.escape(fragment)):
        message_from_object(obj)


@pytest.mark.parametrize(
    "obj",
    [
        {"text": "x"},
        {"text": "x", "attachment": None},
        {"text": "x", "attachment": {"type": "template"}},
        {"text": "x", "attachment": {"type": "template", "payload": None}},
        {"text": "x", "attachment": {"type": "template", "payload": {"buttons": None}}},
        {"text": "x", "attachment": {"type": "template", "payload": {"buttons": []}}},
    ],
)
def test_message_from_object_accepts_absent_buttons(obj: dict[str, Any]) -> None:
    assert message_from_object(obj) == Message(text="x")


def test_draft_error_is_a_program_error() -> None:
    # The UI catches only the base class.
    assert issubclass(DraftError, ZaloComposerError)


# --- request ids and the account ----------------------------------------------------------


def test_new_request_id_is_32_lowercase_hex_and_fresh() -> None:
    ids = [new_request_id() for _ in range(200)]
    for request_id in ids:
        assert re.fullmatch(r"[0-9a-f]{32}", request_id), request_id
    assert len(set(ids)) == len(ids)


def test_account_repr_hides_the_secrets() -> None:
    account = Account(
        oaid="4368496045530866759",
        api_key="REAL-LOOKING-API-KEY",
        secret_key="REAL-LOOKING-SECRET",
        callback_url="https://cb.example.vn",
    )
    for shown in (repr(account), str(account), f"{account}", repr([account]), repr({"a": account})):
        assert "REAL-LOOKING-API-KEY" not in shown
        assert "REAL-LOOKING-SECRET" not in shown
        assert "4368496045530866759" in shown
    # The secrets are still there for the request itself.
    assert body_for(Message(text="x"), account=account)["SecretKey"] == "REAL-LOOKING-SECRET"


def test_esms_test_mode_adds_sandbox_1_and_is_off_by_default() -> None:
    from zalo_composer.domain.body import sent_in_test_mode

    account = Account("1234567890", "AK", "SK")
    plain = build_request_body(Message("Chào"), account=account, recipient="42")
    assert "Sandbox" not in plain and not sent_in_test_mode(plain)
    tested = build_request_body(Message("Chào"), account=account, recipient="42",
                                test_mode=True)
    assert tested["Sandbox"] == "1" and sent_in_test_mode(tested)
    assert list(tested)[-2:] == ["Sandbox", "Payload"]
    assert {k: v for k, v in tested.items() if k != "Sandbox"} == plain
