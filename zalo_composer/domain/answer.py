"""Reading what a server answered, trusting none of it: the JSON parsed within limits, its
secrets masked *after* decoding (a key escaped as ``\\/`` or ``\\u0041`` is still the key),
and text made safe to print on a terminal. No HTTP here: the esms client hands in bytes.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterable
from typing import Any
from urllib.parse import unquote

from .body import MASK, SECRET_FIELDS, redact_text
from .codes import CODE_FIELDS
from .endpoint import ANSWER_MAX_DEPTH
from .errors import EsmsAnswerError

CODE_MAX_LENGTH = 16
"""The longest text read as a result code; eSMS's codes have at most 3 digits."""


class UnreadableAnswer(EsmsAnswerError):
    """An answer (or its result code) that cannot be read; its text says why, in plain
    words."""


# Terminal escapes start with ESC (C0) or CSI (C1); bidirectional overrides reorder what a
# reader sees. None of them belongs in a line the program prints.
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


def printable(text: str) -> str:
    """*text* as one line that is safe on a terminal: line breaks and tabs become spaces,
    every other control character (ESC, BEL, C1 codes, bidirectional overrides) is dropped."""
    kept = []
    for ch in text:
        if ch in "\r\n\t\v\f":
            kept.append(" ")
        elif ch in _BIDI or unicodedata.category(ch) == "Cc":
            continue
        else:
            kept.append(ch)
    return "".join(kept)


_SURROGATE = re.compile("[\ud800-\udfff]")


def mask_text(text: str, secrets: Iterable[str] = ()) -> str:
    """*text* with *secrets* (this request's keys) and every secret the session knows masked,
    and any lone UTF-16 surrogate (which JSON can carry and no file or terminal can hold)
    replaced by U+FFFD."""
    text = _SURROGATE.sub("\ufffd", text)
    for secret in sorted((s for s in secrets if s), key=len, reverse=True):
        text = text.replace(secret, MASK)
    return redact_text(text)


def mask_answer(value: Any, secrets: Iterable[str] = ()) -> Any:
    """A copy of a decoded JSON answer with every secret masked: ApiKey/SecretKey fields,
    and any string (or number, or object key) that holds one of *secrets* or a secret the
    session has handled."""
    keys = tuple(secrets)
    if isinstance(value, dict):
        return {mask_text(str(k), keys): (MASK if k in SECRET_FIELDS and v
                                          else mask_answer(v, keys))
                for k, v in value.items()}
    if isinstance(value, list):
        return [mask_answer(v, keys) for v in value]
    if isinstance(value, str):
        return mask_text(value, keys)
    if isinstance(value, int | float) and not isinstance(value, bool):
        masked = mask_text(str(value), keys)
        return value if masked == str(value) else masked
    return value


def _depth(value: Any) -> int:
    """How deep arrays and objects nest in *value*, counted without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, depth)
            if depth <= ANSWER_MAX_DEPTH:
                stack.extend((v, depth + 1) for v in
                             (item.values() if isinstance(item, dict) else item))
    return deepest


def parse_answer(text: str) -> Any:
    """The JSON value of *text*; `UnreadableAnswer` when it is not JSON or nests deeper
    than `ANSWER_MAX_DEPTH` (a deep enough answer would exhaust Python's stack)."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise UnreadableAnswer("eSMS's answer nests too deeply to be read.") from None
    except ValueError:
        raise UnreadableAnswer("eSMS's answer is not JSON (perhaps an HTML page).") from None
    if _depth(value) > ANSWER_MAX_DEPTH:
        raise UnreadableAnswer("eSMS's answer nests too deeply to be read.")
    return value


_JSON_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|[\"\\/bfnrt])")
_SIMPLE_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def _unescaped(text: str) -> str:
    """*text* with JSON string escapes, HTML character references and percent-escapes
    decoded, loosely (for text that is not valid JSON, so an escaped key is still seen)."""
    def one(match: re.Match[str]) -> str:
        escape = match.group(1)
        if escape[0] == "u":
            return chr(int(escape[1:], 16))
        return _SIMPLE_ESCAPES.get(escape, escape)

    return unquote(html.unescape(_JSON_ESCAPE.sub(one, text)))


def shown_answer(text: str, answer: Any, secrets: Iterable[str] = ()) -> str:
    """The answer's text as the program shows and stores it, secrets masked.

    Text without an escape is masked as it is. JSON with an escape is shown decoded
    (re-encoded from *answer*, masked), and other text whose decoded form holds a secret is
    shown decoded and masked: an escaped key would slip past a search of the raw text."""
    keys = tuple(secrets)
    if not any(mark in text for mark in "\\&%"):
        return mask_text(text, keys)
    if answer is not None:
        return json.dumps(mask_answer(answer, keys), ensure_ascii=False)
    decoded = mask_text(_unescaped(text), keys)
    return decoded if MASK in decoded else mask_text(text, keys)


_INTEGRAL = re.compile(r"[+-]?[0-9]+(?:\.0*)?")


def normalize_code(value: object) -> str:
    """A result code as eSMS's table writes it, whatever JSON form it came in: ``100``,
    ``"100"``, ``100.0`` and ``" 100 "`` all give ``"100"``. A code that is a list, an
    object, true/false, a fraction or overlong text raises `UnreadableAnswer` saying what it
    is, in plain words (never Python's notation)."""
    if isinstance(value, bool):
        raise UnreadableAnswer("eSMS's result code is true or false, not a code.")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        raise UnreadableAnswer("eSMS's result code is a fraction, not a code.")
    if isinstance(value, list):
        raise UnreadableAnswer("eSMS's result code is a list, not a code.")
    if isinstance(value, dict):
        raise UnreadableAnswer("eSMS's result code is an object, not a code.")
    text = value.strip() if isinstance(value, str) else ""
    if _INTEGRAL.fullmatch(text):
        return str(int(text.split(".")[0]))
    if not text or len(text) > CODE_MAX_LENGTH or not text.isprintable():
        raise UnreadableAnswer("eSMS's result code is not a code.")
    return text


def code_of(answer: Any) -> str | None:
    """The result code under whichever name the endpoint uses (CodeResult, CodeResponse,
    Code), normalised; None when there is none; `UnreadableAnswer` for one that is not a
    code."""
    if isinstance(answer, dict):
        for name in CODE_FIELDS:
            if answer.get(name) not in (None, ""):
                return normalize_code(answer[name])
    return None


def answer_text(value: Any, limit: int = 1000) -> str | None:
    """A field of an answer (ErrorMessage, SMSID) as text: strings as they are, numbers
    written out, lists and objects as JSON (never Python's notation); None when empty. Cut
    to *limit* characters."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        text = value
    elif isinstance(value, bool | int | float):
        text = json.dumps(value)
    else:
        text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"
