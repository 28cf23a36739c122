"""The button-row editor: add, remove, duplicate, reorder (buttons, keys, drag-and-drop), type."""

from __future__ import annotations

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from zalo_composer.domain import limits
from zalo_composer.domain.model import (
    BUTTON_TYPES,
    PhoneButton,
    QueryHideButton,
    QueryShowButton,
    SmsButton,
    UrlButton,
)
from zalo_composer.ui.editor.button_list import (
    BUTTON_ROW_MIME,
    LIMIT_REASON,
    ButtonListEditor,
    drop_target,
)
from zalo_composer.ui.main_window import MainWindow


def titles(editor: ButtonListEditor) -> list[str]:
    return [button.title for button in editor.to_model()]


def three_buttons(window: MainWindow) -> ButtonListEditor:
    editor = window.button_list_editor()
    editor.set_buttons(
        (
            UrlButton(title="A", url="https://a.example"),
            QueryShowButton(title="B", payload="#b"),
            PhoneButton(title="C", phone_code="0901888484"),
        )
    )
    return editor


def test_add_picks_the_type_from_the_combo(window: MainWindow, qtbot) -> None:
    editor = window.button_list_editor()
    combo = editor.add_type_combo()
    for button_type in BUTTON_TYPES:
        combo.setCurrentIndex(combo.findData(button_type))
        qtbot.mouseClick(editor.add_push_button(), QtCore.Qt.MouseButton.LeftButton)

    assert [b.type for b in editor.to_model()] == list(BUTTON_TYPES)
    assert [row.button_type() for row in editor.rows()] == list(BUTTON_TYPES)
    assert editor.row(3).field_names() == ("title", "content", "phone_code")
    assert [b.type for b in window.draft().message.buttons] == list(BUTTON_TYPES)


def test_the_combo_shows_human_labels_and_the_type_code(window: MainWindow) -> None:
    combo = window.button_list_editor().add_type_combo()

    labels = [combo.itemText(i) for i in range(combo.count())]

    assert labels[0] == "Open URL (oa.open.url)"
    assert labels[4] == "Call phone (oa.open.phone)"


def test_add_is_disabled_at_the_limit_with_the_reason_shown(window: MainWindow) -> None:
    editor = window.button_list_editor()
    for _ in range(limits.BUTTONS_MAX - 1):
        editor.add_button("oa.query.show")
    assert editor.add_push_button().isEnabled()
    assert editor.limit_reason().isHidden()

    editor.add_button("oa.query.show")

    assert not editor.add_push_button().isEnabled()
    assert not editor.limit_reason().isHidden()
    assert "at most 5 buttons" in editor.limit_reason().text()
    assert editor.add_push_button().toolTip() == LIMIT_REASON
    assert all(not row.tool_button("duplicate").isEnabled() for row in editor.rows())
    assert editor.add_button("oa.query.show") is None
    assert len(editor.rows()) == limits.BUTTONS_MAX

    # WHEN one is removed, adding is possible again
    editor.remove_row(0)
    assert editor.add_push_button().isEnabled()
    assert editor.limit_reason().isHidden()


def test_remove_takes_out_that_row(window: MainWindow, qtbot) -> None:
    editor = three_buttons(window)

    qtbot.mouseClick(editor.row(1).tool_button("remove"), QtCore.Qt.MouseButton.LeftButton)

    assert titles(editor) == ["A", "C"]
    assert editor.row(1).accessibleName() == "Button 2 of 2"


def test_duplicate_puts_a_copy_below(window: MainWindow, qtbot) -> None:
    editor = three_buttons(window)

    qtbot.mouseClick(editor.row(0).tool_button("duplicate"), QtCore.Qt.MouseButton.LeftButton)

    model = editor.to_model()
    assert titles(editor) == ["A", "A", "B", "C"]
    assert model[1] == UrlButton(title="A", url="https://a.example")


def test_move_buttons_reorder_and_disable_at_the_ends(window: MainWindow, qtbot) -> None:
    editor = three_buttons(window)
    assert not editor.row(0).tool_button("up").isEnabled()
    assert not editor.row(2).tool_button("down").isEnabled()

    qtbot.mouseClick(editor.row(0).tool_button("down"), QtCore.Qt.MouseButton.LeftButton)
    assert titles(editor) == ["B", "A", "C"]

    qtbot.mouseClick(editor.row(2).tool_button("up"), QtCore.Qt.MouseButton.LeftButton)
    assert titles(editor) == ["B", "C", "A"]
    assert window.draft().message.buttons[2].title == "A"


def test_alt_up_and_alt_down_move_the_focused_row(shown_window: MainWindow, qtbot) -> None:
    editor = three_buttons(shown_window)
    title_edit = editor.row(2).field("title").line_edit()  # type: ignore[union-attr]
    title_edit.setFocus()
    qtbot.waitUntil(title_edit.hasFocus)

    qtbot.keyClick(title_edit, QtCore.Qt.Key.Key_Up, QtCore.Qt.KeyboardModifier.AltModifier)
    assert titles(editor) == ["A", "C", "B"]
    qtbot.keyClick(title_edit, QtCore.Qt.Key.Key_Up, QtCore.Qt.KeyboardModifier.AltModifier)
    assert titles(editor) == ["C", "A", "B"]
    # At the top, Alt+Up does nothing.
    qtbot.keyClick(title_edit, QtCore.Qt.Key.Key_Up, QtCore.Qt.KeyboardModifier.AltModifier)
    assert titles(editor) == ["C", "A", "B"]

    qtbot.keyClick(title_edit, QtCore.Qt.Key.Key_Down, QtCore.Qt.KeyboardModifier.AltModifier)
    assert titles(editor) == ["A", "C", "B"]
    # The moved row keeps the focus, so the keys can be pressed again and again.
    assert title_edit.hasFocus()


def test_tab_order_follows_the_screen_after_a_move(window: MainWindow) -> None:
    editor = three_buttons(window)
    editor.move_row(2, 0)

    first_row_title = editor.row(0).field("title").line_edit()  # type: ignore[union-attr]
    remove_of_first = editor.row(0).tool_button("remove")
    combo_of_second = editor.row(1).type_combo()

    assert editor.row(0).type_combo().nextInFocusChain() is first_row_title
    assert remove_of_first.nextInFocusChain() is combo_of_second


@pytest.mark.parametrize(
    ("source", "gap", "target"),
    [(0, 0, 0), (0, 1, 0), (0, 2, 1), (0, 3, 2), (2, 0, 0), (2, 1, 1), (2, 3, 2), (1, 3, 2)],
)
def test_drop_target_accounts_for_the_removed_row(source: int, gap: int, target: int) -> None:
    assert drop_target(source, gap) == target


def test_move_row_refuses_out_of_range(window: MainWindow) -> None:
    editor = three_buttons(window)

    assert not editor.move_row(0, 3)
    assert not editor.move_row(-1, 0)
    assert not editor.move_row(1, 1)
    assert titles(editor) == ["A", "B", "C"]


def _send_drop(container: QtWidgets.QWidget, mime: QtCore.QMimeData, y: int) -> bool:
    """Deliver a drag-enter, drag-move and drop at height *y*, as Qt does for a real drop."""
    point = QtCore.QPointF(20, y)
    # Drag enter/move events take a QPoint in PySide6 6.11, a QPointF in later versions.
    int_point = QtCore.QPoint(20, y)
    action = QtCore.Qt.DropAction.MoveAction
    left = QtCore.Qt.MouseButton.LeftButton
    none = QtCore.Qt.KeyboardModifier.NoModifier
    enter = QtGui.QDragEnterEvent(int_point, action, mime, left, none)
    QtWidgets.QApplication.sendEvent(container, enter)
    if not enter.isAccepted():
        return False
    move = QtGui.QDragMoveEvent(int_point, action, mime, left, none)
    QtWidgets.QApplication.sendEvent(container, move)
    drop = QtGui.QDropEvent(point, action, mime, left, none)
    QtWidgets.QApplication.sendEvent(container, drop)
    return drop.isAccepted()


def test_dragging_a_handle_and_dropping_it_moves_the_row(
    shown_window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = three_buttons(shown_window)
    container = editor.rows_container()
    qtbot.waitUntil(lambda: editor.row(2).geometry().height() > 0)
    started: list[QtCore.QMimeData] = []

    def fake_exec(drag: QtGui.QDrag, *args: object) -> QtCore.Qt.DropAction:
        # A real QDrag.exec runs a nested loop driven by the OS pointer; keep its data.
        started.append(drag.mimeData())
        return QtCore.Qt.DropAction.MoveAction

    monkeypatch.setattr(QtGui.QDrag, "exec", fake_exec)

    # GIVEN the user presses on the first row's handle and moves the mouse
    handle = editor.row(0).handle()
    qtbot.mousePress(handle, QtCore.Qt.MouseButton.LeftButton, pos=QtCore.QPoint(3, 3))
    far = QtCore.QPointF(3, 3 + 3 * QtWidgets.QApplication.startDragDistance())
    move = QtGui.QMouseEvent(
        QtCore.QEvent.Type.MouseMove,
        far,
        handle.mapToGlobal(far),
        QtCore.Qt.MouseButton.NoButton,
        QtCore.Qt.MouseButton.LeftButton,
        QtCore.Qt.KeyboardModifier.NoModifier,
    )
    QtWidgets.QApplication.sendEvent(handle, move)
    assert len(started) == 1
    assert started[0].hasFormat(BUTTON_ROW_MIME)

    # WHEN that drag is dropped below the last row
    below_last = editor.row(2).geometry().bottom() - 2
    assert _send_drop(container, started[0], below_last)

    # THEN the first row is now the last
    assert titles(editor) == ["B", "C", "A"]
    assert shown_window.isWindowModified()


def test_dropping_between_rows_lands_in_that_gap(shown_window: MainWindow, qtbot) -> None:
    editor = three_buttons(shown_window)
    container = editor.rows_container()
    qtbot.waitUntil(lambda: editor.row(2).geometry().height() > 0)
    mime = QtCore.QMimeData()
    mime.setData(BUTTON_ROW_MIME, QtCore.QByteArray(f"{id(editor)}:2".encode()))

    # Above the middle of row 1 is the gap between rows 0 and 1.
    y = editor.row(1).geometry().top() + 2
    assert _send_drop(container, mime, y)

    assert titles(editor) == ["A", "C", "B"]


def test_drops_from_elsewhere_are_refused(shown_window: MainWindow, qtbot) -> None:
    editor = three_buttons(shown_window)
    container = editor.rows_container()
    foreign = QtCore.QMimeData()
    foreign.setData(BUTTON_ROW_MIME, QtCore.QByteArray(b"12345:0"))
    text = QtCore.QMimeData()
    text.setText("hello")

    assert not _send_drop(container, foreign, 5)
    assert not _send_drop(container, text, 5)
    assert titles(editor) == ["A", "B", "C"]


def test_type_change_keeps_the_title_and_swaps_the_fields(window: MainWindow) -> None:
    editor = window.button_list_editor()
    editor.set_buttons((UrlButton(title="Gọi ngay", url="https://a.example"),))
    row = editor.row(0)

    row.type_combo().setCurrentIndex(row.type_combo().findData("oa.open.sms"))

    assert row.field_names() == ("title", "content", "phone_code")
    assert editor.to_model() == (SmsButton(title="Gọi ngay"),)
    assert row.field("url") is None

    # Shared fields survive too: the phone number from SMS to call, the query shown to hidden.
    row.field("phone_code").set_text("0901888484")  # type: ignore[union-attr]
    row.set_button_type("oa.open.phone")
    assert editor.to_model() == (PhoneButton(title="Gọi ngay", phone_code="0901888484"),)
    row.set_button_type("oa.query.show")
    row.field("payload").set_text("#hoi")  # type: ignore[union-attr]
    row.set_button_type("oa.query.hide")
    assert editor.to_model() == (QueryHideButton(title="Gọi ngay", payload="#hoi"),)
    assert window.isWindowModified()


def test_too_many_buttons_from_a_file_show_an_error_on_the_list(window: MainWindow) -> None:
    window.load_draft(
        window.draft().__class__(
            message=window.draft().message.__class__(
                text="x", buttons=tuple(QueryShowButton(title="t", payload="p") for _ in range(6))
            )
        )
    )
    editor = window.button_list_editor()

    assert len(editor.rows()) == 6
    assert "at most 5 are allowed" in editor.inline_problems().plain_text()
    assert not editor.add_push_button().isEnabled()
    assert not window.view.send_button.isEnabled()


def test_setting_buttons_directly_refreshes_problems_and_preview(window: MainWindow) -> None:
    three_buttons(window)
    window.flush_preview()

    assert "buttons" not in [p.field for p in window.problems()]
    assert '"title": "C"' in window.preview_text()
