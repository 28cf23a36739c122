"""Live counters: value text, state and colour below, near and over each limit."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6 import QtGui, QtWidgets

from zalo_composer.domain import limits
from zalo_composer.domain.model import QueryShowButton, SmsButton
from zalo_composer.ui import theme
from zalo_composer.ui.counter import LengthCounter, counter_state
from zalo_composer.ui.main_window import MainWindow

from .keyboard import commit_text, type_text

VIETNAMESE = "Tiếng Việt có dấu: Nguyễn Thị Thuỳ Dương"


@pytest.mark.parametrize(
    ("limit", "count", "state"),
    [
        (limits.TEXT_MAX, 0, "ok"),
        (limits.TEXT_MAX, 1799, "ok"),
        (limits.TEXT_MAX, 1800, "near"),
        (limits.TEXT_MAX, 2000, "near"),
        (limits.TEXT_MAX, 2001, "over"),
        (limits.BUTTON_TITLE_MAX, 89, "ok"),
        (limits.BUTTON_TITLE_MAX, 90, "near"),
        (limits.BUTTON_TITLE_MAX, 101, "over"),
        (limits.SMS_CONTENT_MAX, 143, "ok"),
        (limits.SMS_CONTENT_MAX, 144, "near"),
        (limits.SMS_CONTENT_MAX, 161, "over"),
        (limits.QUERY_PAYLOAD_MAX, 900, "near"),
        (limits.REQUEST_ID_MAX, 45, "near"),
        (limits.REQUEST_ID_MAX, 51, "over"),
    ],
)
def test_counter_state(limit: int, count: int, state: str) -> None:
    assert counter_state(count, limit) == state


def _text_color(counter: LengthCounter) -> QtGui.QColor:
    return counter.palette().color(QtGui.QPalette.ColorRole.WindowText)


@pytest.mark.parametrize(
    ("length", "state", "tone"),
    [(1799, "ok", None), (1800, "near", "warning"), (2000, "near", "warning"),
     (2001, "over", "error")],
)
def test_message_counter_text_state_and_colour(
    window: MainWindow, length: int, state: str, tone: theme.Tone | None
) -> None:
    editor = window.message_editor()

    editor.set_text("ư" * length)

    counter = editor.counter()
    assert counter.text() == f"{length} / 2000"
    assert counter.state() == state
    app_palette = QtWidgets.QApplication.palette()
    if tone is None:
        assert _text_color(counter) == app_palette.color(QtGui.QPalette.ColorRole.WindowText)
        assert not counter.font().bold()
    else:
        assert _text_color(counter) == theme.tone_color(app_palette, tone)
    assert counter.font().bold() == (state == "over")


def test_counter_colour_resets_when_back_under(window: MainWindow) -> None:
    editor = window.message_editor()
    editor.set_text("a" * 2100)
    editor.set_text("a" * 10)

    counter = editor.counter()
    assert counter.state() == "ok"
    palette = QtWidgets.QApplication.palette()
    assert _text_color(counter) == palette.color(QtGui.QPalette.ColorRole.WindowText)


def test_typed_decomposed_vietnamese_counts_as_nfc(window: MainWindow) -> None:
    decomposed = unicodedata.normalize("NFD", VIETNAMESE)
    assert len(decomposed) > len(VIETNAMESE)

    # Half through an input method's commit, half key by key.
    half = len(decomposed) // 2
    commit_text(window.message_editor().text_edit(), decomposed[:half])
    type_text(window.message_editor().text_edit(), decomposed[half:])

    assert window.message_editor().text() == decomposed  # kept as typed…
    assert window.message_editor().counter().text() == f"{len(VIETNAMESE)} / 2000"  # …counted NFC


def test_line_breaks_count_two_and_emoji_counts_two(window: MainWindow) -> None:
    window.message_editor().set_text("a\nb 👍")

    # "a" CR LF "b" space + a surrogate pair: exactly what eSMS receives.
    assert window.message_editor().counter().text() == "7 / 2000"


def test_every_limited_field_has_a_live_counter(window: MainWindow, qtbot) -> None:
    editor = window.button_list_editor()
    editor.set_buttons((QueryShowButton(), SmsButton()))
    query_row, sms_row = editor.rows()

    type_text(query_row.field("title").line_edit(), unicodedata.normalize("NFD", "Hỏi đáp"))
    qtbot.keyClicks(query_row.field("payload").line_edit(), "#hoi")
    sms_row.field("content").set_text("x" * 150)

    assert query_row.field("title").counter().text() == "7 / 100"
    assert query_row.field("payload").counter().text() == "4 / 1000"
    sms_counter = sms_row.field("content").counter()
    assert (sms_counter.text(), sms_counter.state()) == ("150 / 160", "near")
    # Fields without a limit have no counter.
    assert sms_row.field("phone_code").counter() is None


def test_request_id_counter_counts_characters(window: MainWindow, qtbot) -> None:
    field = window.send_options_editor().field("request_id")

    qtbot.keyClicks(field.line_edit(), "r" * 51)

    assert field.counter().text() == "51 / 50"
    assert field.counter().state() == "over"
