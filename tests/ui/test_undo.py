"""Undo and redo: one step per user action (typing per word or pause), every operation of
the editor, the keys inside the fields, focus back to the field, clean state, fresh stacks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from zalo_composer.domain.model import (
    Button,
    Draft,
    Message,
    PhoneButton,
    QueryHideButton,
    QueryShowButton,
    SmsButton,
    UrlButton,
)
from zalo_composer.ui.draft_changes import describe_change
from zalo_composer.ui.editor.button_list import BUTTON_ROW_MIME
from zalo_composer.ui.main_window import MainWindow
from zalo_composer.ui.undo import MERGE_PAUSE_S, DraftUndo

from .keyboard import commit_text, type_text

CTRL = QtCore.Qt.KeyboardModifier.ControlModifier
SHIFT = QtCore.Qt.KeyboardModifier.ShiftModifier


class FakeClock:
    """The undo stack's clock: time moves only when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def undo(window: MainWindow, clock: FakeClock) -> DraftUndo:
    """The window's own undo stack, on a clock the test drives."""
    own = window.undo_stack()
    own.clock = clock
    return own


def start(window: MainWindow, undo: DraftUndo, draft: Draft) -> None:
    """Show *draft* as a freshly opened file does."""
    window.load_draft(draft)
    undo.reset()


def typed(widget: QtWidgets.QWidget, text: str, clock: FakeClock, gap: float = 0.1) -> None:
    """Type *text* at the end of *widget*, one key every *gap* seconds."""
    if isinstance(widget, QtWidgets.QPlainTextEdit):
        widget.moveCursor(QtGui.QTextCursor.MoveOperation.End)
    elif isinstance(widget, QtWidgets.QLineEdit):
        widget.end(False)
    for char in text:
        type_text(widget, char)
        clock.advance(gap)


def backspace(widget: QtWidgets.QWidget, times: int, clock: FakeClock) -> None:
    for _ in range(times):
        for kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
            event = QtGui.QKeyEvent(
                kind, QtCore.Qt.Key.Key_Backspace, QtCore.Qt.KeyboardModifier.NoModifier
            )
            QtWidgets.QApplication.sendEvent(widget, event)
        clock.advance(0.1)


def text_edit(window: MainWindow) -> QtWidgets.QPlainTextEdit:
    return window.message_editor().text_edit()


def button_edit(window: MainWindow, row: int, name: str) -> QtWidgets.QLineEdit:
    field = window.button_list_editor().row(row).field(name)
    assert field is not None
    return field.line_edit()


def titles(window: MainWindow) -> list[str]:
    return [button.title for button in window.draft().message.buttons]


def _focused(qtbot, widget: QtWidgets.QWidget) -> QtWidgets.QWidget:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    return widget


def undo_all(undo: DraftUndo) -> int:
    steps = 0
    while undo.stack().canUndo():
        undo.undo()
        steps += 1
    return steps


THREE_BUTTONS = Draft(
    message=Message(
        text="Xin chào",
        buttons=(
            UrlButton(title="A", url="https://a.example"),
            QueryShowButton(title="B", payload="#b"),
            PhoneButton(title="C", phone_code="0901888484"),
        ),
    ),
    recipients=("user1",),
)


# -- typing ----------------------------------------------------------------------------


def test_typing_is_one_step_per_word(window: MainWindow, undo: DraftUndo, clock) -> None:
    typed(text_edit(window), "Xin chào bạn", clock)

    assert undo.stack().count() == 3
    assert undo.undo_action().text() == "&Undo typing in Message text"
    undo.undo()
    assert window.draft().message.text == "Xin chào "
    undo.undo()
    assert window.draft().message.text == "Xin "
    undo.undo()
    assert window.draft().message.text == ""
    assert not undo.stack().canUndo()
    for expected in ("Xin ", "Xin chào ", "Xin chào bạn"):
        undo.redo()
        assert window.draft().message.text == expected


def test_words_committed_by_an_input_method_are_steps_too(
    window: MainWindow, undo: DraftUndo, clock
) -> None:
    # Telex through IBus commits whole syllables; a space or comma ends the word.
    edit = text_edit(window)
    for piece in ("Cảm", " ", "ơn", ", ", "anh"):
        commit_text(edit, piece)
        clock.advance(0.2)

    assert window.draft().message.text == "Cảm ơn, anh"
    assert undo.stack().count() == 3
    undo.undo()
    assert window.draft().message.text == "Cảm ơn, "


def test_a_pause_starts_a_new_step(window: MainWindow, undo: DraftUndo, clock) -> None:
    edit = text_edit(window)
    typed(edit, "Cả", clock)
    clock.advance(MERGE_PAUSE_S)  # the user stops to think
    typed(edit, "m ơ", clock)
    clock.advance(MERGE_PAUSE_S - 0.2)  # a shorter hesitation does not split
    typed(edit, "n", clock)

    assert undo.stack().count() == 3  # "Cả", "m ", "ơn"
    undo.undo()
    assert window.draft().message.text == "Cảm "
    undo.undo()
    assert window.draft().message.text == "Cả"


def test_punctuation_ends_a_step_and_runs_of_it_stay_together(
    window: MainWindow, undo: DraftUndo, clock
) -> None:
    start(window, undo, Draft(message=Message(buttons=(UrlButton(title="Xem"),))))
    typed(button_edit(window, 0, "url"), "https://hoasen.vn", clock)

    assert undo.stack().count() == 3  # "https://", "hoasen.", "vn"
    undo.undo()
    assert window.draft().message.buttons[0] == UrlButton(title="Xem", url="https://hoasen.")
    undo.undo()
    assert window.draft().message.buttons[0] == UrlButton(title="Xem", url="https://")


def test_deleting_is_one_step(window: MainWindow, undo: DraftUndo, clock) -> None:
    start(window, undo, Draft(message=Message(text="Xin chào bạn")))
    edit = text_edit(window)
    edit.moveCursor(QtGui.QTextCursor.MoveOperation.End)

    backspace(edit, 4, clock)

    assert window.draft().message.text == "Xin chào"
    assert undo.stack().count() == 1
    assert undo.stack().undoText() == "deleting in Message text"
    undo.undo()
    assert window.draft().message.text == "Xin chào bạn"


def test_an_edit_in_another_field_starts_a_new_step(
    window: MainWindow, undo: DraftUndo, clock
) -> None:
    typed(text_edit(window), "Xin", clock)
    typed(window.send_options_editor().field("note").line_edit(), "ghi", clock)
    typed(text_edit(window), "chào", clock)

    assert undo.stack().count() == 3
    undo.undo()
    assert window.draft() == Draft(message=Message(text="Xin"), note="ghi")
    undo.undo()
    assert window.draft() == Draft(message=Message(text="Xin"))


# -- every field -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("button", "field", "typing"),
    [
        (UrlButton(title="Xem", url="https://a.vn"), "title", "Ngay"),
        (UrlButton(title="Xem", url="https://a.vn/"), "url", "donhang"),
        (QueryShowButton(title="Hỏi", payload="#hoi"), "payload", "_them"),
        (QueryHideButton(title="Ẩn", payload="#an"), "payload", "_them"),
        (SmsButton(title="Nhắn", content="Toi muon", phone_code="0901"), "content", "X"),
        (SmsButton(title="Nhắn", content="Toi", phone_code="0901"), "phone_code", "888484"),
        (PhoneButton(title="Gọi", phone_code="1800"), "phone_code", "6868"),
    ],
)
def test_each_button_field_is_one_step(
    window: MainWindow, undo: DraftUndo, clock, button: Button, field: str, typing: str
) -> None:
    original = Draft(message=Message(text="Xin chào", buttons=(button,)))
    start(window, undo, original)

    typed(button_edit(window, 0, field), typing, clock)
    edited = window.draft()
    assert edited.message.buttons[0].values()[field] == button.values()[field] + typing

    assert undo.stack().count() == 1
    undo.undo()
    assert window.draft() == original
    undo.redo()
    assert window.draft() == edited


@pytest.mark.parametrize(
    ("name", "original", "typing", "edited"),
    [
        (
            "recipients",
            Draft(recipients=("user1",)),
            ", user2",
            Draft(recipients=("user1", "user2")),
        ),
        ("request_id", Draft(request_id="REQ"), "42", Draft(request_id="REQ42")),
        (
            "send_date",
            Draft(send_date="2026-12-01 08:00:0"),
            "5",
            Draft(send_date="2026-12-01 08:00:05"),
        ),
        ("note", Draft(note="ghi chú "), "thêm", Draft(note="ghi chú thêm")),
    ],
)
def test_each_send_option_is_one_step(
    window: MainWindow,
    undo: DraftUndo,
    clock,
    name: str,
    original: Draft,
    typing: str,
    edited: Draft,
) -> None:
    start(window, undo, original)

    typed(window.send_options_editor().field(name).line_edit(), typing, clock)
    assert window.draft() == edited

    assert undo.stack().count() == 1
    undo.undo()
    assert window.draft() == original
    undo.redo()
    assert window.draft() == edited


# -- rows ----------------------------------------------------------------------------------


def test_adding_a_button_is_one_step(window: MainWindow, undo: DraftUndo, qtbot) -> None:
    start(window, undo, Draft(message=Message(text="Xin chào")))
    editor = window.button_list_editor()
    editor.add_type_combo().setCurrentIndex(editor.add_type_combo().findData("oa.open.sms"))

    qtbot.mouseClick(editor.add_push_button(), QtCore.Qt.MouseButton.LeftButton)

    assert undo.stack().undoText() == "add button 1"
    undo.undo()
    assert window.draft() == Draft(message=Message(text="Xin chào"))
    undo.redo()
    assert window.draft().message.buttons == (SmsButton(),)


def test_removing_a_button_is_one_step(window: MainWindow, undo: DraftUndo) -> None:
    start(window, undo, THREE_BUTTONS)

    window.button_list_editor().row(1).tool_button("remove").click()
    assert titles(window) == ["A", "C"]

    assert undo.stack().undoText() == "remove button 2"
    undo.undo()
    assert window.draft() == THREE_BUTTONS
    undo.redo()
    assert titles(window) == ["A", "C"]


def test_duplicating_a_button_is_one_step(window: MainWindow, undo: DraftUndo) -> None:
    start(window, undo, THREE_BUTTONS)

    window.button_list_editor().row(0).tool_button("duplicate").click()
    assert titles(window) == ["A", "A", "B", "C"]

    assert undo.stack().count() == 1
    assert undo.stack().undoText() == "duplicate button 1"
    undo.undo()
    assert window.draft() == THREE_BUTTONS
    undo.redo()
    assert titles(window) == ["A", "A", "B", "C"]


@pytest.mark.parametrize(
    ("row", "tool", "after"),
    [(1, "up", ["B", "A", "C"]), (1, "down", ["A", "C", "B"]), (2, "up", ["A", "C", "B"])],
)
def test_moving_a_button_is_one_step(
    window: MainWindow, undo: DraftUndo, row: int, tool: str, after: list[str]
) -> None:
    start(window, undo, THREE_BUTTONS)

    window.button_list_editor().row(row).tool_button(tool).click()
    assert titles(window) == after

    assert undo.stack().count() == 1
    assert undo.stack().undoText().startswith("move button")
    undo.undo()
    assert window.draft() == THREE_BUTTONS
    undo.redo()
    assert titles(window) == after


def test_alt_up_moves_a_button_in_one_step_and_undo_follows_the_row(
    shown_window: MainWindow, undo: DraftUndo, qtbot
) -> None:
    start(shown_window, undo, THREE_BUTTONS)
    _focused(qtbot, button_edit(shown_window, 2, "title"))

    qtbot.keyClick(
        button_edit(shown_window, 2, "title"),
        QtCore.Qt.Key.Key_Up,
        QtCore.Qt.KeyboardModifier.AltModifier,
    )
    assert titles(shown_window) == ["A", "C", "B"]
    assert undo.stack().undoText() == "move button 3 up"

    undo.undo()
    assert shown_window.draft() == THREE_BUTTONS
    assert button_edit(shown_window, 2, "title").hasFocus()  # "C" back in its place
    undo.redo()
    assert button_edit(shown_window, 1, "title").hasFocus()


def _drop(container: QtWidgets.QWidget, mime: QtCore.QMimeData, y: int) -> None:
    """A drag-enter, drag-move and drop at height *y*, as Qt delivers a real drop."""
    action = QtCore.Qt.DropAction.MoveAction
    left = QtCore.Qt.MouseButton.LeftButton
    none = QtCore.Qt.KeyboardModifier.NoModifier
    for kind in (QtGui.QDragEnterEvent, QtGui.QDragMoveEvent):
        QtWidgets.QApplication.sendEvent(
            container, kind(QtCore.QPoint(20, y), action, mime, left, none)
        )
    drop = QtGui.QDropEvent(QtCore.QPointF(20, y), action, mime, left, none)
    QtWidgets.QApplication.sendEvent(container, drop)
    assert drop.isAccepted()


def test_a_drag_and_drop_move_is_one_step(
    shown_window: MainWindow, undo: DraftUndo, qtbot
) -> None:
    start(shown_window, undo, THREE_BUTTONS)
    editor = shown_window.button_list_editor()
    qtbot.waitUntil(lambda: editor.row(2).geometry().height() > 0)
    mime = QtCore.QMimeData()
    mime.setData(BUTTON_ROW_MIME, QtCore.QByteArray(f"{id(editor)}:0".encode()))

    # WHEN the first row is dropped below the last
    _drop(editor.rows_container(), mime, editor.row(2).geometry().bottom() - 2)
    assert titles(shown_window) == ["B", "C", "A"]

    # THEN one undo puts it back, one redo moves it again
    assert undo.stack().count() == 1
    assert undo.stack().undoText() == "move button 1 to 3"
    undo.undo()
    assert shown_window.draft() == THREE_BUTTONS
    undo.redo()
    assert titles(shown_window) == ["B", "C", "A"]


def test_undoing_a_type_change_brings_back_the_old_type_and_its_fields(
    window: MainWindow, undo: DraftUndo
) -> None:
    start(window, undo, THREE_BUTTONS)
    row = window.button_list_editor().row(0)

    row.set_button_type("oa.open.phone")
    assert window.draft().message.buttons[0] == PhoneButton(title="A")

    assert undo.stack().count() == 1
    assert undo.stack().undoText() == "change the type of button 1"
    undo.undo()
    assert window.draft() == THREE_BUTTONS
    row = window.button_list_editor().row(0)
    assert row.button_type() == "oa.open.url"
    assert row.field_names() == ("title", "url")
    assert row.type_combo().currentData() == "oa.open.url"
    undo.redo()
    assert window.draft().message.buttons[0] == PhoneButton(title="A")


# -- one action, one step ------------------------------------------------------------------


def test_undo_takes_back_one_action_at_a_time_never_the_whole_form(
    window: MainWindow, undo: DraftUndo, clock
) -> None:
    editor = window.button_list_editor()
    states = [window.draft()]

    def act(action) -> None:  # type: ignore[no-untyped-def]
        action()
        clock.advance(5)
        states.append(window.draft())

    act(lambda: typed(text_edit(window), "Xin", clock))
    act(lambda: editor.add_button("oa.query.show"))
    act(lambda: typed(button_edit(window, 0, "title"), "Hỏi", clock))
    act(lambda: typed(button_edit(window, 0, "payload"), "#hoi", clock))
    act(lambda: editor.duplicate_row(0))
    act(lambda: editor.row(1).set_button_type("oa.query.hide"))
    act(lambda: editor.move_row(1, 0))
    act(lambda: typed(window.send_options_editor().field("recipients").line_edit(), "u1", clock))
    act(lambda: editor.remove_row(1))

    assert undo.stack().count() == len(states) - 1
    for expected in reversed(states[:-1]):
        undo.undo()
        assert window.draft() == expected
    for expected in states[1:]:
        undo.redo()
        assert window.draft() == expected


def test_a_new_edit_after_undo_drops_the_redo_branch(
    window: MainWindow, undo: DraftUndo, clock
) -> None:
    typed(text_edit(window), "Xin chào", clock)
    undo.undo()
    assert undo.stack().canRedo()

    typed(text_edit(window), "bạn", clock)

    assert not undo.stack().canRedo()
    assert undo.stack().count() == 2
    undo.undo()
    assert window.draft().message.text == "Xin "
    undo.redo()
    assert window.draft().message.text == "Xin bạn"


def test_typing_after_undo_or_redo_starts_a_new_step(
    window: MainWindow, undo: DraftUndo, clock
) -> None:
    typed(text_edit(window), "Xin", clock)
    typed(window.send_options_editor().field("note").line_edit(), "a", clock)
    undo.undo()  # the note; "Xin" is on top again

    typed(text_edit(window), "chào", clock)

    undo.undo()
    assert window.draft().message.text == "Xin"


def test_undo_and_redo_tell_the_window_listeners_without_adding_steps(
    window: MainWindow, undo: DraftUndo, clock, qtbot
) -> None:
    typed(text_edit(window), "Xin chào", clock)

    with qtbot.waitSignal(window.draft_changed) as undone:
        undo.undo()
    with qtbot.waitSignal(window.draft_changed) as redone:
        undo.redo()

    assert undone.args == [Draft(message=Message(text="Xin "))]
    assert redone.args == [Draft(message=Message(text="Xin chào"))]
    assert undo.stack().count() == 2
    assert undo.stack().index() == 2


def test_separators_in_the_recipients_make_no_empty_steps(
    window: MainWindow, undo: DraftUndo, clock
) -> None:
    typed(window.send_options_editor().field("recipients").line_edit(), "u1, ", clock)

    assert undo.stack().count() == 1
    assert window.draft().recipients == ("u1",)


# -- fresh stacks and the clean state --------------------------------------------------------


def test_reset_gives_an_empty_clean_stack(window: MainWindow, undo: DraftUndo, clock) -> None:
    typed(text_edit(window), "Xin chào", clock)
    assert not undo.is_clean()

    undo.reset()

    assert undo.stack().count() == 0
    assert undo.is_clean()
    assert not undo.undo_action().isEnabled()
    assert undo.undo_action().text() == "&Undo"
    # The baseline is what the window shows: the next edit is one step on top of it.
    typed(text_edit(window), "!", clock)
    undo.undo()
    assert window.draft().message.text == "Xin chào"


def test_new_and_open_start_a_fresh_stack(
    window: MainWindow, undo: DraftUndo, clock, tmp_path: Path
) -> None:
    typed(text_edit(window), "Xin chào", clock)
    window.files.new()
    assert undo.stack().count() == 0

    path = tmp_path / "a.zalo.json"
    typed(text_edit(window), "Mở", clock)
    assert window.files.save_to(path)
    typed(text_edit(window), " thêm", clock)
    assert window.files.open_path(path)

    assert undo.stack().count() == 0
    assert undo.is_clean()
    typed(text_edit(window), "!", clock)
    undo.undo()
    assert window.draft().message.text == "Mở"


def test_restored_work_starts_a_fresh_stack_that_is_not_clean(
    window: MainWindow, undo: DraftUndo, clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.autosaver.recovery.save(Draft(message=Message(text="Khôi phục")), None)
    monkeypatch.setattr(window.dialogs, "confirm", lambda _title, _text: True)
    typed(text_edit(window), "Xin", clock)

    assert window.files.offer_recovery()

    assert undo.stack().count() == 0
    assert not undo.is_clean()
    typed(text_edit(window), "!", clock)
    undo.undo()
    assert window.draft().message.text == "Khôi phục"
    assert not undo.is_clean()


def test_the_clean_state_follows_set_clean(
    window: MainWindow, undo: DraftUndo, clock, qtbot
) -> None:
    changes: list[bool] = []
    undo.clean_changed.connect(changes.append)
    typed(text_edit(window), "Xin ", clock)
    assert changes == [False]

    undo.set_clean()  # saved here
    assert undo.is_clean()
    typed(text_edit(window), "chào", clock)
    assert not undo.is_clean()

    undo.undo()  # back to the saved point
    assert undo.is_clean()
    assert window.draft().message.text == "Xin "
    undo.undo()
    assert not undo.is_clean()
    undo.redo()
    assert undo.is_clean()
    assert changes == [False, True, False, True, False, True]


def test_saving_marks_the_clean_state_and_typing_after_it_is_a_new_step(
    window: MainWindow, undo: DraftUndo, clock, tmp_path: Path
) -> None:
    typed(text_edit(window), "Xin", clock)
    assert window.files.save_to(tmp_path / "a.zalo.json")
    assert undo.is_clean()

    typed(text_edit(window), "chào", clock)  # the same word, but after a save
    undo.undo()

    assert window.draft().message.text == "Xin"
    assert undo.is_clean()


def test_the_window_can_follow_the_clean_state(
    window: MainWindow, undo: DraftUndo, clock
) -> None:
    undo.clean_changed.connect(lambda clean: window.setWindowModified(not clean))
    typed(text_edit(window), "Xin", clock)
    assert window.isWindowModified()

    undo.undo()

    assert not window.isWindowModified()


# -- keys, menu, focus -------------------------------------------------------------------------


def _value(widget: QtWidgets.QWidget) -> str:
    if isinstance(widget, QtWidgets.QPlainTextEdit):
        return widget.toPlainText()
    assert isinstance(widget, QtWidgets.QLineEdit)
    return widget.text()


@pytest.mark.parametrize("where", ["message text", "button title"])
def test_undo_and_redo_keys_work_inside_the_fields(
    shown_window: MainWindow, undo: DraftUndo, clock, qtbot, where: str
) -> None:
    start(shown_window, undo, Draft(message=Message(buttons=(UrlButton(),))))

    def field() -> QtWidgets.QWidget:
        # Undo shows the snapshot in new button rows: look the field up each time.
        if where == "message text":
            return text_edit(shown_window)
        return button_edit(shown_window, 0, "title")

    typed(_focused(qtbot, field()), "ab cd", clock)

    qtbot.keyClick(field(), QtCore.Qt.Key.Key_Z, CTRL)
    assert _value(field()) == "ab "  # our step, not the field's own undo of everything
    assert field().hasFocus()
    qtbot.keyClick(field(), QtCore.Qt.Key.Key_Z, CTRL | SHIFT)
    assert _value(field()) == "ab cd"
    qtbot.keyClick(field(), QtCore.Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(field(), QtCore.Qt.Key.Key_Z, CTRL)
    assert _value(field()) == ""
    qtbot.keyClick(field(), QtCore.Qt.Key.Key_Y, CTRL)
    assert _value(field()) == "ab "
    assert field().hasFocus()


def test_with_nothing_to_undo_ctrl_z_leaves_the_field_alone(
    shown_window: MainWindow, undo: DraftUndo, clock, qtbot
) -> None:
    start(shown_window, undo, Draft(message=Message(buttons=(UrlButton(),))))
    title = _focused(qtbot, button_edit(shown_window, 0, "title"))
    typed(title, "Mua", clock)
    undo.reset()  # as after Save As of a new file: nothing to undo

    qtbot.keyClick(title, QtCore.Qt.Key.Key_Z, CTRL)

    assert _value(title) == "Mua"  # the line edit's own history did not run
    assert undo.stack().count() == 0


def test_undo_puts_the_focus_and_cursor_back_into_the_field(
    shown_window: MainWindow, undo: DraftUndo, clock, qtbot
) -> None:
    start(shown_window, undo, Draft(message=Message(text="Xin bạn", buttons=(UrlButton(),))))
    edit = text_edit(shown_window)
    cursor = edit.textCursor()
    cursor.setPosition(4)
    edit.setTextCursor(cursor)
    for char in "chào ":
        type_text(edit, char)
    typed(button_edit(shown_window, 0, "title"), "Mua", clock)
    _focused(qtbot, shown_window.send_options_editor().field("note").line_edit())

    undo.undo()
    title = button_edit(shown_window, 0, "title")
    assert title.hasFocus()
    assert title.text() == ""

    undo.undo()
    assert edit.hasFocus()
    assert edit.toPlainText() == "Xin bạn"
    assert edit.textCursor().position() == 4  # where "chào " was

    undo.redo()
    assert edit.textCursor().position() == len("Xin chào ")


def test_undoing_row_actions_focuses_the_row(
    shown_window: MainWindow, undo: DraftUndo, qtbot
) -> None:
    start(shown_window, undo, THREE_BUTTONS)
    editor = shown_window.button_list_editor()

    editor.remove_row(1)
    undo.undo()
    assert button_edit(shown_window, 1, "title").hasFocus()

    editor.row(2).set_button_type("oa.open.sms")
    undo.undo()
    assert editor.row(2).type_combo().hasFocus()

    editor.move_row(0, 2)
    undo.undo()
    assert button_edit(shown_window, 0, "title").hasFocus()
    undo.redo()
    assert button_edit(shown_window, 2, "title").hasFocus()


def test_the_edit_menu_follows_the_file_menu_with_the_three_keys(
    window: MainWindow, undo: DraftUndo
) -> None:
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus.index("&Edit") == menus.index("&File") + 1
    edit_menu = window.menuBar().findChild(QtWidgets.QMenu, "editMenu")
    assert edit_menu.actions()[:2] == [undo.undo_action(), undo.redo_action()]

    def keys(action: QtGui.QAction) -> list[str]:
        return [s.toString() for s in action.shortcuts()]

    assert "Ctrl+Z" in keys(undo.undo_action())
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= set(keys(undo.redo_action()))
    assert len(keys(undo.redo_action())) == len(set(keys(undo.redo_action())))


def test_the_message_editor_keeps_no_history_of_its_own(
    window: MainWindow, undo: DraftUndo
) -> None:
    window.load_draft(Draft(message=Message(text="Xin chào")))

    assert not text_edit(window).isUndoRedoEnabled()
    assert not text_edit(window).document().isUndoAvailable()


# -- naming the action -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after", "text"),
    [
        (("A", "B", "C"), ("B", "A", "C"), "move button 1 down"),
        (("A", "B", "C"), ("C", "A", "B"), "move button 3 to 1"),
        (("A", "B"), ("A", "B", "B"), "duplicate button 2"),
        (("A", "B"), ("A", "B", "N"), "add button 3"),
        (("A", "B", "C"), ("A", "C"), "remove button 2"),
        (("A", "B", "C"), ("C", "B", "A"), "reorder buttons"),
    ],
)
def test_row_actions_are_named_by_the_difference(
    before: tuple[str, ...], after: tuple[str, ...], text: str
) -> None:
    def draft(names: tuple[str, ...]) -> Draft:
        return Draft(message=Message(buttons=tuple(QueryShowButton(title=n) for n in names)))

    assert describe_change(draft(before), draft(after)).text == text


def test_two_fields_changed_at_once_is_a_plain_step() -> None:
    change = describe_change(Draft(), Draft(note="a", request_id="b"))

    assert change.text == "edit"
    assert change.path is None
