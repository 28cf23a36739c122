"""Files that are not what they seem, broken files, and several copies of the program on one
home: each tried on the real program in a child process (or on the real store in this one),
with memory bounded by RLIMIT_AS and read back from `os.wait4`, never judged by wall time."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.reliability.programs import run_program
from zalo_composer.domain.errors import DraftError
from zalo_composer.domain.model import Draft, Message, QueryShowButton
from zalo_composer.store.files import read_draft, save_draft

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
