"""The live request-body preview: follows edits, masks secrets, exact, highlighted, copyable."""

from __future__ import annotations

import json
import unicodedata

from PySide6 import QtCore, QtGui, QtWidgets

from tests.ui.samples import five_button_draft
from zalo_composer.domain.body import MASK, build_request_body, mask_secrets
from zalo_composer.domain.model import Account, Draft, Message, QueryShowButton
from zalo_composer.ui import theme
from zalo_composer.ui.main_window import MainWindow

from .keyboard import type_text

ACCOUNT = Account(oaid="4097311281936189049", api_key="REAL-API-KEY", secret_key="REAL-SECRET")


def test_typed_text_appears_in_the_preview(window: MainWindow, qtbot) -> None:
    qtbot.keyClicks(window.message_editor().text_edit(), "Hello from support")

    qtbot.waitUntil(lambda: '"text": "Hello from support"' in window.preview_text())


def test_typed_vietnamese_appears_unescaped_and_composed(window: MainWindow, qtbot) -> None:
    type_text(window.message_editor().text_edit(), unicodedata.normalize("NFD", "Xin chào\nbạn"))

    # ensure_ascii=False, NFC, and the line break sent as CRLF
    qtbot.waitUntil(lambda: '"text": "Xin chào\\r\\nbạn"' in window.preview_text())


def test_button_edits_appear_in_the_preview(window: MainWindow, qtbot) -> None:
    editor = window.button_list_editor()
    row = editor.add_button("oa.query.hide")
    assert row is not None
    qtbot.keyClicks(row.field("payload").line_edit(), "#secret_callback")

    qtbot.waitUntil(lambda: '"payload": "#secret_callback"' in window.preview_text())
    assert '"type": "oa.query.hide"' in window.preview_text()


def test_preview_is_exactly_the_masked_body_from_the_builder(window: MainWindow) -> None:
    draft = five_button_draft()
    window.set_account(ACCOUNT)
    window.load_draft(draft)
    window.flush_preview()

    expected = build_request_body(
        draft.message,
        account=ACCOUNT,
        recipient=draft.recipients[0],
        request_id=window.pending_request_id(),
    )
    assert window.preview_text() == json.dumps(
        mask_secrets(expected), ensure_ascii=False, indent=2
    )


def test_secrets_are_masked_and_never_shown(window: MainWindow) -> None:
    window.set_account(ACCOUNT)
    window.flush_preview()

    body = json.loads(window.preview_text())
    assert body["ApiKey"] == MASK
    assert body["SecretKey"] == MASK
    assert body["OAID"] == ACCOUNT.oaid
    assert "REAL-" not in window.preview_text()


def test_without_an_account_the_keys_still_show_masked(window: MainWindow) -> None:
    window.set_account(None)
    window.flush_preview()

    body = json.loads(window.preview_text())
    assert (body["ApiKey"], body["SecretKey"], body["OAID"]) == (MASK, MASK, "")
    assert "No account" in window.view.json_preview.note()


def test_the_generated_request_id_is_shown_and_pending(window: MainWindow, qtbot) -> None:
    window.flush_preview()
    generated = window.pending_request_id()
    assert json.loads(window.preview_text())["RequestId"] == generated

    # A typed RequestId replaces it, in the preview and for the next send.
    qtbot.keyClicks(window.send_options_editor().field("request_id").line_edit(), "order-42")
    window.flush_preview()
    assert json.loads(window.preview_text())["RequestId"] == "order-42"
    assert window.pending_request_id() == "order-42"

    # Cleared again, the generated one comes back; renewing makes a new one.
    window.send_options_editor().field("request_id").set_text("")
    assert window.pending_request_id() == generated
    renewed = window.renew_request_id()
    window.flush_preview()
    assert renewed != generated
    assert json.loads(window.preview_text())["RequestId"] == renewed


def test_with_several_recipients_the_first_is_shown(window: MainWindow) -> None:
    window.send_options_editor().field("recipients").set_text("111, 222 333")
    window.flush_preview()

    assert window.draft().recipients == ("111", "222", "333")
    assert json.loads(window.preview_text())["Payload"]["recipient"]["user_id"] == "111"
    assert "first of 3 requests" in window.view.json_preview.note()


def test_copy_puts_the_masked_json_on_the_clipboard(window: MainWindow, qtbot) -> None:
    window.set_account(ACCOUNT)
    window.load_draft(five_button_draft())
    window.flush_preview()

    qtbot.mouseClick(window.view.json_preview.copy_button(), QtCore.Qt.MouseButton.LeftButton)

    copied = QtWidgets.QApplication.clipboard().text()
    assert copied == window.preview_text()
    assert "REAL-SECRET" not in copied
    assert json.loads(copied)["Payload"]["message"]["attachment"]["payload"]["buttons"]


def test_keys_strings_and_numbers_are_coloured(window: MainWindow) -> None:
    window.load_draft(Draft(message=Message(text="x", buttons=(QueryShowButton("t", "p"),))))
    window.flush_preview()
    preview = window.view.json_preview
    colors = theme.json_colors(preview.view().palette())
    document = preview.view().document()

    def colour_at(line_text: str, token: str) -> QtGui.QColor:
        block = document.begin()
        while block.isValid() and line_text not in block.text():
            block = block.next()
        assert block.isValid(), line_text
        offset = block.text().index(token)
        for fmt_range in block.layout().formats():
            if fmt_range.start <= offset < fmt_range.start + fmt_range.length:
                return fmt_range.format.foreground().color()
        raise AssertionError(f"{token!r} is not coloured")

    assert colour_at('"ApiKey"', '"ApiKey"') == colors.key
    assert colour_at('"type": "template"', '"template"') == colors.string
    assert colour_at('"Payload": {', "{") == colors.punctuation


def test_the_preview_keeps_its_scroll_position_while_typing(window: MainWindow, qtbot) -> None:
    window.resize(1024, 700)
    window.show()
    window.load_draft(five_button_draft())
    window.flush_preview()
    bar = window.view.json_preview.view().verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    position = bar.value()

    window.button_list_editor().row(4).field("title").set_text("Gọi tổng đài ngay")
    window.flush_preview()

    assert "Gọi tổng đài ngay" in window.preview_text()
    assert bar.value() == position


def test_the_json_view_is_edited_in_place_and_stays_exact() -> None:
    # Vietnamese, emoji (two UTF-16 units) and line breaks: the view must equal the text.
    from zalo_composer.ui.preview.json_preview import JsonPreview

    preview = JsonPreview()
    texts = ['{\n  "a": "xin"\n}', '{\n  "a": "xin chào 😀"\n}', '{\n  "a": "😀😀 ồ"\n}',
             '{\n  "b": 1,\n  "a": "😀"\n}', "", '{"x": "Đ"}']
    for text in texts:
        preview.set_text(text)
        assert preview.view().toPlainText() == text
        assert preview.text() == text


def test_splice_finds_the_one_edit() -> None:
    import random

    from zalo_composer.ui.draft_changes import splice

    rng = random.Random(7)
    alphabet = "aăâbđ ồ😀\n"
    for _ in range(500):
        old = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        i = rng.randrange(0, len(old) + 1)
        j = rng.randrange(i, len(old) + 1)
        new = old[:i] + "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 4))) + old[j:]
        start, removed, inserted = splice(old, new)
        assert old[:start] + inserted + old[start + len(removed):] == new
        assert len(removed) <= j - i + len(old) and start <= min(len(old), len(new))
