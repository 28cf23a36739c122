"""``zalo-composer followers``: every user id across all pages, exit 0; eSMS refusals exit 1
with the meaning; bad dates exit 2 before any request. Real loopback HTTP to the sandbox."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import date

import pytest

from tests.helpers import in_own_thread
from zalo_composer.cli import run_cli
from zalo_composer.domain.demo import DEMO_OAIDS
from zalo_composer.sandbox import DEMO_INACTIVE_USER_ID, Sandbox
from zalo_composer.sandbox.followers import TEST_RECIPIENTS
from zalo_composer.store.recipients import RecipientsBook

OAID = next(iter(DEMO_OAIDS))


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = in_own_thread(run_cli, list(argv), out, err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


def test_every_id_of_the_last_7_days_one_per_line() -> None:
    status, out, err = run("followers", "--profile", "Sandbox")
    assert status == 0, err
    ids = out.splitlines()
    assert 100 < len(ids) < 150, "three pages, the last partial"
    assert len(set(ids)) == len(ids) and all(i.isdigit() for i in ids)
    assert set(TEST_RECIPIENTS) <= set(ids) and DEMO_INACTIVE_USER_ID not in ids
    book = RecipientsBook.open()
    try:
        assert book.count(OAID) == len(ids), "kept in the recipients book"
    finally:
        book.close()


def test_json_lines_carry_user_id_and_the_name_staff_gave() -> None:
    book = RecipientsBook.open()
    book.update(OAID, TEST_RECIPIENTS[1], name="Anh Đức", note="Thủ Đức")
    book.close()
    status, out, err = run("followers", "--profile", "Sandbox", "--tag", "VIP",
                           "--followers-only", "--json")
    assert status == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and all(set(r) == {"user_id", "name", "note"} for r in rows)
    named = {r["user_id"]: r for r in rows}[TEST_RECIPIENTS[1]]
    assert named["name"] == "Anh Đức" and named["note"] == "Thủ Đức"


def test_a_profile_without_keys_exits_2_before_any_request(sandbox: Sandbox) -> None:
    from zalo_composer.store.profiles import ProfileBook

    status, _, err = run("profile", "add", "Local", "--oaid", OAID, "--endpoint",
                         sandbox.base_url)
    assert status == 0, err
    book = ProfileBook.load()
    assert book.get("Local")
    status, _, err = run("followers", "--profile", "Local", "--from", "01/01/2026", "--to",
                           date.today().strftime("%d/%m/%Y"), "--non-followers-only")
    # Local has no keys in the keyring: refused before any request (exit 2)
    assert status == 2 and "ApiKey" in err and sandbox.requests == []


def test_wide_range_pages_through_everyone(monkeypatch: pytest.MonkeyPatch,
                                           sandbox: Sandbox) -> None:
    from zalo_composer.domain.demo import DEMO_API_KEY, DEMO_SECRET_KEY

    monkeypatch.setenv("ESMS_API_KEY", DEMO_API_KEY)
    monkeypatch.setenv("ESMS_SECRET_KEY", DEMO_SECRET_KEY)
    assert run("profile", "add", "Local", "--oaid", OAID, "--endpoint", sandbox.base_url)[0] == 0
    status, out, err = run("followers", "--profile", "Local", "--from", "01/01/2026", "--to",
                           date.today().strftime("%d/%m/%Y"), "--non-followers-only")
    assert status == 0, err
    bodies = [r.body for r in sandbox.requests]
    assert [b["Offset"] for b in bodies] == list(range(0, 50 * len(bodies), 50))
    assert {b["IsFollower"] for b in bodies} == {"0"}
    assert {b["FromDate"] for b in bodies} == {"01/01/2026"}
    assert len(out.splitlines()) == len(set(out.splitlines())) > 0


@pytest.mark.parametrize("argv", [
    ("--from", "2026-03-01"),
    ("--to", "32/01/2026"),
    ("--from", "1/3/2026"),
    ("--from", "09/03/2026", "--to", "01/03/2026"),
])
def test_bad_dates_exit_2_before_any_request(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch,
                                             argv: tuple[str, ...]) -> None:
    from zalo_composer.domain.demo import DEMO_API_KEY, DEMO_SECRET_KEY

    monkeypatch.setenv("ESMS_API_KEY", DEMO_API_KEY)
    monkeypatch.setenv("ESMS_SECRET_KEY", DEMO_SECRET_KEY)
    assert run("profile", "add", "Local", "--oaid", OAID, "--endpoint", sandbox.base_url)[0] == 0
    status, out, err = run("followers", "--profile", "Local", *argv)
    assert status == 2 and out == ""
    assert "Nothing was asked" in err
    assert sandbox.requests == []


def test_esms_refusal_exits_1_with_the_meaning(sandbox: Sandbox,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from zalo_composer.domain.demo import DEMO_API_KEY

    monkeypatch.setenv("ESMS_API_KEY", DEMO_API_KEY)
    monkeypatch.setenv("ESMS_SECRET_KEY", "wrong")
    assert run("profile", "add", "Local", "--oaid", OAID, "--endpoint", sandbox.base_url)[0] == 0
    status, out, err = run("followers", "--profile", "Local")
    assert status == 1 and out == ""
    assert err.strip() == ("zalo-composer: eSMS answered 101: wrong ApiKey or SecretKey "
                           "(eSMS says: Authorize Failed).")


def test_an_unknown_profile_exits_2() -> None:
    status, _, err = run("followers", "--profile", "Nope")
    assert status == 2 and "Nope" in err


def test_a_network_failure_exits_3(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("ESMS_API_KEY", "a")
    monkeypatch.setenv("ESMS_SECRET_KEY", "b")
    base = f"http://127.0.0.1:{port}/MainService.svc/json/"
    assert run("profile", "add", "Gone", "--oaid", OAID, "--endpoint", base)[0] == 0
    status, _, err = run("followers", "--profile", "Gone")
    assert status == 3 and err.startswith("zalo-composer: ")
