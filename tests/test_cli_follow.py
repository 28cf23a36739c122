"""``send --follow``, ``status`` and ``--status-url``, end to end over real loopback HTTP
against the sandbox, with and without a CallbackUrl on the profile, for every exit status."""

from __future__ import annotations

import io
import json
import socket
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from tests.helpers import in_own_thread
from zalo_composer import cli
from zalo_composer.cli import run_cli
from zalo_composer.domain.demo import (
    DEMO_API_KEY,
    DEMO_BROKEN_ANSWER_USER_ID,
    DEMO_CALLBACK_URL,
    DEMO_OAIDS,
    DEMO_SECRET_KEY,
    DEMO_SLOW_USER_ID,
)
from zalo_composer.domain.model import Draft, Message, UrlButton
from zalo_composer.sandbox import Sandbox
from zalo_composer.store.files import save_draft
from zalo_composer.store.history import History, HistoryFilter
from zalo_composer.store.profiles import DEFAULT_STATUS_URL, ProfileBook

OAID = next(iter(DEMO_OAIDS))
DELIVERED = "1000000000000000001"
INACTIVE = "1000000000000000230"  # accepted, then -230 at Zalo
KEYS = ("sent", "failed", "waiting", "unknown", "rejected")
SEND_KEYS = {"recipient", "request_id", "http_status", "code", "meaning", "sms_id", "error",
             "outcome", "duration_ms"}


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = in_own_thread(run_cli, list(argv), out, err)
    return status, out.getvalue(), err.getvalue()


def lines(out: str) -> dict[str, dict[str, object]]:
    """The JSON lines by recipient."""
    rows = [json.loads(line) for line in out.splitlines()]
    return {str(r["recipient"]): r for r in rows}


@pytest.fixture(autouse=True)
def quick_follow_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """The follow-up asks every few tenths of a second instead of 5 s, 10 s, …"""
    monkeypatch.setattr(cli, "FOLLOW_DELAYS", (0.3, 0.6, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0))


@pytest.fixture
def draft_file(tmp_path: Path) -> Path:
    path = tmp_path / "order.zalo.json"
    save_draft(path, Draft(Message("Đơn hàng đã sẵn sàng.", (UrlButton("Xem", "https://esms.vn"),)),
                           (DELIVERED,)))
    return path


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """A sandbox whose messages reach their outcome 0.2 s after acceptance."""
    with Sandbox(report_delay=0.2) as running:
        yield running


@pytest.fixture
def demo_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ESMS_API_KEY", DEMO_API_KEY)
    monkeypatch.setenv("ESMS_SECRET_KEY", DEMO_SECRET_KEY)


def add_profile(sandbox: Sandbox, name: str, *, callback: bool) -> None:
    extra = ("--callback-url", "https://shop.example.vn/esms/callback") if callback else ()
    status, _, err = run("profile", "add", name, "--oaid", OAID, "--endpoint", sandbox.base_url,
                         "--status-url", sandbox.status_url, *extra)
    assert status == 0, err


def callback_calls(sandbox: Sandbox) -> int:
    return sum(r.path.endswith("/GetCallback") for r in sandbox.requests)


def test_the_sandbox_profile_follows_to_zalos_code_and_records_it(draft_file: Path) -> None:
    # GIVEN the Sandbox profile a first run makes: the built-in sandbox, with a CallbackUrl
    # WHEN a message goes to the delivered follower and to the -230 one, followed
    status, out, err = run("send", str(draft_file), "--to", DELIVERED, "--to", INACTIVE,
                           "--follow", "--json")
    # THEN one line each, with Zalo's code and its meaning for the failure; exit 1
    assert status == 1, err
    assert ProfileBook.load().get("Sandbox").callback_url == DEMO_CALLBACK_URL
    rows = lines(out)
    assert set(rows) == {DELIVERED, INACTIVE}
    assert all(set(r) == SEND_KEYS | {"zalo_error", "zalo_meaning"} for r in rows.values())
    assert rows[DELIVERED]["outcome"] == "sent"
    assert rows[DELIVERED]["zalo_error"] is None and rows[DELIVERED]["zalo_meaning"] is None
    assert rows[INACTIVE]["outcome"] == "failed"
    assert rows[INACTIVE]["zalo_error"] == -230
    assert "7 days" in str(rows[INACTIVE]["zalo_meaning"])
    assert rows[INACTIVE]["code"] == "100" and rows[INACTIVE]["sms_id"]
    # AND the history keeps the outcome, found by Zalo's code
    with closing(History.open()) as history:
        [row] = list(history.iter_rows(HistoryFilter(zalo_error="-230")))
    assert (row.recipient, row.state, row.sms_id) == (INACTIVE, "zalo_failed",
                                                      rows[INACTIVE]["sms_id"])


def test_with_a_callback_url_a_failure_carries_zalos_code(
    draft_file: Path, sandbox: Sandbox, demo_keys: None
) -> None:
    add_profile(sandbox, "Shop", callback=True)
    status, out, _ = run("send", str(draft_file), "--to", INACTIVE, "--profile", "Shop",
                         "--follow", "--json")
    assert status == 1
    row = lines(out)[INACTIVE]
    assert (row["outcome"], row["zalo_error"]) == ("failed", -230)
    assert callback_calls(sandbox) >= 1


def test_without_a_callback_url_a_failure_comes_without_a_reason(
    draft_file: Path, sandbox: Sandbox, demo_keys: None
) -> None:
    add_profile(sandbox, "Plain", callback=False)
    status, out, _ = run("send", str(draft_file), "--to", INACTIVE, "--profile", "Plain",
                         "--follow", "--json")
    assert status == 1
    row = lines(out)[INACTIVE]
    assert (row["outcome"], row["zalo_error"]) == ("failed", None)
    assert "CallbackUrl" in str(row["zalo_meaning"])
    assert callback_calls(sandbox) == 0, "GetCallback knows only sends made with a CallbackUrl"


@pytest.mark.parametrize("callback", [True, False], ids=["callback", "no-callback"])
def test_every_message_sent_exits_0_in_plain_words(
    draft_file: Path, sandbox: Sandbox, demo_keys: None, callback: bool
) -> None:
    add_profile(sandbox, "Shop", callback=callback)
    status, out, _ = run("send", str(draft_file), "--to", DELIVERED, "--to", "42",
                         "--profile", "Shop", "--follow")
    assert status == 0
    assert out.count("\n") == 2
    assert all("sent: sent by Zalo" in line for line in out.splitlines())


@pytest.mark.parametrize("callback", [True, False], ids=["callback", "no-callback"])
def test_still_waiting_at_the_timeout_exits_3(
    draft_file: Path, sandbox: Sandbox, demo_keys: None, callback: bool
) -> None:
    add_profile(sandbox, "Shop", callback=callback)
    status, out, err = run("send", str(draft_file), "--to", DELIVERED, "--to", DEMO_SLOW_USER_ID,
                           "--profile", "Shop", "--follow", "--follow-timeout", "1", "--json")
    assert status == 3, err
    rows = lines(out)
    assert rows[DELIVERED]["outcome"] == "sent"
    assert rows[DEMO_SLOW_USER_ID]["outcome"] == "waiting"
    assert rows[DEMO_SLOW_USER_ID]["zalo_error"] is None


def test_a_broken_answer_is_unknown_and_exits_3(
    draft_file: Path, sandbox: Sandbox, demo_keys: None
) -> None:
    add_profile(sandbox, "Shop", callback=True)
    status, out, _ = run("send", str(draft_file), "--to", DEMO_BROKEN_ANSWER_USER_ID,
                         "--profile", "Shop", "--follow", "--json")
    assert status == 3
    row = lines(out)[DEMO_BROKEN_ANSWER_USER_ID]
    assert (row["outcome"], row["http_status"]) == ("unknown", 502)


def test_a_rejection_exits_1_even_beside_a_waiting_message(
    draft_file: Path, sandbox: Sandbox, demo_keys: None
) -> None:
    add_profile(sandbox, "Shop", callback=False)
    pinned = ("send", str(draft_file), "--to", DELIVERED, "--request-id", "pinned-7",
              "--profile", "Shop")
    assert run(*pinned)[0] == 0
    status, out, _ = run(*pinned, "--follow", "--json")
    assert status == 1
    row = lines(out)[DELIVERED]
    assert (row["outcome"], row["code"], row["zalo_error"]) == ("rejected", "124", None)
    status, out, _ = run("send", str(draft_file), "--to", DEMO_SLOW_USER_ID, "--profile", "Shop",
                         "--request-id", "pinned-7", "--follow", "--follow-timeout", "0.5")
    assert status == 1 and "rejected" in out


def test_status_by_request_id_and_sms_id(
    draft_file: Path, sandbox: Sandbox, demo_keys: None
) -> None:
    # GIVEN three sends not followed: delivered, -230 and slow (all accepted by eSMS)
    add_profile(sandbox, "Shop", callback=True)
    ids = {}
    for user in (DELIVERED, INACTIVE, DEMO_SLOW_USER_ID):
        status, out, _ = run("send", str(draft_file), "--to", user, "--profile", "Shop",
                             "--json")
        assert status == 0
        ids[user] = json.loads(out)
    time.sleep(0.4)  # past the sandbox's report delay
    # WHEN status asks by RequestId (looked up in the history) or by SMSID
    status, out, _ = run("status", "--request-id", ids[DELIVERED]["request_id"],
                         "--profile", "Shop", "--json")
    assert status == 0
    assert lines(out)[DELIVERED]["outcome"] == "sent"
    status, out, _ = run("status", "--sms-id", ids[INACTIVE]["sms_id"],
                         "--request-id", ids[DELIVERED]["request_id"], "--profile", "Shop",
                         "--json")
    # THEN the same fields as send --follow, in the order asked, and the exit status
    assert status == 1
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["recipient"] for r in rows] == [INACTIVE, DELIVERED]
    assert (rows[0]["outcome"], rows[0]["zalo_error"]) == ("failed", -230)
    assert set(rows[0]) == SEND_KEYS | {"zalo_error", "zalo_meaning"}
    status, out, _ = run("status", "--sms-id", ids[DEMO_SLOW_USER_ID]["sms_id"],
                         "--profile", "Shop")
    assert status == 3 and "waiting: waiting for Zalo" in out
    # AND the history learned the outcomes
    with closing(History.open()) as history:
        assert history.by_request_id(ids[INACTIVE]["request_id"])[0].zalo_error == -230


def test_status_of_an_unknown_sms_id_and_request_id(sandbox: Sandbox, demo_keys: None) -> None:
    add_profile(sandbox, "Shop", callback=False)
    status, out, _ = run("status", "--sms-id", "nothing-like-it", "--profile", "Shop", "--json")
    assert status == 3
    assert json.loads(out)["outcome"] == "unknown"
    status, out, err = run("status", "--request-id", "never-sent", "--profile", "Shop")
    assert status == 2 and "not in the send history" in err and out == ""
    assert run("status", "--profile", "Shop")[0] == 2


def test_status_when_getcallback_fails_and_getsendstatus_works(
    draft_file: Path, sandbox: Sandbox, demo_keys: None
) -> None:
    add_profile(sandbox, "Shop", callback=True)
    status, out, _ = run("send", str(draft_file), "--to", INACTIVE, "--profile", "Shop", "--json")
    sms_id = json.loads(out)["sms_id"]
    time.sleep(0.4)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    status, out, err = run("status", "--sms-id", sms_id, "--profile", "Shop", "--status-url",
                           f"http://127.0.0.1:{closed}/ZaloCallback/GetCallback", "--json")
    assert status == 1, "GetSendStatus still tells the failure"
    row = json.loads(out)
    assert (row["outcome"], row["zalo_error"]) == ("failed", None)
    assert "GetCallback" in err and "refused" in err


def test_status_url_is_a_profile_setting_and_plain_http_is_refused(
    draft_file: Path, sandbox: Sandbox
) -> None:
    assert run("profile", "add", "Shop", "--oaid", OAID)[0] == 0
    assert ProfileBook.load().get("Shop").status_url == DEFAULT_STATUS_URL
    status, _, err = run("profile", "edit", "Shop", "--status-url", "http://status.example/x")
    assert status == 2 and "plain http://" in err
    assert run("profile", "edit", "Shop", "--status-url", sandbox.status_url)[0] == 0
    assert ProfileBook.load().get("Shop").status_url == sandbox.status_url
    status, _, err = run("send", str(draft_file), "--status-url", "http://status.example/x",
                         "--follow")
    assert status == 2 and "--status-url" in err
    status, _, err = run("status", "--sms-id", "x", "--profile", "Shop", "--status-url",
                         "http://status.example/x")
    assert status == 2 and "--status-url" in err
    assert sandbox.requests == []


def test_the_outcome_keys_are_the_documented_ones() -> None:
    from typing import get_args

    from zalo_composer.domain.lifecycle import CliOutcome

    assert set(get_args(CliOutcome)) == set(KEYS)


def test_esms_test_mode_is_a_profile_option_off_by_default(draft_file: Path) -> None:
    status, out, _ = run("preview", str(draft_file))
    assert status == 0 and "Sandbox" not in json.loads(out)
    assert run("profile", "edit", "Sandbox", "--esms-test-mode", "on")[0] == 0
    assert ProfileBook.load().get("Sandbox").esms_test_mode is True
    assert json.loads(run("preview", str(draft_file))[1])["Sandbox"] == "1"
    assert run("profile", "edit", "Sandbox", "--esms-test-mode", "off")[0] == 0
    assert "Sandbox" not in json.loads(run("preview", str(draft_file))[1])
