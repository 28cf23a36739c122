"""The recipients book: merging fetches keeps names and notes, later sightings win, search
ignores diacritics, last sends come from the history, a damaged file is moved aside."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from zalo_composer.store.history import History
from zalo_composer.store.recipients import RECIPIENTS_FILE, RecipientsBook

OA = "1234567890123456789"
OTHER_OA = "9999999999999999999"
D1, D7, D8 = date(2026, 3, 1), date(2026, 3, 7), date(2026, 3, 8)


@pytest.fixture
def book() -> Iterator[RecipientsBook]:
    b = RecipientsBook.open()
    yield b
    b.close()


def test_a_refetch_merges_and_never_loses_a_name_or_note(book: RecipientsBook) -> None:
    assert book.merge_seen(OA, ["111", "222"], seen_from=D1, seen_to=D7, follows=True) == 2
    book.update(OA, "111", name="Nguyễn Thị Lan", note="đơn #42, Thủ Đức")
    # GIVEN a second fetch (another range, another filter) that lists 111 again
    assert book.merge_seen(OA, ["111", "333"], seen_from=D8, seen_to=D8, follows=False,
                           tag="VIP") == 1
    lan = book.get(OA, "111")
    assert lan is not None
    assert (lan.name, lan.note) == ("Nguyễn Thị Lan", "đơn #42, Thủ Đức")
    assert (lan.seen_from, lan.seen_to) == (D8, D8), "the later sighting wins"
    assert lan.follows is False and lan.tags == ("VIP",)
    # WHEN an older, wider sighting comes again THEN it does not replace the later one
    book.merge_seen(OA, ["111"], seen_from=D1, seen_to=D8)
    again = book.get(OA, "111")
    assert again is not None and (again.seen_from, again.seen_to) == (D8, D8)
    assert again.name == "Nguyễn Thị Lan" and again.tags == ("VIP",) and again.follows is False
    assert book.count(OA) == 3


def test_a_list_without_dates_keeps_the_sighting(book: RecipientsBook) -> None:
    book.merge_seen(OA, ["111"], seen_from=D1, seen_to=D7)
    book.merge_seen(OA, ["111"], seen_from=None, seen_to=None, follows=True)
    lan = book.get(OA, "111")
    assert lan is not None and lan.seen_from == D1 and lan.follows is True


def test_days_ago(book: RecipientsBook) -> None:
    book.merge_seen(OA, ["111"], seen_from=D1, seen_to=D7)
    book.merge_seen(OA, ["222"], seen_from=D8, seen_to=D8)
    today = date(2026, 3, 9)
    assert book.get(OA, "111").days_ago(today) == (2, 8)  # type: ignore[union-attr]
    assert book.get(OA, "222").days_ago(today) == (1, 1)  # type: ignore[union-attr]
    assert book.update(OA, "333", name="Mới").days_ago(today) is None


def test_search_ignores_diacritics_and_case_and_matches_note_tag_and_id(
        book: RecipientsBook) -> None:
    book.merge_seen(OA, ["6100000000000000001", "6100000000000000002"], seen_from=D1,
                    seen_to=D7, tag="Khách quen")
    book.update(OA, "6100000000000000001", name="Trần Văn Đức", note="Giao hàng Thủ Đức")
    book.update(OA, "6100000000000000002", name="Lê Thu", note="Quận 1")
    book.merge_seen(OTHER_OA, ["6100000000000000001"], seen_from=D1, seen_to=D7)

    def names(text: str) -> list[str]:
        return [r.name for r in book.search(OA, text)]

    assert names("thu duc") == ["Trần Văn Đức"]
    assert names("THỦ ĐỨC") == ["Trần Văn Đức"]
    assert names("duc") == ["Trần Văn Đức"]
    assert names("thu") == ["Lê Thu", "Trần Văn Đức"]
    assert names("khach quen") == ["Lê Thu", "Trần Văn Đức"]
    assert names("0000002") == ["Lê Thu"]
    assert names("quan 1 le") == ["Lê Thu"]
    assert names("50%") == []
    assert len(book.search(OA, "")) == 2 and len(book.search(OTHER_OA, "")) == 1
    assert len(book.search(OA, "", limit=1)) == 1


def test_last_send_and_outcome_come_from_the_history(book: RecipientsBook) -> None:
    history = History.open()
    try:
        book.merge_seen(OA, ["111", "222"], seen_from=D1, seen_to=D7)
        row = history.begin(profile="Sandbox", recipient="111", request_id="r1",
                            request_body={"OAID": OA})
        history.complete(row, state="accepted", meaning="accepted by eSMS", code="100")
        assert book.refresh_sends(OA, history) == 1
        assert book.refresh_sends(OA, history) == 0, "nothing new the second time"
        lan = book.get(OA, "111")
        assert lan is not None and lan.last_send_state == "accepted"
        assert lan.last_send_meaning == "accepted by eSMS" and lan.last_send_ts is not None
        assert book.get(OA, "222").last_send_state is None  # type: ignore[union-attr]
    finally:
        history.close()


def test_the_book_outlives_the_program(composer_home: Path) -> None:
    first = RecipientsBook.open()
    first.update(OA, "111", name="Lan")
    first.close()
    second = RecipientsBook.open()
    try:
        assert second.get(OA, "111").name == "Lan"  # type: ignore[union-attr]
        assert second.path == composer_home / "data" / RECIPIENTS_FILE
    finally:
        second.close()


def test_a_damaged_book_is_moved_aside(composer_home: Path) -> None:
    path = composer_home / "data" / RECIPIENTS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not a database at all" * 100)
    book = RecipientsBook.open()
    try:
        assert book.count(OA) == 0
        assert "could not be read" in book.notices[0]
        assert list(path.parent.glob(f"{RECIPIENTS_FILE}.broken-*"))
    finally:
        book.close()
