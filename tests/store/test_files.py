"""Draft files on disk: atomic saves that leave the old file whole when they fail, and a
plain DraftError naming the file for everything that cannot be read."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from zalo_composer.domain.draft import LoadedDraft, dump_draft
from zalo_composer.domain.errors import DraftError
from zalo_composer.domain.model import Draft, Message, PhoneButton, QueryShowButton
from zalo_composer.store.files import MAX_DRAFT_BYTES, read_draft, save_draft

DOC_SAMPLE = Path(__file__).parent.parent / "data" / "esms_doc_sample_body.json"

DRAFT = Draft(
    message=Message(
        text="Chào anh Nguyễn Văn An,\nđơn hàng đã sẵn sàng.",
        buttons=(
            QueryShowButton(title="Tư vấn", payload="#callback_data"),
            PhoneButton(title="Gọi", phone_code="0901888484"),
        ),
    ),
    recipients=("6132578839214987522",),
    note="Ghi chú",
)
POSIX_ONLY = pytest.mark.skipif(
    sys.platform == "win32", reason="needs POSIX file-size limits and permissions"
)
OLD_TEXT = '{"format": "zalo-composer-draft", "version": 1, "message": {"text": "bản cũ"}}\n'


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder for draft files (tmp_path itself also holds the test's home)."""
    path = tmp_path / "drafts"
    path.mkdir()
    return path


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_save_then_read(folder: Path) -> None:
    path = folder / "Tin nhắn khách hàng.zalo.json"
    save_draft(path, DRAFT)
    assert read_draft(path) == LoadedDraft(DRAFT, ())
    assert path.read_bytes() == dump_draft(DRAFT).encode("utf-8")
    assert "Nguyễn".encode() in path.read_bytes()
    assert names(folder) == [path.name]  # no temporary file left


def test_save_replaces_an_existing_file_by_renaming(folder: Path) -> None:
    # GIVEN an older draft on disk
    path = folder / "draft.zalo.json"
    path.write_text(OLD_TEXT, encoding="utf-8")
    old_inode = path.stat().st_ino

    # WHEN a new draft is saved over it
    save_draft(path, DRAFT)

    # THEN the file holds the new draft, as a new file renamed into place (never the old
    # file truncated and rewritten, which a crash could leave half-written)
    assert path.read_text(encoding="utf-8") == dump_draft(DRAFT)
    assert path.stat().st_ino != old_inode
    assert names(folder) == [path.name]


def _fail(*args: object, **kwargs: object) -> None:
    raise OSError(errno.EIO, os.strerror(errno.EIO))


@pytest.mark.parametrize("step", ["replace", "fsync"])
def test_a_failed_save_leaves_the_old_file_and_no_temporary_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    # GIVEN an older draft, and a disk that fails at one step of the save
    path = folder / "draft.zalo.json"
    path.write_text(OLD_TEXT, encoding="utf-8")
    monkeypatch.setattr(os, step, _fail)

    # WHEN the new draft is saved
    with pytest.raises(DraftError) as caught:
        save_draft(path, DRAFT)

    # THEN the error names the file and the reason
    assert "draft.zalo.json" in str(caught.value)
    assert os.strerror(errno.EIO) in str(caught.value)
    # AND the old file is untouched, and the temporary file is gone
    monkeypatch.undo()
    assert path.read_text(encoding="utf-8") == OLD_TEXT
    assert names(folder) == [path.name]


@POSIX_ONLY
def test_a_full_disk_leaves_the_old_file_and_no_temporary_file(folder: Path) -> None:
    # GIVEN an older draft, and a process that may not write files past 4 KiB (a real
    # EFBIG from the kernel, the nearest thing to a full disk a test can make)
    path = folder / "draft.zalo.json"
    path.write_text(OLD_TEXT, encoding="utf-8")
    script = textwrap.dedent(
        """
        import resource, signal, sys
        from pathlib import Path
        from zalo_composer.domain.errors import DraftError
        from zalo_composer.domain.model import Draft, Message
        from zalo_composer.store.files import save_draft

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        hard = resource.getrlimit(resource.RLIMIT_FSIZE)[1]
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, hard))
        try:
            save_draft(Path(sys.argv[1]), Draft(message=Message(text="Nguyễn " * 20000)))
        except DraftError as exc:
            print(exc)
            sys.exit(3)
        """
    )

    # WHEN a large draft is saved over it
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    # THEN the save fails with a DraftError naming the file
    assert result.returncode == 3, result.stderr
    assert "draft.zalo.json" in result.stdout
    assert os.strerror(errno.EFBIG) in result.stdout
    # AND the old file is whole, and the temporary file is gone
    assert path.read_text(encoding="utf-8") == OLD_TEXT
    assert names(folder) == [path.name]


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make *folder* refuse new files. Root ignores permission bits, so for root the
    folder is made immutable (chattr +i), which stops root too; skipped where neither works."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(folder)], check=False,
                                        capture_output=True).returncode != 0:
        pytest.skip("running as root without chattr +i: cannot make a read-only folder")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=True, capture_output=True)


@POSIX_ONLY
def test_a_read_only_folder_leaves_the_old_file(folder: Path) -> None:
    path = folder / "draft.zalo.json"
    path.write_text(OLD_TEXT, encoding="utf-8")
    with read_only(folder), pytest.raises(DraftError, match=r"draft\.zalo\.json"):
        save_draft(path, DRAFT)
    assert path.read_text(encoding="utf-8") == OLD_TEXT
    assert names(folder) == [path.name]


def test_saving_into_a_missing_folder(folder: Path) -> None:
    with pytest.raises(DraftError, match=r"draft\.zalo\.json"):
        save_draft(folder / "gone" / "draft.zalo.json", DRAFT)
    assert names(folder) == []


def test_read_a_missing_file(folder: Path) -> None:
    with pytest.raises(DraftError) as caught:
        read_draft(folder / "không có.zalo.json")
    assert "không có.zalo.json" in str(caught.value)
    assert os.strerror(errno.ENOENT) in str(caught.value)


def test_read_a_directory(folder: Path) -> None:
    path = folder / "thư mục.zalo.json"
    path.mkdir()
    with pytest.raises(DraftError) as caught:
        read_draft(path)
    assert "thư mục.zalo.json" in str(caught.value)


def test_read_a_file_over_5_mb(folder: Path) -> None:
    path = folder / "huge.zalo.json"
    with path.open("wb") as handle:
        handle.truncate(MAX_DRAFT_BYTES + 1)  # sparse: costs no disk space
    with pytest.raises(DraftError) as caught:
        read_draft(path)
    assert "huge.zalo.json" in str(caught.value)
    assert "5 MB" in str(caught.value)


def test_read_a_draft_of_exactly_5_mb(folder: Path) -> None:
    # JSON allows trailing white space: a real draft padded to the limit still loads.
    path = folder / "big.zalo.json"
    data = dump_draft(DRAFT).encode("utf-8")
    path.write_bytes(data + b" " * (MAX_DRAFT_BYTES - len(data)))
    assert path.stat().st_size == MAX_DRAFT_BYTES
    assert read_draft(path).draft == DRAFT


def test_the_size_limit_is_5_mib() -> None:
    assert MAX_DRAFT_BYTES == 5 * 1024 * 1024


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b'{"format": "zalo-composer-dr', "not valid JSON", id="truncated"),
        pytest.param(b"\xff\xfe", "not UTF-8", id="not-utf8"),
        pytest.param(b"[]", "not a draft", id="list"),
    ],
)
def test_a_bad_file_is_named_in_the_error(folder: Path, data: bytes, fragment: str) -> None:
    path = folder / "hỏng.zalo.json"
    path.write_bytes(data)
    with pytest.raises(DraftError) as caught:
        read_draft(path)
    assert str(caught.value).startswith("hỏng.zalo.json: ")
    assert fragment in str(caught.value)


def test_a_bom_prefixed_file_loads(folder: Path) -> None:
    path = folder / "bom.zalo.json"
    path.write_bytes(b"\xef\xbb\xbf" + dump_draft(DRAFT).encode("utf-8"))
    assert read_draft(path) == LoadedDraft(DRAFT, ())


def test_read_the_documented_request_body() -> None:
    loaded = read_draft(DOC_SAMPLE)
    assert loaded.draft.recipients == ("6132578839214987522",)
    assert any("ApiKey" in notice for notice in loaded.notices)
    assert "DEMO0API0KEY" not in dump_draft(loaded.draft)


def test_saving_keeps_an_existing_files_permissions_and_writes_through_a_symlink(
    tmp_path: Path,
) -> None:
    import stat

    from zalo_composer.domain.model import Draft as _Draft
    from zalo_composer.store.files import save_draft as _save

    target = tmp_path / "real.zalo.json"
    _save(target, _Draft())
    target.chmod(0o640)
    link = tmp_path / "link.zalo.json"
    link.symlink_to(target)
    _save(link, _Draft(note="again"))
    assert link.is_symlink()
    assert "again" in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    import os
    import stat

    from zalo_composer.store.files import atomic_write_text

    atomic_write_text(tmp_path / "public.txt", "x")
    atomic_write_text(tmp_path / "private.txt", "x", private=True)
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE((tmp_path / "public.txt").stat().st_mode) == 0o666 & ~umask
    assert stat.S_IMODE((tmp_path / "private.txt").stat().st_mode) == 0o600
