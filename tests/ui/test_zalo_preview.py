"""The Zalo-style preview: text and buttons as a follower sees them, tooltips that say what a
tap does, placeholders, live updates that reuse widgets, and legible light and dark colours."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from tests.ui.samples import LONG_VIETNAMESE_TEXT, five_button_draft
from zalo_composer.domain.model import (
    Draft,
    Message,
    PhoneButton,
    QueryHideButton,
    QueryShowButton,
    SmsButton,
    UrlButton,
    change_button_type,
)
from zalo_composer.ui.appearance import dark_palette
from zalo_composer.ui.preview.zalo_button_row import ZaloButtonRow
from zalo_composer.ui.preview.zalo_paint import contrast_ratio, zalo_colors
from zalo_composer.ui.preview.zalo_preview import ZaloPreview, tap_description
from zalo_composer.ui.preview.zalo_text import (
    accessible_name,
    display_title,
    initials,
    schedule_line,
    tooltip_text,
)

LONG_TITLE = (
    "Xem chi tiết chương trình khuyến mãi tháng sáu dành riêng cho khách hàng thân thiết"
)


@pytest.fixture
def preview(qtbot) -> ZaloPreview:  # type: ignore[no-untyped-def]
    """A preview the size of the window's preview pane, shown (rows need a width to elide)."""
    widget = ZaloPreview()
    qtbot.addWidget(widget)
    widget.resize(600, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def rows(preview: ZaloPreview) -> list[ZaloButtonRow]:
    found = preview.button_rows()
    assert all(isinstance(row, ZaloButtonRow) for row in found)
    return [row for row in found if isinstance(row, ZaloButtonRow)]


def with_buttons(*buttons: object) -> Draft:
    return Draft(message=Message(text="Chào bạn", buttons=tuple(buttons)))  # type: ignore[arg-type]


# -- what a tap does (no Qt) -----------------------------------------------------------


def test_tap_descriptions_name_the_url_payload_and_number() -> None:
    assert tap_description(UrlButton(url=" https://hoasen.vn/a ")) == "Opens https://hoasen.vn/a"
    assert tap_description(QueryShowButton(payload="#doi")) == (
        "Sends “#doi” to the OA (shown in the chat)"
    )
    assert tap_description(QueryHideButton(payload="#an")) == (
        "Sends “#an” to the OA without showing it in the chat"
    )
    assert tap_description(SmsButton(content="Xin chào", phone_code="0901 888 484")) == (
        "Opens an SMS to 0901888484: “Xin chào”"
    )
    # Numbers are shown as they are sent.
    assert tap_description(PhoneButton(phone_code="+84 901-888.484")) == "Calls 84901888484"


def test_tap_descriptions_of_empty_fields_show_placeholders() -> None:
    assert tap_description(UrlButton()) == "Opens (no URL yet)"
    assert tap_description(QueryShowButton()) == (
        "Sends (no query yet) to the OA (shown in the chat)"
    )
    assert tap_description(SmsButton()) == "Opens an SMS to (no number yet): (no text yet)"
    assert tap_description(PhoneButton(phone_code="  ")) == "Calls (no number yet)"


def test_a_long_query_is_cut_in_the_tap_description() -> None:
    description = tap_description(QueryHideButton(payload="#" + "x" * 999))

    assert len(description) < 250
    assert "“#xxx" in description
    assert "…”" in description


def test_tooltip_text_is_broken_into_tooltip_sized_lines() -> None:
    url = "https://hoasen.example.vn/" + "a" * 100
    text = tooltip_text(f"Opens {url}")

    assert all(len(line) <= 64 for line in text.splitlines())
    assert "".join(text.split()) == f"Opens{url}"


def test_accessible_names_count_from_one_and_say_what_the_button_does() -> None:
    assert accessible_name(1, QueryShowButton(title="Đổi địa chỉ")) == (
        "Button 2: Đổi địa chỉ, sends a query"
    )
    assert accessible_name(0, PhoneButton()) == "Button 1: (no title), makes a call"


def test_titles_are_one_composed_line() -> None:
    decomposed = "Go\u0323i\nngay"  # "Gọi" typed with a combining dot below, and a line break
    assert display_title(PhoneButton(title=decomposed)) == "Gọi ngay"


def test_schedule_line() -> None:
    assert schedule_line(None) == ""
    assert schedule_line("2026-06-01 09:30:00") == "Scheduled for 2026-06-01 09:30"
    assert schedule_line("2026-06-01 09:30:15") == "Scheduled for 2026-06-01 09:30:15"
    assert schedule_line("tomorrow") == "Scheduled for tomorrow"


def test_initials() -> None:
    assert initials("Cửa hàng Hoa Sen") == "CS"
    assert initials("zalo") == "Z"
    assert initials("Hoa Sen Quận 9") == "HQ"
    assert initials("  ") == "OA"


# -- the widget ------------------------------------------------------------------------


def test_text_keeps_its_line_breaks(preview: ZaloPreview) -> None:
    preview.set_draft(Draft(message=Message(text="Dòng một\r\nDòng hai\n\nDòng bốn")))

    text = preview.message_text()
    assert text.text() == "Dòng một\nDòng hai\n\nDòng bốn"
    assert text.line_count() == 4


def test_long_vietnamese_text_wraps_inside_the_bubble(preview: ZaloPreview, qtbot) -> None:
    preview.set_draft(five_button_draft())
    text = preview.message_text()
    qtbot.waitUntil(lambda: text.height() == text.heightForWidth(text.width()))

    assert text.line_count() > LONG_VIETNAMESE_TEXT.count("\n") + 5
    assert preview.bubble().width() <= 360
    assert text.geometry().right() < preview.bubble().width()


def test_a_word_longer_than_the_line_is_broken(preview: ZaloPreview) -> None:
    preview.set_draft(Draft(message=Message(text="https://example.vn/" + "x" * 300)))

    assert preview.message_text().line_count() > 3


def test_five_buttons_in_order_with_an_icon_per_type(preview: ZaloPreview) -> None:
    preview.set_draft(five_button_draft())

    shown = rows(preview)
    assert [row.title() for row in shown] == [
        "Theo dõi đơn hàng",
        "Đổi địa chỉ nhận hàng",
        "Xuất hoá đơn VAT",
        "Nhắn tin cho cửa hàng",
        "Gọi tổng đài",
    ]
    assert [row.property("iconName") for row in shown] == [
        "link", "chat", "chat-hidden", "sms", "phone"
    ]
    assert [row.property("buttonType") for row in shown] == [
        "oa.open.url", "oa.query.show", "oa.query.hide", "oa.open.sms", "oa.open.phone"
    ]
    assert all(row.isVisible() for row in shown)
    assert shown[1].accessibleName() == "Button 2: Đổi địa chỉ nhận hàng, sends a query"


def test_a_long_title_is_elided_like_a_phone(preview: ZaloPreview) -> None:
    preview.set_draft(with_buttons(UrlButton(title=LONG_TITLE, url="https://hoasen.vn")))

    row = rows(preview)[0]
    shown = row.displayed_title()
    assert shown.endswith("…")
    assert LONG_TITLE.startswith(shown[:-1].rstrip())
    assert row.fontMetrics().horizontalAdvance(shown) < row.width()
    assert LONG_TITLE in row.accessibleName()


def test_short_titles_are_not_elided(preview: ZaloPreview) -> None:
    preview.set_draft(five_button_draft())

    assert [r.displayed_title() for r in rows(preview)] == [r.title() for r in rows(preview)]


def test_tooltips_say_what_a_tap_does(preview: ZaloPreview) -> None:
    preview.set_draft(five_button_draft())

    # Tooltips are broken into lines, as wide as a tooltip should be.
    tips = [" ".join(row.toolTip().split()) for row in rows(preview)]
    assert "Opens https://hoasen.example.vn/don-hang/118374" in tips[0]
    assert "“#doi_dia_chi”" in tips[1] and "shown in the chat" in tips[1]
    assert "“#xuat_hoa_don_118374”" in tips[2] and "without showing it" in tips[2]
    assert "Opens an SMS to 0901888484" in tips[3]
    assert "Toi muon doi gio giao don DH-2026-118374" in tips[3]
    assert "Calls 18006868" in tips[4]
    assert all(len(line) <= 64 for row in rows(preview) for line in row.toolTip().splitlines())


def test_tooltips_show_markup_as_typed(preview: ZaloPreview) -> None:
    preview.set_draft(with_buttons(QueryShowButton(title="x", payload="<b>#bold</b>")))

    row = rows(preview)[0]
    assert "&lt;b&gt;#bold&lt;/b&gt;" in row.toolTip()
    assert "<b>" not in row.toolTip()
    assert row.tap_text() == "Sends “<b>#bold</b>” to the OA (shown in the chat)"


def test_empty_fields_show_gentle_placeholders(preview: ZaloPreview) -> None:
    preview.set_draft(Draft(message=Message(text="", buttons=(UrlButton(),))))

    row = rows(preview)[0]
    assert row.title() == "(no title)"
    assert row.displayed_title() == "(no title)"
    assert "(no URL yet)" in row.toolTip()
    text = preview.message_text()
    assert text.is_placeholder()
    assert text.shown_text() == "(empty message)"
    assert text.text() == ""


def test_a_send_date_shows_a_scheduled_line(preview: ZaloPreview) -> None:
    draft = five_button_draft()
    assert not preview.schedule_chip().isVisible()

    preview.set_draft(dataclasses.replace(draft, send_date="2026-06-01 09:30:00"))
    assert preview.schedule_chip().isVisible()
    assert preview.schedule_chip().text() == "Scheduled for 2026-06-01 09:30"

    preview.set_draft(draft)
    assert not preview.schedule_chip().isVisible()


def test_follows_edits_and_reuses_the_rows(preview: ZaloPreview) -> None:
    draft = five_button_draft()
    preview.set_draft(draft)
    before = preview.button_rows()
    ids = [id(row) for row in before]

    # GIVEN a title change
    buttons = list(draft.message.buttons)
    buttons[1] = dataclasses.replace(buttons[1], title="Đổi giờ giao")
    preview.set_message(Message(text=draft.message.text, buttons=tuple(buttons)))
    # THEN the same row shows it
    assert [id(row) for row in preview.button_rows()] == ids
    assert rows(preview)[1].title() == "Đổi giờ giao"
    assert rows(preview)[1].accessibleName().startswith("Button 2: Đổi giờ giao")

    # GIVEN a type change: the icon follows
    buttons[1] = change_button_type(buttons[1], "oa.query.hide")
    preview.set_message(Message(text=draft.message.text, buttons=tuple(buttons)))
    assert rows(preview)[1].property("iconName") == "chat-hidden"
    assert "without showing it" in rows(preview)[1].toolTip()

    # GIVEN a removed button: one row fewer, the spare one hidden, not destroyed
    del buttons[0]
    preview.set_message(Message(text=draft.message.text, buttons=tuple(buttons)))
    assert len(preview.button_rows()) == 4
    assert rows(preview)[0].property("iconName") == "chat-hidden"
    assert rows(preview)[0].accessibleName().startswith("Button 1: Đổi giờ giao")
    assert before[4].isHidden()
    assert [r.title() for r in rows(preview)][-1] == "Gọi tổng đài"

    # GIVEN it is added back: the spare row is shown again
    preview.set_draft(draft)
    assert [id(row) for row in preview.button_rows()] == ids
    assert all(row.isVisible() for row in before)


def test_set_draft_is_idempotent_and_touches_only_what_changed(preview: ZaloPreview) -> None:
    draft = five_button_draft()
    preview.set_draft(draft)
    shown = rows(preview)
    buttons = [row.button() for row in shown]
    tips = [row.toolTip() for row in shown]

    preview.set_draft(draft)
    preview.set_draft(dataclasses.replace(draft))
    # A text edit leaves every row's button object alone.
    edited = dataclasses.replace(
        draft, message=dataclasses.replace(draft.message, text=draft.message.text + "!")
    )
    preview.set_draft(edited)

    assert rows(preview) == shown
    assert [row.button() for row in shown] == buttons
    assert all(row.button() is b for row, b in zip(shown, buttons, strict=True))
    assert [row.toolTip() for row in shown] == tips
    assert preview.message_text().text().endswith("tốt lành!!")


def test_clicking_a_row_emits_its_index(preview: ZaloPreview, qtbot) -> None:
    preview.set_draft(with_buttons(UrlButton(title="A"), PhoneButton(title="B")))
    row = rows(preview)[1]

    with qtbot.waitSignal(preview.button_activated) as signal:
        qtbot.mouseClick(row, QtCore.Qt.MouseButton.LeftButton)

    assert signal.args == [1]


def test_reveal_button_scrolls_its_row_into_view(preview: ZaloPreview, qtbot) -> None:
    preview.resize(600, 400)
    preview.set_draft(five_button_draft())
    chat = preview.findChild(QtWidgets.QScrollArea, "zaloChat")
    assert chat is not None
    last = rows(preview)[4]
    qtbot.waitUntil(lambda: chat.verticalScrollBar().maximum() > 0)

    preview.reveal_button(4)

    top = last.mapTo(chat.viewport(), QtCore.QPoint(0, 0)).y()
    assert top >= 0
    assert top + last.height() <= chat.viewport().height()


def test_oa_name_and_initials(preview: ZaloPreview) -> None:
    assert preview.oa_name() == "Official Account"
    assert preview.avatar().letters() == "OA"

    preview.set_oa_name("  Cửa hàng   Hoa Sen ")

    assert preview.oa_name() == "Cửa hàng Hoa Sen"
    assert preview.title_bar().name() == "Cửa hàng Hoa Sen"
    assert preview.avatar().letters() == "CS"


def test_text_can_be_selected_and_copied(preview: ZaloPreview, qtbot) -> None:
    preview.set_draft(Draft(message=Message(text="Mã đơn: DH-118374")))
    text = preview.message_text()

    text.select_all()
    qtbot.keyClick(text, QtCore.Qt.Key.Key_C, QtCore.Qt.KeyboardModifier.ControlModifier)

    assert text.selected_text() == "Mã đơn: DH-118374"
    assert QtGui.QGuiApplication.clipboard().text() == "Mã đơn: DH-118374"


# -- colours ---------------------------------------------------------------------------


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_colours_are_legible(dark: bool, qapp: QtWidgets.QApplication) -> None:
    palette = dark_palette() if dark else QtWidgets.QApplication.style().standardPalette()
    colors = zalo_colors(palette)

    assert contrast_ratio(colors.text, colors.bubble) >= 7
    assert contrast_ratio(colors.accent, colors.bubble) >= 4.5
    assert contrast_ratio(colors.faint, colors.bubble) >= 3
    assert contrast_ratio(colors.header_text, colors.header) >= 4.5
    assert contrast_ratio(colors.chip_text, colors.chip) >= 4.5
    # The bubble stands out from the chat behind it.
    assert contrast_ratio(colors.bubble, colors.screen) >= 1.2


def test_follows_a_switch_to_a_dark_palette(preview: ZaloPreview) -> None:
    preview.set_draft(five_button_draft())
    assert preview.colors().bubble.lightness() > 200

    preview.setPalette(dark_palette())

    assert preview.colors().bubble.lightness() < 100
    assert preview.colors().accent.name() == "#5ea8ff"
