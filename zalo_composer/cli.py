"""The command-line commands, on the same domain, store and esms code as the GUI.

Exit statuses: 0 all accepted (or the command did what it was asked), 1 eSMS rejected any,
2 invalid input (nothing sent), 3 a network failure or an unusable answer, 4 the program's
own files or set-up failed (a read-only or full disk, a profiles file or history that
cannot be used, an HTTP client that cannot be made), 5 an internal error (a bug: the
traceback is in the log), 130 interrupted (Ctrl+C). Every failure is one plain line on
stderr; `run_cli` is the one place that turns exceptions into statuses.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import getpass
import json
import logging
import math
import sqlite3
import sys
from collections.abc import AsyncIterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import httpx

from . import APP_NAME, __version__
from .app.send import SendJob, SendLoop
from .app.services import (
    API_KEY_ENV,
    SECRET_KEY_ENV,
    Route,
    SandboxHost,
    ensure_profiles,
    make_route,
    secrets_from_env,
)
from .app.session import ComposeSession
from .app.templates import TemplateLibrary, resolve_draft_argument
from .domain.answer import printable
from .domain.body import shown_json
from .domain.endpoint import DEFAULT_STATUS_URL, timeout_problem
from .domain.errors import EsmsAnswerError, NetworkError, ZaloComposerError
from .domain.followers import parse_query_date
from .domain.lifecycle import (
    LIFECYCLE_WORDS,
    Lifecycle,
    Observation,
    cli_outcome,
    failed_detail,
    state_of_result,
)
from .domain.model import Account, Draft
from .domain.validation import Problem, has_errors
from .domain.zalo_codes import zalo_meaning
from .esms.client import EsmsClient, SendResult, endpoint_problem, make_http_client
from .store.files import StoreError, read_draft
from .store.history import History, HistoryFilter, HistoryRow
from .store.profiles import DEFAULT_ENDPOINT, Profile, ProfileBook
from .store.secrets import Secrets, SecretStore
from .store.templates import LibraryState

if TYPE_CHECKING:
    from .app.follow import Followed

EXIT_OK, EXIT_REJECTED, EXIT_INVALID, EXIT_NETWORK = 0, 1, 2, 3
EXIT_SETUP = 4
"""The program's own files or set-up failed; nothing (more) was sent."""
EXIT_INTERNAL = 5
"""An unexpected error: a bug. The traceback is in the log."""
EXIT_INTERRUPTED = 130
"""Ctrl+C, as shells report SIGINT."""

logger = logging.getLogger(__name__)


class CliError(Exception):
    """A problem with the command's input: printed, exit status 2."""


def _timeout(text: str) -> float:
    """argparse type of ``--timeout``: seconds, finite, above 0 (NaN and inf refused)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    problem = timeout_problem(value) if math.isfinite(value) else f"{text!r} is not finite"
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return value


DRAFT_HELP = "a .zalo.json draft, an eSMS request body, or a template's name"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Compose and send Zalo OA consultation messages through eSMS. "
        "Without a command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    send = commands.add_parser("send", help="send a draft to its recipients")
    send.add_argument("draft", type=Path, help=DRAFT_HELP)
    send.add_argument("--to", action="append", metavar="USER_ID", default=[],
                      help="recipient (repeatable); replaces the draft's recipients")
    send.add_argument("--profile", help="profile name (default: the last active one)")
    send.add_argument("--endpoint", metavar="BASE_URL", help="override the profile's endpoint")
    send.add_argument("--request-id", metavar="ID", help="pin the RequestId (one recipient)")
    send.add_argument("--timeout", type=_timeout, metavar="SECONDS",
                      help="connect/read timeout")
    send.add_argument("--json", action="store_true", help="one JSON object per line")
    _add_follow_arguments(send)

    validate = commands.add_parser("validate", help="check a draft and list its problems")
    validate.add_argument("draft", type=Path, help=DRAFT_HELP)

    preview = commands.add_parser("preview", help="print the request body, secrets masked")
    preview.add_argument("draft", type=Path, help=DRAFT_HELP)
    preview.add_argument("--to", metavar="USER_ID", help="recipient (default: the draft's first)")
    preview.add_argument("--profile", help="profile name (default: the last active one)")

    profile = commands.add_parser("profile", help="list and edit profiles")
    actions = profile.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("list", help="list the profiles")
    for name in ("add", "edit"):
        action = actions.add_parser(name, help=f"{name} a profile")
        action.add_argument("name")
        action.add_argument("--oaid", required=name == "add")
        action.add_argument("--endpoint", metavar="BASE_URL")
        action.add_argument("--callback-url", metavar="URL")
        action.add_argument("--status-url", metavar="URL",
                            help="where GetCallback is asked (default: eSMS's own, "
                            f"{DEFAULT_STATUS_URL})")
        action.add_argument("--timeout", type=_timeout, metavar="SECONDS")
        action.add_argument("--esms-test-mode", choices=("on", "off"),
                            help='add eSMS\'s own "Sandbox": "1" (not stored, charged or '
                            "delivered; documented for eSMS's other send APIs, not for this "
                            "message kind)")
    actions.add_parser("remove", help="remove a profile and its secrets").add_argument("name")
    actions.add_parser(
        "set-secrets",
        help=f"store ApiKey/SecretKey in the keyring (prompted, or from {API_KEY_ENV} and "
        f"{SECRET_KEY_ENV})",
    ).add_argument("name")

    templates = commands.add_parser("templates", help="list the template library")
    templates.add_argument("--folder", action="append", type=Path, default=[], metavar="DIR",
                           help="a library folder (repeatable; default: the user's library)")
    templates.add_argument("--search", metavar="TEXT", help="only templates matching TEXT")
    templates.add_argument("--json", action="store_true", help="one JSON object per line")
    _add_followers_parser(commands)
    _add_status_parser(commands)

    commands.add_parser(
        "sandbox", add_help=False,
        help="run the eSMS sandbox in the foreground (sandbox --help lists its options)",
    )
    return parser


def run_cli(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run one command; returns the exit status."""
    out, err = out or sys.stdout, err or sys.stderr
    argv = list(argv)
    if argv[:1] == ["sandbox"]:
        # The sandbox has its own options (port, faults); it parses them itself.
        from .sandbox.command import main as sandbox_main

        return sandbox_main(argv[1:])
    args = _parser().parse_args(argv)
    try:
        if args.command == "profile":
            return _profile_command(args, out, err)
        if args.command == "templates":
            return _templates(args, out, err)
        if args.command == "validate":
            return _validate(args, out, err)
        if args.command == "preview":
            return _preview(args, out, err)
        if args.command == "followers":
            return _followers(args, out, err)
        if args.command == "status":
            return _status(args, out, err)
        return _send(args, out, err)
    except StoreError as exc:
        return _fail(err, EXIT_SETUP, str(exc))
    except (CliError, ZaloComposerError) as exc:
        return _fail(err, EXIT_INVALID, str(exc))
    except KeyboardInterrupt:
        note = (" A request in flight may or may not have reached eSMS; the history shows "
                "it as “outcome unknown”." if args.command == "send" else "")
        return _fail(err, EXIT_INTERRUPTED, f"interrupted.{note}")
    except sqlite3.Error as exc:
        return _fail(err, EXIT_SETUP, f"the send history cannot be used: {exc}.")
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        return _fail(err, EXIT_SETUP, f"{exc.strerror or exc}{where}.")
    except Exception as exc:
        logger.exception("Internal error in %r", args.command)
        return _fail(err, EXIT_INTERNAL, f"internal error ({type(exc).__name__}: {exc}); "
                     f"the details are in the log{_log_hint()}.")


def _fail(err: TextIO, status: int, text: str) -> int:
    with contextlib.suppress(OSError, ValueError):  # stderr gone: the status still says it
        print(f"{APP_NAME}: {text}", file=err, flush=True)
    return status


def _log_hint() -> str:
    try:
        from .logs import LOG_FILE
        from .store.paths import log_dir

        return f" {log_dir() / LOG_FILE}"
    except OSError:
        return ""


def _load_book(err: TextIO) -> ProfileBook:
    """The profiles (a damaged file moved aside), the Sandbox profile made on first use, and
    the notices printed."""
    book = ProfileBook.load_or_recover()
    _print_notices(book.notices, err)
    if ensure_profiles(book):
        print("Created the Sandbox profile (the built-in eSMS stand-in).", file=err)
    return book


def _print_notices(notices: Sequence[str], err: TextIO) -> None:
    for notice in notices:
        print(f"note: {notice}", file=err)


def _load(path: Path, err: TextIO) -> Draft:
    loaded = read_draft(resolve_draft_argument(path))
    for notice in loaded.notices:
        print(f"note: {notice}", file=err)
    return loaded.draft


def _print_problems(problems: Sequence[Problem], out: TextIO) -> None:
    for problem in problems:
        print(f"{problem.severity}: {problem.field}: {problem.message}", file=out)


def _profile(book: ProfileBook, name: str | None) -> Profile:
    if name:
        return book.get(name)
    profile = book.active_profile()
    if profile is None:
        raise CliError("There is no profile.")
    return profile


def _validate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    problems = ComposeSession(_load(args.draft, err)).problems()
    _print_problems(problems, out)
    if not problems:
        print("OK: the draft can be sent.", file=out)
    return EXIT_INVALID if has_errors(problems) else EXIT_OK


def _preview(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    draft = _load(args.draft, err)
    book = _load_book(err)
    profile = _profile(book, args.profile)
    # The preview never needs the real keys: they are masked whatever they are.
    session = ComposeSession(draft, account=Account(profile.oaid, "", "", profile.callback_url,
                                                     profile.esms_test_mode))
    print(shown_json(session.body(recipient=args.to)), file=out)
    return EXIT_OK


def _templates(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``templates``: the library (or the given folders), one template per line."""
    if args.folder:
        # Only these folders; the user's saved state is not read, and listing never writes it.
        library = TemplateLibrary(LibraryState([str(f.absolute()) for f in args.folder[1:]]),
                                  default_folder=args.folder[0].absolute())
    else:
        library = TemplateLibrary()
    scans = library.rescan()
    for scan in scans:
        if scan.offline:
            print(f"{APP_NAME}: {scan.folder} is offline ({scan.offline}).", file=err)
    for entry in library.search(args.search or ""):
        row = {"name": entry.name, "path": entry.path, "note": entry.note,
               "buttons": len(entry.button_titles), "first_line": entry.first_line,
               "error": entry.error}
        if args.json:
            print(json.dumps(row, ensure_ascii=False), file=out)
        else:
            what = f"BROKEN: {entry.error}" if entry.error else (
                f"{row['buttons']} button(s)\t{entry.note or entry.first_line}")
            print(printable(f"{entry.name}\t{entry.path}\t{what}"), file=out)
    return EXIT_OK


def _send(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    draft = _load(args.draft, err)
    if args.to:
        draft = dataclasses.replace(draft, recipients=tuple(args.to))
    if args.request_id:
        draft = dataclasses.replace(draft, request_id=args.request_id)
    session = ComposeSession(draft)
    if not session.can_send():
        _print_problems(session.problems(), err)
        print("Nothing was sent.", file=err)
        return EXIT_INVALID
    recipients = [r.strip() for r in draft.recipients]
    twice = sorted({r for r in recipients if recipients.count(r) > 1})
    if twice:
        raise CliError(f"Recipient {', '.join(twice)} is listed more than once; each would get "
                       "the message again. Nothing was sent.")
    _check_urls(args)
    book = _load_book(err)
    profile = _profile(book, args.profile)
    if not args.endpoint and not profile.uses_sandbox and (
            problem := endpoint_problem(profile.endpoint)):
        raise CliError(f"Profile “{profile.name}”: {problem} Change it with: "
                       f"zalo-composer profile edit {profile.name!r} --endpoint URL")
    sandbox = SandboxHost()
    try:
        route = make_route(profile, SecretStore(), sandbox, endpoint=args.endpoint,
                           env_secrets=secrets_from_env(), timeout=args.timeout,
                           status_url=args.status_url)
        jobs = session.jobs(str(resolve_draft_argument(args.draft)))
        if args.follow:
            return _follow_exit(asyncio.run(_send_and_follow(route, jobs, args, out, err)))
        results = asyncio.run(_send_all(route, jobs, args.json, out, err))
    finally:
        sandbox.stop()
    if any(r.outcome == "failed" for r in results):
        return EXIT_NETWORK
    if any(r.outcome == "rejected" for r in results):
        return EXIT_REJECTED
    return EXIT_OK


async def _send_all(route: Route, jobs: list[SendJob], as_json: bool, out: TextIO,
                    err: TextIO) -> list[SendResult]:
    """Send *jobs* through the one send loop, printing each answer as it comes (before it
    is recorded). A request the history cannot record before it leaves is not sent
    (`StoreError`); an answer it cannot record is said on stderr, and the exit status still
    comes from eSMS's answer."""
    async with _history_and_http(err) as (history, http):
        loop = SendLoop(EsmsClient(http), route, history, history_required=True,
                        on_result=lambda _job, r: _print_result(r, as_json, out),
                        on_history_error=lambda exc: _history_error(exc, err))
        return await _run_loop(loop, jobs)


def _print_result(result: SendResult, as_json: bool, out: TextIO) -> None:
    if as_json:
        row = {
            "recipient": result.recipient,
            "request_id": result.request_id,
            "http_status": result.http_status,
            "code": result.code,
            "meaning": result.meaning,
            "sms_id": result.sms_id,
            "error": result.error_message if result.code else result.meaning,
            "outcome": result.outcome,
            "duration_ms": round(result.duration_ms, 1),
        }
        row = {k: printable(v) if isinstance(v, str) else v for k, v in row.items()}
        print(json.dumps(row, ensure_ascii=False), file=out, flush=True)
        return
    parts = [result.recipient, f"RequestId {result.request_id}"]
    if result.http_status is not None:
        parts.append(f"HTTP {result.http_status}")
    parts.append(result.summary)
    if result.sms_id:
        parts.append(f"SMSID {result.sms_id}")
    if result.error_message:
        parts.append(f"eSMS says: {result.error_message}")
    # What a server wrote reaches the terminal without its control characters (escapes).
    print(printable("  ".join(parts)), file=out, flush=True)


def _profile_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.action in ("list", "set-secrets"):
        book = _load_book(err)
    else:
        with ProfileBook.transaction() as book:
            # Under the profiles lock: another copy's add or edit is neither lost nor lost to.
            _print_notices(book.notices, err)
            ensure_profiles(book)
            return _change_profiles(book, args, out)
    if args.action == "list":
        active = book.active_profile()
        for p in book.profiles:
            mark = "*" if active and p.name == active.name else " "
            print(f"{mark} {p.name}\tOAID {p.oaid}\t{p.endpoint}", file=out)
        return EXIT_OK
    return _set_secrets(book.get(args.name), out)


def _change_profiles(book: ProfileBook, args: argparse.Namespace, out: TextIO) -> int:
    """``profile add | edit | remove`` on a book the caller saves."""
    if args.action == "remove":
        book.remove(args.name)
        book.save()
        SecretStore().delete(args.name)
        print(f"Removed profile “{args.name}”.", file=out)
        return EXIT_OK
    endpoint = args.endpoint
    if endpoint and (problem := endpoint_problem(endpoint)):
        raise CliError(problem)
    if args.action == "add":
        profile = Profile(name=args.name, oaid=args.oaid, endpoint=endpoint or DEFAULT_ENDPOINT)
        replacing = None
    else:
        profile = book.get(args.name)
        replacing = profile.name
        if args.oaid:
            profile = dataclasses.replace(profile, oaid=args.oaid)
        if endpoint:
            profile = dataclasses.replace(profile, endpoint=endpoint)
    if args.callback_url is not None:
        profile = dataclasses.replace(profile, callback_url=args.callback_url)
    if args.status_url is not None:
        if problem := endpoint_problem(args.status_url or DEFAULT_STATUS_URL):
            raise CliError(problem)
        profile = dataclasses.replace(profile, status_url=args.status_url or DEFAULT_STATUS_URL)
    if args.esms_test_mode is not None:
        profile = dataclasses.replace(profile, esms_test_mode=args.esms_test_mode == "on")
    if args.timeout:
        profile = dataclasses.replace(profile, connect_timeout=args.timeout,
                                      read_timeout=args.timeout)
    book.put(profile, replacing=replacing)
    book.save()  # before saying so (the transaction's own save then finds nothing new)
    verb = "Added" if replacing is None else "Updated"
    print(f"{verb} profile “{profile.name}”.", file=out)
    return EXIT_OK


def _set_secrets(profile: Profile, out: TextIO) -> int:
    from_env = secrets_from_env()
    if from_env is not None:
        api_key, secret_key = from_env
    else:
        api_key = getpass.getpass(f"ApiKey for {profile.name}: ")
        secret_key = getpass.getpass(f"SecretKey for {profile.name}: ")
    store = SecretStore()
    store.save(profile.name, Secrets(api_key.strip(), secret_key.strip()))
    print(f"Stored the secrets of “{profile.name}” {store.location()}.", file=out)
    return EXIT_OK


# --- followers --------------------------------------------------------------------------


def _add_followers_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    followers = commands.add_parser(
        "followers", help="list the users who interacted with the OA (QueryListUID)",
        description="Print every user id eSMS returns across all pages (50 a call, at most "
        "10,000) and keep them in the recipients book. Dates default to the last 7 days.")
    followers.add_argument("--profile", required=True, help="profile name")
    followers.add_argument("--from", dest="start", metavar="DD/MM/YYYY",
                           help="first day (default: 6 days before --to)")
    followers.add_argument("--to", dest="end", metavar="DD/MM/YYYY",
                           help="last day (default: today)")
    state = followers.add_mutually_exclusive_group()
    state.add_argument("--followers-only", action="store_true",
                       help="only users who follow the OA")
    state.add_argument("--non-followers-only", action="store_true",
                       help="only users who do not follow the OA")
    followers.add_argument("--tag", default="", help="only users with this tag")
    followers.add_argument("--json", action="store_true",
                           help="one JSON object per line (user_id, name, note)")


def _query_date(text: str, option: str) -> date:
    parsed = parse_query_date(text)
    if parsed is None:
        raise CliError(f"{option} {text!r} is not a date in the form DD/MM/YYYY "
                       "(for example 05/03/2026). Nothing was asked.")
    return parsed


def _followers(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``followers``: every user id of the query, one per line; exit 1 when eSMS refuses."""
    from .app.followers import FetchRejected, FollowerQuery, fetch_into_book
    from .esms.queries import EsmsQueries
    from .store.recipients import RecipientsBook

    end = _query_date(args.end, "--to") if args.end else None
    start = _query_date(args.start, "--from") if args.start else None
    query = FollowerQuery.last_days(
        end, state="followers" if args.followers_only else
        "non-followers" if args.non_followers_only else "all", tag=args.tag)
    if start is not None:
        query = dataclasses.replace(query, start=start)
    if problem := query.problem():
        raise CliError(f"{problem} Nothing was asked.")
    profile = _load_book(err).get(args.profile)
    if not profile.uses_sandbox and (problem := endpoint_problem(profile.endpoint)):
        raise CliError(f"Profile “{profile.name}”: {problem}")
    book = RecipientsBook.open()
    _print_notices(book.notices, err)
    sandbox = SandboxHost()

    def show(ids: tuple[str, ...], _fetched: int, _total: int) -> None:
        for user_id in ids:
            known = book.get(profile.oaid, user_id) if args.json else None
            line = json.dumps({"user_id": user_id, "name": known.name if known else None,
                               "note": known.note if known else None}, ensure_ascii=False) \
                if args.json else user_id
            print(printable(line), file=out, flush=True)

    async def fetch() -> int:
        async with make_http_client() as http:
            outcome = await fetch_into_book(EsmsQueries(http), route, query, book, on_page=show)
        if outcome.capped:
            print(f"note: eSMS counts {outcome.total} users; QueryListUID gives at most "
                  f"{len(outcome.user_ids)}. Narrow the dates or add a filter.", file=err)
        return EXIT_OK

    try:
        route = make_route(profile, SecretStore(), sandbox, env_secrets=secrets_from_env())
        return asyncio.run(fetch())
    except FetchRejected as exc:
        return _fail(err, EXIT_REJECTED, str(exc))
    except (NetworkError, EsmsAnswerError) as exc:
        return _fail(err, EXIT_NETWORK, str(exc))
    finally:
        sandbox.stop()
        book.close()


# --- Zalo's outcome: send --follow and status --------------------------------------------

FOLLOW_TIMEOUT_S = 120.0
"""How long ``send --follow`` waits for Zalo's outcome unless told otherwise."""
FOLLOW_DELAYS: tuple[float, ...] = (5.0, 10.0, 20.0, 40.0, 60.0, 90.0, 120.0, 180.0, 300.0,
                                    600.0, 900.0, 1800.0, 3600.0)
"""Seconds after acceptance at which ``send --follow`` asks (while someone waits: denser than
the window's backoff); the last look is taken at the timeout in any case."""


def _add_follow_arguments(send: argparse.ArgumentParser) -> None:
    send.add_argument("--follow", action="store_true",
                      help="wait for Zalo's outcome and print it per recipient (exit 0 only "
                      "when every message was sent by Zalo)")
    send.add_argument("--follow-timeout", type=_timeout, metavar="SECONDS",
                      default=FOLLOW_TIMEOUT_S,
                      help=f"how long --follow waits (default {FOLLOW_TIMEOUT_S:g})")
    send.add_argument("--status-url", metavar="URL",
                      help="override the profile's GetCallback URL")


def _add_status_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    status = commands.add_parser(
        "status", help="ask once what became of sent messages (GetSendStatus, GetCallback)",
        description="Ask eSMS once what became of each message and print the same fields as "
        "send --follow. A RequestId is looked up in the send history for its SMSID. Exit 0 "
        "when every message was sent by Zalo, 1 when any was rejected by eSMS or failed at "
        "Zalo, 3 when any is still waiting or unknown.")
    status.add_argument("--request-id", dest="targets", action="append", metavar="ID",
                        type=lambda text: ("request_id", text.strip()), default=[],
                        help="a RequestId from the send history (repeatable)")
    status.add_argument("--sms-id", dest="targets", action="append", metavar="ID",
                        type=lambda text: ("sms_id", text.strip()),
                        help="an SMSID eSMS gave (repeatable)")
    status.add_argument("--profile", required=True, help="profile name")
    status.add_argument("--endpoint", metavar="BASE_URL", help="override the profile's endpoint")
    status.add_argument("--status-url", metavar="URL",
                        help="override the profile's GetCallback URL")
    status.add_argument("--timeout", type=_timeout, metavar="SECONDS",
                        help="connect/read timeout")
    status.add_argument("--json", action="store_true", help="one JSON object per line")


def _check_urls(args: argparse.Namespace) -> None:
    """``--endpoint`` and ``--status-url``: https, or plain http to loopback only."""
    for option, url in (("--endpoint", args.endpoint), ("--status-url", args.status_url)):
        if url and (problem := endpoint_problem(url)):
            raise CliError(f"{option}: {problem}")


@dataclasses.dataclass
class _Outcome:
    """What one message came to, as ``send --follow`` and ``status`` print it."""

    recipient: str | None
    request_id: str | None
    sms_id: str | None
    state: Lifecycle
    result: SendResult | None = None
    """The send's answer (``send --follow``)."""
    row: HistoryRow | None = None
    """The history row (``status``)."""
    observed: Observation | None = None
    printed: bool = False

    def fields(self) -> dict[str, object]:
        """The keys ``send`` prints, with ``outcome`` as Zalo's, plus ``zalo_error`` and
        ``zalo_meaning``."""
        result, row = self.result, self.row
        code = result.code if result else row.code if row else None
        meaning = result.meaning if result else row.meaning if row else None
        error = result.error_message if result else row.error_message if row else None
        duration = result.duration_ms if result else row.duration_ms if row else None
        zalo_error = self.observed.zalo_error if self.observed else (
            row.zalo_error if row and self.state == "zalo_failed" else None)
        zalo_text = None
        if self.state == "zalo_failed":
            zalo_text = (zalo_meaning(zalo_error) if zalo_error is not None else
                         self.observed.detail if self.observed else failed_detail(None))
        return {
            "recipient": self.recipient,
            "request_id": self.request_id,
            "http_status": result.http_status if result else row.http_status if row else None,
            "code": code,
            "meaning": meaning,
            "sms_id": self.sms_id,
            "error": error if code else meaning,
            "outcome": cli_outcome(self.state),
            "duration_ms": round(duration, 1) if duration is not None else None,
            "zalo_error": zalo_error,
            "zalo_meaning": zalo_text,
        }


def _print_outcome(item: _Outcome, as_json: bool, out: TextIO) -> None:
    item.printed = True
    row = item.fields()
    if as_json:
        shown = {k: printable(v) if isinstance(v, str) else v for k, v in row.items()}
        print(json.dumps(shown, ensure_ascii=False), file=out, flush=True)
        return
    parts = [str(row["recipient"] or "?"), f"RequestId {row['request_id'] or '?'}"]
    if row["sms_id"]:
        parts.append(f"SMSID {row['sms_id']}")
    words = LIFECYCLE_WORDS[item.state]
    if item.state == "zalo_failed" and row["zalo_error"] is not None:
        words += f" · {row['zalo_error']}"
    parts.append(f"{row['outcome']}: {words}")
    if row["zalo_meaning"]:
        parts.append(str(row["zalo_meaning"]))
    elif item.state in ("rejected", "unknown", "failed") and row["meaning"]:
        parts.append(f"{row['code']} — {row['meaning']}" if row["code"] else str(row["meaning"]))
    print(printable("  ".join(parts)), file=out, flush=True)


def _follow_exit(items: Sequence[_Outcome]) -> int:
    """0 when every message was sent by Zalo; 1 when any was rejected or failed at Zalo; 3
    when any is still waiting or unknown (and none was rejected or failed)."""
    outcomes = {cli_outcome(i.state) for i in items}
    if outcomes & {"rejected", "failed"}:
        return EXIT_REJECTED
    if outcomes - {"sent"}:
        return EXIT_NETWORK
    return EXIT_OK


async def _send_and_follow(route: Route, jobs: list[SendJob], args: argparse.Namespace,
                           out: TextIO, err: TextIO) -> list[_Outcome]:
    """``send --follow``: send *jobs* through the one loop, follow what eSMS accepted until
    Zalo's outcome is known or the timeout passes, and print one line per recipient (as soon
    as its outcome is final; the others at the timeout)."""
    from .app.follow import FollowUp
    from .esms.queries import EsmsQueries

    items: list[_Outcome] = []
    by_sms_id: dict[str, _Outcome] = {}

    def on_result(_job: SendJob, result: SendResult) -> None:
        item = _Outcome(result.recipient, result.request_id, result.sms_id,
                        state_of_result(result.outcome, result.failure), result)
        items.append(item)
        if item.state == "accepted" and result.sms_id:
            by_sms_id[result.sms_id] = item
        else:
            _print_outcome(item, args.json, out)

    def on_change(followed: Followed, observed: Observation) -> None:
        item = by_sms_id.get(followed.sms_id)
        if item is not None and not item.printed:
            item.state, item.observed = observed.state, observed
            if observed.final:
                _print_outcome(item, args.json, out)

    timeout: float = args.follow_timeout
    async with _history_and_http(err) as (history, http):
        follow = FollowUp(EsmsQueries(http), lambda _name: route, history, on_change=on_change,
                          delays=[*(d for d in FOLLOW_DELAYS if d < timeout), timeout])
        loop = SendLoop(EsmsClient(http), route, history, history_required=True,
                        on_result=on_result, follow=follow,
                        on_history_error=lambda exc: _history_error(exc, err))
        try:
            await _run_loop(loop, jobs)
            if follow.followed and not args.json:
                print(f"Waiting up to {timeout:g} s for Zalo's outcome…", file=err, flush=True)
            if not await follow.wait(timeout):
                await follow.stop()
                last = follow.followed
                if last:  # one last look at the timeout
                    await follow.check(last)
        finally:
            await follow.stop()
        for followed in follow.followed:
            for error in followed.errors:
                print(f"{APP_NAME}: SMSID {followed.sms_id}: {error}", file=err)
    for item in items:
        if not item.printed:
            _print_outcome(item, args.json, out)
    return items


def _history_error(exc: Exception, err: TextIO) -> None:
    print(f"{APP_NAME}: the answer above was not recorded in the send history ({exc}); "
          "the history shows that request as “outcome unknown”.", file=err, flush=True)


@contextlib.asynccontextmanager
async def _history_and_http(err: TextIO) -> AsyncIterator[tuple[History, httpx.AsyncClient]]:
    """The send history and the one HTTP client, closed after the block."""
    history = History.open()
    _print_notices(history.notices, err)
    try:
        try:
            http = make_http_client()
        except (ValueError, TypeError, httpx.InvalidURL) as exc:
            raise StoreError(f"The HTTP client could not be set up: {exc}.") from None
        async with http:
            yield history, http
    finally:
        history.close()


async def _run_loop(loop: SendLoop, jobs: list[SendJob]) -> list[SendResult]:
    try:
        return await loop.run(jobs)
    except sqlite3.Error as exc:
        raise StoreError(f"The send history could not record the next request ({exc}), so it "
                         "was not sent.") from None


def _status(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``status``: ask GetSendStatus (and GetCallback for sends made with a CallbackUrl) once
    about each message and print its outcome."""
    if not args.targets:
        raise CliError("Name at least one message: --request-id ID or --sms-id ID.")
    _check_urls(args)
    profile = _load_book(err).get(args.profile)
    if not args.endpoint and not profile.uses_sandbox and (
            problem := endpoint_problem(profile.endpoint)):
        raise CliError(f"Profile “{profile.name}”: {problem}")
    sandbox = SandboxHost()
    try:
        route = make_route(profile, SecretStore(), sandbox, endpoint=args.endpoint,
                           env_secrets=secrets_from_env(), timeout=args.timeout,
                           status_url=args.status_url)
        items = asyncio.run(_ask_status(route, args.targets, err))
    finally:
        sandbox.stop()
    for item in items:
        _print_outcome(item, args.json, out)
    return _follow_exit(items)


def _status_item(history: History, kind: str, value: str) -> _Outcome:
    """What the history knows of one ``--request-id`` or ``--sms-id``."""
    if kind == "request_id":
        rows = history.by_request_id(value)
        if not rows:
            raise CliError(f"RequestId {value} is not in the send history of this computer; "
                           "ask with --sms-id instead. Nothing was asked.")
        with_id = [r for r in rows if r.sms_id]
        row: HistoryRow | None = with_id[-1] if with_id else rows[-1]
    else:
        row = next(history.iter_rows(HistoryFilter(sms_id=value)), None)
    state: Lifecycle = row.state if row else "accepted"
    return _Outcome(row.recipient if row else None, row.request_id if row else None,
                    row.sms_id if row else value, state, row=row)


async def _ask_status(route: Route, targets: Sequence[tuple[str, str]],
                      err: TextIO) -> list[_Outcome]:
    from .app.follow import Followed, FollowUp, carried_callback
    from .esms.queries import EsmsQueries

    async with _history_and_http(err) as (history, http):
        items = [_status_item(history, kind, value) for kind, value in targets]
        asked: list[tuple[_Outcome, Followed]] = [
            (item, Followed(item.sms_id or "", route.profile.name,
                            carried_callback(item.row.request_body) if item.row
                            else bool(route.account.callback_url),
                            item.row.id if item.row else None))
            for item in items if item.sms_id]
        await FollowUp(EsmsQueries(http), lambda _name: route, history).check(
            [followed for _item, followed in asked])
    for item, followed in asked:
        for error in followed.errors:
            print(f"{APP_NAME}: SMSID {followed.sms_id}: {error}", file=err)
        if followed.last is not None:
            item.state, item.observed = followed.last.state, followed.last
        elif item.state in ("accepted", "waiting") and (item.row is None or followed.errors):
            item.state = "unknown"  # neither source could say (or knows the SMSID)
    return items
