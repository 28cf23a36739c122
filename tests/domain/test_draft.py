"""The draft format: round trips, the documented layout, loading a bare eSMS request body
without keeping its secrets, and a plain DraftError for every file that is not a draft."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from zalo_composer.domain.body import message_object
from zalo_composer.domain.draft import (
    DRAFT_FORMAT,
    DRAFT_VERSION,
    LoadedDraft,
    dump_draft,
    load_draft,
)
from zalo_composer.domain.errors import DraftError
from zalo_composer.domain.model import (
    Draft,
    Message,
    PhoneButton,
    QueryShowButton,
    SmsButton,
    UrlButton,
    split_recipients,
)

FULL_DRAFT = Draft(
    message=Message(
        text="Chào anh Nguyễn Văn An,\nĐơn hàng #1024 đã được xác nhận 😀",
        buttons=(
            UrlButton(title="Xem chi tiết", url="https://esms.vn"),
            QueryShowButton(title="Tư vấn", payload="#callback_data"),
            SmsButton(title="Nhắn tin", content="Tôi cần hỗ trợ", phone_code="84919018791"),
            PhoneButton(title="Gọi", phone_code="0901888484"),
        ),
    ),
    recipients=("6132578839214987522", "8421504732112345678"),
    request_id="don-hang-1024",
    send_date="2026-12-31 08:30:00",
    note="Gửi lại cho khách hàng Nguyễn\nnếu chưa trả lời",
)


def draft_document(**overrides: Any) -> dict[str, Any]:
    """A valid draft document, with some keys replaced (or removed, with a value of ...)."""
    document: dict[str, Any] = json.loads(dump_draft(FULL_DRAFT))
    for key, value in overrides.items():
        if value is ...:
            del document[key]
        else:
            document[key] = value
    return document


def with_buttons(buttons: object) -> dict[str, Any]:
    document = draft_document()
    document["message"]["attachment"]["payload"]["buttons"] = buttons
    return document


def as_bytes(document: object) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize(
    "draft",
    [
        pytest.param(Draft(), id="empty"),
        pytest.param(FULL_DRAFT, id="full"),
        pytest.param(Draft(message=Message(text="Chỉ có chữ")), id="text-only"),
        pytest.param(
            dataclasses.replace(FULL_DRAFT, recipients=(), request_id=None, send_date=None),
            id="no-sending-details",
        ),
    ],
)
@pytest.mark.parametrize("encoded", [False, True], ids=["str", "bytes"])
def test_dump_then_load_gives_the_same_draft(draft: Draft, encoded: bool) -> None:
    text = dump_draft(draft)
    loaded = load_draft(text.encode("utf-8") if encoded else text)
    assert loaded == LoadedDraft(draft, ())


def test_the_document_has_exactly_the_documented_keys() -> None:
    document = json.loads(dump_draft(FULL_DRAFT))
    assert list(document) == [
        "format", "version", "message", "recipients", "request_id", "send_date", "note",
    ]
    assert document["format"] == DRAFT_FORMAT == "zalo-composer-draft"
    assert document["version"] == DRAFT_VERSION == 1
    # The message is eSMS's Payload.message exactly as sent.
    assert document["message"] == message_object(FULL_DRAFT.message)
    assert document["recipients"] == list(FULL_DRAFT.recipients)
    assert document["request_id"] == "don-hang-1024"
    assert document["send_date"] == "2026-12-31 08:30:00"
    assert document["note"] == FULL_DRAFT.note


@pytest.mark.parametrize("empty", [None, ""])
def test_unset_request_id_and_send_date_are_null(empty: str | None) -> None:
    document = json.loads(dump_draft(Draft(request_id=empty, send_date=empty)))
    assert document["request_id"] is None
    assert document["send_date"] is None


def test_the_file_is_indented_readable_utf8() -> None:
    text = dump_draft(FULL_DRAFT)
    raw = text.encode("utf-8")
    assert text.startswith('{\n  "format": "zalo-composer-draft",\n  "version": 1,\n')
    assert text.endswith("}\n")
    # ensure_ascii=False: Vietnamese and emoji are in the bytes as themselves.
    assert "Nguyễn".encode() in raw
    assert "😀".encode() in raw
    assert b"\\u" not in raw


def test_recipients_are_saved_trimmed() -> None:
    document = json.loads(dump_draft(Draft(recipients=(" 6132578839214987522 ",))))
    assert document["recipients"] == ["6132578839214987522"]


def test_drafts_have_no_place_for_secrets() -> None:
    names = {f.name for f in dataclasses.fields(Draft)}
    assert names == {"message", "recipients", "request_id", "send_date", "note"}


# --- a bare eSMS request body ---------------------------------------------------------------


def test_loading_the_documented_sample_body(
    doc_sample_path: Path, doc_sample_body: dict[str, Any], doc_sample_message: Message
) -> None:
    # GIVEN the documented request body, secrets and all
    raw = doc_sample_path.read_bytes()
    api_key, secret_key = doc_sample_body["ApiKey"], doc_sample_body["SecretKey"]

    # WHEN it is loaded as a draft
    loaded = load_draft(raw)

    # THEN the message, the recipient and the RequestId are taken
    assert loaded.draft == Draft(
        message=doc_sample_message,
        recipients=(doc_sample_body["Payload"]["recipient"]["user_id"],),
        request_id=doc_sample_body["RequestId"],
    )
    # AND the message is sent again exactly as it was in the file
    assert message_object(loaded.draft.message) == doc_sample_body["Payload"]["message"]
    # AND both secrets are reported, by name only
    notices = "\n".join(loaded.notices)
    assert any("ApiKey" in n for n in loaded.notices)
    assert any("SecretKey" in n for n in loaded.notices)
    assert api_key not in notices and secret_key not in notices
    # AND so are the profile fields that the draft does not keep
    assert doc_sample_body["OAID"] in notices
    assert doc_sample_body["CallbackUrl"] in notices
    # AND the secrets are nowhere in the draft, its file or its repr
    for shown in (dump_draft(loaded.draft), repr(loaded), repr(loaded.draft)):
        assert api_key not in shown
        assert secret_key not in shown


def test_a_bare_body_without_secrets_gives_no_secret_notice(
    doc_sample_body: dict[str, Any],
) -> None:
    body = {**doc_sample_body, "ApiKey": "", "SendDate": "2026-12-31 08:30:00"}
    del body["SecretKey"], body["OAID"], body["CallbackUrl"], body["RequestId"]
    loaded = load_draft(as_bytes(body))
    assert loaded.notices == ()
    assert loaded.draft.send_date == "2026-12-31 08:30:00"
    assert loaded.draft.request_id is None


@pytest.mark.parametrize(
    ("recipient", "expected"),
    [
        pytest.param({"user_id": "6132578839214987522"}, ("6132578839214987522",), id="text"),
        pytest.param({"user_id": 6132578839214987522}, ("6132578839214987522",), id="number"),
        pytest.param({"user_id": ""}, (), id="empty"),
        pytest.param({}, (), id="no-user-id"),
        pytest.param(None, (), id="no-recipient"),
    ],
)
def test_the_bare_body_recipient(recipient: object, expected: tuple[str, ...]) -> None:
    body = {"Payload": {"recipient": recipient, "message": {"text": "Xin chào"}}}
    assert load_draft(as_bytes(body)).draft.recipients == expected


def test_a_bom_prefixed_file_loads(doc_sample_path: Path) -> None:
    plain = load_draft(dump_draft(FULL_DRAFT).encode("utf-8"))
    assert load_draft(b"\xef\xbb\xbf" + dump_draft(FULL_DRAFT).encode("utf-8")) == plain
    assert load_draft(b"\xef\xbb\xbf" + doc_sample_path.read_bytes()) == load_draft(
        doc_sample_path.read_bytes()
    )


# --- files that are not drafts ---------------------------------------------------------------

SAMPLE_TEXT = (Path(__file__).parent.parent / "data" / "esms_doc_sample_body.json").read_text(
    encoding="utf-8"
)
NOT_A_DRAFT = "not a draft"
BAD_VERSION = "version"


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param("", "empty", id="empty-str"),
        pytest.param(b" \n\t\r\n ", "empty", id="whitespace"),
        pytest.param(SAMPLE_TEXT[: len(SAMPLE_TEXT) // 2].encode(), "truncated", id="truncated"),
        pytest.param(dump_draft(FULL_DRAFT)[:-3], "not valid JSON", id="truncated-draft"),
        pytest.param(b"{\"format\": \xff}", "not UTF-8", id="not-utf8"),
        pytest.param('{"text": "Chào"}'.encode("latin-1"), "not UTF-8", id="latin-1"),
        pytest.param("Xin chào".encode("utf-16"), "not UTF-8", id="utf-16"),
        pytest.param(b"[1, 2]", NOT_A_DRAFT, id="json-list"),
        pytest.param(b'"a draft"', NOT_A_DRAFT, id="json-string"),
        pytest.param(b"42", NOT_A_DRAFT, id="json-number"),
        pytest.param(b"null", NOT_A_DRAFT, id="json-null"),
        pytest.param(b"[" * 100_000, "nested too deeply", id="deep-nesting"),
        pytest.param(b'{"name": "zalo", "version": 1}', "not a zalo-composer draft", id="foreign"),
        pytest.param(
            as_bytes(draft_document(format="other-draft")), "not a zalo-composer draft", id="format"
        ),
        pytest.param(as_bytes(draft_document(version=2)), "newer", id="newer-version"),
        pytest.param(as_bytes(draft_document(version=...)), BAD_VERSION, id="version-missing"),
        pytest.param(as_bytes(draft_document(version=None)), BAD_VERSION, id="version-null"),
        pytest.param(as_bytes(draft_document(version="1")), BAD_VERSION, id="version-text"),
        pytest.param(as_bytes(draft_document(version=1.0)), BAD_VERSION, id="version-float"),
        pytest.param(as_bytes(draft_document(version=True)), BAD_VERSION, id="version-bool"),
        pytest.param(as_bytes(draft_document(version=0)), BAD_VERSION, id="version-zero"),
        pytest.param(as_bytes(draft_document(version=-1)), BAD_VERSION, id="version-negative"),
        pytest.param(as_bytes(draft_document(message=...)), "no message", id="message-missing"),
        pytest.param(as_bytes(draft_document(message="Xin chào")), "not an object", id="msg-str"),
        pytest.param(as_bytes(with_buttons({"a": 1})), "not a list", id="buttons-object"),
        pytest.param(as_bytes(with_buttons({})), "not a list", id="buttons-empty-object"),
        pytest.param(as_bytes(with_buttons("oa.open.url")), "not a list", id="buttons-string"),
        pytest.param(
            as_bytes(with_buttons([{"title": "x", "type": "oa.open.map"}])),
            "unknown type",
            id="button-type-unknown",
        ),
        pytest.param(
            as_bytes(with_buttons([{"title": "x", "type": ["oa.open.url"]}])),
            "unknown type",
            id="button-type-list",
        ),
        pytest.param(
            as_bytes(draft_document(recipients="6132578839214987522")),
            "recipients",
            id="recipients-string",
        ),
        pytest.param(as_bytes(draft_document(recipients={"a": 1})), "recipients", id="rcpt-obj"),
        pytest.param(
            as_bytes(draft_document(recipients=[{"user_id": "1"}])), "recipients", id="rcpt-items"
        ),
        pytest.param(as_bytes(draft_document(recipients=[1.5])), "recipients", id="rcpt-float"),
        pytest.param(as_bytes(draft_document(note=5)), "note", id="note-number"),
        pytest.param(as_bytes(draft_document(request_id=1024)), "request_id", id="request-id"),
        pytest.param(as_bytes(draft_document(send_date=[2026])), "send_date", id="send-date"),
        pytest.param(b'{"Payload": "x"}', "Payload", id="body-payload-string"),
        pytest.param(b'{"Payload": {"recipient": {}}}', "Payload.message", id="body-no-message"),
        pytest.param(
            b'{"ApiKey": "k", "Payload": {"message": {"text": 5}}}', "text", id="body-bad-text"
        ),
    ],
)
def test_a_bad_file_gives_a_plain_draft_error(data: str | bytes, fragment: str) -> None:
    with pytest.raises(DraftError) as caught:
        load_draft(data)
    message = str(caught.value)
    assert fragment in message
    for leftover in ("Traceback", "Exception", "Decode", "KeyError", "TypeError", "{'"):
        assert leftover not in message, message
    assert caught.value.__cause__ is None or isinstance(caught.value.__cause__, DraftError)


def test_a_newer_version_says_which() -> None:
    with pytest.raises(DraftError) as caught:
        load_draft(as_bytes(draft_document(version=DRAFT_VERSION + 1)))
    assert str(DRAFT_VERSION + 1) in str(caught.value)
    assert "Update" in str(caught.value)


def test_split_recipients() -> None:
    # Moved from tests/ui/test_profiles_dialog.py: the profile dialog keeps each id once.
    assert split_recipients(" 1, 2 3;;2\n4 ", unique=True) == ("1", "2", "3", "4")
    assert split_recipients("", unique=True) == ()
    # The draft's recipients field keeps repeats, so validation can point at them.
    assert split_recipients("1,2 ;1") == ("1", "2", "1")
    assert split_recipients(" \n ") == ()
