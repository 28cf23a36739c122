"""Validation on screen: inline errors on the right field, the summary panel, Send's state."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from zalo_composer.domain.model import Draft, Message, PhoneButton, QueryShowButton, UrlButton
from zalo_composer.ui.inline_problems import ERROR_MARK, WARNING_MARK
from zalo_composer.ui.main_window import MainWindow
from zalo_composer.ui.problems import problem_line

VALID = Draft(
    message=Message(
        text="Xin chào",
        buttons=(
            UrlButton(title="Xem", url="https://example.vn"),
            QueryShowButton(title="Hỏi", payload="#hoi"),
        ),
    ),
    recipients=("2281163470342346421",),
)


def test_an_error_appears_under_its_own_field_only(window: MainWindow, qtbot) -> None:
    window.load_draft(VALID)
    rows = window.button_list_editor().rows()
    assert all(row.field(n).inline_problems().isHidden() for row in rows for n in row.field_names())

    # WHEN the second button's query is cleared
    rows[1].field("payload").line_edit().clear()

    # THEN only that field says so
    payload_problems = rows[1].field("payload").inline_problems()
    assert not payload_problems.isHidden()
    assert payload_problems.plain_text() == f"{ERROR_MARK} Query is required."
    assert rows[1].field("title").inline_problems().isHidden()
    assert rows[0].field("url").inline_problems().isHidden()
    assert [p.field for p in window.problems()] == ["buttons[1].payload"]


def test_problems_follow_their_row_when_rows_move(window: MainWindow) -> None:
    window.load_draft(VALID)
    editor = window.button_list_editor()
    editor.row(0).field("url").set_text("javascript:alert(1)")

    editor.move_row(0, 1)

    assert "javascript" in editor.row(1).field("url").inline_problems().plain_text()
    assert [p.field for p in window.problems()] == ["buttons[1].url"]


def test_warnings_are_marked_differently_and_do_not_block(window: MainWindow) -> None:
    window.load_draft(VALID)
    editor = window.button_list_editor()
    editor.add_button(PhoneButton(title="Gọi", phone_code="123456"))

    field = editor.row(2).field("phone_code")
    assert field.inline_problems().plain_text().startswith(WARNING_MARK)
    assert window.view.send_button.isEnabled()
    panel_item = window.view.problems_panel.list_widget().item(0)
    assert panel_item.text().startswith("Warning · Button 3 · Phone:")


def test_text_and_recipient_problems_show_inline(window: MainWindow) -> None:
    window.load_draft(VALID)

    window.message_editor().set_text("")
    window.send_options_editor().field("recipients").set_text("123, abc")

    assert window.message_editor().inline_problems().plain_text() == (
        f"{ERROR_MARK} The message text is required."
    )
    recipients = window.send_options_editor().field("recipients").inline_problems()
    assert "abc" in recipients.plain_text()


def test_the_panel_lists_every_problem_and_clicking_focuses_the_field(
    window: MainWindow, qtbot
) -> None:
    window.load_draft(Draft(message=Message(buttons=(UrlButton(title="x"),))))
    panel = window.view.problems_panel.list_widget()
    lines = [panel.item(i).text() for i in range(panel.count())]
    assert lines == [problem_line(p) for p in window.problems()]
    assert lines[0] == "Error · Recipient: The recipient's Zalo user_id is required."
    assert any(line.startswith("Error · Button 1 · URL:") for line in lines)

    # WHEN the URL problem is clicked
    index = next(i for i, line in enumerate(lines) if "Button 1 · URL" in line)
    rect = panel.visualItemRect(panel.item(index))
    qtbot.mouseClick(panel.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=rect.center())

    # THEN the URL field of button 1 has the focus
    url_edit = window.button_list_editor().row(0).field("url").line_edit()
    assert window.focusWidget() is url_edit


def test_send_is_enabled_only_while_there_are_no_errors(window: MainWindow, qtbot) -> None:
    assert not window.view.send_button.isEnabled()
    window.load_draft(VALID)
    assert window.view.send_button.isEnabled()

    window.message_editor().set_text("x" * 2001)
    assert not window.view.send_button.isEnabled()

    window.message_editor().set_text("x" * 2000)
    assert window.view.send_button.isEnabled()


def test_send_emits_the_draft_and_nothing_else(window: MainWindow, qtbot) -> None:
    window.load_draft(VALID)

    with qtbot.waitSignal(window.send_requested, timeout=1000) as blocker:
        qtbot.mouseClick(window.view.send_button, QtCore.Qt.MouseButton.LeftButton)

    assert blocker.args == [VALID]
    assert not window.isWindowModified()


def test_ctrl_return_sends_only_when_valid(shown_window: MainWindow, qtbot) -> None:
    sent: list[Draft] = []
    shown_window.send_requested.connect(sent.append)
    text_edit = shown_window.message_editor().text_edit()
    text_edit.setFocus()

    qtbot.keyClick(text_edit, QtCore.Qt.Key.Key_Return, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert sent == []

    shown_window.load_draft(VALID)
    text_edit.setFocus()
    qtbot.keyClick(text_edit, QtCore.Qt.Key.Key_Return, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert sent == [VALID]
    # Ctrl+Return did not also put a line break into the text.
    assert shown_window.message_editor().text() == "Xin chào"


def test_summary_counts_errors_and_warnings(window: MainWindow) -> None:
    summary = window.findChild(QtWidgets.QLabel, "summary")
    assert summary is not None
    window.load_draft(VALID)
    assert summary.text().startswith("✔ Ready to send")

    window.message_editor().set_text("")
    assert summary.text() == f"{ERROR_MARK} 1 error: fix the errors to send."
