"""Placeholders in the window: red while they have no value, filled from the draft-level
defaults in the counters, the preview and what a send sends."""

from __future__ import annotations

import json

from PySide6 import QtGui

from zalo_composer.domain.model import Draft, Message, UrlButton
from zalo_composer.ui.main_window import MainWindow

TEMPLATE = Draft(
    Message("Chào {{tên}}, đơn {{mã_đơn}} đã sẵn sàng.",
            (UrlButton("Xem đơn {{mã_đơn}}", "https://esms.vn/don/{{mã_đơn}}"),)),
    ("42",),
)


def formats_at(window: MainWindow) -> list[tuple[int, int, QtGui.QColor]]:
    block = window.message_editor().text_edit().document().firstBlock()
    return [(r.start, r.length, r.format.foreground().color()) for r in block.layout().formats()]


def test_unresolved_placeholders_block_sending_and_show_red(window: MainWindow) -> None:
    window.load_draft(TEMPLATE)
    assert not window.view.send_button.isEnabled()
    errors = {p.field for p in window.problems() if p.is_error}
    assert errors == {"text", "buttons[0].title", "buttons[0].url"}
    spans = formats_at(window)
    assert [(s, n) for s, n, _ in spans] == [(5, 7), (18, 10)]
    red = spans[0][2]
    assert red.red() > 150 and red.green() < 100


def test_defaults_fill_the_preview_counter_and_the_send(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.load_draft(TEMPLATE)
    window.set_variable_defaults({"tên": "Lan", "mã_đơn": "DH-7"})
    assert window.view.send_button.isEnabled()
    window.flush_preview()
    body = json.loads(window.preview_text())
    assert body["Payload"]["message"]["text"] == "Chào Lan, đơn DH-7 đã sẵn sàng."
    button = body["Payload"]["message"]["attachment"]["payload"]["buttons"][0]
    assert button["payload"]["url"] == "https://esms.vn/don/DH-7"
    assert window.message_editor().counter().text().startswith("31 /")
    # the known placeholders are no longer red
    assert all(color.red() < 150 for _, _, color in formats_at(window))
    with qtbot.waitSignal(window.send_requested) as sent:
        window.view.send_button.click()
    assert sent.args[0].message.text == "Chào Lan, đơn DH-7 đã sẵn sàng."
    assert window.draft().message.text == TEMPLATE.message.text  # the template is kept


def test_the_calendar_button_schedules_and_the_preview_shows_it(
    window: MainWindow, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    from zalo_composer.ui.editor.send_options import SendOptionsEditor

    window.load_draft(Draft(Message("Xin chào", (UrlButton("Xem", "https://esms.vn"),)), ("42",)))
    options = window.send_options_editor()
    monkeypatch.setattr(SendOptionsEditor, "_ask_send_date",
                        lambda self, current: "2099-01-02 08:30:00")
    options.pick_date_action().trigger()
    assert window.draft().send_date == "2099-01-02 08:30:00"
    window.flush_preview()
    assert json.loads(window.preview_text())["SendDate"] == "2099-01-02 08:30:00"
    assert "2099" in window.view.zalo_preview.schedule_chip().text() or \
        window.view.zalo_preview.send_date() == "2099-01-02 08:30:00"
    assert window.view.send_button.isEnabled()


def test_new_defaults_recolour_without_counting_as_an_edit(window: MainWindow) -> None:
    window.load_draft(TEMPLATE)
    steps = window.undo_stack().stack().count()
    window.set_variable_defaults({"tên": "Lan"})
    assert not window.isWindowModified()
    assert window.undo_stack().stack().count() == steps


def test_undo_and_redo_with_a_default_keep_the_template(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    # GIVEN "Chào {{tên}}" with a default tên = Lan (as the bulk panel gives it)
    window.load_draft(Draft(Message("Chào {{tên}}"), ("42",)))
    window.draft_loaded.emit(window.draft())  # as Open does: undo starts on this draft
    window.set_variable_defaults({"tên": "Lan"})
    text_edit = window.message_editor().text_edit()
    text_edit.setFocus()
    text_edit.moveCursor(QtGui.QTextCursor.MoveOperation.Start)
    # WHEN the user types "!" at the start, then undoes and redoes it
    qtbot.keyClicks(text_edit, "!")
    assert window.message_editor().text() == "!Chào {{tên}}"
    window.undo_stack().undo()
    assert window.message_editor().text() == "Chào {{tên}}"
    window.undo_stack().redo()
    # THEN the editor holds the template, never the filled text; the send is filled
    assert window.message_editor().text() == "!Chào {{tên}}"
    assert window.draft().message.text == "!Chào {{tên}}"
    assert window.filled_draft().message.text == "!Chào Lan"
    window.flush_preview()
    assert json.loads(window.preview_text())["Payload"]["message"]["text"] == "!Chào Lan"


def test_a_bulk_row_s_own_column_beats_the_default_after_an_edit(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.app.bulk_samples import make_table

    # GIVEN a template, a default tên = Lan and a recipients table with its own tên column
    window.load_draft(Draft(Message("Chào {{tên}}, đơn {{order_id}}"), ("42",)))
    panel = window.activity.bulk_panel()
    panel.set_draft(window.draft())
    panel.set_recipients(make_table(2))
    panel.defaults_editor().set_value("tên", "Lan")
    panel.defaults_editor().set_value("order_id", "DH-0")
    # WHEN the user edits the message in the window
    text_edit = window.message_editor().text_edit()
    text_edit.setFocus()
    text_edit.moveCursor(QtGui.QTextCursor.MoveOperation.End)
    qtbot.keyClicks(text_edit, "!")
    # THEN the panel sends the template, each row filled with its own values
    assert panel.draft().message.text == "Chào {{tên}}, đơn {{order_id}}!"
    check = panel.check_all()
    assert [row.message.text for row in check.rows] == [
        "Chào Khách 0, đơn 1000!", "Chào Khách 1, đơn 1001!"]
