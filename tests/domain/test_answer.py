"""Reading an untrusted answer: code forms, masking after decoding, printable lines."""

from __future__ import annotations

import json

import pytest

from zalo_composer.domain.answer import (
    UnreadableAnswer,
    answer_text,
    code_of,
    mask_answer,
    normalize_code,
    parse_answer,
    printable,
    shown_answer,
)
from zalo_composer.domain.body import MASK
from zalo_composer.domain.errors import EsmsAnswerError

KEY = "AK/zz+answer/77"


@pytest.mark.parametrize("value", [100, "100", 100.0, " 100 ", "100.0", "+100"])
def test_every_form_of_a_code_reads_the_same(value: object) -> None:
    assert normalize_code(value) == "100"


@pytest.mark.parametrize(("value", "words"), [
    (["100"], "a list"), ({"v": 1}, "an object"), (True, "true or false"),
    (100.5, "a fraction"), ("x" * 40, "not a code"), ("1\x1b0", "not a code"),
])
def test_a_code_that_is_not_one_is_named_plainly(value: object, words: str) -> None:
    with pytest.raises(UnreadableAnswer) as caught:
        normalize_code(value)
    assert words in str(caught.value) and "[" not in str(caught.value)
    assert isinstance(caught.value, EsmsAnswerError)


def test_code_of_reads_any_field_name() -> None:
    assert code_of({"Code": 105.0}) == "105" and code_of({"Other": 1}) is None
    assert code_of(["100"]) is None


def test_deep_json_is_unreadable_not_a_recursion_error() -> None:
    with pytest.raises(UnreadableAnswer, match="nests too deeply"):
        parse_answer("[" * 30_000 + "]" * 30_000)
    with pytest.raises(UnreadableAnswer, match="nests too deeply"):
        parse_answer("[" * 100 + "]" * 100)
    assert parse_answer('{"a": [[1]]}') == {"a": [[1]]}


def test_masking_happens_after_decoding() -> None:
    raw = json.dumps({"ErrorMessage": f"bad {KEY}", KEY: 1, "ApiKey": "x"}).replace("/", "\\/")
    assert KEY not in raw  # escaped on the wire: a search of the raw text misses it
    answer = mask_answer(parse_answer(raw), (KEY,))
    assert answer == {"ErrorMessage": f"bad {MASK}", MASK: 1, "ApiKey": MASK}
    shown = shown_answer(raw, answer, (KEY,))
    assert KEY not in shown and KEY.replace("/", "\\/") not in shown and MASK in shown


def test_an_escaped_key_in_text_that_is_not_json_is_masked() -> None:
    for raw in (KEY.replace("/", "\\/") + " oops {", "k=" + KEY.replace("/", "%2F"),
                "<p>" + KEY.replace("/", "&#47;") + "</p>"):
        assert KEY not in shown_answer(raw, None, (KEY,)).replace(MASK, "")
        assert MASK in shown_answer(raw, None, (KEY,))
    assert shown_answer("plain <html>", None, (KEY,)) == "plain <html>"


def test_printable_drops_terminal_controls() -> None:
    assert printable("a\x1b]0;t\x07b\x9bc\u202ed\r\ne\tf") == "a]0;tbcd  e f"
    assert printable("Xin chào — 100") == "Xin chào — 100"


def test_answer_text_never_uses_python_notation() -> None:
    assert answer_text(["a", 1]) == '["a", 1]' and answer_text({"k": None}) == '{"k": null}'
    assert answer_text(12.0) == "12.0" and answer_text("") is None
    assert answer_text("x" * 2000, 10) == "x" * 9 + "…"


def test_a_lone_surrogate_becomes_a_replacement_character() -> None:
    answer = mask_answer(parse_answer('{"ErrorMessage": "bad \\ud800 key"}'))
    assert answer["ErrorMessage"] == "bad \ufffd key"
    answer["ErrorMessage"].encode("utf-8")
