"""Import a request someone pasted: a cURL command, an eSMS request body, or a bare message.

The message is read by `draft.load_draft`, the one parser of eSMS JSON. The account fields
(OAID, CallbackUrl, ApiKey, SecretKey) never reach the draft: they come back beside it, so
the user can decide what to do with them. Every failure is a `DraftError` in plain words.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

from .body import MASK
from .curl import looks_like_windows, split_posix, split_windows
from .draft import DRAFT_FORMAT, load_draft
from .endpoint import SEND_PATH as ESMS_SEND_PATH  # the name the notices' texts are keyed on
from .errors import DraftError
from .model import Draft, Message

ImportSource = Literal["curl", "body", "payload", "message", "draft"]
SOURCE_LABELS: dict[ImportSource, str] = {
    "curl": "cURL command with a JSON body",
    "body": "eSMS request body",
    "payload": "eSMS Payload object",
    "message": "Payload.message object",
    "draft": "zalo-composer draft",
}
BODY_FIELDS = ("ApiKey", "SecretKey", "OAID", "CallbackUrl", "RequestId", "SendDate", "Payload")

_PLACEHOLDER = re.compile(r"\{\{.*\}\}|\$\{.*\}|\$[A-Za-z_]\w*|<[^<>]*>", re.DOTALL)
_FILL_IN_MARKS = re.compile(r"(?:\s*\{\{[^{}\r\n]+\}\}\s*)+")
"""A message field that holds nothing but documentation marks: ``{{text}}``, ``{{title}}``."""
_MARK = re.compile(r"\{\{[^{}\r\n]+\}\}")
_CURL_START = re.compile(r"(?:\$\s+)?(?:\S*[/\\])?curl(?:\.exe)?(?:\s|$)", re.IGNORECASE)
_SMART_QUOTES = "\u2018\u2019\u201c\u201d"
_QUIET_OPTIONS = frozenset({"--location", "-L", "--location-trusted"})
_DATA_OPTIONS = frozenset(
    {"--data", "-d", "--data-raw", "--data-binary", "--data-ascii", "--json"}
)
_FORM_OPTIONS = frozenset({"--data-urlencode", "--form", "-F", "--form-string", "--upload-file",
                           "-T"})
_LONG_WITH_VALUE = frozenset({
    "--request", "--header", "--url", "--user", "--user-agent", "--referer", "--cookie",
    "--cookie-jar", "--output", "--max-time", "--connect-timeout", "--retry", "--retry-delay",
    "--retry-max-time", "--proxy", "--proxy-user", "--cacert", "--capath", "--cert",
    "--cert-type", "--key", "--key-type", "--write-out", "--resolve", "--connect-to",
    "--max-redirs", "--config", "--limit-rate", "--interface", "--range", "--time-cond",
    "--dump-header", "--trace", "--trace-ascii", "--stderr", "--oauth2-bearer", "--aws-sigv4",
    "--ciphers", "--local-port", "--dns-servers", "--noproxy", "--pass", "--unix-socket",
    "--variable", "--url-query", "--output-dir", "--proto", "--proto-redir", "--expect100-timeout",
    "--keepalive-time", "--speed-limit", "--speed-time", "--continue-at", "--quote",
    *_DATA_OPTIONS, *_FORM_OPTIONS,
})
_SHORT_WITH_VALUE = "XHdubAecoxmFEKTwrzYyCUDtQP"
_SHORT_LONG_NAMES = {"X": "--request", "H": "--header", "d": "--data", "F": "--form",
                     "T": "--upload-file", "u": "--user", "K": "--config"}


@dataclass(frozen=True, repr=False)
class ImportedRequest:
    """What a pasted request holds: the draft, and beside it the account fields it named.

    The keys are held only so the user can choose to store them in a profile's keyring
    entry; they are never in the draft, and `repr` hides them.
    """

    draft: Draft
    """The message, recipient, RequestId and SendDate, read by `load_draft`."""
    source: ImportSource = "body"
    """What kind of text it was."""
    url: str | None = None
    """The endpoint URL the cURL command called."""
    base_url: str | None = None
    """`url` without eSMS's send path: a profile's endpoint. None when the URL was another one."""
    oaid: str | None = None
    callback_url: str | None = None
    api_key: str | None = None
    secret_key: str | None = None
    notices: tuple[str, ...] = ()
    """What the user should know that the fields above do not say (ignored options, ...)."""
    fill_in_marks: tuple[str, ...] = ()
    """The documentation's fill-in marks (``{{text}}``, ``{{url}}`` …) that made up whole
    message fields, in order, whether they were kept or emptied."""
    marks_kept: bool = True
    """True when those marks stay in the message as ``{{name}}`` placeholders; False when
    their fields were left empty to fill."""

    def __repr__(self) -> str:
        hidden = {k: None if getattr(self, k) is None else "<hidden>"
                  for k in ("api_key", "secret_key")}
        return (f"ImportedRequest(source={self.source!r}, url={self.url!r}, "
                f"oaid={self.oaid!r}, callback_url={self.callback_url!r}, "
                f"api_key={hidden['api_key']}, secret_key={hidden['secret_key']}, "
                f"draft={self.draft!r}, notices={self.notices!r})")

    __str__ = __repr__

    @property
    def has_secrets(self) -> bool:
        """True when both keys were found (a profile needs both)."""
        return bool(self.api_key and self.secret_key)

    def summary(self) -> str:
        """One line: “cURL command with a JSON body: 5 buttons, 1 recipient”."""
        buttons = len(self.draft.message.buttons)
        recipients = len(self.draft.recipients)
        return (f"{SOURCE_LABELS[self.source]}: {_count(buttons, 'button')}, "
                f"{_count(recipients, 'recipient')}")


def _count(number: int, noun: str) -> str:
    if number == 0:
        return f"no {noun}s" if noun == "button" else f"no {noun}"
    return f"{number} {noun}" + ("" if number == 1 else "s")


def is_placeholder(value: str) -> bool:
    """True for a template's stand-in rather than a value: ``{{ApiKey}}``, ``$API_KEY``,
    ``${API_KEY}``, ``<your key>``."""
    return _PLACEHOLDER.fullmatch(value.strip()) is not None


def parse_request_text(text: str, *, keep_marks: bool = True) -> ImportedRequest:
    """Read pasted text: a cURL command, an eSMS request body, a Payload or a Payload.message
    (or a zalo-composer draft). Raises DraftError with a plain reason.

    A message field that is nothing but a documentation mark (``"text": "{{text}}"``) stays
    a ``{{name}}`` placeholder with *keep_marks*; without it, the field is left empty for
    the user to fill (and one notice says so). A zalo-composer draft is always kept as is.
    """
    text = _unfenced(text.lstrip("\ufeff").strip())
    if not text:
        raise DraftError("Nothing to import yet: paste a cURL command or a JSON request body.")
    if _CURL_START.match(text):
        return parse_curl(text, keep_marks=keep_marks)
    if text.startswith("{"):
        return _from_json_text(text, "The text", url=None, notices=(), keep_marks=keep_marks)
    if text.startswith("["):
        raise DraftError("The text is a JSON list; an eSMS request body is a JSON object {…}.")
    raise DraftError("The text is neither a cURL command nor JSON: it should start with "
                     "“curl” or with “{”." + _smart_quote_hint(text))


def parse_curl(text: str, *, keep_marks: bool = True) -> ImportedRequest:
    """Read a cURL command (POSIX shell or Windows cmd) that POSTs a JSON body to eSMS
    (*keep_marks* as in `parse_request_text`)."""
    text = _unfenced(text.lstrip("\ufeff").strip())
    split = split_windows(text) if looks_like_windows(text) else split_posix(text)
    words = list(split.words)
    if words and words[0] == "$":
        words.pop(0)
    if not words or not re.fullmatch(r"(?:.*[/\\])?curl(?:\.exe)?", words[0], re.IGNORECASE):
        raise DraftError("The text is not a cURL command: it should start with “curl”.")
    options = _read_options(words[1:])
    notices = list(options.notices)
    if split.cut_at:
        notices.append(f"Only the curl command was read; what follows “{split.cut_at}” "
                       "was ignored.")
    if not options.data:
        raise DraftError("The cURL command sends no body: it has no --data (or -d, "
                         "--data-raw, --data-binary, --json) with the JSON request.")
    if len(options.data) > 1:
        raise DraftError(f"The cURL command has {len(options.data)} --data parts; eSMS's "
                         "send call takes one JSON body.")
    option, data = options.data[0]
    if option != "--data-raw" and data.startswith("@"):
        raise DraftError(f"The cURL command reads its body from the file {data[1:]!r}; "
                         "paste that file's JSON instead (or the command with the JSON in it).")
    url = options.urls[0] if options.urls else None
    base_url = _base_url(url, notices) if url else None
    if not data.strip().startswith("{"):
        raise DraftError("The cURL command's body is not a JSON object {…}; eSMS expects its "
                         "request as JSON." + _smart_quote_hint(data))
    imported = _from_json_text(data, "The cURL command's body", url=url, notices=tuple(notices),
                               keep_marks=keep_marks)
    return replace(imported, source="curl", base_url=base_url)


@dataclass
class _Options:
    urls: list[str]
    data: list[tuple[str, str]]
    notices: list[str]


def _read_options(args: list[str]) -> _Options:
    """curl's arguments: URLs, the method, headers and the body; the rest noted and ignored."""
    found = _Options([], [], [])
    ignored: list[str] = []
    headers: list[str] = []
    method: str | None = None
    i = 0
    while i < len(args):
        arg = args[i]
        i += 1
        name, value = arg, None
        if arg == "--":
            found.urls.extend(args[i:])
            break
        if arg.startswith("--"):
            name, eq, attached = arg.partition("=")
            value = attached if eq else None
            if value is None and name in _LONG_WITH_VALUE:
                value = args[i] if i < len(args) else ""
                i += 1
        elif arg.startswith("-") and len(arg) > 1:
            short, value, i = _short_option(arg, args, i, ignored)
            if short is None:
                continue
            name = short
        else:
            found.urls.append(arg)
            continue
        if name in ("--request", "-X"):
            method = value
        elif name in ("--header", "-H"):
            headers.append(value or "")
        elif name in ("--url",):
            found.urls.append(value or "")
        elif name in _DATA_OPTIONS:
            found.data.append((name, value or ""))
            if name == "--json":
                headers.append("Content-Type: application/json")
        elif name in _FORM_OPTIONS:
            raise DraftError(f"The cURL command sends form data or a file ({name}); eSMS's "
                             "send call takes a JSON body (--data '{…}').")
        elif name not in _QUIET_OPTIONS:
            ignored.append(name)
    if method is not None and method.upper() != "POST":
        found.notices.append(f"The command uses the method {method}; the composer always sends "
                             "POST, as eSMS's send call requires.")
    found.notices.extend(_header_notices(headers))
    if ignored:
        names = ", ".join(dict.fromkeys(ignored))
        found.notices.append(f"Ignored cURL options that do not change the message: {names}.")
    if len(found.urls) > 1:
        found.notices.append(f"The command names {len(found.urls)} URLs; only the first is used.")
    return found


def _short_option(
    arg: str, args: list[str], i: int, ignored: list[str]
) -> tuple[str | None, str | None, int]:
    """One cluster such as ``-sSL``, ``-XPOST`` or ``-H``: the option that takes a value (or
    the last flag), its value, and the next index. Flags before it are recorded as ignored."""
    for position in range(1, len(arg)):
        letter = arg[position]
        if letter in _SHORT_WITH_VALUE:
            value = arg[position + 1:]
            if not value:
                value = args[i] if i < len(args) else ""
                i += 1
            return _SHORT_LONG_NAMES.get(letter, f"-{letter}"), value, i
        if f"-{letter}" not in _QUIET_OPTIONS:
            ignored.append(f"-{letter}")
    return None, None, i


def _header_notices(headers: list[str]) -> list[str]:
    notices: list[str] = []
    other: list[str] = []
    for header in headers:
        name, _, value = header.partition(":")
        if name.strip().lower() != "content-type":
            other.append(name.strip() or header)
            continue
        kind = value.strip().lower()
        if kind.startswith("text/plain"):
            notices.append("The command sends Content-Type text/plain (as the Vietnamese eSMS "
                           "sample does); the composer sends application/json, which eSMS "
                           "accepts too.")
        elif not kind.startswith("application/json"):
            notices.append(f"The command sends Content-Type {value.strip() or '(empty)'}; the "
                           "composer sends application/json.")
    if other:
        # Names only: a header such as Authorization may carry a credential.
        notices.append(f"Ignored headers: {', '.join(dict.fromkeys(other))}.")
    return notices


def _base_url(url: str, notices: list[str]) -> str | None:
    """*url* without eSMS's send path, or None (with a notice) when it is another URL."""
    try:
        parts = urlsplit(url)
    except ValueError:
        notices.append(f"The URL {url!r} cannot be read; no endpoint was taken from it.")
        return None
    path = parts.path
    for suffix in (ESMS_SEND_PATH, ESMS_SEND_PATH.rstrip("/")):
        if path.lower().endswith(suffix.lower()):
            return urlunsplit((parts.scheme, parts.netloc, path[: -len(suffix)], "", ""))
    notices.append(f"The URL {url} is not eSMS's consultation-message call "
                   f"(…/{ESMS_SEND_PATH}); no endpoint was taken from it.")
    return None


def _from_json_text(
    text: str, what: str, *, url: str | None, notices: tuple[str, ...], keep_marks: bool = True,
) -> ImportedRequest:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DraftError(f"{what} is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                         f"{exc.msg})." + _smart_quote_hint(text)) from None
    except (ValueError, RecursionError):
        raise DraftError(f"{what} is JSON that cannot be read (nested too deeply, or a number "
                         "too long).") from None
    if not isinstance(document, dict):
        raise DraftError(f"{what} is JSON, but not an object {{…}} like an eSMS request body.")
    if document.get("format") == DRAFT_FORMAT:
        loaded = load_draft(_dumped(document))
        return ImportedRequest(loaded.draft, "draft", url=url, notices=notices + loaded.notices)
    if "Payload" in document:
        return _from_body(document, "body", url=url, notices=notices, keep_marks=keep_marks)
    if "message" in document:
        return _from_body({"Payload": document}, "payload", url=url, notices=notices,
                          keep_marks=keep_marks)
    if "text" in document or "attachment" in document:
        return _from_body({"Payload": {"message": document}}, "message", url=url,
                          notices=notices, keep_marks=keep_marks)
    keys = ", ".join(list(map(str, document))[:6]) or "none"
    raise DraftError(f"{what} is JSON, but not an eSMS request: it has no “Payload” and no "
                     f"message “text” (its fields: {keys}).")


def _dumped(document: Any) -> str:
    """*document* as JSON text for `load_draft`; refuses text no message could carry."""
    try:
        text = json.dumps(document, ensure_ascii=False)
        text.encode("utf-8")
    except RecursionError:
        raise DraftError("The JSON is nested too deeply to be an eSMS request.") from None
    except UnicodeEncodeError:
        raise DraftError("The JSON holds an invalid character (a lone UTF-16 surrogate such "
                         "as \\ud800), which no message can carry.") from None
    return text


def _account_field(
    body: Mapping[str, Any], key: str, placeholders: list[str]
) -> str | None:
    value = body.get(key)
    if value is None or value == "":
        return None
    if key == "OAID" and isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise DraftError(f"The {key} must be text.")
    value = value.strip()
    if value == MASK:  # pasted back from a masked “Copy as cURL”
        placeholders.append(f"{key} {MASK} (masked)")
        return None
    if is_placeholder(value):
        placeholders.append(f"{key} {value}")
        return None
    return value or None


def _from_body(
    body: Mapping[str, Any], source: ImportSource, *, url: str | None,
    notices: tuple[str, ...], keep_marks: bool = True,
) -> ImportedRequest:
    found = list(notices)
    placeholders: list[str] = []
    account = {k: _account_field(body, k, placeholders)
               for k in ("ApiKey", "SecretKey", "OAID", "CallbackUrl")}
    unknown = [str(k) for k in body if k not in BODY_FIELDS]
    if unknown:
        found.append(f"Ignored fields the composer does not send: {', '.join(unknown[:8])}.")
    # The draft parser sees neither the keys nor the profile's fields.
    rest = {k: body[k] for k in ("Payload", "RequestId", "SendDate") if k in body}
    loaded = load_draft(_dumped(rest))
    found.extend(loaded.notices)
    draft = _without_placeholders(loaded.draft, placeholders)
    marks = _fill_in_marks(draft.message)
    if marks and not keep_marks:
        # One notice for every mark: the fields to fill, and what was left out.
        draft = replace(draft, message=_marks_emptied(draft.message))
        shown = ", ".join(marks)
        if placeholders:
            found.append(f"Fields that held only a fill-in mark ({shown}) are left empty "
                         f"for you to fill; left out because they are placeholders, not "
                         f"values: {', '.join(placeholders)}.")
        else:
            found.append(f"Fields that held only a fill-in mark ({shown}) are left empty "
                         "for you to fill.")
    elif placeholders:
        found.append(f"Left out because they are placeholders, not values: "
                     f"{', '.join(placeholders)}.")
    return ImportedRequest(
        draft, source, url=url, oaid=account["OAID"], callback_url=account["CallbackUrl"],
        api_key=account["ApiKey"], secret_key=account["SecretKey"], notices=tuple(found),
        fill_in_marks=marks, marks_kept=keep_marks or not marks,
    )


def _is_fill_in_mark(value: str) -> bool:
    return _FILL_IN_MARKS.fullmatch(value) is not None


def _fill_in_marks(message: Message) -> tuple[str, ...]:
    """The marks of the message fields that hold nothing else, each once, in order."""
    values = [message.text, *(v for b in message.buttons for v in b.values().values())]
    marks = (m for v in values if _is_fill_in_mark(v) for m in _MARK.findall(v))
    return tuple(dict.fromkeys(marks))


def _marks_emptied(message: Message) -> Message:
    """*message* with every field that is only fill-in marks left empty."""
    def emptied(value: str) -> str:
        return "" if _is_fill_in_mark(value) else value

    buttons = tuple(replace(b, **{k: emptied(v) for k, v in b.values().items()})
                    for b in message.buttons)
    return Message(text=emptied(message.text), buttons=buttons)


def _without_placeholders(draft: Draft, placeholders: list[str]) -> Draft:
    """The draft without template stand-ins where sending needs a real value: a recipient
    ``{{user_id}}`` (the draft then has none), a pinned ``{{RequestId}}`` (a fresh one is made
    per send), a SendDate. The message keeps its placeholders as text."""
    kept = tuple(r for r in draft.recipients if not is_placeholder(r))
    placeholders.extend(f"recipient {r.strip()}" for r in draft.recipients if r not in kept)
    fields: dict[str, Any] = {"recipients": kept}
    for attribute, label in (("request_id", "RequestId"), ("send_date", "SendDate")):
        value = getattr(draft, attribute)
        if value is not None and is_placeholder(value):
            placeholders.append(f"{label} {value.strip()}")
            fields[attribute] = None
    return replace(draft, **fields)


def _unfenced(text: str) -> str:
    """*text* without a Markdown code fence around it (```json … ```)."""
    if text.startswith("```"):
        first_break = text.find("\n")
        text = "" if first_break < 0 else text[first_break + 1:]
        text = text.rstrip()
        text = text.removesuffix("```")
    return text.strip()


def _smart_quote_hint(text: str) -> str:
    if any(q in text for q in _SMART_QUOTES):
        return (f" It contains typographic quotes ({' '.join(_SMART_QUOTES)}), which are not "
                "quotes to a shell "
                "or to JSON: copy the original command rather than a version a word processor "
                "or chat app changed.")
    return ""


__all__ = [
    "ESMS_SEND_PATH",
    "SOURCE_LABELS",
    "ImportSource",
    "ImportedRequest",
    "is_placeholder",
    "parse_curl",
    "parse_request_text",
]
