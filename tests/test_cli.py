"""The command line, end to end over real loopback HTTP against the sandbox."""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import in_own_thread
from zalo_composer.cli import run_cli
from zalo_composer.domain.demo import DEMO_API_KEY, DEMO_OAIDS, DEMO_SECRET_KEY
from zalo_composer.domain.model import Draft, Message, PhoneButton, UrlButton
from zalo_composer.sandbox import Fault, Sandbox
from zalo_composer.store.files import save_draft
from zalo_composer.store.profiles import ProfileBook

OAID = next(iter(DEMO_OAIDS))
MESSAGE = Message("Chào bạn\nĐơn hàng đã sẵn sàng.",
                  (UrlButton("Xem đơn", "https://esms.vn/don"), PhoneButton("Gọi", "0901888484")))


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = in_own_thread(run_cli, list(argv), out, err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def draft_file(tmp_path: Path) -> Path:
    path = tmp_path / "order.zalo.json"
    save_draft(path, Draft(MESSAGE, ("1000000000000000001", "1000000000000000002")))
    return path


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


def test_first_send_creates_the_sandbox_profile_and_is_accepted(draft_file: Path) -> None:
    status, out, err = run("send", str(draft_file), "--json")
    assert status == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["recipient"] for r in rows] == ["1000000000000000001", "1000000000000000002"]
    assert {r["code"] for r in rows} == {"100"}
    assert {r["meaning"] for r in rows} == {"accepted by eSMS"}
    assert all(r["sms_id"] and r["http_status"] == 200 and r["error"] is None for r in rows)
    assert len({r["request_id"] for r in rows}) == 2, "each recipient gets its own RequestId"
    assert all(len(r["request_id"]) == 32 for r in rows)
    assert "Created the Sandbox profile" in err
    assert ProfileBook.load().names() == ["Sandbox"]


def test_plain_output_and_to_override(draft_file: Path) -> None:
    status, out, _ = run("send", str(draft_file), "--to", "42", "--request-id", "my-id-1")
    assert status == 0
    assert out.count("\n") == 1
    assert out.startswith("42  RequestId my-id-1  HTTP 200  100 — accepted by eSMS  SMSID ")


def test_a_pinned_request_id_sent_twice_is_a_duplicate(
    draft_file: Path, sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ("send", str(draft_file), "--to", "42", "--request-id", "pinned-1",
            "--endpoint", sandbox.base_url, "--json")
    monkeypatch.setenv("ESMS_API_KEY", DEMO_API_KEY)
    monkeypatch.setenv("ESMS_SECRET_KEY", DEMO_SECRET_KEY)
    run("profile", "add", "Demo", "--oaid", OAID)
    assert run(*args, "--profile", "Demo")[0] == 0
    status, out, _ = run(*args, "--profile", "Demo")
    assert status == 1
    assert json.loads(out)["code"] == "124"
    assert json.loads(out)["meaning"] == "duplicate RequestId"


def test_env_secrets_override_and_wrong_keys_are_rejected(
    draft_file: Path, sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("profile", "add", "Real", "--oaid", OAID, "--endpoint", sandbox.base_url)[0] == 0
    status, _, err = run("send", str(draft_file), "--profile", "Real")
    assert status == 2 and "has no ApiKey/SecretKey" in err, "no keys stored, none in env"
    monkeypatch.setenv("ESMS_API_KEY", "wrong")
    monkeypatch.setenv("ESMS_SECRET_KEY", "wrong-too")
    status, out, _ = run("send", str(draft_file), "--profile", "Real", "--json")
    assert status == 1
    assert {json.loads(line)["code"] for line in out.splitlines()} == {"101"}
    monkeypatch.setenv("ESMS_API_KEY", DEMO_API_KEY)
    monkeypatch.setenv("ESMS_SECRET_KEY", DEMO_SECRET_KEY)
    assert run("send", str(draft_file), "--profile", "Real")[0] == 0


def test_invalid_draft_sends_nothing(tmp_path: Path, sandbox: Sandbox) -> None:
    path = tmp_path / "bad.zalo.json"
    save_draft(path, Draft(Message("x" * 2001, (PhoneButton("", "abc"),)), ("42",)))
    status, out, err = run("send", str(path), "--endpoint", sandbox.base_url)
    assert status == 2
    assert "error: text:" in err and "2001" in err and "Nothing was sent" in err
    assert sandbox.requests == []
    status, out, _ = run("validate", str(path))
    assert status == 2 and "buttons[0].title" in out and "buttons[0].phone_code" in out


def test_validate_ok_and_a_corrupt_draft(draft_file: Path, tmp_path: Path) -> None:
    status, out, _ = run("validate", str(draft_file))
    assert (status, out.strip()) == (0, "OK: the draft can be sent.")
    broken = tmp_path / "broken.zalo.json"
    broken.write_bytes(draft_file.read_bytes()[:100])
    status, _, err = run("validate", str(broken))
    assert status == 2 and "not valid JSON" in err and "broken.zalo.json" in err


def test_network_failure_exits_3(draft_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("ESMS_API_KEY", "k")
    monkeypatch.setenv("ESMS_SECRET_KEY", "s")
    status, out, _ = run("send", str(draft_file), "--endpoint",
                         f"http://127.0.0.1:{port}/MainService.svc/json/", "--json")
    assert status == 3
    assert "refused" in json.loads(out.splitlines()[0])["error"]


def test_a_fault_answer_exits_3_and_says_why(
    draft_file: Path, sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    sandbox.inject(Fault("http_502_html"))
    monkeypatch.setenv("ESMS_API_KEY", DEMO_API_KEY)
    monkeypatch.setenv("ESMS_SECRET_KEY", DEMO_SECRET_KEY)
    status, out, _ = run("send", str(draft_file), "--to", "42", "--endpoint", sandbox.base_url)
    assert status == 3
    assert "HTTP 502" in out


def test_plain_http_endpoint_elsewhere_is_refused(draft_file: Path) -> None:
    status, _, err = run("send", str(draft_file), "--endpoint", "http://rest.esms.vn/x/")
    assert status == 2 and "plain http://" in err


def test_preview_masks_secrets_and_uses_the_profile(draft_file: Path) -> None:
    status, out, _ = run("preview", str(draft_file), "--to", "77")
    body = json.loads(out)
    assert status == 0
    assert body["ApiKey"] == body["SecretKey"] == "••••••"
    assert body["OAID"] == OAID
    assert body["Payload"]["recipient"]["user_id"] == "77"
    assert body["Payload"]["message"]["text"] == "Chào bạn\r\nĐơn hàng đã sẵn sàng."


def test_profile_commands(monkeypatch: pytest.MonkeyPatch, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    assert run("profile", "add", "Shop", "--oaid", "111", "--timeout", "7")[0] == 0
    assert run("profile", "add", "Shop", "--oaid", "111")[0] == 2
    assert run("profile", "edit", "Shop", "--callback-url", "https://cb.example/x")[0] == 0
    status, out, _ = run("profile", "list")
    assert "* Sandbox" in out and "  Shop\tOAID 111" in out
    shop = ProfileBook.load().get("Shop")
    assert (shop.callback_url, shop.read_timeout) == ("https://cb.example/x", 7.0)
    monkeypatch.setenv("ESMS_API_KEY", "AK-cli-1")
    monkeypatch.setenv("ESMS_SECRET_KEY", "SK-cli-2")
    status, out, _ = run("profile", "set-secrets", "Shop")
    assert status == 0 and "AK-cli-1" not in out
    assert set(memory_keyring.items.values()) == {"AK-cli-1", "SK-cli-2"}
    assert run("profile", "remove", "Shop")[0] == 0
    assert memory_keyring.items == {}
    assert run("profile", "edit", "Nope", "--oaid", "1")[0] == 2


def test_the_installed_console_script_sends(draft_file: Path, composer_home: Path) -> None:
    # The real entry point, in its own process, as a user would run it.
    script = Path(sys.executable).with_name("zalo-composer")
    done = subprocess.run([str(script), "send", str(draft_file), "--to", "42"],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "ZALO_COMPOSER_HOME": str(composer_home)})
    assert done.returncode == 0, done.stderr
    assert "100 — accepted by eSMS" in done.stdout
