"""Import from a pasted cURL command or JSON, and “Copy as cURL”: the documentation's own
sample, the ways people write the same command, keys kept out of the draft, plain errors,
and a fuzzer that only ever sees DraftError."""

from __future__ import annotations

import json
import shutil
import string
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.domain.conftest import (
    DOC_SAMPLE_API_KEY,
    DOC_SAMPLE_CALLBACK_URL,
    DOC_SAMPLE_OAID,
    DOC_SAMPLE_PATH,
    DOC_SAMPLE_REQUEST_ID,
    DOC_SAMPLE_SECRET_KEY,
    DOC_SAMPLE_USER_ID,
)
from zalo_composer.domain.body import MASK, build_request_body
from zalo_composer.domain.curl import split_posix, split_windows, to_curl
from zalo_composer.domain.draft import dump_draft
from zalo_composer.domain.endpoint import SEND_PATH
from zalo_composer.domain.errors import DraftError
from zalo_composer.domain.importers import (
    ESMS_SEND_PATH,
    ImportedRequest,
    is_placeholder,
    parse_curl,
    parse_request_text,
)
from zalo_composer.domain.model import (
    Account,
    Draft,
    Message,
    PhoneButton,
    QueryHideButton,
    QueryShowButton,
    SmsButton,
    UrlButton,
)
from zalo_composer.store.profiles import DEFAULT_ENDPOINT

DATA = Path(__file__).parent.parent / "data"
DOC_CURL = (DATA / "doc_curl_sample.txt").read_text(encoding="utf-8")
SEND_URL = DEFAULT_ENDPOINT + SEND_PATH
API_KEY = "C9E1A5D7B3F24E6A8B0C2D4E6F8A0B1C"
SECRET_KEY = "7F3D9B1E5A2C4F6E8D0B2A4C6E8F0A1B"
SMALL_BODY = {
    "ApiKey": API_KEY,
    "SecretKey": SECRET_KEY,
    "OAID": "4368496045530866759",
    "Payload": {
        "recipient": {"user_id": "6132578839214987522"},
        "message": {"text": "Xin chào, it's me", "attachment": {"type": "template", "payload": {
            "buttons": [{"title": "Gọi", "type": "oa.open.phone",
                         "payload": {"phone_code": "0901888484"}}]}}},
    },
}
SMALL_MESSAGE = Message(text="Xin chào, it's me",
                        buttons=(PhoneButton(title="Gọi", phone_code="0901888484"),))


def _posix_data(body: Any = SMALL_BODY) -> str:
    """The body pretty-printed and single-quoted for a POSIX shell."""
    return "'" + json.dumps(body, ensure_ascii=False, indent=2).replace("'", "'\\''") + "'"


def _dq(body: Any = SMALL_BODY) -> str:
    """The body in double quotes with \\" escapes (one line)."""
    text = json.dumps(body, ensure_ascii=False)
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _ansi_c(body: Any = SMALL_BODY) -> str:
    """The body in bash's $'...' quoting, with line breaks written as \\n."""
    text = json.dumps(body, ensure_ascii=False, indent=2)
    return "$'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'"


def _chrome_cmd(body: Any = SMALL_BODY) -> str:
    """The body as Chrome's “Copy as cURL (cmd)” writes it: every special character ^-escaped."""
    text = json.dumps(body, ensure_ascii=False).replace('"', '\\"')
    escaped = "".join("^" + c if c in '"{}&|<>^%' else c for c in text)
    return '^"' + escaped + '^"'


# -- the documentation's sample ---------------------------------------------------------


def test_the_doc_sample_gives_the_five_button_message_with_its_placeholders() -> None:
    # GIVEN the cURL command exactly as eSMS's documentation prints it
    # WHEN it is pasted
    imported = parse_request_text(DOC_CURL)

    # THEN the message is the documented one, placeholders kept as text
    assert imported.source == "curl"
    assert imported.draft.message == Message(
        text="{{text}}",
        buttons=(
            UrlButton(title="{{title}}", url="{{url}}"),
            QueryShowButton(title="{{title}}", payload="{{payload}}"),
            QueryHideButton(title="{{title}}", payload="{{payload}}"),
            SmsButton(title="{{title}}", content="{{content}}", phone_code="{{phone_code}}"),
            PhoneButton(title="{{title}}", phone_code="{{phone_code}}"),
        ),
    )
    assert imported.url == SEND_URL
    assert imported.base_url == DEFAULT_ENDPOINT
    assert imported.summary() == "cURL command with a JSON body: 5 buttons, no recipient"


def test_the_doc_samples_placeholders_are_not_keys_nor_values() -> None:
    imported = parse_curl(DOC_CURL)

    assert imported.api_key is None
    assert imported.secret_key is None
    assert not imported.has_secrets
    assert imported.oaid is None
    assert imported.callback_url is None
    # A recipient or RequestId of "{{...}}" would be sent literally: both are left out.
    assert imported.draft.recipients == ()
    assert imported.draft.request_id is None
    (notice,) = imported.notices
    assert "placeholder" in notice
    for name in ("{{ApiKey}}", "{{SecretKey}}", "{{OAID}}", "{{user_id}}", "{{RequestId}}"):
        assert name in notice


def test_the_doc_samples_marks_can_become_empty_fields_with_one_notice() -> None:
    # GIVEN the documentation's command, WHEN it is read without keeping its marks
    imported = parse_request_text(DOC_CURL, keep_marks=False)

    # THEN every field that held only a mark is empty, the buttons keep their types
    message = imported.draft.message
    assert message.text == ""
    assert [b.type for b in message.buttons] == [
        "oa.open.url", "oa.query.show", "oa.query.hide", "oa.open.sms", "oa.open.phone"]
    assert all(value == "" for b in message.buttons for value in b.values().values())
    assert not imported.marks_kept
    assert imported.fill_in_marks == (
        "{{text}}", "{{title}}", "{{url}}", "{{payload}}", "{{content}}", "{{phone_code}}")
    # AND one notice names the emptied marks and what was left out
    (notice,) = imported.notices
    assert "left empty for you to fill" in notice
    for name in ("{{text}}", "{{url}}", "{{ApiKey}}", "{{user_id}}", "{{RequestId}}"):
        assert name in notice
    assert imported.summary() == "cURL command with a JSON body: 5 buttons, no recipient"


def test_kept_marks_are_reported_too() -> None:
    imported = parse_request_text(DOC_CURL)
    assert imported.marks_kept
    assert "{{text}}" in imported.fill_in_marks
    assert imported.draft.message.text == "{{text}}"


def test_only_fields_made_of_marks_are_emptied() -> None:
    body = {"Payload": {"message": {
        "text": "Chào {{name}}, đơn {{order}} đã giao",
        "attachment": {"type": "template", "payload": {"buttons": [
            {"title": "{{title}}", "type": "oa.open.url",
             "payload": {"url": "https://shop.vn/{{order}}"}}]}}}}}
    imported = parse_request_text(json.dumps(body, ensure_ascii=False), keep_marks=False)
    message = imported.draft.message
    # A real template's placeholders inside text stay; a bare mark goes.
    assert message.text == "Chào {{name}}, đơn {{order}} đã giao"
    assert message.buttons[0].title == ""
    assert message.buttons[0].values()["url"] == "https://shop.vn/{{order}}"
    (notice,) = imported.notices
    assert notice == ("Fields that held only a fill-in mark ({{title}}) are left empty for "
                      "you to fill.")


def test_a_draft_file_keeps_its_placeholders() -> None:
    text = dump_draft(Draft(message=Message(text="{{greeting}}")))
    imported = parse_request_text(text, keep_marks=False)
    assert imported.draft.message.text == "{{greeting}}"
    assert imported.notices == ()


def test_the_send_path_is_the_clients() -> None:
    # The domain cannot import the HTTP client, so it keeps its own copy of the path.
    assert ESMS_SEND_PATH == SEND_PATH


# -- keys ---------------------------------------------------------------------------------


def _doc_body_curl() -> str:
    body = DOC_SAMPLE_PATH.read_text(encoding="utf-8").strip()
    return (f"curl --location '{SEND_URL}' \\\n--header 'Content-Type: application/json' \\\n"
            f"--data '{body}'")


def test_real_looking_keys_are_reported_and_never_reach_the_draft(
    doc_sample_message: Message,
) -> None:
    # GIVEN the documented command with real-looking values instead of placeholders
    imported = parse_curl(_doc_body_curl())

    # THEN the keys and account fields come back beside the draft
    assert imported.api_key == DOC_SAMPLE_API_KEY
    assert imported.secret_key == DOC_SAMPLE_SECRET_KEY
    assert imported.has_secrets
    assert imported.oaid == DOC_SAMPLE_OAID
    assert imported.callback_url == DOC_SAMPLE_CALLBACK_URL
    assert imported.draft == Draft(
        message=doc_sample_message,
        recipients=(DOC_SAMPLE_USER_ID,),
        request_id=DOC_SAMPLE_REQUEST_ID,
    )
    # AND the keys are nowhere in the draft, its file form, the notices or the repr
    for shown in (dump_draft(imported.draft), repr(imported.draft), repr(imported),
                  str(imported), " ".join(imported.notices)):
        assert DOC_SAMPLE_API_KEY not in shown
        assert DOC_SAMPLE_SECRET_KEY not in shown
    assert "api_key=<hidden>" in repr(imported)
    assert "secret_key=<hidden>" in repr(imported)


def test_repr_says_when_there_is_no_key() -> None:
    assert "api_key=None" in repr(ImportedRequest(Draft()))


@pytest.mark.parametrize(
    "value",
    ["{{ApiKey}}", " {{ ApiKey }} ", "$ESMS_API_KEY", "${ESMS_API_KEY}", "<your api key>"],
)
def test_template_stand_ins_are_placeholders(value: str) -> None:
    assert is_placeholder(value)


@pytest.mark.parametrize("value", [API_KEY, "abc{{x}}", "0901888484", "", "$", "a<b>"])
def test_values_are_not_placeholders(value: str) -> None:
    assert not is_placeholder(value)


def test_keys_taken_from_shell_variables_are_placeholders() -> None:
    # GIVEN the common way of splicing environment variables into a single-quoted body
    body = {**SMALL_BODY, "ApiKey": "@A@", "SecretKey": "@S@"}
    data = _posix_data(body).replace("@A@", "'\"$ESMS_API_KEY\"'").replace(
        "@S@", "'\"${ESMS_SECRET_KEY}\"'")
    imported = parse_curl(f"curl '{SEND_URL}' -d {data}")

    assert imported.api_key is None
    assert imported.secret_key is None
    assert "$ESMS_API_KEY" in imported.notices[-1]


def test_a_masked_copy_pasted_back_has_no_keys() -> None:
    imported = parse_curl(to_curl(SMALL_BODY, SEND_URL))

    assert (imported.api_key, imported.secret_key) == (None, None)
    assert "masked" in imported.notices[-1]
    assert imported.draft.message == SMALL_MESSAGE


# -- the same command, written the ways people write it -------------------------------------

VARIANTS = {
    "doc form": f"curl --location '{SEND_URL}' \\\n--header 'Content-Type: application/json' "
                f"\\\n--data {_posix_data()}",
    "-d": f"curl -L '{SEND_URL}' -H 'Content-Type: application/json' -d {_posix_data()}",
    "--data-raw": f"curl '{SEND_URL}' --data-raw {_posix_data()}",
    "--data-binary": f"curl '{SEND_URL}' --data-binary {_posix_data()}",
    "--json": f"curl '{SEND_URL}' --json {_posix_data()}",
    "-X POST": f"curl -X POST {SEND_URL} -H 'Content-Type: application/json' -d {_posix_data()}",
    "--request POST first": f"curl --request POST \\\n  --url {SEND_URL} \\\n  --header "
                            f"'content-type: application/json' \\\n  --data {_posix_data()}",
    "-XPOST cluster": f"curl -sSLXPOST '{SEND_URL}' -d {_posix_data()}",
    "header after data": f"curl '{SEND_URL}' --data {_posix_data()} --header "
                         "'Content-Type: application/json'",
    "no --location": f"curl '{SEND_URL}' --header 'Content-Type: application/json' "
                     f"--data {_posix_data()}",
    "text/plain": f"curl '{SEND_URL}' -H 'Content-Type: text/plain' -d {_posix_data()}",
    "double quotes": f'curl "{SEND_URL}" -H "Content-Type: application/json" -d {_dq()}',
    "$'...'": f"curl '{SEND_URL}' --data-raw {_ansi_c()}",
    "CRLF line ends": f"curl --location '{SEND_URL}' \\\r\n--data {_posix_data()}",
    "shell prompt": f"$ curl '{SEND_URL}' -d {_posix_data()}",
    "piped to jq": f"curl -s '{SEND_URL}' -d {_posix_data()} | jq .",
    "markdown fence": f"```bash\ncurl '{SEND_URL}' -d {_posix_data()}\n```",
    "full path": f"/usr/bin/curl '{SEND_URL}' -d {_posix_data()}",
    "PowerShell backticks": f"curl.exe '{SEND_URL}' `\n  -d {_posix_data()}",
    "Windows ^ lines": f'curl -X POST "{SEND_URL}" ^\n  -H "Content-Type: application/json" '
                       f"^\n  -d {_dq()}",
    "Windows ^ with CRLF": f'curl "{SEND_URL}" ^\r\n  -d {_dq()}',
    "Chrome cmd": f'curl ^"{SEND_URL}^" ^\n  -H ^"content-type: application/json^" ^\n'
                  f"  --data-raw {_chrome_cmd()} ^\n  --compressed",
}


@pytest.mark.parametrize("command", VARIANTS.values(), ids=VARIANTS.keys())
def test_every_way_of_writing_the_command_gives_the_same_request(command: str) -> None:
    imported = parse_request_text(command)

    assert imported.source == "curl"
    assert imported.url == SEND_URL
    assert imported.base_url == DEFAULT_ENDPOINT
    assert imported.draft.message == SMALL_MESSAGE
    assert imported.draft.recipients == ("6132578839214987522",)
    assert (imported.api_key, imported.secret_key) == (API_KEY, SECRET_KEY)
    assert imported.oaid == "4368496045530866759"


BASH = shutil.which("bash")
POSIX_VARIANTS = [k for k in VARIANTS if "Windows" not in k and "Chrome" not in k
                  and k not in ("markdown fence", "shell prompt", "PowerShell backticks",
                                "CRLF line ends")]  # bash reads a CR as part of a word


@pytest.mark.skipif(BASH is None, reason="needs bash to compare with")
@pytest.mark.parametrize("name", POSIX_VARIANTS)
def test_words_are_split_as_bash_splits_them(name: str) -> None:
    command = VARIANTS[name].split(" | ")[0]
    assert split_posix(command).words[1:] == _bash_words(command)[1:]


def _bash_words(command: str) -> tuple[str, ...]:
    """The words bash hands to curl, read back through a stand-in curl function."""
    script = 'curl() { printf "%s\\0" curl "$@"; }\n' + command.replace("/usr/bin/curl", "curl")
    assert BASH is not None
    out = subprocess.run([BASH, "-c", script], capture_output=True, check=True, timeout=10)
    return tuple(out.stdout.decode("utf-8").split("\0")[:-1])


def test_windows_quoting_follows_the_c_runtime() -> None:
    # cmd sees each \\" as a quote too; an even number of them keeps ^ an escape after them.
    words = split_windows('curl h^&i "a b" c\\"d\\"e "e""f" "g\\\\" ^\n  -d x & echo')
    assert words.words == ("curl", "h&i", "a b", 'c"d"e', 'e"f', "g\\", "-d", "x")
    assert words.cut_at == "&"


# -- notices ---------------------------------------------------------------------------------


def test_text_plain_is_accepted_with_a_notice() -> None:
    imported = parse_curl(VARIANTS["text/plain"])
    assert any("text/plain" in n for n in imported.notices)


def test_other_options_and_headers_are_named_but_header_values_are_not() -> None:
    imported = parse_curl(
        f"curl -sS --compressed -m 30 '{SEND_URL}' -H 'Authorization: Bearer t0ken-s3cret' "
        f"-H 'Accept: */*' -u me:pw -d {_posix_data()}"
    )
    text = " ".join(imported.notices)
    assert "-s, -S, --compressed, -m, --user" in text
    assert "Authorization, Accept" in text
    assert "t0ken-s3cret" not in text
    assert "me:pw" not in text
    assert imported.url == SEND_URL  # 30 was read as -m's value, not as a URL


def test_quiet_for_the_docs_own_options() -> None:
    assert parse_curl(VARIANTS["doc form"]).notices == ()


def test_a_method_other_than_post_is_noted() -> None:
    imported = parse_curl(f"curl -X PUT '{SEND_URL}' -d {_posix_data()}")
    assert any("PUT" in n and "POST" in n for n in imported.notices)


@pytest.mark.parametrize(
    ("url", "base_url"),
    [
        (SEND_URL, DEFAULT_ENDPOINT),
        (SEND_URL.rstrip("/"), DEFAULT_ENDPOINT),
        (SEND_URL + "?x=1", DEFAULT_ENDPOINT),
        ("http://127.0.0.1:8765/MainService.svc/json/" + SEND_PATH,
         "http://127.0.0.1:8765/MainService.svc/json/"),
        ("https://example.com/other/", None),
    ],
)
def test_the_base_url_is_the_url_without_the_send_path(url: str, base_url: str | None) -> None:
    imported = parse_curl(f"curl '{url}' -d {_posix_data()}")
    assert imported.url == url
    assert imported.base_url == base_url
    assert (base_url is None) == any("no endpoint" in n for n in imported.notices)


def test_a_command_without_url_still_imports_the_body() -> None:
    imported = parse_curl(f"curl -d {_posix_data()}")
    assert (imported.url, imported.base_url) == (None, None)
    assert imported.draft.message == SMALL_MESSAGE


def test_what_follows_a_pipe_is_noted() -> None:
    assert any("“|”" in n for n in parse_curl(VARIANTS["piped to jq"]).notices)


# -- JSON without cURL ---------------------------------------------------------------------


def test_a_raw_request_body(doc_sample_message: Message) -> None:
    imported = parse_request_text(DOC_SAMPLE_PATH.read_text(encoding="utf-8"))

    assert imported.source == "body"
    assert imported.draft.message == doc_sample_message
    assert (imported.api_key, imported.secret_key) == (DOC_SAMPLE_API_KEY, DOC_SAMPLE_SECRET_KEY)
    assert (imported.url, imported.base_url) == (None, None)
    assert imported.summary() == "eSMS request body: 5 buttons, 1 recipient"


def test_a_bare_payload_message(doc_sample_body: dict[str, Any],
                                doc_sample_message: Message) -> None:
    text = json.dumps(doc_sample_body["Payload"]["message"], ensure_ascii=False, indent=2)
    imported = parse_request_text("\ufeff" + text)

    assert imported.source == "message"
    assert imported.draft == Draft(message=doc_sample_message)
    assert not imported.has_secrets
    assert imported.summary() == "Payload.message object: 5 buttons, no recipient"


def test_a_bare_payload(doc_sample_body: dict[str, Any], doc_sample_message: Message) -> None:
    imported = parse_request_text(json.dumps(doc_sample_body["Payload"]))
    assert imported.source == "payload"
    assert imported.draft == Draft(message=doc_sample_message, recipients=(DOC_SAMPLE_USER_ID,))


def test_a_zalo_composer_draft(doc_sample_message: Message) -> None:
    draft = Draft(message=doc_sample_message, recipients=("1", "2"), note="n")
    imported = parse_request_text(dump_draft(draft))
    assert imported.source == "draft"
    assert imported.draft == draft


def test_unknown_top_level_fields_are_noted_by_name() -> None:
    imported = parse_request_text(json.dumps({**SMALL_BODY, "template_type": "media"}))
    assert any("template_type" in n for n in imported.notices)


def test_a_numeric_oaid_is_read_as_text() -> None:
    imported = parse_request_text(json.dumps({**SMALL_BODY, "OAID": 4368496045530866759}))
    assert imported.oaid == "4368496045530866759"


# -- bad input -------------------------------------------------------------------------------

BAD = {
    "empty": ("  \n ", "Nothing to import"),
    "prose": ("hello there", "neither a cURL command nor JSON"),
    "JSON list": ("[1, 2]", "JSON list"),
    "broken JSON": ('{"Payload": {', "not valid JSON (line 1, column"),
    "JSON, not a request": ('{"name": "x"}', "not an eSMS request"),
    "payload not an object": ('{"Payload": 3}', "Payload is not an object"),
    "unknown button type": ('{"text": "x", "attachment": {"payload": {"buttons": '
                            '[{"type": "oa.open.app"}]}}}', "unknown type"),
    "key not text": ('{"ApiKey": 5, "Payload": {"message": {}}}', "The ApiKey must be text"),
    "lone surrogate": ('{"text": "a\\ud800"}', "lone UTF-16 surrogate"),
    "no data": (f"curl --location '{SEND_URL}'", "sends no body"),
    "data not JSON": (f"curl '{SEND_URL}' -d 'a=1&b=2'", "not a JSON object"),
    "cut-off body": (f"curl '{SEND_URL}' -d '{{\n  \"Payload\": {{'", "not valid JSON (line 2"),
    "unbalanced quote": (f"curl '{SEND_URL}' \\\n--data '{{\"text\": \"x\"}}",
                         "' quote opened on line 2 that is never closed"),
    "unbalanced double quote": (f'curl "{SEND_URL}', '" quote opened on line 1'),
    "unbalanced $'": ("curl u -d $'{", "$' quote"),
    "body from a file": (f"curl '{SEND_URL}' -d @body.json", "reads its body from the file"),
    "form data": (f"curl '{SEND_URL}' -F 'a=b'", "form data"),
    "two bodies": (f"curl '{SEND_URL}' -d '{{}}' -d '{{}}'", "2 --data parts"),
    "smart quotes": ("curl \u2018u\u2019 -d \u2018{}\u2019", "typographic quotes"),
    "not curl": ("wget -d '{}'", "neither a cURL command"),
}


@pytest.mark.parametrize(("text", "expected"), BAD.values(), ids=BAD.keys())
def test_bad_input_gives_a_plain_draft_error(text: str, expected: str) -> None:
    with pytest.raises(DraftError) as caught:
        parse_request_text(text)
    message = str(caught.value)
    assert expected in message
    assert message[0].isupper() and message.endswith((".", "?"))
    assert "Traceback" not in message and "Error" not in message


def test_parse_curl_refuses_plain_json() -> None:
    with pytest.raises(DraftError, match="not a cURL command"):
        parse_curl(json.dumps(SMALL_BODY))


# -- anything at all only ever gives DraftError ---------------------------------------------

FRAGMENTS = [
    "curl", "-d", "--data", "--data-raw", "$'", "'", '"', "\\", "\\\n", "^", "^\n", "^\"",
    "-H", "Content-Type: text/plain", "-X", "POST", "--json", "-sSL", "--", "|", "#", "`\n",
    "{", "}", "[", "]", ":", ",", '"Payload"', '"message"', '"text"', '"attachment"',
    '"buttons"', '"type"', '"oa.open.url"', '"payload"', '"ApiKey"', "null", "1", "\\x4", "\\u",
    "\\U0011ffff", "\\c", "\\0", "{{x}}", "@f", "\n", " ", "\u2018", "\ud7ff", SEND_URL,
]


def _only_draft_errors(text: str) -> None:
    try:
        result = parse_request_text(text)
    except DraftError as exc:
        assert str(exc)
    else:
        assert isinstance(result, ImportedRequest)
        dump_draft(result.draft)


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_any_text_gives_a_request_or_a_draft_error(text: str) -> None:
    _only_draft_errors(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E)))
def test_any_printable_curl_command_gives_a_request_or_a_draft_error(rest: str) -> None:
    _only_draft_errors("curl " + rest)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40), st.booleans())
def test_any_mix_of_curl_pieces_gives_a_request_or_a_draft_error(
    pieces: list[str], spaced: bool
) -> None:
    _only_draft_errors("curl " + (" " if spaced else "").join(pieces))


# -- Copy as cURL ---------------------------------------------------------------------------


def test_to_curl_looks_like_the_docs_command(doc_sample_body: dict[str, Any]) -> None:
    command = to_curl(doc_sample_body, SEND_URL, reveal_secrets=True)
    lines = command.splitlines()
    assert lines[0] == f"curl --location '{SEND_URL}' \\"
    assert lines[1] == "--header 'Content-Type: application/json' \\"
    assert lines[2] == "--data '{"
    assert lines[3] == f'    "ApiKey": "{DOC_SAMPLE_API_KEY}",'
    assert lines[-1] == "}'"
    assert "Chào anh Nguyễn Văn An" in command  # not \\u-escaped


def test_masked_to_curl_holds_neither_secret() -> None:
    command = to_curl(SMALL_BODY, SEND_URL)
    assert API_KEY not in command
    assert SECRET_KEY not in command
    assert command.count(MASK) == 2
    assert to_curl(SMALL_BODY, SEND_URL, reveal_secrets=False) == command


@pytest.mark.skipif(BASH is None, reason="needs bash to compare with")
def test_to_curl_survives_a_real_shell() -> None:
    body = {**SMALL_BODY, "Payload": {"message": {"text": "it's \"$HOME\" `x` \\ '\\''"}}}
    url = "https://h.example/it's/" + SEND_PATH
    command = to_curl(body, url, reveal_secrets=True)
    words = _bash_words(command)
    assert words[:5] == ("curl", "--location", url, "--header", "Content-Type: application/json")
    assert json.loads(words[6]) == body


@st.composite
def messages(draw: st.DrawFn) -> Message:
    text = st.text(max_size=60)
    kinds = [
        # A URL is sent as typed (no CRLF conversion), so no line breaks in it.
        st.builds(UrlButton, title=text, url=st.text(st.characters(exclude_categories=["Cc"]),
                                                     max_size=60)),
        st.builds(QueryShowButton, title=text, payload=text),
        st.builds(QueryHideButton, title=text, payload=text),
        st.builds(SmsButton, title=text, content=text,
                  phone_code=st.text(alphabet=string.digits, max_size=12)),
        st.builds(PhoneButton, title=text,
                  phone_code=st.text(alphabet=string.digits, max_size=12)),
    ]
    buttons = draw(st.lists(st.one_of(kinds), max_size=5))
    return Message(text=draw(text), buttons=tuple(buttons))


KEY = st.text(alphabet=string.ascii_letters + string.digits + "'\"\\-_ !&|;`",
              min_size=1, max_size=40).filter(lambda k: k == k.strip())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    message=messages(),
    api_key=KEY,
    secret_key=KEY,
    oaid=st.text(alphabet=string.digits, min_size=1, max_size=20),
    recipient=st.text(alphabet=string.digits, min_size=1, max_size=20),
    request_id=st.none() | st.text(alphabet=string.ascii_letters + "-", min_size=1, max_size=20),
    callback=st.sampled_from(["", "https://shop.example.vn/cb?a=1&b='x'"]),
    url=st.sampled_from([SEND_URL, "http://127.0.0.1:9/MainService.svc/json/" + SEND_PATH]),
)
def test_copy_as_curl_then_import_gives_back_the_same_request(
    message: Message, api_key: str, secret_key: str, oaid: str, recipient: str,
    request_id: str | None, callback: str, url: str,
) -> None:
    account = Account(oaid=oaid, api_key=api_key, secret_key=secret_key, callback_url=callback)
    body = build_request_body(message, account=account, recipient=recipient,
                              request_id=request_id)

    imported = parse_curl(to_curl(body, url, reveal_secrets=True))

    assert (imported.url, imported.api_key, imported.secret_key) == (url, api_key, secret_key)
    back = Account(oaid=imported.oaid or "", api_key=imported.api_key or "",
                   secret_key=imported.secret_key or "",
                   callback_url=imported.callback_url or "")
    rebuilt = build_request_body(imported.draft.message, account=back,
                                 recipient=imported.draft.recipients[0],
                                 request_id=imported.draft.request_id)
    assert rebuilt == body
    assert imported.draft == Draft(message=imported.draft.message, recipients=(recipient,),
                                   request_id=request_id)
