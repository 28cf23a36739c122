"""The template library without Qt: real folders and files, scans, broken files, offline
folders, diacritics-insensitive search, order, rename, and the command line's name lookup."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from zalo_composer.app.templates import TemplateLibrary, fold, resolve_draft_argument
from zalo_composer.cli import run_cli
from zalo_composer.domain.errors import DraftError
from zalo_composer.domain.model import Draft, Message, UrlButton
from zalo_composer.store.files import save_draft
from zalo_composer.store.templates import LibraryState, default_library_folder, scan_folder


def _draft(text: str, note: str = "", title: str = "Xem đơn") -> Draft:
    return Draft(Message(text, (UrlButton(title, "https://esms.vn/don"),)), note=note)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    save_draft(folder / "Xác nhận đơn.zalo.json",
               _draft("Đơn hàng của bạn đã được xác nhận.\nCảm ơn!", note="Mẫu chính"))
    save_draft(folder / "Giao chậm.zalo.json", _draft("Xin lỗi, giao hàng bị chậm."))
    save_draft(folder / "Hoá đơn VAT.zalo.json", _draft("Gửi hoá đơn", title="Xuất hoá đơn"))
    (folder / "Hỏng.zalo.json").write_text("{ not json", encoding="utf-8")
    (folder / "notes.txt").write_text("not a template", encoding="utf-8")
    return folder


def _library(folder: Path, tmp_path: Path) -> TemplateLibrary:
    return TemplateLibrary(LibraryState.load(tmp_path / "state.json"), default_folder=folder,
                           index_path=tmp_path / "index.json")


def test_a_scan_lists_templates_and_a_broken_file_with_its_reason(folder: Path,
                                                                   tmp_path: Path) -> None:
    library = _library(folder, tmp_path)
    library.rescan()
    by_name = {e.name: e for e in library.entries()}
    assert set(by_name) == {"Xác nhận đơn", "Giao chậm", "Hoá đơn VAT", "Hỏng"}
    confirmed = by_name["Xác nhận đơn"]
    assert confirmed.note == "Mẫu chính"
    assert confirmed.first_line == "Đơn hàng của bạn đã được xác nhận."
    assert confirmed.button_titles == ("Xem đơn",) and confirmed.error is None
    assert by_name["Hỏng"].error and "not valid JSON" in by_name["Hỏng"].error


def test_search_ignores_case_and_diacritics_over_name_note_text_and_titles(
        folder: Path, tmp_path: Path) -> None:
    library = _library(folder, tmp_path)
    library.rescan()
    assert fold("Đơn HÀNG") == "don hang"
    assert [e.name for e in library.search("xac nhan")] == ["Xác nhận đơn"]
    assert [e.name for e in library.search("mau chinh")] == ["Xác nhận đơn"]  # the note
    assert [e.name for e in library.search("xuat hoa")] == ["Hoá đơn VAT"]  # a button title
    assert [e.name for e in library.search("cham giao")] == ["Giao chậm"]  # words in any order
    assert library.search("khong co") == []


def test_favourites_come_first_then_recent_use(folder: Path, tmp_path: Path) -> None:
    library = _library(folder, tmp_path)
    library.rescan()
    paths = {e.name: e.path for e in library.entries()}
    library.mark_used(paths["Giao chậm"])
    assert library.entries()[0].name == "Giao chậm"
    library.set_favourite(paths["Hoá đơn VAT"], True)
    assert [e.name for e in library.entries()][:2] == ["Hoá đơn VAT", "Giao chậm"]
    # Kept in the state file, read again by the next start.
    again = _library(folder, tmp_path)
    again.rescan()
    assert [e.name for e in again.entries()][:2] == ["Hoá đơn VAT", "Giao chậm"]


def test_an_unchanged_file_is_not_read_again_and_a_changed_one_is(folder: Path,
                                                                   tmp_path: Path) -> None:
    _library(folder, tmp_path).rescan()
    library = _library(folder, tmp_path)  # the index cache written by the first
    assert library.rescan()[0].read == 0
    path = folder / "Giao chậm.zalo.json"
    save_draft(path, _draft("Đã giao xong."))
    os.utime(path, ns=(1, 1))
    scans = library.rescan()
    assert scans[0].read == 1
    assert library.find("giao cham") is not None
    assert library.find("giao cham").first_line == "Đã giao xong."  # type: ignore[union-attr]


def test_a_missing_folder_is_offline_and_the_others_still_list(folder: Path,
                                                               tmp_path: Path) -> None:
    library = _library(folder, tmp_path)
    library.add_folder(tmp_path / "unplugged")
    scans = library.rescan()
    assert scans[0].offline is None and scans[1].offline == "the folder is not there"
    assert len(library.entries()) == 4
    assert scan_folder(folder / "notes.txt").offline == "it is not a folder"


def test_rename_keeps_the_pin_and_refuses_a_taken_or_bad_name(folder: Path,
                                                              tmp_path: Path) -> None:
    library = _library(folder, tmp_path)
    library.rescan()
    entry = library.find("Giao chậm")
    assert entry is not None
    library.set_favourite(entry.path, True)
    target = library.rename(entry, "Giao trễ")
    assert target.is_file() and not Path(entry.path).exists()
    assert library.is_favourite(str(target))
    library.rescan()
    renamed = library.find("Giao trễ")
    assert renamed is not None
    with pytest.raises(DraftError, match="already"):
        library.rename(renamed, "Hoá đơn VAT")
    with pytest.raises(DraftError):
        library.free_path(folder, "a/b")
    assert library.free_path(folder, "Giao trễ").name == "Giao trễ (2).zalo.json"


def test_a_command_line_argument_that_is_no_file_is_a_templates_name(folder: Path,
                                                                      tmp_path: Path) -> None:
    library = _library(folder, tmp_path)
    found = resolve_draft_argument(Path("xac nhan don"), library)
    assert found == folder / "Xác nhận đơn.zalo.json"
    assert resolve_draft_argument(Path("nothing"), library) == Path("nothing")
    existing = folder / "Giao chậm.zalo.json"
    assert resolve_draft_argument(existing, library) == existing


def test_cli_templates_lists_json_lines_and_validate_takes_a_name(
        folder: Path, composer_home: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run_cli(["templates", "--folder", str(folder), "--search", "hoa don", "--json"],
                   out, err) == 0
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(r["name"], r["buttons"]) for r in rows] == [("Hoá đơn VAT", 1)]
    out = io.StringIO()
    assert run_cli(["templates", "--folder", str(folder), "--folder",
                    str(folder.parent / "gone")], out, err) == 0
    assert "BROKEN" in out.getvalue() and "offline" in err.getvalue()
    # The user's own library (under ZALO_COMPOSER_HOME) resolves names for validate.
    save_draft(default_library_folder() / "Chào.zalo.json",
               Draft(Message("Xin chào"), ("1000000000000000001",)))
    assert default_library_folder() == composer_home / "templates"
    out = io.StringIO()
    assert run_cli(["validate", "chao"], out, err) == 0, out.getvalue()
    assert "warning: buttons" in out.getvalue()  # validated: the template was found
