"""The Followers window, the recipient field's completer and the 7-day note, in the real
window against the in-process sandbox (real loopback HTTP, real SQLite)."""

from __future__ import annotations

from datetime import date

from PySide6 import QtCore, QtWidgets

from zalo_composer.sandbox import DEMO_INACTIVE_USER_ID
from zalo_composer.sandbox.followers import TEST_RECIPIENTS
from zalo_composer.ui.followers import FollowersDialog
from zalo_composer.ui.followers.model import COLUMNS
from zalo_composer.ui.main_window import MainWindow


def fetched_dialog(window: MainWindow, qtbot) -> FollowersDialog:  # type: ignore[no-untyped-def]
    dialog = window.followers.show_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    task = dialog.fetch()
    assert task is not None
    qtbot.waitUntil(task.done, timeout=10000)
    return dialog


def row_of(dialog: FollowersDialog, user_id: str) -> int:
    model = dialog.model
    return next(r for r in range(model.rowCount()) if model.recipient(r).user_id == user_id)


def name_user(dialog: FollowersDialog, user_id: str, name: str) -> None:
    model = dialog.model
    index = model.index(row_of(dialog, user_id), COLUMNS.index("name"))
    assert model.setData(index, name)


def test_fetch_name_find_by_typing_and_send(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    # GIVEN the Sandbox profile: fetch who interacted in the last 7 days
    dialog = fetched_dialog(window, qtbot)
    count = dialog.model.rowCount()
    assert 100 < count < 150
    assert dialog.status_text() == f"Fetched {count} of {count}."
    assert set(TEST_RECIPIENTS) <= {dialog.model.recipient(r).user_id for r in range(count)}
    # WHEN two of them are named, and the search field is used without accents
    name_user(dialog, TEST_RECIPIENTS[0], "Chị Lan Thủ Đức")
    name_user(dialog, TEST_RECIPIENTS[1], "Anh Minh")
    dialog.search_field().setText("lan thu duc")
    assert dialog.model.rowCount() == 1
    dialog.search_field().clear()
    # THEN typing part of the name in the recipient field offers the id
    edit = window.send_options_editor().field("recipients").line_edit()
    edit.setFocus()
    qtbot.keyClicks(edit, "thu du")
    assist = window.followers.completer
    assert assist.completer.completionCount() == 1
    assist.choose(assist.completer.completionModel().index(0, 0))
    assert edit.text() == TEST_RECIPIENTS[0]
    assert window.draft().recipients == (TEST_RECIPIENTS[0],)
    note = window.followers.note
    assert not note.warning and "Chị Lan Thủ Đức: interacted within the last 7 days" in note.text()
    # AND the message can be sent to them
    window.message_editor().set_text("Xin chào")
    with qtbot.waitSignal(window.activity.sends.busy_changed, timeout=10000,
                          check_params_cb=lambda busy: not busy):
        window.send()
    sent = window.services().sandbox.running
    assert sent is not None and [m.user_id for m in sent.messages] == [TEST_RECIPIENTS[0]]
    # AND the book shows the last send's outcome
    dialog.refresh()
    lan = dialog.model.recipient(row_of(dialog, TEST_RECIPIENTS[0]))
    assert lan.last_send_state == "accepted"


def test_a_second_recipient_after_a_comma(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = fetched_dialog(window, qtbot)
    name_user(dialog, TEST_RECIPIENTS[1], "Anh Minh")
    edit = window.send_options_editor().field("recipients").line_edit()
    edit.setText(TEST_RECIPIENTS[0] + ", ")
    qtbot.keyClicks(edit, "minh")
    assist = window.followers.completer
    assist.choose(assist.completer.completionModel().index(0, 0))
    assert window.draft().recipients == TEST_RECIPIENTS


def test_the_7_day_warning_is_a_warning_not_a_block(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    fetched_dialog(window, qtbot)
    window.message_editor().set_text("Xin chào")
    window.send_options_editor().field("recipients").set_text(DEMO_INACTIVE_USER_ID)
    note = window.followers.note
    assert note.warning
    assert "no interaction with the OA known" in note.text() and "-230" in note.text()
    assert window.view.can_send(), "a warning, not a block"
    # a user last seen 9 days ago (a fetch over an older range) gets the warning too
    book = window.followers.book()
    assert book is not None
    oaid = window.profile_switcher().current_profile().oaid  # type: ignore[union-attr]
    day = date.fromordinal(date.today().toordinal() - 9)
    book.merge_seen(oaid, ["777"], seen_from=day, seen_to=day)
    window.send_options_editor().field("recipients").set_text("777")
    assert note.warning and "last known: interacted 9 days ago" in note.text()


def test_many_selected_go_to_the_bulk_panel_one_to_the_field(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = fetched_dialog(window, qtbot)
    table = dialog.table()
    flags = (QtCore.QItemSelectionModel.SelectionFlag.Select
             | QtCore.QItemSelectionModel.SelectionFlag.Rows)
    for row in (0, 1, 2):
        table.selectionModel().select(dialog.model.index(row, 0), flags)
    dialog.use_selected()
    chosen = dialog.selected_ids()
    assert window.activity.bulk_panel().recipients().user_ids() == chosen
    table.clearSelection()
    table.selectionModel().select(dialog.model.index(4, 0), flags)
    dialog.use_selected()
    assert window.draft().recipients == (dialog.model.recipient(4).user_id,)


def test_cancel_stops_the_fetch_and_keeps_what_came(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = window.followers.show_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    task = dialog.fetch()
    assert task is not None and dialog.fetching
    dialog.cancel()
    qtbot.waitUntil(task.done, timeout=10000)
    assert not dialog.fetching
    assert "Cancelled" in dialog.status_text()
    assert dialog.findChild(QtWidgets.QPushButton, "fetchButton").isEnabled()


def test_the_same_flow_in_vietnamese(window: MainWindow, qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from zalo_composer.ui.i18n import install_language

    # GIVEN the window in Vietnamese
    install_language(qapp, "vi")
    try:
        # WHEN who interacted is fetched, one is named and found by typing part of the name
        dialog = fetched_dialog(window, qtbot)
        count = dialog.model.rowCount()
        assert dialog.status_text() == f"Đã lấy {count}/{count}."
        name_user(dialog, TEST_RECIPIENTS[0], "Chị Lan Thủ Đức")
        edit = window.send_options_editor().field("recipients").line_edit()
        edit.setFocus()
        qtbot.keyClicks(edit, "thu du")
        assist = window.followers.completer
        assist.choose(assist.completer.completionModel().index(0, 0))
        # THEN the id is filled in and the note speaks Vietnamese
        assert edit.text() == TEST_RECIPIENTS[0]
        assert "Chị Lan Thủ Đức: tương tác trong 7 ngày qua" in window.followers.note.text()
        # AND the message goes to them
        window.message_editor().set_text("Xin chào")
        with qtbot.waitSignal(window.activity.sends.busy_changed, timeout=10000,
                              check_params_cb=lambda busy: not busy):
            window.send()
        sent = window.services().sandbox.running
        assert sent is not None and [m.user_id for m in sent.messages] == [TEST_RECIPIENTS[0]]
    finally:
        install_language(qapp, "en")
