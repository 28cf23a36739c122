"""Send history: rows written before a request leaves, completed after, honest after a crash,
filtered, paged, exported and pruned."""

from __future__ import annotations

import csv
import json
import time
from pathlib import Path

import pytest

from zalo_composer.domain.body import MASK
from zalo_composer.store.history import History, HistoryFilter

BODY = {"ApiKey": "AK-hist-1", "SecretKey": "SK-hist-2", "OAID": "1", "RequestId": "r1",
        "Payload": {"recipient": {"user_id": "42"}, "message": {"text": "Xin chào"}}}


@pytest.fixture
def history() -> History:
    h = History.open()
    yield h
    h.close()


def test_a_send_is_recorded_before_and_completed_after(history: History) -> None:
    row_id = history.begin(profile="Sandbox", recipient="42", request_id="r1",
                           request_body=BODY, message_text="Xin chào", draft='{"d": 1}')
    sending = history.get(row_id)
    assert sending is not None and sending.state == "sending"
    history.complete(row_id, state="accepted", meaning="accepted by eSMS", http_status=200,
                     code="100", sms_id="S1", raw_response='{"CodeResult":"100"}',
                     duration_ms=12.5)
    done = history.get(row_id)
    assert done is not None
    assert (done.state, done.code, done.sms_id, done.http_status) == ("accepted", "100", "S1", 200)
    assert json.loads(done.request_body)["ApiKey"] == MASK


def test_secrets_are_masked_even_if_a_caller_forgets(history: History) -> None:
    history.begin(profile="P", recipient="42", request_id="r1", request_body=BODY)
    data = history.path.read_bytes() + Path(f"{history.path}-wal").read_bytes()
    assert b"AK-hist-1" not in data and b"SK-hist-2" not in data


def test_a_row_left_sending_by_a_dead_program_becomes_unknown(composer_home: Path) -> None:
    # GIVEN a program that began a send and never completed it
    first = History.open()
    row_id = first.begin(profile="P", recipient="42", request_id="r1", request_body=BODY)
    first.close()
    # WHEN the next program opens the history
    second = History.open()
    row = second.get(row_id)
    # THEN the row says "outcome unknown", and the database is sound
    assert row is not None and row.state == "unknown"
    assert "outcome unknown" in row.meaning
    assert second.integrity_ok()
    second.close()


def _fill(history: History) -> None:
    now = time.time()
    rows = []
    for i in range(30):
        rows.append({
            "created_ts": now - i * 3600, "profile": "P", "recipient": str(1000 + i % 3),
            "request_id": f"rid-{i}", "state": "accepted" if i % 2 else "rejected",
            "request_body": "{}", "message_text": f"Tin nhắn số {i}",
            "code": "100" if i % 2 else "101",
            "meaning": "accepted by eSMS" if i % 2 else "wrong ApiKey or SecretKey",
            "sms_id": f"SMS{i:03d}",
        })
    history.insert_many(rows)


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (HistoryFilter(), 30),
        (HistoryFilter(text="nhắn số 1"), 11),  # 1, 10-19
        (HistoryFilter(text="wrong apikey"), 15),
        (HistoryFilter(recipient="1000"), 10),
        (HistoryFilter(request_id="rid-7"), 1),
        (HistoryFilter(sms_id="SMS007"), 1),
        (HistoryFilter(code="101"), 15),
        (HistoryFilter(text="100%"), 0),  # % is literal, not a wildcard
        (HistoryFilter(text="_"), 0),
    ],
)
def test_filters(history: History, flt: HistoryFilter, expected: int) -> None:
    _fill(history)
    assert history.count(flt) == expected
    assert len(list(history.iter_rows(flt))) == expected


def test_date_range_filter(history: History) -> None:
    _fill(history)
    now = time.time()
    assert history.count(HistoryFilter(since=now - 5.5 * 3600)) == 6
    assert history.count(HistoryFilter(since=now - 10.5 * 3600, until=now - 5.5 * 3600)) == 5


def test_keyset_paging_is_newest_first_without_gaps(history: History) -> None:
    _fill(history)
    first = history.page(limit=12)
    second = history.page(before_id=first[-1].id, limit=12)
    ids = [r.id for r in first + second]
    assert ids == sorted(ids, reverse=True)
    assert len(set(ids)) == 24


def test_export_csv_of_the_filtered_rows(history: History, tmp_path: Path) -> None:
    _fill(history)
    out = tmp_path / "export.csv"
    assert history.export_csv(out, HistoryFilter(code="100")) == 15
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 15 and {r["code"] for r in rows} == {"100"}
    assert "Tin nhắn số" in rows[0]["message_text"]


def test_clear_and_retention(history: History) -> None:
    _fill(history)
    assert history.apply_retention(0) == 0
    assert history.apply_retention(1, now=time.time()) == 6  # older than 24 h: 24..29
    assert history.count() == 24
    assert history.clear() == 24
    assert history.count() == 0


def test_accepted_recipients_of_a_batch(history: History) -> None:
    for user, state in (("1", "accepted"), ("2", "failed"), ("3", "accepted")):
        row = history.begin(profile="P", recipient=user, request_id=f"r{user}",
                            request_body={}, batch_id="b1")
        history.complete(row, state=state, meaning="")  # type: ignore[arg-type]
    assert history.accepted_recipients("b1") == {"1", "3"}
    assert history.accepted_recipients("other") == set()
