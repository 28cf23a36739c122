"""The command-line commands, on the same domain, store and esms code as the GUI.

Exit statuses of ``send``: 0 all accepted, 1 eSMS rejected any, 2 invalid input (nothing
sent), 3 a network failure or an unusable answer.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import getpass
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

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
from .domain.answer import printable
from .domain.body import shown_json
from .domain.errors import ZaloComposerError
from .domain.model import Account, Draft
from .domain.validation import Problem, has_errors
from .esms.client import EsmsClient, SendResult, endpoint_problem, make_http_client
from .store.files import read_draft
from .store.history import History
from .store.profiles import DEFAULT_ENDPOINT, Profile, ProfileBook
from .store.secrets import Secrets, SecretStore

EXIT_OK, EXIT_REJECTED, EXIT_INVALID, EXIT_NETWORK = 0, 1, 2, 3


class CliError(Exception):
    """A problem with the command's input: printed, exit status 2."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Compose and send Zalo OA consultation messages through eSMS. "
        "Without a command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    send = commands.add_parser("send", help="send a draft to its recipients")
    send.add_argument("draft", type=Path, help="a .zalo.json draft or an eSMS request body")
    send.add_argument("--to", action="append", metavar="USER_ID", default=[],
                      help="recipient (repeatable); replaces the draft's recipients")
    send.add_argument("--profile", help="profile name (default: the last active one)")
    send.add_argument("--endpoint", metavar="BASE_URL", help="override the profile's endpoint")
    send.add_argument("--request-id", metavar="ID", help="pin the RequestId (one recipient)")
    send.add_argument("--timeout", type=float, metavar="SECONDS", help="connect/read timeout")
    send.add_argument("--json", action="store_true", help="one JSON object per line")

    validate = commands.add_parser("validate", help="check a draft and list its problems")
    validate.add_argument("draft", type=Path)

    preview = commands.add_parser("preview", help="print the request body, secrets masked")
    preview.add_argument("draft", type=Path)
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
        action.add_argument("--timeout", type=float, metavar="SECONDS")
    actions.add_parser("remove", help="remove a profile and its secrets").add_argument("name")
    actions.add_parser(
        "set-secrets",
        help=f"store ApiKey/SecretKey in the keyring (prompted, or from {API_KEY_ENV} and "
        f"{SECRET_KEY_ENV})",
    ).add_argument("name")

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
            return _profile_command(args, out)
        if args.command == "validate":
            return _validate(args, out, err)
        if args.command == "preview":
            return _preview(args, out, err)
        return _send(args, out, err)
    except (CliError, ZaloComposerError) as exc:
        print(f"{APP_NAME}: {exc}", file=err)
        return EXIT_INVALID


def _load(path: Path, err: TextIO) -> Draft:
    loaded = read_draft(path)
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
    book = ProfileBook.load()
    ensure_profiles(book)
    profile = _profile(book, args.profile)
    # The preview never needs the real keys: they are masked whatever they are.
    session = ComposeSession(draft, account=Account(profile.oaid, "", "", profile.callback_url))
    print(shown_json(session.body(recipient=args.to)), file=out)
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
    if args.endpoint and (problem := endpoint_problem(args.endpoint)):
        raise CliError(problem)
    book = ProfileBook.load()
    if ensure_profiles(book):
        print("Created the Sandbox profile (the built-in eSMS stand-in).", file=err)
    profile = _profile(book, args.profile)
    sandbox = SandboxHost()
    try:
        route = make_route(profile, SecretStore(), sandbox, endpoint=args.endpoint,
                           env_secrets=secrets_from_env(), timeout=args.timeout)
        results = asyncio.run(_send_all(route, session.jobs(str(args.draft)), args.json, out))
    finally:
        sandbox.stop()
    if any(r.outcome == "failed" for r in results):
        return EXIT_NETWORK
    if any(r.outcome == "rejected" for r in results):
        return EXIT_REJECTED
    return EXIT_OK


async def _send_all(route: Route, jobs: list[SendJob], as_json: bool,
                    out: TextIO) -> list[SendResult]:
    history = History.open()
    try:
        async with make_http_client() as http:
            loop = SendLoop(EsmsClient(http), route, history,
                            on_result=lambda _job, r: _print_result(r, as_json, out))
            return await loop.run(jobs)
    finally:
        history.close()


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


def _profile_command(args: argparse.Namespace, out: TextIO) -> int:
    book = ProfileBook.load()
    ensure_profiles(book)
    if args.action == "list":
        active = book.active_profile()
        for p in book.profiles:
            mark = "*" if active and p.name == active.name else " "
            print(f"{mark} {p.name}\tOAID {p.oaid}\t{p.endpoint}", file=out)
        return EXIT_OK
    if args.action == "remove":
        book.remove(args.name)
        book.save()
        SecretStore().delete(args.name)
        print(f"Removed profile “{args.name}”.", file=out)
        return EXIT_OK
    if args.action == "set-secrets":
        return _set_secrets(book.get(args.name), out)
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
    if args.timeout:
        profile = dataclasses.replace(profile, connect_timeout=args.timeout,
                                      read_timeout=args.timeout)
    book.put(profile, replacing=replacing)
    book.save()
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
