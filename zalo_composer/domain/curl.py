"""cURL command lines as people paste them: split into words, and written back (`to_curl`).

Two dialects are split: the POSIX shell (bash, zsh; what eSMS's documentation shows) and
Windows ``cmd`` (``^`` line continuations and escapes, then the C runtime's double-quote
rules). `shlex` is not used for the POSIX side: it keeps a backslash-newline continuation
as a newline inside the next word and does not know bash's ``$'...'`` quoting, both of
which pasted commands use. Every failure is a `DraftError` with a plain message.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .body import mask_secrets
from .errors import DraftError

_ANSI_C_ESCAPES = {
    "a": "\a", "b": "\b", "e": "\x1b", "E": "\x1b", "f": "\f", "n": "\n", "r": "\r",
    "t": "\t", "v": "\v", "\\": "\\", "'": "'", '"': '"', "?": "?",
}
_HEX_DIGITS = "0123456789abcdefABCDEF"
_SHELL_OPERATORS = "|;&<>"
"""Outside quotes these end the command; what follows (``| jq``, ``> out.json``) is not curl's."""


@dataclass(frozen=True)
class CommandWords:
    """The words of one command, and the operator that cut off the rest of the text, if any."""

    words: tuple[str, ...]
    cut_at: str | None = None
    """``|``, ``;``, ``&``, ``<`` or ``>`` when text after the command was ignored."""


def _unclosed(quote: str, text: str, start: int) -> DraftError:
    line = text.count("\n", 0, start) + 1
    return DraftError(
        f"The command has a {quote} quote opened on line {line} that is never closed; "
        "was the text cut off when it was copied?"
    )


def _ansi_c(text: str, start: int) -> tuple[str, int]:
    """Decode bash's ``$'...'`` from *start* (just after the opening quote)."""
    out: list[str] = []
    i, n = start, len(text)
    while i < n:
        c = text[i]
        if c == "'":
            return "".join(out), i + 1
        if c != "\\" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        e = text[i + 1]
        i += 2
        if e in _ANSI_C_ESCAPES:
            out.append(_ANSI_C_ESCAPES[e])
        elif e in "01234567":
            digits = e
            while i < n and len(digits) < 3 and text[i] in "01234567":
                digits += text[i]
                i += 1
            out.append(chr(int(digits, 8)))
        elif e in "xuU":
            width = {"x": 2, "u": 4, "U": 8}[e]
            digits = ""
            while i < n and len(digits) < width and text[i] in _HEX_DIGITS:
                digits += text[i]
                i += 1
            code = int(digits, 16) if digits else -1
            if digits and code <= 0x10FFFF:
                out.append(chr(code))
            else:
                out.append("\\" + e + digits)  # bash keeps what it cannot decode
        elif e == "c" and i < n:
            out.append(chr(ord(text[i]) & 0x1F))
            i += 1
        else:
            out.append("\\" + e)
    raise _unclosed("$'", text, start - 2)


def _double_quoted(text: str, start: int) -> tuple[str, int]:
    """A POSIX ``"..."`` from *start* (just after the quote); variables are not expanded."""
    out: list[str] = []
    i, n = start, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            return "".join(out), i + 1
        if c == "\\" and i + 1 < n and text[i + 1] in '$`"\\\n':
            if text[i + 1] != "\n":  # backslash-newline is a continuation, even in quotes
                out.append(text[i + 1])
            i += 2
            continue
        out.append(c)
        i += 1
    raise _unclosed('"', text, start - 1)


def split_posix(text: str) -> CommandWords:
    """The words of the first command in *text*, as a POSIX shell would split them."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    words: list[str] = []
    word: list[str] = []
    in_word = False
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        nxt = text[i + 1] if i + 1 < n else ""
        if c == "\\" or (c == "`" and nxt == "\n"):
            # Backslash-newline (and PowerShell's backtick-newline) continues the line.
            if nxt not in ("\n", "") and c == "\\":
                word.append(nxt)
                in_word = True
            i += 2
        elif c == "'":
            end = text.find("'", i + 1)
            if end < 0:
                raise _unclosed("'", text, i)
            word.append(text[i + 1:end])
            in_word, i = True, end + 1
        elif c == "$" and nxt == "'":
            value, i = _ansi_c(text, i + 2)
            word.append(value)
            in_word = True
        elif c == '"':
            value, i = _double_quoted(text, i + 1)
            word.append(value)
            in_word = True
        elif c.isspace():
            if in_word:
                words.append("".join(word))
                word, in_word = [], False
            i += 1
        elif c == "#" and not in_word:
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif c in _SHELL_OPERATORS:
            if in_word:
                words.append("".join(word))
            return CommandWords(tuple(words), c)
        else:
            word.append(c)
            in_word = True
            i += 1
    if in_word:
        words.append("".join(word))
    return CommandWords(tuple(words))


def _cmd_unescape(text: str) -> tuple[str, str | None]:
    """What ``cmd`` hands to the program: ``^`` escapes and continuations removed."""
    out: list[str] = []
    quoted = False
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            quoted = not quoted
        elif c == "^" and not quoted:
            rest = text[i + 1:]
            line_end = rest.find("\n")
            if line_end >= 0 and not rest[:line_end].strip():
                i += 2 + line_end  # a caret, maybe spaces, then the line break: continuation
                continue
            if rest:
                out.append(rest[0])
            i += 2
            continue
        elif c in "|&<>" and not quoted:
            return "".join(out), c
        out.append(c)
        i += 1
    return "".join(out), None


def split_windows(text: str) -> CommandWords:
    """The words of a ``cmd`` command line: carets first, then the C runtime's quoting
    (``"`` groups, ``\\"`` is a quote, ``""`` inside quotes is a quote)."""
    line, cut_at = _cmd_unescape(text.replace("\r\n", "\n").replace("\r", "\n"))
    words: list[str] = []
    word: list[str] = []
    in_word = quoted = False
    opened_at = 0
    i, n = 0, len(line)
    while i < n:
        c = line[i]
        if c == "\\":
            j = i
            while j < n and line[j] == "\\":
                j += 1
            count = j - i
            if j < n and line[j] == '"':
                word.append("\\" * (count // 2))
                if count % 2:
                    word.append('"')
                    j += 1
            else:
                word.append("\\" * count)
            in_word, i = True, j
        elif c == '"':
            if quoted and line[i + 1:i + 2] == '"':
                word.append('"')
                i += 2
                continue
            quoted = not quoted
            opened_at = i
            in_word = True
            i += 1
        elif c.isspace() and not quoted:
            if in_word:
                words.append("".join(word))
                word, in_word = [], False
            i += 1
        else:
            word.append(c)
            in_word = True
            i += 1
    if quoted:
        raise _unclosed('"', line, opened_at)
    if in_word:
        words.append("".join(word))
    return CommandWords(tuple(words), cut_at)


def looks_like_windows(text: str) -> bool:
    """True when *text* reads as a ``cmd`` command: lines continued with ``^`` (and none
    with ``\\``), or Chrome's ``^"``-escaped style without any single quote."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")[:-1]
    caret = any(line.rstrip().endswith("^") for line in lines)
    backslash = any(line.rstrip().endswith("\\") for line in lines)
    if caret or backslash:
        return caret and not backslash
    return '^"' in text and "'" not in text


def shell_quote(value: str) -> str:
    """*value* in POSIX single quotes; a quote inside becomes ``'\\''``."""
    return "'" + value.replace("'", "'\\''") + "'"


def to_curl(body: dict[str, Any], url: str, *, reveal_secrets: bool = False) -> str:
    """“Copy as cURL”: a multi-line POSIX command like the one in eSMS's documentation.

    *body* comes from `build_request_body`; its ApiKey and SecretKey are masked through
    `mask_secrets` unless *reveal_secrets* is True.
    """
    shown = body if reveal_secrets else mask_secrets(body)
    data = json.dumps(shown, ensure_ascii=False, indent=4)
    return (
        f"curl --location {shell_quote(url)} \\\n"
        f"--header {shell_quote('Content-Type: application/json')} \\\n"
        f"--data {shell_quote(data)}"
    )
