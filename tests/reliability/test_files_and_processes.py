"""Files that are not what they seem, broken files, and several copies of the program on one
home: each tried on the real program in a child process (or on the real store in this one),
with memory bounded by RLIMIT_AS and read back from `os.wait4`, never judged by wall time."""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.reliability.programs import ROOT, run_program
from zalo_composer.domain.errors import DraftError
from zalo_composer.domain.model import Draft, Message, QueryShowButton
from zalo_composer.store.files import read_draft, save_draft
from zalo_composer.store.profiles import ProfileBook

#: Address space for a child that only reads a draft (Python, httpx and the domain fit).
CLI_MEMORY_MIB = 1024

# -- drafts that are not files ---------------------------------------------------------


def _odd_path(kind: str, tmp_path: Path) -> Path:
    if kind == "fifo":
        path = tmp_path / "pipe.zalo.json"
        os.mkfifo(path)
        return path
    if kind == "folder":
        path = tmp_path / "folder.zalo.json"
        path.mkdir()
        return path
    return Path("/dev/zero")


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder"])
def test_validate_refuses_what_is_not_a_regular_file(kind: str, tmp_path: Path,
                                                     composer_home: Path) -> None:
    # GIVEN a path that names a FIFO nobody writes to, an endless device, or a folder
    path = _odd_path(kind, tmp_path)
    # WHEN the command line validates it, in a child with a memory ceiling
    done = run_program(["validate", str(path)], composer_home, memory_limit_mib=CLI_MEMORY_MIB)
    # THEN it ends by itself with "invalid input" and one plain line, no traceback
    assert not done.killed_by_guard, "the program hung on the path"
    assert done.status == 2, done.err
    assert "not a regular file" in done.err
    assert "Traceback" not in done.err


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder"])
def test_read_draft_refuses_what_is_not_a_regular_file(kind: str, tmp_path: Path) -> None:
    with pytest.raises(DraftError, match="not a regular file"):
        read_draft(_odd_path(kind, tmp_path))


def _many_buttons_file(path: Path, count: int) -> Path:
    button = {"type": "oa.query.show", "title": "Nút", "payload": "#hoi"}
    document = {"format": "zalo-composer-draft", "version": 1,
                "message": {"text": "Xin chào", "attachment": {
                    "type": "template", "payload": {"buttons": [button] * count}}}}
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_draft_with_sixty_thousand_buttons_is_refused_small(tmp_path: Path,
                                                             composer_home: Path) -> None:
    # GIVEN a 3 MB draft holding 60,000 buttons, and a normal draft as the baseline
    big = _many_buttons_file(tmp_path / "big.zalo.json", 60_000)
    assert big.stat().st_size > 3_000_000
    small = tmp_path / "small.zalo.json"
    save_draft(small, Draft(Message("Xin chào", (QueryShowButton("Nút", "#hoi"),)), ("42",)))
    baseline = run_program(["validate", str(small)], composer_home,
                           memory_limit_mib=CLI_MEMORY_MIB)
    assert baseline.status == 0, baseline.err
    # WHEN it is validated
    done = run_program(["validate", str(big)], composer_home, memory_limit_mib=CLI_MEMORY_MIB)
    # THEN the loader refuses it before building a button, in plain words and little memory
    assert done.status == 2, done.err
    assert "60,000 buttons" in done.err and "at most 5" in done.err
    assert done.out == ""
    assert done.peak_rss_mib - baseline.peak_rss_mib < 100, (done.peak_rss_mib,
                                                             baseline.peak_rss_mib)


def test_read_draft_refuses_six_buttons_before_parsing_them(tmp_path: Path) -> None:
    with pytest.raises(DraftError, match="6 buttons; a message can have at most 5"):
        read_draft(_many_buttons_file(tmp_path / "six.zalo.json", 6))
    five = read_draft(_many_buttons_file(tmp_path / "five.zalo.json", 5)).draft
    assert len(five.message.buttons) == 5


# -- a tiny eSMS on loopback -------------------------------------------------------------


@contextlib.contextmanager
def esms_server(before_answer: Callable[[], None] = lambda: None,
                hang: threading.Event | None = None) -> Iterator[str]:
    """A loopback HTTP server answering every POST with CodeResult 100, after running
    *before_answer*; with *hang*, it waits for that event instead of answering."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if hang is not None:
                hang.wait(30)
                return
            before_answer()
            body = json.dumps({"CodeResult": "100", "SMSID": "sms-1"}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        if hang is not None:
            hang.set()
        server.shutdown()
        server.server_close()


KEYS = {"ESMS_API_KEY": "test-api-key-1", "ESMS_SECRET_KEY": "test-secret-key-1"}


def _draft(tmp_path: Path) -> Path:
    path = tmp_path / "d.zalo.json"
    save_draft(path, Draft(Message("Xin chào", (QueryShowButton("Nút", "#hoi"),)), ("42",)))
    return path


def _history_rows(home: Path) -> list[tuple[str, str]]:
    path = home / "data" / "history.sqlite3"
    if not path.exists():
        return []
    with contextlib.closing(sqlite3.connect(path)) as db:
        return [(r, s) for r, s in db.execute("SELECT recipient, state FROM sends")]


# -- broken files ------------------------------------------------------------------------


@pytest.mark.parametrize("damage", ["truncated", "random bytes"])
def test_a_damaged_profiles_file_is_moved_aside_and_the_cli_goes_on(
        damage: str, composer_home: Path) -> None:
    # GIVEN a profiles file that was cut short, or overwritten with noise
    assert run_program(["profile", "add", "Shop", "--oaid", "123"], composer_home).status == 0
    path = composer_home / "config" / "profiles.json"
    data = path.read_bytes()
    damaged = data[: len(data) // 2] if damage == "truncated" else os.urandom(700)
    path.write_bytes(damaged)
    # WHEN the profiles are listed
    done = run_program(["profile", "list"], composer_home)
    # THEN the program says what it did, moved the file aside with the date, and went on
    assert done.status == 0, done.err
    assert "Traceback" not in done.err
    assert "moved to" in done.err and ".broken-" in done.err
    aside = list(path.parent.glob("profiles.json.broken-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    assert "Sandbox" in done.out


@pytest.mark.parametrize("damage", ["truncated", "random bytes"])
def test_a_damaged_history_is_moved_aside_and_send_goes_on(
        damage: str, composer_home: Path, tmp_path: Path) -> None:
    # GIVEN a history with rows in it, then damaged
    from zalo_composer.store.history import History

    (composer_home / "data").mkdir(exist_ok=True)
    path = composer_home / "data" / "history.sqlite3"
    history = History.open(path)
    history.insert_many([{"created_ts": 1.0, "profile": "p", "recipient": str(i),
                          "request_id": "r", "state": "accepted", "request_body": "{}" * 400}
                         for i in range(3000)])
    history.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] if damage == "truncated" else os.urandom(len(data)))
    # WHEN a message is sent (and the profiles listed)
    with esms_server() as url:
        done = run_program(["send", str(_draft(tmp_path)), "--endpoint", url], composer_home,
                           env=KEYS)
    # THEN it was sent, the damaged file is kept aside, and a new history holds the send
    assert done.status == 0, done.err
    assert "Traceback" not in done.err
    assert "history" in done.err and ".broken-" in done.err
    assert len(list(path.parent.glob("history.sqlite3.broken-*"))) == 1
    assert _history_rows(composer_home) == [("42", "accepted")]
    assert run_program(["profile", "list"], composer_home).status == 0


def test_the_window_starts_with_a_truncated_profiles_file(composer_home: Path) -> None:
    # GIVEN a truncated profiles file
    (composer_home / "config").mkdir()
    (composer_home / "config" / "profiles.json").write_text('{"version": 1, "profi')
    # WHEN the window starts (and closes itself once shown)
    probe = textwrap.dedent("""
        import sys
        from PySide6 import QtCore
        from zalo_composer.ui import app, main_window
        original_show = main_window.MainWindow.show
        def show_then_close(self):
            original_show(self)
            QtCore.QTimer.singleShot(200, self.close)
        main_window.MainWindow.show = show_then_close
        sys.exit(app.run_gui([]))
    """)
    script = composer_home / "probe.py"
    script.write_text(probe)
    done = run_program([], composer_home, module="tests.reliability.run_script",
                       env={"PROBE_SCRIPT": str(script)})
    # THEN it started (no traceback), on a new profiles file, the damaged one kept aside
    assert done.status == 0, done.err
    assert "Traceback" not in done.err
    assert len(list((composer_home / "config").glob("profiles.json.broken-*"))) == 1


def test_bad_timeouts_in_the_profiles_file_fall_back_to_the_default(composer_home: Path,
                                                                   tmp_path: Path) -> None:
    # GIVEN a profile whose timeouts are NaN and negative in profiles.json
    (composer_home / "config").mkdir()
    (composer_home / "config" / "profiles.json").write_text(
        '{"version": 1, "active": "Shop", "profiles": [{"name": "Shop", "oaid": "1", '
        '"endpoint": "https://rest.esms.vn/x/", "connect_timeout": NaN, "read_timeout": -3}]}')
    book = ProfileBook.load()
    # THEN the defaults apply, and the user is told
    assert book.get("Shop").connect_timeout == 10.0 and book.get("Shop").read_timeout == 30.0
    assert len(book.notices) == 2 and "nan" in book.notices[0]
    # AND a send with it still works, saying why
    with esms_server() as url:
        done = run_program(["send", str(_draft(tmp_path)), "--endpoint", url], composer_home,
                           env=KEYS)
    assert done.status == 0, done.err
    assert "cannot be used; the default" in done.err


# -- arguments ---------------------------------------------------------------------------


@pytest.mark.parametrize("args", [
    ["--timeout", "nan"], ["--timeout", "-1"], ["--timeout", "inf"], ["--timeout", "0"],
    ["--to", "111", "--to", "111"], ["--to", "111", "--to", " 111"],
    ["--endpoint", "http://127.0.0.1:99999/"], ["--endpoint", "http://127.0.0.1:0/"],
])
def test_bad_send_arguments_are_refused_and_nothing_is_sent(args: list[str], tmp_path: Path,
                                                            composer_home: Path) -> None:
    with esms_server() as url:
        argv = ["send", str(_draft(tmp_path)), *args]
        if "--endpoint" not in args:
            argv += ["--endpoint", url]
        done = run_program(argv, composer_home, env=KEYS)
    assert done.status == 2, done.err
    assert "Traceback" not in done.err
    assert done.out == ""
    assert _history_rows(composer_home) == []


def test_profile_edit_refuses_a_nan_timeout_and_a_bad_port(composer_home: Path) -> None:
    assert run_program(["profile", "add", "Shop", "--oaid", "1"], composer_home).status == 0
    before = (composer_home / "config" / "profiles.json").read_text()
    for args in (["--timeout", "nan"], ["--endpoint", "https://esms.example:99999/"]):
        done = run_program(["profile", "edit", "Shop", *args], composer_home)
        assert done.status == 2, done.err
        assert "Traceback" not in done.err
    assert (composer_home / "config" / "profiles.json").read_text() == before


def test_ctrl_c_during_send_is_one_line_and_130(composer_home: Path, tmp_path: Path) -> None:
    # GIVEN a send waiting for an eSMS that does not answer
    hang = threading.Event()
    with esms_server(hang=hang) as url:
        env = {**os.environ, **KEYS, "ZALO_COMPOSER_HOME": str(composer_home)}
        process = subprocess.Popen(
            [sys.executable, "-m", "zalo_composer", "send", str(_draft(tmp_path)),
             "--endpoint", url], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, cwd=ROOT)
        try:
            for _ in range(600):
                if ("42", "sending") in _history_rows(composer_home):
                    break
                threading.Event().wait(0.05)
            # WHEN the user presses Ctrl+C
            process.send_signal(signal.SIGINT)
            _, err = process.communicate(timeout=30)
        finally:
            process.kill()
    # THEN one plain line, status 130
    assert process.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err


# -- a read-only home and a full disk ----------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 200 KB file system (tmpfs), as root; skipped otherwise."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a small tmpfs (chmod does not stop root writing)")
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs", str(mount)],
                          capture_output=True, text=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_read_only_home_is_one_line_and_status_4(small_disk: Path, tmp_path: Path) -> None:
    # GIVEN a home on a file system mounted read-only, once with a profile in it
    home = small_disk / "home"
    assert run_program(["profile", "add", "Shop", "--oaid", "1"], home).status == 0
    empty = small_disk / "empty"
    empty.mkdir()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    # WHEN the profiles are listed and a message is sent
    listed = run_program(["profile", "list"], home)
    first = run_program(["profile", "list"], empty)
    sent = run_program(["send", str(_draft(tmp_path)), "--profile", "Shop"], home, env=KEYS)
    # THEN what can be read is shown; what needs writing is one plain line and status 4
    assert listed.status == 0 and "Shop" in listed.out, listed.err
    for done in (first, sent):
        assert done.status == 4, done.err
        assert "Traceback" not in done.err
        assert done.err.startswith("zalo-composer: ") and done.err.count("\n") <= 2, done.err


def test_a_full_disk_after_the_answer_still_prints_it(small_disk: Path, tmp_path: Path) -> None:
    # GIVEN a home on a small disk that fills up while eSMS answers
    home = small_disk / "home"
    assert run_program(["profile", "list"], home).status == 0

    def fill_the_disk() -> None:
        with contextlib.suppress(OSError), (small_disk / "filler").open("wb") as handle:
            while True:
                handle.write(b"\0" * 4096)
                handle.flush()

    with esms_server(before_answer=fill_the_disk) as url:
        done = run_program(["send", str(_draft(tmp_path)), "--endpoint", url, "--json"], home,
                           env=KEYS)
    # THEN the answer is printed, the failed history write is said, and the status is eSMS's
    assert json.loads(done.out)["code"] == "100", (done.out, done.err)
    assert "not recorded in the send history" in done.err
    assert "Traceback" not in done.err
    assert done.status == 0


# -- several copies of the program on one home -------------------------------------------


def test_ten_parallel_profile_adds_keep_all_ten(composer_home: Path) -> None:
    # GIVEN ten `profile add` started at once on one home
    env = {**os.environ, "ZALO_COMPOSER_HOME": str(composer_home)}
    processes = [subprocess.Popen(
        [sys.executable, "-m", "zalo_composer", "profile", "add", f"Shop {i}", "--oaid", str(i)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        for i in range(10)]
    results = [p.communicate(timeout=120) for p in processes]
    # THEN each said "Added", and all ten are there
    assert [p.returncode for p in processes] == [0] * 10, results
    assert all("Added" in out for out, _ in results)
    assert set(ProfileBook.load().names()) >= {f"Shop {i}" for i in range(10)}


def test_a_window_switching_profile_keeps_one_the_cli_added(composer_home: Path) -> None:
    # GIVEN a window's book, read at start
    window_book = ProfileBook.load_or_recover()
    from zalo_composer.app.services import ensure_profiles

    ensure_profiles(window_book)
    window_book.put(ProfileBook.load().get("Sandbox").__class__(name="Other", oaid="2"))
    window_book.save()
    # WHEN the command line adds a profile, then the window switches its active one
    assert run_program(["profile", "add", "From CLI", "--oaid", "3"], composer_home).status == 0
    window_book.active = "Other"
    window_book.save()
    # THEN the CLI's profile is still there (and now known to the window too)
    on_disk = ProfileBook.load()
    assert on_disk.names() == ["Sandbox", "Other", "From CLI"]
    assert on_disk.active == "Other"
    assert window_book.names() == on_disk.names()
    # AND a removal by the window removes only what it removed
    window_book.remove("Other")
    window_book.save()
    assert ProfileBook.load().names() == ["Sandbox", "From CLI"]


HOLDER = textwrap.dedent("""
    import asyncio, json, sys, time
    from zalo_composer.domain.model import Draft, Message
    what = sys.argv[1]
    if what == "recovery":
        from zalo_composer.store.recovery import RecoveryFile
        held = RecoveryFile()
        held.save(Draft(Message("Việc của cửa sổ thứ nhất")), None)
    else:
        from zalo_composer.store.batches import BatchManifest, write_manifest
        from zalo_composer.domain.variables import RecipientRow, RecipientsTable
        manifest = BatchManifest(batch_id="a" * 32, profile="Sandbox", draft=Draft(Message("x")),
                                 table=RecipientsTable((RecipientRow("1", {}, 2),), ()),
                                 created_ts=1.0)
        async def hold():
            write_manifest(manifest)
            print("READY", flush=True)
            await asyncio.sleep(3600)
        asyncio.run(hold())
    print("READY", flush=True)
    time.sleep(3600)
""")


@contextlib.contextmanager
def holder(what: str, home: Path) -> Iterator[subprocess.Popen[str]]:
    """Another copy of the program that holds a recovery file or sends a batch."""
    env = {**os.environ, "ZALO_COMPOSER_HOME": str(home)}
    process = subprocess.Popen([sys.executable, "-c", HOLDER, what], env=env, text=True,
                               stdout=subprocess.PIPE, cwd=ROOT)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "READY"
        yield process
    finally:
        process.kill()
        process.wait()
        assert process.stdout is not None
        process.stdout.close()


def test_two_windows_keep_their_own_recovery_files(composer_home: Path) -> None:
    from zalo_composer.store.recovery import RecoveryFile

    # GIVEN a first program with unsaved work autosaved, still running
    with holder("recovery", composer_home) as first:
        # WHEN a second window starts, autosaves, then exits cleanly
        second = RecoveryFile()
        assert second.load() is None, "the first window's work is not offered: it runs"
        second.save(Draft(Message("thứ hai")), None)
        second.remove()
        second.close()
        # THEN the first one's file is still there
        files = list((composer_home / "data" / "recovery").glob("*/recovery.json"))
        assert len(files) == 1 and "thứ nhất" in files[0].read_text(encoding="utf-8")
        # AND once the first program is gone (killed), the next start offers its work
        first.kill()
        first.wait()
    third = RecoveryFile()
    found = third.load()
    assert found is not None and found.draft.message.text == "Việc của cửa sổ thứ nhất"
    assert RecoveryFile().load() is None, "offered once, to one window"


def test_a_batch_being_sent_is_not_offered_until_its_owner_is_gone(composer_home: Path) -> None:
    from zalo_composer.store.batches import BatchBusyError, pending_batches, take_lease

    # GIVEN another program sending a batch (its lease held, its pid in the manifest)
    with holder("batch", composer_home) as sender:
        # THEN this one neither offers it nor can take it over
        assert pending_batches() == []
        with pytest.raises(BatchBusyError):
            take_lease("a" * 32)
        manifest = json.loads((composer_home / "data" / "batches" / f"{'a' * 32}.json")
                              .read_text(encoding="utf-8"))
        assert manifest["owner_pid"] == sender.pid
        # WHEN that program dies
        sender.kill()
        sender.wait()
    # THEN the batch is offered for resume
    assert [m.batch_id for m in pending_batches()] == ["a" * 32]


# -- the window's error boundary ---------------------------------------------------------


def test_an_unexpected_exception_is_logged_and_shown_once(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    from PySide6 import QtWidgets

    from zalo_composer.ui.app import GuiErrorHook

    chained: list[BaseException] = []
    hook = GuiErrorHook(lambda kind, value, tb: chained.append(value))

    def fail() -> None:
        raise RuntimeError("a slot broke")

    # WHEN the same exception reaches the hook three times (a slot failing in a loop)
    for _ in range(3):
        try:
            fail()
        except RuntimeError:
            hook(*sys.exc_info())  # type: ignore[arg-type]
    # THEN it is logged each time with its traceback, shown in one dialog, and chained
    assert caplog.text.count("a slot broke") >= 3 and "Traceback" in caplog.text
    boxes = [w for w in QtWidgets.QApplication.topLevelWidgets()
             if w.objectName() == "unexpectedErrorBox" and w.isVisible()]
    assert len(boxes) == 1
    box = boxes[0]
    assert isinstance(box, QtWidgets.QMessageBox)
    assert "draft is safe" in box.text() and "log" in box.informativeText()
    assert len(chained) == 3
    box.close()
