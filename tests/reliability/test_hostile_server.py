"""A hostile server on 127.0.0.1 (see `hostile`), aimed at the client, the queries and the
CLI (`zalo-composer send` in a subprocess): memory stays bounded (peak RSS from
`os.wait4`, with an RLIMIT_AS ceiling so a regression fails instead of eating the machine),
secrets escaped by the server are still masked, terminal escapes never reach the terminal,
status and code are read together, and loopback traffic never goes through a proxy.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import in_own_thread
from zalo_composer.cli import EXIT_NETWORK, EXIT_OK, EXIT_REJECTED
from zalo_composer.domain.body import MASK, build_request_body
from zalo_composer.domain.endpoint import ANSWER_MAX_BYTES, Timeouts
from zalo_composer.domain.errors import EsmsAnswerError, NetworkError
from zalo_composer.domain.model import Account, Draft, Message, PhoneButton
from zalo_composer.esms.client import EsmsClient, SendResult, make_http_client
from zalo_composer.esms.queries import EsmsQueries
from zalo_composer.store.files import save_draft

from .hostile import API_KEY, SECRET_KEY, hostile_server

TIMEOUTS = Timeouts(5, 5)
RECIPIENT = "6100000000000000321"
BODY = build_request_body(
    Message("Xin chào", (PhoneButton("Gọi", "0901888484"),)),
    account=Account("4219", API_KEY, SECRET_KEY), recipient=RECIPIENT, request_id="rid-h1",
)
PEAK_RSS_LIMIT = 150 * 1024 * 1024
ADDRESS_SPACE_CEILING = 2 * 1024 ** 3
ESCAPED_FORMS = [API_KEY, SECRET_KEY, API_KEY.replace("/", "\\/"),
                 SECRET_KEY.replace("/", "\\/")]


@pytest.fixture
def hostile() -> Iterator[Any]:
    with hostile_server() as (url, requests):
        yield url, requests


def send(base_url: str) -> SendResult:
    """One send through the program's client (its real transport, real sockets)."""
    async def go() -> SendResult:
        async with make_http_client() as http:
            return await EsmsClient(http).send(base_url, BODY, timeouts=TIMEOUTS)

    return in_own_thread(asyncio.run, go())


def no_secret_in(*texts: str) -> None:
    for text in texts:
        for form in ESCAPED_FORMS:
            assert form not in text, (form, text[:300])
        assert "hostile+" not in text, text[:300]


def kept(result: SendResult) -> list[str]:
    return [result.raw_response, result.meaning, result.error_message or "",
            result.sms_id or "", json.dumps(result.request_body), repr(result)]


# -- memory: an answer that never ends, or ends too late ----------------------------------

@pytest.mark.parametrize("attack", ["endless", "huge", "bomb", "bomb2"])
def test_an_oversized_answer_stops_at_the_limit(hostile: Any, attack: str) -> None:
    url, _ = hostile
    result = send(url(attack))
    assert result.outcome == "failed" and result.failure == "http", result.meaning
    assert f"larger than {ANSWER_MAX_BYTES // 1024} KiB" in result.meaning
    assert "outcome unknown" in result.meaning
    assert len(result.raw_response) <= 64 * 1024


def test_a_valid_answer_over_64_kib_is_read_whole(hostile: Any) -> None:
    url, _ = hostile
    result = send(url("big_valid"))
    assert result.outcome == "accepted" and result.code == "100" and result.sms_id == "big1"


def test_json_nested_30000_deep_is_a_broken_answer_not_a_crash(hostile: Any) -> None:
    url, _ = hostile
    result = send(url("deep"))
    assert result.outcome == "failed" and result.failure == "not_json"
    assert result.meaning == "eSMS's answer nests too deeply to be read."


# -- secrets: masked after decoding -------------------------------------------------------

def test_keys_echoed_with_net_escaping_are_masked_everywhere_kept(hostile: Any) -> None:
    url, _ = hostile
    result = send(url("echo"))
    assert result.outcome == "rejected" and result.code == "101"
    no_secret_in(*kept(result))
    assert result.error_message is not None and MASK in result.error_message
    assert result.error_message.startswith("Authorize Failed for ")


def test_keys_echoed_escaped_in_an_answer_that_is_not_json_are_masked(hostile: Any) -> None:
    url, _ = hostile
    result = send(url("echo_invalid"))
    assert result.outcome == "failed" and result.failure == "not_json"
    no_secret_in(*kept(result))


# -- status and code together, every form of a code ---------------------------------------

def test_a_redirect_says_where_it_pointed_and_is_not_followed(hostile: Any) -> None:
    url, requests = hostile
    result = send(url("redirect"))
    assert result.outcome == "failed" and result.failure == "http"
    assert "HTTP 302" in result.meaning and "https://elsewhere.example/x" in result.meaning
    assert "empty body" not in result.meaning
    assert len(requests) == 1


@pytest.mark.parametrize(("attack", "status"), [("500with100", 500), ("redirect100", 301)])
def test_code_100_inside_an_error_or_redirect_is_not_accepted(
    hostile: Any, attack: str, status: int
) -> None:
    url, _ = hostile
    result = send(url(attack))
    assert result.outcome == "failed" and result.code is None
    assert f"HTTP {status}" in result.meaning and "with CodeResult 100" in result.meaning
    assert "contradictory; outcome unknown" in result.meaning


@pytest.mark.parametrize("attack", ["float100", "text_float100"])
def test_every_form_of_code_100_is_read_as_100(hostile: Any, attack: str) -> None:
    url, _ = hostile
    result = send(url(attack))
    assert result.outcome == "accepted" and result.code == "100", result.meaning
    assert result.summary == "100 — accepted by eSMS"


@pytest.mark.parametrize(("attack", "words"), [("list100", "a list"),
                                               ("object100", "an object")])
def test_a_list_or_object_code_is_a_broken_answer_in_plain_words(
    hostile: Any, attack: str, words: str
) -> None:
    url, _ = hostile
    result = send(url(attack))
    assert result.outcome == "failed" and result.failure == "no_code"
    assert result.meaning == f"eSMS's result code is {words}, not a code."
    assert "[" not in result.summary and "{" not in result.summary


# -- the query calls ----------------------------------------------------------------------

def balance(base_url: str) -> Any:
    async def go() -> Any:
        async with make_http_client() as http:
            return await EsmsQueries(http).balance(base_url, API_KEY, SECRET_KEY, TIMEOUTS)

    return in_own_thread(asyncio.run, go())


@pytest.mark.parametrize(("attack", "words"), [
    ("endless", "larger than 256 KiB"), ("huge", "larger than 256 KiB"),
    ("bomb", "larger than 256 KiB"), ("deep", "nests too deeply"),
    ("redirect", "a redirect to https://elsewhere.example/x"),
    ("500with100", "contradictory"), ("list100", "is a list"),
])
def test_the_queries_turn_hostile_answers_into_plain_errors(
    hostile: Any, attack: str, words: str
) -> None:
    url, _ = hostile
    with pytest.raises(EsmsAnswerError) as caught:
        balance(url(attack))
    assert words in str(caught.value)


def test_a_query_answer_echoing_escaped_keys_keeps_them_masked(hostile: Any) -> None:
    url, _ = hostile
    with pytest.raises(EsmsAnswerError):
        balance(url("echo_invalid"))
    got = balance(url("echo"))  # CodeResult 101, a usable answer, UserID the escaped key
    assert got.code == "101" and got.user_id is not None and MASK in got.user_id
    no_secret_in(repr(got))


# -- proxies ------------------------------------------------------------------------------

@contextlib.contextmanager
def recording_proxy() -> Iterator[tuple[str, list[str]]]:
    """A 'proxy' on loopback that notes every request line it gets and answers 502."""
    seen: list[str] = []

    class Proxy(BaseHTTPRequestHandler):
        def _note(self) -> None:
            seen.append(self.requestline)
            self.send_error(502)

        do_GET = do_POST = do_CONNECT = _note

        def log_message(self, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}", seen
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_loopback_traffic_never_goes_through_the_environment_proxy(
    hostile: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, requests = hostile
    with recording_proxy() as (proxy, seen):
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"):
            monkeypatch.setenv(name, proxy)
        result = send(url("int100"))
        # The proxy is still used for the rest of the world (here: a name that only the
        # proxy would resolve; the request goes no further than our loopback proxy).
        far = send("https://rest.esms.example/MainService.svc/json/")
    assert result.outcome == "accepted" and len(requests) == 1
    assert seen == ["CONNECT rest.esms.example:443 HTTP/1.1"]
    assert far.outcome == "failed"


@pytest.mark.parametrize(("variable", "value", "words"), [
    ("ALL_PROXY", "socks5://127.0.0.1:9", "socksio package, which is not installed"),
    ("HTTPS_PROXY", "http://[::1", "not a valid proxy URL"),
    ("HTTPS_PROXY", "ftp://127.0.0.1:21", "not an http://, https:// or socks5:// URL"),
    ("SSL_CERT_FILE", "/nonexistent/zalo-ca.pem", "SSL_CERT_FILE is set to"),
])
def test_unusable_network_settings_give_one_plain_sentence(
    hostile: Any, monkeypatch: pytest.MonkeyPatch, variable: str, value: str, words: str
) -> None:
    url, requests = hostile
    monkeypatch.setenv(variable, value)
    far = send("https://rest.esms.example/MainService.svc/json/")
    assert far.outcome == "failed" and far.failure == "network"
    assert words in far.meaning and "Traceback" not in far.meaning
    with pytest.raises(NetworkError) as caught:
        balance("https://rest.esms.example/MainService.svc/json/")
    assert words in str(caught.value)
    # The loopback stand-in still works with the same settings.
    assert send(url("int100")).outcome == "accepted" and len(requests) == 1


# -- the CLI, in a subprocess: exit status, output, history, peak memory ------------------

#: Runs the CLI under an address-space ceiling and writes its peak RSS to a file. The
#: launcher is a small fresh interpreter because Linux keeps ru_maxrss across execve, and a
#: child spawned straight from pytest would report pytest's own resident size.
LAUNCHER = """
import os, resource, subprocess, sys
ceiling, peak_file, *command = sys.argv[1:]
resource.setrlimit(resource.RLIMIT_AS, (int(ceiling), int(ceiling)))
child = subprocess.Popen(command)
_, status, usage = os.wait4(child.pid, 0)
with open(peak_file, "w") as f:
    f.write(str(usage.ru_maxrss * 1024))
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_cli(composer_home: Path, base_url: str, tmp_path: Path,
            env: dict[str, str] | None = None) -> tuple[int, str, str, int]:
    """`zalo-composer send` against *base_url*; returns its exit status, stdout, stderr and
    peak RSS in bytes (ru_maxrss from os.wait4), under an RLIMIT_AS ceiling."""
    import subprocess

    draft = tmp_path / "hostile.zalo.json"
    save_draft(draft, Draft(message=Message("Xin chào", (PhoneButton("Gọi", "0901888484"),)),
                            recipients=(RECIPIENT,)))
    script = Path(sys.executable).with_name("zalo-composer")
    peak_file = tmp_path / "peak.txt"
    done = subprocess.run(
        [sys.executable, "-c", LAUNCHER, str(ADDRESS_SPACE_CEILING), str(peak_file),
         str(script), "send", str(draft), "--endpoint", base_url, "--timeout", "5"],
        capture_output=True, stdin=subprocess.DEVNULL, timeout=120, check=False,
        env={**os.environ, "ZALO_COMPOSER_HOME": str(composer_home),
             "ESMS_API_KEY": API_KEY, "ESMS_SECRET_KEY": SECRET_KEY, **(env or {})},
    )
    return (done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"),
            int(peak_file.read_text()))


def history_bytes(composer_home: Path) -> bytes:
    return b"".join(p.read_bytes() for p in composer_home.rglob("*") if p.is_file())


@pytest.mark.parametrize("attack", ["endless", "huge", "bomb", "bomb2"])
def test_cli_against_an_oversized_answer_stays_small_and_exits_3(
    hostile: Any, composer_home: Path, tmp_path: Path, attack: str
) -> None:
    url, _ = hostile
    status, out, err, peak = run_cli(composer_home, url(attack), tmp_path)
    print(f"peak RSS of `send` against {attack}: {peak / 2**20:.1f} MiB")
    assert "Traceback" not in out + err and "MemoryError" not in out + err
    assert status == EXIT_NETWORK, (out, err)
    assert "larger than 256 KiB" in out
    assert peak < PEAK_RSS_LIMIT, f"{peak / 2**20:.1f} MiB"


@pytest.mark.parametrize(("attack", "exit_status", "words"), [
    ("echo", EXIT_REJECTED, "Authorize Failed for " + MASK),
    ("escapes", EXIT_REJECTED, "]0;pwned[2J[31mred Authorize Failed"),
    # Too deep to read whole, yet its CodeResult 100 is readable: accepted (issue 11).
    ("deep", EXIT_OK, "CodeResult 100 could be read"),
    ("redirect", EXIT_NETWORK, "a redirect to https://elsewhere.example/x"),
    ("500with100", EXIT_NETWORK, "HTTP 500 with CodeResult 100"),
    ("float100", EXIT_OK, "100 — accepted by eSMS"),
    ("list100", EXIT_NETWORK, "is a list, not a code"),
    ("big_valid", EXIT_OK, "SMSID big1"),
])
def test_cli_reads_hostile_answers_plainly(
    hostile: Any, composer_home: Path, tmp_path: Path, attack: str, exit_status: int,
    words: str,
) -> None:
    url, _ = hostile
    status, out, err, _ = run_cli(composer_home, url(attack), tmp_path)
    assert "Traceback" not in out + err
    assert status == exit_status, (out, err)
    assert words in out
    assert "\x1b" not in out + err and "\x07" not in out + err
    no_secret_in(out, err)
    blob = history_bytes(composer_home)
    for form in ESCAPED_FORMS:
        for encoding in ("utf-8", "utf-16-le"):
            assert form.encode(encoding) not in blob, (form, encoding)


def test_cli_with_a_proxy_env_sends_loopback_directly(
    hostile: Any, composer_home: Path, tmp_path: Path
) -> None:
    url, requests = hostile
    with recording_proxy() as (proxy, seen):
        status, out, err, _ = run_cli(composer_home, url("int100"), tmp_path,
                                      {"HTTP_PROXY": proxy, "http_proxy": proxy,
                                       "ALL_PROXY": proxy})
    assert status == EXIT_OK, (out, err)
    assert seen == [] and len(requests) == 1


@pytest.mark.parametrize(("variable", "value", "words"), [
    ("ALL_PROXY", "socks5://127.0.0.1:9", "socksio"),
    ("HTTPS_PROXY", "http://[::1", "not a valid proxy URL"),
    ("SSL_CERT_FILE", "/nonexistent/zalo-ca.pem", "SSL_CERT_FILE is set to"),
])
def test_cli_with_unusable_network_settings_exits_3_with_one_sentence(
    composer_home: Path, tmp_path: Path, variable: str, value: str, words: str
) -> None:
    status, out, err, _ = run_cli(composer_home,
                                  "https://rest.esms.example/MainService.svc/json/", tmp_path,
                                  {variable: value})
    assert "Traceback" not in out + err
    assert status == EXIT_NETWORK, (out, err)
    assert words in out
