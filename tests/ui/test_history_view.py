"""The History window: lazy pages over the send history, every filter, "outcome unknown",
reopen, resend (asks first), CSV export of exactly the filtered rows, clearing and the
retention setting."""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from pytestqt.qtbot import QtBot

from tests.ui.samples import five_button_draft
from zalo_composer.domain.body import MASK, build_request_body, mask_secrets, message_object
from zalo_composer.domain.draft import dump_draft, load_draft
from zalo_composer.domain.model import Account, Draft, Message
from zalo_composer.store.history import History, HistoryFilter
from zalo_composer.ui.history import (
    RETENTION_KEY,
    HistoryModel,
    HistoryWindow,
    apply_saved_retention,
)
from zalo_composer.ui.history.filter_bar import DEBOUNCE_MS, date_range
from zalo_composer.ui.history.model import (
    CODE,
    MEANING,
    MESSAGE,
    PAGE_SIZE,
    REQUEST_ID,
    STATE,
    STATE_ROLE,
    TIME,
)

DISPLAY = QtCore.Qt.ItemDataRole.DisplayRole
HOUR = 3600.0
ACCOUNT = Account(oaid="4368496045530866759", api_key="AK-hist-view-1",
                  secret_key="SK-hist-view-2")
STATES = ("accepted", "rejected", "failed", "unknown")


def _row(i: int, now: float, **overrides: Any) -> dict[str, Any]:
    """Send number *i*, made 12·*i* hours before *now*; states cycle through `STATES`."""
    state = STATES[i % 4]
    code = {"accepted": "100", "rejected": "210" if i % 8 == 1 else "101"}.get(state)
    row: dict[str, Any] = {
        "created_ts": now - i * 12 * HOUR, "profile": "Shop Hà Nội" if i % 2 else "Sandbox",
        "recipient": str(8_400_000 + i % 3), "request_id": f"rid-{i:04d}", "state": state,
        "request_body": json.dumps(mask_secrets(build_request_body(
            Message(text=f"Tin nhắn #{i:04d}\nDòng hai"), account=ACCOUNT,
            recipient=str(8_400_000 + i % 3), request_id=f"rid-{i:04d}"))),
        "message_text": f"Tin nhắn #{i:04d}\nDòng hai", "http_status": 200 if code else None,
        "code": code, "meaning": "accepted by eSMS" if code == "100" else "",
        "sms_id": f"SMS-{i:04d}" if state == "accepted" else None,
        "error_message": "Authorize Failed" if code == "101" else None,
        "raw_response": json.dumps({"CodeResult": code}) if code else "",
        "duration_ms": 100.0 + i,
    }
    row.update(overrides)
    return row


@pytest.fixture
def history() -> Iterator[History]:
    opened = History.open()
    yield opened
    opened.close()


@pytest.fixture
def settings(tmp_path: Path) -> QtCore.QSettings:
    """Settings in a file of this test's own, never the user's."""
    return QtCore.QSettings(str(tmp_path / "settings.ini"), QtCore.QSettings.Format.IniFormat)


@pytest.fixture
def now() -> float:
    """A second ago: a send exactly N days old is then strictly older than N days."""
    return time.time() - 1.0


@pytest.fixture
def thirty(history: History, now: float) -> History:
    """Thirty sends over fifteen days, newest first by id as in real life."""
    history.insert_many([_row(i, now) for i in reversed(range(30))])
    return history


@pytest.fixture
def window(qtbot: QtBot, thirty: History, settings: QtCore.QSettings) -> HistoryWindow:
    made = HistoryWindow(thirty, settings=settings)
    qtbot.addWidget(made)
    return made


def _shown(qtbot: QtBot, window: HistoryWindow) -> HistoryWindow:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is window)
    return window


def _ids(model: HistoryModel) -> list[str]:
    return [model.row_at(r).request_id for r in range(model.rowCount())]


def _expected(flt_test: Any) -> list[str]:
    """Request ids of the thirty sends passing *flt_test*, newest first."""
    return [f"rid-{i:04d}" for i in range(30) if flt_test(i)]


def _child(window: HistoryWindow, kind: type[Any], name: str) -> Any:
    found = window.findChild(kind, name)
    assert found is not None, name
    return found


def _midnight(day: date) -> float:
    return datetime.combine(day, datetime.min.time()).timestamp()


# -- lazy fetching ---------------------------------------------------------------------


def test_a_thousand_rows_show_two_hundred_first_then_page_by_page(
    history: History, now: float
) -> None:
    # GIVEN a history of 1000 sends
    history.insert_many([_row(i, now, created_ts=now - (1000 - i)) for i in range(1000)])
    # WHEN a model opens it
    model = HistoryModel(history)
    # THEN it holds the newest page only
    assert model.rowCount() == PAGE_SIZE == 200
    assert model.total_count() == 1000
    assert model.row_at(0).request_id == "rid-0999"
    root = QtCore.QModelIndex()
    sizes = []
    while model.canFetchMore(root):
        model.fetchMore(root)
        sizes.append(model.rowCount())
    assert sizes == [400, 600, 800, 1000, 1000]
    ids = _ids(model)
    assert len(set(ids)) == 1000
    assert ids == sorted(ids, reverse=True)


def test_scrolling_to_the_bottom_fetches_the_next_page(
    qtbot: QtBot, history: History, now: float, settings: QtCore.QSettings
) -> None:
    history.insert_many([_row(i, now) for i in range(1000)])
    window = HistoryWindow(history, settings=settings)
    qtbot.addWidget(window)
    _shown(qtbot, window)
    model = window.history_model()
    table = _child(window, QtWidgets.QTableView, "historyTable")
    assert model.rowCount() == 200
    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 400)
    assert _child(window, QtWidgets.QLabel, "historyCount").text() == "1,000 sends"


def test_refresh_shows_a_new_send_on_top_and_keeps_the_selection(
    window: HistoryWindow, thirty: History
) -> None:
    window.select_row(3)
    selected = window.selected_row()
    assert selected is not None
    thirty.begin(profile="Sandbox", recipient="42", request_id="rid-new",
                 request_body={"RequestId": "rid-new"})
    window.refresh()
    model = window.history_model()
    assert model.row_at(0).request_id == "rid-new"
    assert model.data(model.index(0, STATE)) == "sending"
    assert window.selected_row() == selected
    assert _child(window, QtWidgets.QLabel, "historyCount").text() == "31 sends"


# -- filters ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "typed", "passes"),
    [
        ("historyTextFilter", "#0007", lambda i: i == 7),
        ("historyTextFilter", "authorize", lambda i: i % 4 == 1 and i % 8 != 1),
        ("historyRecipientFilter", "8400002", lambda i: i % 3 == 2),
        ("historyRequestIdFilter", "rid-0012", lambda i: i == 12),
        ("historySmsIdFilter", "SMS-0016", lambda i: i == 16),
    ],
)
def test_typing_in_a_filter_field_shows_only_matching_sends(
    qtbot: QtBot, window: HistoryWindow, field: str, typed: str, passes: Any
) -> None:
    edit = _child(window, QtWidgets.QLineEdit, field)
    bar = _child(window, QtWidgets.QWidget, "historyFilterBar")
    with qtbot.waitSignal(bar.filter_changed, timeout=DEBOUNCE_MS * 8):
        qtbot.keyClicks(edit, typed)
    assert _ids(window.history_model()) == _expected(passes)
    count = len(_expected(passes))
    assert _child(window, QtWidgets.QLabel, "historyCount").text() == (
        f"{count} send{'' if count == 1 else 's'} match{'es' if count == 1 else ''}")


def _spy(history: History, name: str, monkeypatch: pytest.MonkeyPatch) -> list[HistoryFilter]:
    """Record the filter of every call to *history*'s method *name*."""
    calls: list[HistoryFilter] = []
    real = getattr(history, name)

    def spy(flt: HistoryFilter = HistoryFilter(), **kw: Any) -> Any:  # noqa: B008
        calls.append(flt)
        return real(flt, **kw)

    monkeypatch.setattr(history, name, spy)
    return calls


def test_typing_is_debounced_into_one_query_and_one_count(
    qtbot: QtBot, history: History, now: float, settings: QtCore.QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # GIVEN 1000 sends, so that a filter's matches do not fit in one page
    history.insert_many([_row(i, now) for i in reversed(range(1000))])
    window = HistoryWindow(history, settings=settings)
    qtbot.addWidget(window)
    pages, counts = _spy(history, "page", monkeypatch), _spy(history, "count", monkeypatch)
    # WHEN the user types three characters
    bar = _child(window, QtWidgets.QWidget, "historyFilterBar")
    with qtbot.waitSignal(bar.filter_changed, timeout=DEBOUNCE_MS * 8) as blocker:
        qtbot.keyClicks(_child(window, QtWidgets.QLineEdit, "historyTextFilter"), "hai")
    # THEN the database is asked once for a page and once for a count
    assert blocker.args == [HistoryFilter(text="hai")]
    assert pages == [HistoryFilter(text="hai")]
    assert counts == [HistoryFilter(text="hai")]
    assert window.history_model().rowCount() == 200
    assert _child(window, QtWidgets.QLabel, "historyCount").text() == "1,000 sends match"


def test_matches_that_fit_in_one_page_are_counted_without_a_count_query(
    qtbot: QtBot, window: HistoryWindow, thirty: History, monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = _spy(thirty, "count", monkeypatch)
    bar = _child(window, QtWidgets.QWidget, "historyFilterBar")
    with qtbot.waitSignal(bar.filter_changed, timeout=DEBOUNCE_MS * 8):
        qtbot.keyClicks(_child(window, QtWidgets.QLineEdit, "historyTextFilter"), "#000")
    assert _ids(window.history_model()) == _expected(lambda i: i < 10)
    assert window.history_model().total_count() == 10
    assert counts == []
    assert _child(window, QtWidgets.QLabel, "historyCount").text() == "10 sends match"


def test_the_text_filter_finds_vietnamese_text(
    qtbot: QtBot, window: HistoryWindow
) -> None:
    # QTest cannot type "ắ" (it sends Latin-1 key events); an input method sets the text.
    bar = _child(window, QtWidgets.QWidget, "historyFilterBar")
    with qtbot.waitSignal(bar.filter_changed, timeout=DEBOUNCE_MS * 8):
        _child(window, QtWidgets.QLineEdit, "historyTextFilter").setText("nhắn #0021")
    assert _ids(window.history_model()) == ["rid-0021"]


@pytest.mark.parametrize(
    ("choose", "passes"),
    [
        ("100 — accepted by eSMS", lambda i: i % 4 == 0),
        ("210", lambda i: i % 8 == 1),
        ("101", lambda i: i % 4 == 1 and i % 8 != 1),
    ],
)
def test_the_code_filter_takes_a_listed_or_a_typed_code(
    qtbot: QtBot, window: HistoryWindow, choose: str, passes: Any
) -> None:
    combo = _child(window, QtWidgets.QComboBox, "historyCodeFilter")
    bar = _child(window, QtWidgets.QWidget, "historyFilterBar")
    with qtbot.waitSignal(bar.filter_changed, timeout=DEBOUNCE_MS * 8):
        if combo.findText(choose) >= 0:
            combo.setCurrentIndex(combo.findText(choose))
            combo.activated.emit(combo.currentIndex())
        else:
            qtbot.keyClicks(combo.lineEdit(), choose)
    assert window.current_filter().code == choose.split()[0]
    assert combo.currentText() == choose.split()[0]  # the box keeps just the code
    assert _ids(window.history_model()) == _expected(passes)


@pytest.mark.parametrize(
    ("preset", "days_back"), [("Today", 0), ("Last 7 days", 6), ("Last 30 days", 29)]
)
def test_date_presets_start_at_local_midnight(
    window: HistoryWindow, now: float, preset: str, days_back: int
) -> None:
    dates = _child(window, QtWidgets.QComboBox, "historyDatePreset")
    dates.setCurrentIndex(dates.findText(preset))
    since = _midnight(date.today() - timedelta(days=days_back))
    assert window.current_filter().since == since
    assert window.current_filter().until is None
    assert _ids(window.history_model()) == _expected(lambda i: now - i * 12 * HOUR >= since)


def test_a_custom_date_range_includes_both_days(
    qtbot: QtBot, window: HistoryWindow, now: float
) -> None:
    dates = _child(window, QtWidgets.QComboBox, "historyDatePreset")
    from_edit = _child(window, QtWidgets.QDateEdit, "historyFromDate")
    to_edit = _child(window, QtWidgets.QDateEdit, "historyToDate")
    assert not from_edit.isVisibleTo(window)
    dates.setCurrentIndex(dates.findText("Custom range"))
    assert from_edit.isVisibleTo(window) and to_edit.isVisibleTo(window)
    first, last = date.today() - timedelta(days=5), date.today() - timedelta(days=3)
    bar = _child(window, QtWidgets.QWidget, "historyFilterBar")
    with qtbot.waitSignal(bar.filter_changed, timeout=DEBOUNCE_MS * 8):
        from_edit.setDate(QtCore.QDate(first.year, first.month, first.day))
        to_edit.setDate(QtCore.QDate(last.year, last.month, last.day))
    since, until = _midnight(first), _midnight(last + timedelta(days=1))
    assert (window.current_filter().since, window.current_filter().until) == (since, until)
    expected = _expected(lambda i: since <= now - i * 12 * HOUR < until)
    assert 5 <= len(expected) <= 7
    assert _ids(window.history_model()) == expected


def test_a_custom_range_picked_backwards_is_the_same_range() -> None:
    today = QtCore.QDate.currentDate()
    early, late = today.addDays(-9), today.addDays(-2)
    assert date_range("custom", late, early, today) == date_range("custom", early, late, today)
    assert date_range("all", early, late, today) == (None, None)


def test_clear_filters_shows_every_send_again(
    qtbot: QtBot, window: HistoryWindow
) -> None:
    bar = _child(window, QtWidgets.QWidget, "historyFilterBar")
    with qtbot.waitSignal(bar.filter_changed, timeout=DEBOUNCE_MS * 8):
        qtbot.keyClicks(_child(window, QtWidgets.QLineEdit, "historyRecipientFilter"),
                        "8400001")
    dates = _child(window, QtWidgets.QComboBox, "historyDatePreset")
    dates.setCurrentIndex(dates.findText("Last 7 days"))
    assert window.history_model().rowCount() < 30
    qtbot.mouseClick(_child(window, QtWidgets.QPushButton, "historyClearFilters"),
                     QtCore.Qt.MouseButton.LeftButton)
    assert window.current_filter() == HistoryFilter()
    assert window.history_model().rowCount() == 30
    assert _child(window, QtWidgets.QLineEdit, "historyRecipientFilter").text() == ""
    assert dates.currentText() == "All time"
    assert _child(window, QtWidgets.QLabel, "historyCount").text() == "30 sends"


# -- states ----------------------------------------------------------------------------


def test_an_interrupted_send_shows_as_outcome_unknown_and_stands_out(
    qtbot: QtBot, history: History, now: float, settings: QtCore.QSettings
) -> None:
    # GIVEN a send left "sending" by a program that died, and a rejected and a failed one
    history.insert_many([_row(1, now), _row(2, now)])
    history.begin(profile="Sandbox", recipient="42", request_id="rid-died",
                  request_body={"RequestId": "rid-died"})
    history.close()
    reopened = History.open()
    try:
        window = HistoryWindow(reopened, settings=settings)
        qtbot.addWidget(window)
        model = window.history_model()
        # THEN it reads "outcome unknown", in bold, in a colour neither failed nor rejected use
        assert model.data(model.index(0, STATE)) == "outcome unknown"
        assert model.data(model.index(0, STATE), STATE_ROLE) == "unknown"
        font = model.data(model.index(0, STATE), QtCore.Qt.ItemDataRole.FontRole)
        assert isinstance(font, QtGui.QFont) and font.bold()
        colors = {model.data(model.index(r, STATE), QtCore.Qt.ItemDataRole.ForegroundRole)
                  .color().name() for r in range(3)}
        assert len(colors) == 3
        assert "in flight" in str(model.data(model.index(0, STATE),
                                             QtCore.Qt.ItemDataRole.ToolTipRole))
        assert model.data(model.index(0, MEANING)).startswith("the program stopped")
        assert [model.data(model.index(r, STATE)) for r in (1, 2)] == ["failed", "rejected"]
    finally:
        reopened.close()


def test_cells_read_as_documented(window: HistoryWindow, now: float) -> None:
    model = window.history_model()
    assert model.data(model.index(0, TIME)) == time.strftime("%Y-%m-%d %H:%M:%S",
                                                             time.localtime(now))
    assert model.data(model.index(0, MESSAGE)) == "Tin nhắn #0000"
    assert model.data(model.index(0, CODE)) == "100"
    assert model.data(model.index(2, CODE)) == "—"  # failed: no code
    assert model.data(model.index(0, REQUEST_ID)) == "rid-0000"


# -- reopen and resend -----------------------------------------------------------------


def _sent_from_draft(history: History, draft: Draft, *, keep_draft: bool) -> None:
    body = mask_secrets(build_request_body(draft.message, account=ACCOUNT, recipient="2281",
                                           request_id="rid-original"))
    row_id = history.begin(profile="Shop Hà Nội", recipient="2281", request_id="rid-original",
                           request_body=body, message_text=draft.message.text,
                           draft=dump_draft(draft) if keep_draft else None)
    history.complete(row_id, state="rejected", meaning="payload breaks the rules",
                     http_status=200, code="210")


def test_reopen_emits_the_draft_the_send_came_from(
    qtbot: QtBot, history: History, settings: QtCore.QSettings
) -> None:
    draft = five_button_draft()
    _sent_from_draft(history, draft, keep_draft=True)
    window = HistoryWindow(history, settings=settings)
    qtbot.addWidget(window)
    window.select_row(0)
    with qtbot.waitSignal(window.reopen_requested) as blocker:
        qtbot.mouseClick(_child(window, QtWidgets.QPushButton, "historyReopen"),
                         QtCore.Qt.MouseButton.LeftButton)
    assert blocker.args == [load_draft(dump_draft(draft)).draft]
    assert blocker.args[0].note == draft.note


def test_reopen_without_a_saved_draft_rebuilds_the_message_from_the_request_body(
    qtbot: QtBot, history: History, settings: QtCore.QSettings
) -> None:
    draft = five_button_draft()
    _sent_from_draft(history, draft, keep_draft=False)
    window = HistoryWindow(history, settings=settings)
    qtbot.addWidget(window)
    window.select_row(0)
    with qtbot.waitSignal(window.reopen_requested) as blocker:
        qtbot.mouseClick(_child(window, QtWidgets.QPushButton, "historyReopen"),
                         QtCore.Qt.MouseButton.LeftButton)
    reopened: Draft = blocker.args[0]
    assert message_object(reopened.message) == message_object(draft.message)
    assert reopened.recipients == ("2281",)
    assert reopened.request_id is None  # that send's id: a new send must not reuse it


def test_enter_on_a_row_reopens_it(qtbot: QtBot, window: HistoryWindow) -> None:
    _shown(qtbot, window)
    table = _child(window, QtWidgets.QTableView, "historyTable")
    table.setFocus()
    window.select_row(4)
    with qtbot.waitSignal(window.reopen_requested) as blocker:
        qtbot.keyClick(table, QtCore.Qt.Key.Key_Return)
    assert blocker.args[0].recipients == ("8400001",)


def test_an_unreadable_draft_is_reported_not_emitted(
    qtbot: QtBot, history: History, now: float, settings: QtCore.QSettings
) -> None:
    history.insert_many([_row(0, now, draft='{"format": "zalo-composer-draft", "version": 9}')])
    window = HistoryWindow(history, settings=settings)
    qtbot.addWidget(window)
    errors: list[tuple[str, str]] = []
    window._show_error = lambda title, text: errors.append((title, text))  # type: ignore[method-assign]
    window.select_row(0)
    with qtbot.assertNotEmitted(window.reopen_requested):
        qtbot.mouseClick(_child(window, QtWidgets.QPushButton, "historyReopen"),
                         QtCore.Qt.MouseButton.LeftButton)
    assert len(errors) == 1 and "newer" in errors[0][1]


@pytest.mark.parametrize("answer", [False, True])
def test_resend_asks_first_and_emits_the_draft_and_profile_only_on_yes(
    qtbot: QtBot, history: History, settings: QtCore.QSettings, answer: bool
) -> None:
    draft = five_button_draft()
    _sent_from_draft(history, draft, keep_draft=True)
    window = HistoryWindow(history, settings=settings)
    qtbot.addWidget(window)
    asked: list[tuple[str, str]] = []

    def confirm(title: str, text: str) -> bool:
        asked.append((title, text))
        return answer

    window._confirm = confirm  # type: ignore[method-assign]
    window.select_row(0)
    emitted: list[tuple[Draft, str]] = []
    window.resend_requested.connect(lambda d, profile: emitted.append((d, profile)))
    qtbot.mouseClick(_child(window, QtWidgets.QPushButton, "historyResend"),
                     QtCore.Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert "2281" in asked[0][1] and "NEW RequestId" in asked[0][1]
    if not answer:
        assert emitted == []
        return
    [(resent, profile)] = emitted
    assert profile == "Shop Hà Nội"
    assert resent.recipients == ("2281",) and resent.request_id is None
    assert message_object(resent.message) == message_object(draft.message)


# -- export, clear, retention ----------------------------------------------------------


def _answer_questions(window: HistoryWindow, answer: bool) -> list[str]:
    """Make *window*'s questions answer *answer*; returns the list the questions go to."""
    asked: list[str] = []

    def confirm(_title: str, text: str) -> bool:
        asked.append(text)
        return answer

    window._confirm = confirm  # type: ignore[method-assign, assignment]
    return asked


def test_export_writes_exactly_the_filtered_rows(
    qtbot: QtBot, window: HistoryWindow, tmp_path: Path
) -> None:
    combo = _child(window, QtWidgets.QComboBox, "historyCodeFilter")
    bar = _child(window, QtWidgets.QWidget, "historyFilterBar")
    with qtbot.waitSignal(bar.filter_changed, timeout=DEBOUNCE_MS * 8):
        qtbot.keyClicks(combo.lineEdit(), "100")
    target = tmp_path / "out.csv"
    window._ask_export_path = lambda: target  # type: ignore[method-assign]
    qtbot.mouseClick(_child(window, QtWidgets.QPushButton, "historyExport"),
                     QtCore.Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["request_id"] for r in rows] == _expected(lambda i: i % 4 == 0)
    assert {r["code"] for r in rows} == {"100"}
    assert window.status_text() == f"Exported {len(rows)} rows to {target}"


def test_export_includes_typing_not_yet_applied(
    qtbot: QtBot, window: HistoryWindow, tmp_path: Path
) -> None:
    _child(window, QtWidgets.QLineEdit, "historyRequestIdFilter").setText("rid-0003")
    target = tmp_path / "one.csv"
    window._ask_export_path = lambda: target  # type: ignore[method-assign]
    qtbot.mouseClick(_child(window, QtWidgets.QPushButton, "historyExport"),
                     QtCore.Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        assert [r["request_id"] for r in csv.DictReader(handle)] == ["rid-0003"]


def test_an_export_that_cannot_be_written_says_so(
    qtbot: QtBot, window: HistoryWindow, tmp_path: Path
) -> None:
    errors: list[tuple[str, str]] = []
    window._show_error = lambda title, text: errors.append((title, text))  # type: ignore[method-assign]
    window._ask_export_path = lambda: tmp_path / "missing-folder" / "x.csv"  # type: ignore[method-assign]
    qtbot.mouseClick(_child(window, QtWidgets.QPushButton, "historyExport"),
                     QtCore.Qt.MouseButton.LeftButton)
    assert len(errors) == 1 and "missing-folder" in errors[0][1]
    assert window.status_text() == ""


def test_cancelling_the_export_dialog_writes_nothing(
    qtbot: QtBot, window: HistoryWindow, tmp_path: Path
) -> None:
    window._ask_export_path = lambda: None  # type: ignore[method-assign]
    qtbot.mouseClick(_child(window, QtWidgets.QPushButton, "historyExport"),
                     QtCore.Qt.MouseButton.LeftButton)
    assert list(tmp_path.glob("*.csv")) == []


@pytest.mark.parametrize("answer", [False, True])
def test_clear_history_empties_it_only_after_confirmation(
    qtbot: QtBot, window: HistoryWindow, thirty: History, answer: bool
) -> None:
    asked = _answer_questions(window, answer)
    qtbot.mouseClick(_child(window, QtWidgets.QPushButton, "historyClear"),
                     QtCore.Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "30 sends" in asked[0]
    expected = 0 if answer else 30
    assert thirty.count() == expected
    assert window.history_model().rowCount() == expected


def _set_retention(qtbot: QtBot, window: HistoryWindow, days: int, answer: bool) -> list[str]:
    asked = _answer_questions(window, answer)
    _child(window, QtWidgets.QSpinBox, "historyRetentionDays").setValue(days)
    qtbot.mouseClick(_child(window, QtWidgets.QPushButton, "historyApplyRetention"),
                     QtCore.Qt.MouseButton.LeftButton)
    return asked


def test_retention_is_saved_and_deletes_older_sends(
    qtbot: QtBot, window: HistoryWindow, thirty: History, tmp_path: Path, now: float
) -> None:
    # WHEN the user keeps 5 days and confirms
    asked = _set_retention(qtbot, window, 5, True)
    # THEN the sends older than 5 days are gone, and the setting is in the settings file
    kept = _expected(lambda i: i * 12 < 5 * 24)
    assert len(asked) == 1 and f"{30 - len(kept)} sends older than 5 days" in asked[0]
    assert _ids(window.history_model()) == kept
    assert thirty.count() == len(kept)
    reread = QtCore.QSettings(str(tmp_path / "settings.ini"), QtCore.QSettings.Format.IniFormat)
    assert int(reread.value(RETENTION_KEY)) == 5
    again = HistoryWindow(thirty, settings=reread)
    qtbot.addWidget(again)
    assert _child(again, QtWidgets.QSpinBox, "historyRetentionDays").value() == 5


def test_retention_declined_deletes_nothing_and_saves_nothing(
    qtbot: QtBot, window: HistoryWindow, thirty: History, settings: QtCore.QSettings
) -> None:
    _set_retention(qtbot, window, 3, False)
    assert thirty.count() == 30
    assert settings.value(RETENTION_KEY) is None


def test_the_saved_retention_is_applied_at_start(
    history: History, settings: QtCore.QSettings, now: float
) -> None:
    history.insert_many([_row(i, now) for i in range(30)])
    assert apply_saved_retention(history, settings) == 0  # default: keep everything
    settings.setValue(RETENTION_KEY, 10)
    deleted = apply_saved_retention(history, settings)
    assert deleted == len(_expected(lambda i: i * 12 >= 10 * 24))
    assert history.count() == 30 - deleted
    settings.setValue(RETENTION_KEY, "not a number")
    assert apply_saved_retention(history, settings) == 0


# -- details and keyboard --------------------------------------------------------------


def test_the_details_show_the_masked_body_the_response_and_the_note(
    qtbot: QtBot, history: History, settings: QtCore.QSettings
) -> None:
    _sent_from_draft(history, five_button_draft(), keep_draft=True)
    window = HistoryWindow(history, settings=settings)
    qtbot.addWidget(window)
    window.select_row(0)
    body = _child(window, QtWidgets.QPlainTextEdit, "historyRequestBody").toPlainText()
    assert json.loads(body)["ApiKey"] == MASK and ACCOUNT.api_key not in body
    assert "\n  " in body  # pretty-printed
    assert _child(window, QtWidgets.QLabel, "historyDraftNote").text() == five_button_draft().note
    assert _child(window, QtWidgets.QLineEdit, "historyRequestId").text() == "rid-original"
    response = _child(window, QtWidgets.QPlainTextEdit, "historyRawResponse").toPlainText()
    assert response.startswith("(no response")


def test_ctrl_f_focuses_the_search_and_escape_closes(
    qtbot: QtBot, window: HistoryWindow
) -> None:
    _shown(qtbot, window)
    _child(window, QtWidgets.QTableView, "historyTable").setFocus()
    qtbot.keyClick(window, QtCore.Qt.Key.Key_F, QtCore.Qt.KeyboardModifier.ControlModifier)
    search = _child(window, QtWidgets.QLineEdit, "historyTextFilter")
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClick(search, QtCore.Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible())
