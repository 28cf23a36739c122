"""Bad input, property-based (hypothesis): the draft loader given arbitrary bytes or JSON only
ever raises DraftError, and whatever it loads can be validated and written back; any message
the validator accepts makes a body the sandbox accepts too; the importers (cURL, JSON, CSV,
pasted ids) never crash on arbitrary text.

Settings are modest and derandomized (a fixed sequence of examples, no example database),
so the suite stays fast and CI sees the same cases every run.
"""

from __future__ import annotations

import asyncio
import json
import string
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, event, example, given, settings
from hypothesis import strategies as st

from tests.helpers import in_own_thread
from zalo_composer.domain.body import build_request_body, new_request_id
from zalo_composer.domain.demo import DEMO_API_KEY, DEMO_OAIDS, DEMO_SECRET_KEY
from zalo_composer.domain.draft import DRAFT_FORMAT, LoadedDraft, dump_draft, load_draft
from zalo_composer.domain.errors import DraftError, ZaloComposerError
from zalo_composer.domain.importers import parse_curl, parse_request_text
from zalo_composer.domain.model import (
    Account,
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
from zalo_composer.domain.validation import has_errors, validate_draft, validate_message
from zalo_composer.domain.variables import (
    RecipientsTable,
    parse_recipients_csv,
    parse_recipients_text,
)
from zalo_composer.esms.client import EsmsClient, Timeouts, make_http_client
from zalo_composer.sandbox import SEND_ENDPOINT, Sandbox

SETTINGS = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
FEW = settings(SETTINGS, max_examples=25)

ACCOUNT = Account(next(iter(DEMO_OAIDS)), DEMO_API_KEY, DEMO_SECRET_KEY)
VIETNAMESE = ("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợ"
              "ùủũúụừửữứựỳỷỹýỵAĂÂĐÊÔƠƯ")

# -- strategies ------------------------------------------------------------------------------

#: Lone surrogates too: JSON can escape them ("\ud800"), and a file may hold one.
surrogates = st.text(alphabet=st.characters(min_codepoint=0xD7F0, max_codepoint=0xE010),
                     min_size=1, max_size=3)
json_scalars = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
                | st.text() | surrogates)
json_values = st.recursive(
    json_scalars,
    lambda children: st.lists(children, max_size=5)
    | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=25,
)
#: Text as users type it: Vietnamese, ASCII, line breaks, emoji, combining marks, controls.
texts = st.text(
    alphabet=st.sampled_from(VIETNAMESE + string.printable + "\u0301\u0323🙂\u00a0\u2028")
    | st.characters(exclude_categories=("Cs",)),
    max_size=60,
)


def _mostly(good: st.SearchStrategy[Any], values: st.SearchStrategy[Any]) -> Any:
    """*good* three times in four, else anything."""
    return st.one_of(good, good, good, values)


def _shaped(values: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    """Documents shaped like a draft or an eSMS body, mostly with values of the right type
    and now and then anything, so the examples reach past the first "is this a draft?"
    checks into every field's parsing."""
    text = texts | surrogates
    payload = st.fixed_dictionaries({}, optional={
        "url": _mostly(text, values), "content": _mostly(text, values),
        "phone_code": _mostly(text, values)})
    buttons = st.lists(st.fixed_dictionaries(
        {"type": _mostly(st.sampled_from(["oa.open.url", "oa.query.show", "oa.query.hide",
                                          "oa.open.sms", "oa.open.phone"]), values)},
        optional={"title": _mostly(text, values), "payload": _mostly(text | payload, values)},
    ), max_size=6)
    message = st.fixed_dictionaries({}, optional={
        "text": _mostly(text, values),
        "attachment": _mostly(st.fixed_dictionaries({}, optional={
            "type": _mostly(st.just("template"), values),
            "payload": _mostly(st.fixed_dictionaries({}, optional={"buttons": buttons}),
                               values),
        }), values),
    })
    optional_text = _mostly(st.none() | text, values)
    draft = st.fixed_dictionaries(
        {"format": st.just(DRAFT_FORMAT), "version": _mostly(st.just(1), values),
         "message": _mostly(message, values)},
        optional={"recipients": _mostly(st.lists(st.text(max_size=20) | st.integers()), values),
                  "request_id": optional_text, "send_date": optional_text,
                  "note": _mostly(text, values)},
    )
    body = st.fixed_dictionaries(
        {"Payload": _mostly(st.fixed_dictionaries({"message": message}, optional={
            "recipient": _mostly(st.fixed_dictionaries({}, optional={"user_id": values}),
                                 values)}), values)},
        optional={"ApiKey": values, "SecretKey": values, "OAID": values,
                  "RequestId": optional_text, "SendDate": optional_text,
                  "CallbackUrl": values},
    )
    return draft | body


documents = json_values | _shaped(json_values) | _shaped(json_values)
urls = st.builds(
    lambda scheme, host, path: f"{scheme}://{host}/{path}",
    st.sampled_from(["https", "http", "HTTPS", "ftp", "javascript", ""]),
    st.sampled_from(["shop.example.vn", "127.0.0.1", "xn--bcher-kva.example", "", "a b"]),
    st.text(alphabet=string.ascii_letters + string.digits + "-._~%/?#=&", max_size=30),
) | texts
phones = st.builds(
    lambda prefix, digits, sep: prefix + sep.join(digits),
    st.sampled_from(["0", "84", "+84", "1800", "1900", ""]),
    st.lists(st.text(alphabet=string.digits, min_size=1, max_size=4), min_size=1, max_size=4),
    st.sampled_from(["", " ", ".", "-"]),
) | texts
titles = st.text(alphabet=VIETNAMESE + " ", min_size=1, max_size=30) | texts
button_strategies: list[st.SearchStrategy[Button]] = [
    st.builds(UrlButton, title=titles, url=urls),
    st.builds(QueryShowButton, title=titles, payload=texts),
    st.builds(QueryHideButton, title=titles, payload=texts),
    st.builds(SmsButton, title=titles, content=texts, phone_code=phones),
    st.builds(PhoneButton, title=titles, phone_code=phones),
]
messages = st.builds(
    Message,
    text=texts | st.text(alphabet=VIETNAMESE + " \n", min_size=1900, max_size=2100),
    buttons=st.lists(st.one_of(button_strategies), max_size=6).map(tuple),
)
recipients = st.text(alphabet=string.digits, min_size=1, max_size=19)

# -- the draft loader ------------------------------------------------------------------------


def load_or_draft_error(data: str | bytes) -> LoadedDraft | None:
    """load_draft's answer, None for a DraftError; anything else fails the test. What it
    loaded must also survive everything the program does next with a draft."""
    try:
        loaded = load_draft(data)
    except DraftError as exc:
        assert str(exc), "a DraftError without a reason"
        event("DraftError")
        return None
    event("loaded")
    problems = validate_draft(loaded.draft)  # the window and the CLI do this at once
    assert all(p.message for p in problems)
    again = load_draft(dump_draft(loaded.draft)).draft  # saving and opening it again
    assert validate_draft(again) == problems
    return loaded


def _damaged(data: bytes, at: int, byte: int, cut: bool) -> bytes:
    """*data* with one byte replaced, or cut short there (a damaged or truncated file)."""
    at %= max(len(data), 1)
    return data[:at] if cut else data[:at] + bytes([byte]) + data[at + 1 :]


@SETTINGS
@given(st.binary(max_size=300)
       | documents.map(lambda d: json.dumps(d, ensure_ascii=False).encode("utf-8", "replace"))
       | st.builds(_damaged, documents.map(lambda d: json.dumps(d).encode()),
                   st.integers(0, 10**6), st.integers(0, 255), st.booleans()))
def test_load_draft_on_arbitrary_bytes_raises_only_draft_error(data: bytes) -> None:
    load_or_draft_error(data)


@SETTINGS
@given(documents)
@example({"format": DRAFT_FORMAT, "version": 1, "message": {"text": "\ud800"}})
@example({"Payload": {"message": {"text": "a", "attachment": {"payload": {"buttons": [
    {"type": "oa.query.show", "title": "\udfff", "payload": "x"}]}}}}})
def test_load_draft_on_arbitrary_json_raises_only_draft_error(document: Any) -> None:
    # As a file holds it: \u escapes for anything outside ASCII (lone surrogates included).
    load_or_draft_error(json.dumps(document))
    load_or_draft_error(json.dumps(document).encode())


def test_a_lone_surrogate_escape_is_a_draft_error_not_a_crash() -> None:
    # GIVEN a draft file whose text holds "\ud800": valid JSON, but no Unicode text
    data = '{"format": "zalo-composer-draft", "version": 1, "message": {"text": "ab\\ud800"}}'
    # WHEN it is opened THEN the user reads why, instead of the validator crashing later
    with pytest.raises(DraftError, match="surrogate"):
        load_draft(data)
    with pytest.raises(DraftError, match="surrogate"):
        load_draft(b'{"Payload": {"message": {"text": "\\udc00"}}}')


def test_a_surrogate_pair_escape_is_still_text() -> None:
    # An escaped pair is one emoji, as JSON writers outside Python produce it.
    loaded = load_draft('{"format": "zalo-composer-draft", "version": 1, '
                        '"message": {"text": "Chào \\ud83d\\ude42"}}')
    assert loaded.draft.message.text == "Chào 🙂"
    assert wire_length(loaded.draft.message.text) == 7  # the emoji is two UTF-16 units


# -- what the validator accepts, the sandbox accepts -----------------------------------------


@pytest.fixture(scope="module")
def sandbox_state() -> Sandbox:
    """A sandbox used without HTTP: `Sandbox.answer` is the core of its send endpoint."""
    return Sandbox(balance=10**12)


@SETTINGS
@given(message=messages, recipient=recipients)
def test_a_message_the_validator_accepts_the_sandbox_accepts(
    sandbox_state: Sandbox, message: Message, recipient: str
) -> None:
    draft = Draft(message=message, recipients=(recipient,))
    problems = validate_draft(draft)
    assume(not has_errors(problems))
    body = build_request_body(message, account=ACCOUNT, recipient=recipient,
                              request_id=new_request_id())
    on_the_wire = json.loads(json.dumps(body, ensure_ascii=False))
    answer = sandbox_state.answer(SEND_ENDPOINT, on_the_wire)
    assert answer["CodeResult"] == "100", answer


@SETTINGS
@given(message=messages)
def test_the_sandbox_refuses_what_the_validator_refuses(
    sandbox_state: Sandbox, message: Message
) -> None:
    # The other direction, so the two can never drift apart: a message with errors is 210.
    assume(has_errors(validate_message(message)))
    body = build_request_body(message, account=ACCOUNT, recipient="1234567890",
                              request_id=new_request_id())
    answer = sandbox_state.answer(SEND_ENDPOINT, json.loads(json.dumps(body)))
    assert answer["CodeResult"] == "210", answer


@pytest.fixture(scope="module")
def running_sandbox() -> Any:
    with Sandbox(balance=10**12) as running:
        yield running


@FEW
@given(message=messages, recipient=recipients)
def test_over_real_http_too(running_sandbox: Sandbox, message: Message, recipient: str) -> None:
    assume(not has_errors(validate_draft(Draft(message=message, recipients=(recipient,)))))
    body = build_request_body(message, account=ACCOUNT, recipient=recipient,
                              request_id=new_request_id())

    async def send() -> str | None:
        async with make_http_client() as http:
            result = await EsmsClient(http).send(running_sandbox.base_url, body,
                                                 timeouts=Timeouts(5, 5))
            return result.code

    assert in_own_thread(asyncio.run, send()) == "100"


# -- the importers ---------------------------------------------------------------------------


def only_own_errors(parse: Any, text: Any) -> Any:
    try:
        parsed = parse(text)
    except ZaloComposerError as exc:
        assert str(exc)
        event(type(exc).__name__)
        return None
    event("read")
    return parsed


pasted = (
    st.text()
    | documents.map(json.dumps)
    | documents.map(lambda d: json.dumps(d, ensure_ascii=False, indent=2))
    | st.builds(lambda d, url, quote: f"curl -X POST {url} -H 'Content-Type: application/json' "
                f"--data {quote}{json.dumps(d, ensure_ascii=False)}{quote}",
                documents, urls, st.sampled_from(["'", '"', "$'", ""]))
    | st.builds(lambda head, tail: head + tail,
                st.sampled_from(["curl ", "curl.exe ", "```json\n{", "{", "[", "$ curl -d "]),
                st.text())
)


@SETTINGS
@given(pasted)
def test_parse_request_text_never_crashes(text: str) -> None:
    imported = only_own_errors(parse_request_text, text)
    if imported is not None:
        validate_draft(imported.draft)


@SETTINGS
@given(st.text())
def test_parse_curl_never_crashes(text: str) -> None:
    only_own_errors(parse_curl, "curl " + text)


csv_like = st.text() | st.builds(
    lambda header, rows, sep: "\n".join([sep.join(header), *(sep.join(r) for r in rows)]),
    st.lists(st.sampled_from(["user_id", "tên", "order_id", "", '"', "User ID"]) | st.text(
        max_size=8), min_size=1, max_size=4),
    st.lists(st.lists(st.text(max_size=8), max_size=5), max_size=5),
    st.sampled_from([",", ";", "\t"]),
)


@SETTINGS
@given(csv_like | st.binary(max_size=200))
def test_parse_recipients_csv_never_crashes(data: str | bytes) -> None:
    table = only_own_errors(parse_recipients_csv, data)
    assert table is None or isinstance(table, RecipientsTable)


@SETTINGS
@given(csv_like)
def test_parse_recipients_text_never_crashes(text: str) -> None:
    table = only_own_errors(parse_recipients_text, text)
    assert table is None or isinstance(table, RecipientsTable)
