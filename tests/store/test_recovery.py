"""The recovery file: saved atomically, read back, unreadable files ignored, removed on exit."""

from __future__ import annotations

from pathlib import Path

from zalo_composer.domain.model import Draft, Message, PhoneButton
from zalo_composer.store.recovery import RecoveryFile

DRAFT = Draft(Message("Xin chào\nbạn", (PhoneButton("Gọi", "0901888484"),)), ("42",), note="n")


def test_round_trip_and_remove(tmp_path: Path) -> None:
    recovery = RecoveryFile()
    assert recovery.load() is None
    recovery.save(DRAFT, tmp_path / "a.zalo.json")
    found = recovery.load()
    assert found is not None
    assert found.draft == DRAFT
    assert found.source_path == tmp_path / "a.zalo.json"
    recovery.remove()
    recovery.remove()
    assert recovery.load() is None


def test_untitled_work_has_no_source_path() -> None:
    recovery = RecoveryFile()
    recovery.save(DRAFT, None)
    found = recovery.load()
    assert found is not None and found.source_path is None


def test_a_damaged_recovery_file_is_ignored() -> None:
    recovery = RecoveryFile()
    for content in ("{trunc", "[]", '{"format": "other"}', '{"format": "zalo-composer-recovery"}'):
        recovery.path.write_text(content, encoding="utf-8")
        assert recovery.load() is None
