"""The results log: one row per send, newest on top, honest wording ("accepted", never
"delivered"), masked request bodies, and Retry only for network failures."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, get_args

import pytest
from PySide6 import QtCore, QtWidgets

from zalo_composer.domain.body import MASK
from zalo_composer.esms.client import FailureKind, SendResult
from zalo_composer.ui.results import (
    RETRYABLE_FAILURES,
    ResultsLog,
    ResultsModel,
    is_retryable,
    status_text,
)
from zalo_composer.ui.results.model import (
    CODE,
    COLUMNS,
    DURATION,
    ERROR_MESSAGE,
    HTTP,
    MEANING,
    REQUEST_ID,
    SMS_ID,
    STATE_ROLE,
    TIME,
)

API_KEY, SECRET_KEY = "AK-log-test-31f0", "SK-log-test-c9d2"
STARTED = datetime(2026, 3, 14, 9, 26, 53).astimezone()
DISPLAY = QtCore.Qt.ItemDataRole.DisplayRole


def _body(request_id: str, *, masked: bool = True) -> dict[str, Any]:
    return {
        "ApiKey": MASK if masked else API_KEY,
        "SecretKey": MASK if masked else SECRET_KEY,
        "OAID": "4368496045530866759",
        "RequestId": request_id,
        "Payload": {"recipient": {"user_id": "8412345"},
                    "message": {"text": "Xin chào", "attachment": {"type": "template",
                                                                    "payload": {"buttons": []}}}},
    }


def accepted(request_id: str = "a" * 32, **kw: Any) -> SendResult:
    return SendResult(
        recipient="8412345", request_id=request_id, outcome="accepted", started_at=STARTED,
        duration_ms=231.6, http_status=200, code="100", meaning="accepted by eSMS",
        sms_id="d7a4c2b0", request_body=_body(request_id),
        raw_response='{"CodeResult":"100","CountRegenerate":0,"SMSID":"d7a4c2b0"}', **kw,
    )


def rejected(code: str = "101", meaning: str = "wrong ApiKey or SecretKey",
             request_id: str = "b" * 32) -> SendResult:
    return SendResult(
        recipient="8412345", request_id=request_id, outcome="rejected", started_at=STARTED,
        duration_ms=120.0, http_status=200, code=code, meaning=meaning,
        error_message="Authorize Failed", request_body=_body(request_id),
        raw_response=f'{{"CodeResult":"{code}","ErrorMessage":"Authorize Failed"}}',
    )


def failed(failure: FailureKind = "connect_timeout", request_id: str = "c" * 32,
           meaning: str = "Could not connect to eSMS within 10 s.") -> SendResult:
    return SendResult(
        recipient="8412345", request_id=request_id, outcome="failed", started_at=STARTED,
        duration_ms=10_000.0, failure=failure, meaning=meaning, request_body=_body(request_id),
        http_status=500 if failure == "http" else None,
    )


def _text(model: ResultsModel, row: int, column: int) -> str:
    return str(model.data(model.index(row, column), DISPLAY))


def _row_texts(model: ResultsModel, row: int) -> list[str]:
    return [_text(model, row, c) for c in range(model.columnCount())]


@pytest.fixture
def log(qtbot) -> ResultsLog:  # type: ignore[no-untyped-def]
    widget = ResultsLog()
    qtbot.addWidget(widget)
    widget.resize(1100, 500)
    return widget


def test_columns() -> None:
    assert COLUMNS == ("Time", "Profile", "Recipient", "RequestId", "HTTP", "Code", "Meaning",
                       "SMSID", "ErrorMessage", "Duration")


def test_rows_for_accepted_rejected_failed_and_unknown_code(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = ResultsModel()
    model.add(accepted(), "Shop")
    model.add(rejected(), "Shop")
    model.add(rejected("555", "unknown code 555", "d" * 32), "Sandbox")
    model.add(failed(), "Shop")
    # newest on top: the failure, then code 555, 101, 100
    failed_row, unknown_row, rejected_row, accepted_row = range(4)
    assert _row_texts(model, accepted_row) == [
        STARTED.strftime("%H:%M:%S"), "Shop", "8412345", "a" * 32, "200", "100",
        "accepted by eSMS", "d7a4c2b0", "", "232 ms",
    ]
    assert _text(model, rejected_row, MEANING) == "wrong ApiKey or SecretKey"
    assert _text(model, rejected_row, ERROR_MESSAGE) == "Authorize Failed"
    assert _text(model, unknown_row, CODE) == "555"
    assert _text(model, unknown_row, MEANING) == "unknown code 555"
    assert _text(model, failed_row, MEANING) == "Could not connect to eSMS within 10 s."
    assert [_text(model, failed_row, c) for c in (HTTP, CODE, SMS_ID)] == ["—", "—", "—"]
    assert [model.data(model.index(r, 0), STATE_ROLE) for r in range(4)] == [
        "failed", "rejected", "rejected", "accepted"]
    # nothing ever claims delivery
    for row in range(4):
        assert not any("deliver" in t.lower() for t in _row_texts(model, row))
        assert "deliver" not in status_text(model.result_at(row)).lower()  # type: ignore[arg-type]


def test_meaning_comes_from_the_full_code_table(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = ResultsModel()
    model.add(rejected("789", "whatever the client said"), "Shop")
    model.add(rejected("4242", ""), "Shop")
    assert _text(model, 1, MEANING) == "template not configured for this OAID"
    assert _text(model, 0, MEANING) == "unknown code 4242"


def test_outcome_is_not_told_by_colour_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = ResultsModel()
    model.add(accepted(), "Shop")
    model.add(rejected(), "Shop")
    model.add(failed(), "Shop")
    model.add_pending("8412345", "e" * 32, "Shop")
    icons = [model.data(model.index(r, TIME), QtCore.Qt.ItemDataRole.DecorationRole)
             for r in range(4)]
    images = [icon.pixmap(16, 16).toImage() for icon in icons]
    assert all(not image.isNull() for image in images)
    # four distinct badges (shapes differ, not just hues)
    assert len({bytes(image.constBits()) for image in images}) == 4
    accessible = [model.data(model.index(r, MEANING), QtCore.Qt.ItemDataRole.AccessibleTextRole)
                  for r in range(4)]
    assert [a.split(":")[0] for a in accessible] == ["sending", "failed", "rejected by eSMS",
                                                      "accepted"]


def test_time_tooltip_has_the_full_date(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = ResultsModel()
    model.add(accepted(), "Shop")
    tip = model.data(model.index(0, TIME), QtCore.Qt.ItemDataRole.ToolTipRole)
    assert "2026" in tip and "March" in tip and "09:26:53" in tip


def test_pending_rows_replace_row_and_row_of(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = ResultsModel()
    model.add(accepted("1" * 32), "Shop")
    row = model.add_pending("8412345", "2" * 32, "Sandbox")
    assert row == 0
    assert model.result_at(0) is None and _text(model, 0, MEANING) == "sending…"
    model.add(accepted("3" * 32), "Shop")  # rows shift: find it again by RequestId
    row = model.row_of("2" * 32)
    assert row == 1
    model.replace_row(row, failed(request_id="2" * 32))
    assert model.result_at(1) == failed(request_id="2" * 32)
    assert model.profile_at(1) == "Sandbox"
    model.set_pending(1)
    assert model.result_at(1) is None
    assert model.row_of("nope") == -1
    assert model.rowCount() == 3


def test_details_show_the_masked_body_and_raw_response(log: ResultsLog) -> None:
    model = log.results_model()
    # A body that somehow still carries the keys is masked again before it is shown.
    leaky = SendResult(**{**accepted().__dict__, "request_body": _body("a" * 32, masked=False)})
    model.add(leaky, "Shop")
    model.add(failed(), "Shop")
    log.select_row(1)
    body = log.findChild(QtWidgets.QPlainTextEdit, "requestBodyView").toPlainText()
    assert API_KEY not in body and SECRET_KEY not in body
    assert f'"ApiKey": "{MASK}"' in body and '"RequestId": "' + "a" * 32 in body
    assert "Xin chào" in body  # not escaped to \\u sequences
    raw = log.findChild(QtWidgets.QPlainTextEdit, "rawResponseView").toPlainText()
    assert raw == accepted().raw_response
    summary = log.findChild(QtWidgets.QLabel, "resultSummary").text()
    assert summary == status_text(leaky)
    log.select_row(0)
    raw = log.findChild(QtWidgets.QPlainTextEdit, "rawResponseView").toPlainText()
    assert "no response" in raw and "Could not connect" in raw


def test_first_row_is_selected_when_nothing_was(log: ResultsLog) -> None:
    assert log.selected_row() == -1
    log.results_model().add(accepted(), "Shop")
    assert log.selected_row() == 0
    assert "accepted by eSMS" in log.findChild(QtWidgets.QLabel, "resultSummary").text()


@pytest.mark.parametrize("kind", get_args(FailureKind))
def test_retry_only_for_network_failures(qtbot, log: ResultsLog, kind: FailureKind) -> None:  # type: ignore[no-untyped-def]
    result = failed(kind, meaning=f"failure {kind}")
    log.results_model().add(result, "Shop")
    log.select_row(0)
    retry = log.findChild(QtWidgets.QPushButton, "retryButton")
    # An unreadable answer is "outcome unknown": Retry (same RequestId) is offered too
    # (issue #11; it was disabled).
    expected = kind != "endpoint"
    assert retry.isEnabled() is expected is is_retryable(result)
    if expected:
        with qtbot.waitSignal(log.retry_requested, timeout=1000) as blocker:
            retry.click()
        assert blocker.args == [result]
        assert not retry.isEnabled()  # one click, one retry
        # the window answers with the retry's result: the button follows the new row
        log.results_model().replace_row(0, failed(kind, meaning="again"))
        assert retry.isEnabled()


def test_retry_disabled_for_answers_and_pending_rows(log: ResultsLog) -> None:
    model = log.results_model()
    retry = log.findChild(QtWidgets.QPushButton, "retryButton")
    for result in (accepted(), rejected()):
        model.add(result, "Shop")
        log.select_row(0)
        assert not retry.isEnabled()
    model.add_pending("8412345", "f" * 32, "Shop")
    log.select_row(0)
    assert not retry.isEnabled()
    network = {"connect_timeout", "read_timeout", "refused", "dns", "tls", "reset", "network",
               "http", "cancelled", "not_json", "no_code"}
    assert network == RETRYABLE_FAILURES


def test_clear_empties_the_log(log: ResultsLog) -> None:
    model = log.results_model()
    clear = log.findChild(QtWidgets.QPushButton, "clearButton")
    assert not clear.isEnabled()
    model.add(accepted(), "Shop")
    model.add(failed(), "Shop")
    assert clear.isEnabled()
    clear.click()
    assert model.rowCount() == 0
    assert not clear.isEnabled()
    assert log.findChild(QtWidgets.QPlainTextEdit, "requestBodyView").toPlainText() == ""


def test_meaning_column_keeps_a_readable_width_in_a_narrow_window(qtbot, log: ResultsLog) -> None:  # type: ignore[no-untyped-def]
    log.results_model().add(failed(), "Shop")
    log.resize(1400, 400)
    log.show()
    header = log.findChild(QtWidgets.QTableView, "resultsTable").horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(MEANING) > 400)  # takes the room left
    wide = header.sectionSize(MEANING)
    log.resize(600, 400)
    qtbot.waitUntil(lambda: header.sectionSize(MEANING) < wide)
    metrics = log.fontMetrics()
    assert header.sectionSize(MEANING) >= metrics.horizontalAdvance(
        "Could not connect to eSMS within 10 s.")
    assert header.sectionSize(REQUEST_ID) > 0 and header.sectionSize(DURATION) > 0


def test_status_text() -> None:
    assert status_text(accepted()) == ("To 8412345: 100 — accepted by eSMS · SMSID d7a4c2b0 · "
                                       "232 ms")
    assert status_text(rejected()) == ("To 8412345: rejected, 101 — wrong ApiKey or SecretKey "
                                       "(eSMS: “Authorize Failed”) · 120 ms")
    assert status_text(failed()) == ("To 8412345: failed — Could not connect to eSMS within "
                                     "10 s. · 10000 ms")
    endpoint = failed("endpoint", meaning="The endpoint http://x/ uses plain http://,\n...")
    assert status_text(endpoint) == "To 8412345: failed — The endpoint http://x/ uses plain " \
                                    "http://, ..."
    assert "\n" not in status_text(endpoint)


def test_time_is_local(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = ResultsModel()
    utc = STARTED.astimezone(UTC)
    model.add(SendResult(**{**accepted().__dict__, "started_at": utc}), "Shop")
    assert _text(model, 0, TIME) == STARTED.strftime("%H:%M:%S")
