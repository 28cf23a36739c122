"""Undo and redo for the main window's draft: one QUndoStack step per user action.

`DraftUndo` attaches to a `MainWindow` from outside. It listens to `draft_changed`, keeps
the last draft it saw, and pushes one command per change holding the drafts before and
after it. Undo and redo show a snapshot again with `MainWindow.load_draft`, announce it
with the window's `draft_changed` (so autosave sees it), and put the focus (and the text
cursor) back into the field that changed.

Typing merges into one step per word: a step ends once a word is followed by whitespace
or punctuation, after a pause of `MERGE_PAUSE_S`, or when another field is edited. Adding,
duplicating, removing and moving buttons and type changes are one step each.

The text fields' own undo is kept out of the way: the message editor's is switched off,
and Ctrl+Z (and the redo keys) typed in any field of the draft reach our actions instead
of the field (see `DraftUndo.eventFilter`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from PySide6 import QtCore, QtGui, QtWidgets

from ..domain.model import Draft
from .draft_changes import (
    DRAFT_FIELDS,
    TYPE_FIELD,
    Change,
    change_text,
    changed_end,
    describe_change,
    field_text,
    is_word_boundary,
)
from .editor.button_list import ButtonListEditor
from .editor.message_editor import MessageTextEditor
from .editor.send_options import SendOptionsEditor
from .field_paths import button_field
from .i18n import translate


class UndoHost(Protocol):
    """What undo needs of a window: its draft, its editors and its draft signals."""

    draft_changed: QtCore.SignalInstance
    draft_loaded: QtCore.SignalInstance
    draft_restored: QtCore.SignalInstance
    saved: QtCore.SignalInstance

    def draft(self) -> Draft: ...
    def load_draft(self, draft: Draft) -> None: ...
    def focus_field(self, path: str) -> bool: ...
    def message_editor(self) -> MessageTextEditor: ...
    def send_options_editor(self) -> SendOptionsEditor: ...
    def button_list_editor(self) -> ButtonListEditor: ...
    def addAction(self, action: QtGui.QAction) -> None: ...

#: A pause in typing this long (seconds) starts a new undo step.
MERGE_PAUSE_S = 1.0
#: Steps kept; snapshots share their unchanged parts, so this costs little memory.
UNDO_LIMIT = 1000
#: Command id of text edits (QUndoStack only offers to merge commands of equal ids).
TEXT_EDIT_ID = 1

_MERGEABLE = {("insert", "insert"), ("replace", "insert"), ("delete", "delete")}


class _DraftCommand(QtGui.QUndoCommand):
    """One step: the draft before and after a user action (the action has already happened)."""

    def __init__(
        self, owner: DraftUndo, before: Draft, after: Draft, change: Change, at: float
    ) -> None:
        super().__init__(change_text(change, translate))
        self._owner = owner
        self._before = before
        self._after = after
        self._change = change
        # Steps merge only within one epoch: undo, redo, reset and save start a new one.
        self._epoch = owner._epoch
        self._last_time = at
        # A step ends once a word in it is followed by whitespace or punctuation; a
        # leading "#" or space alone does not end it.
        self._has_word = any(not is_word_boundary(char) for char in change.inserted)
        self._ends_in_boundary = bool(change.inserted) and is_word_boundary(change.inserted[-1])
        self._done = True  # push() calls redo() at once: the edit is already on screen

    def retranslate(self) -> None:
        """Name the step in the UI's language again."""
        self.setText(change_text(self._change, translate))

    def id(self) -> int:
        """Text edits may merge; structural steps never do."""
        return TEXT_EDIT_ID if self._change.path is not None else -1

    def redo(self) -> None:
        """Show the draft after the action (nothing to do the first time)."""
        if self._done:
            self._done = False
            return
        self._owner._show_snapshot(self._after, self._before, self._change, undoing=False)

    def undo(self) -> None:
        """Show the draft before the action."""
        self._owner._show_snapshot(self._before, self._after, self._change, undoing=True)

    def mergeWith(self, other: QtGui.QUndoCommand) -> bool:
        """Take in the next keystroke of the same word in the same field."""
        if not isinstance(other, _DraftCommand) or not self._continued_by(other):
            return False
        self._after = other._after
        self._last_time = other._last_time
        self._has_word = self._has_word or other._has_word
        self._ends_in_boundary = other._ends_in_boundary
        # Typed and deleted back to where it began: the stack drops the step.
        self.setObsolete(self._before == self._after)
        return True

    def _continued_by(self, other: _DraftCommand) -> bool:
        mine, theirs = self._change, other._change
        if mine.path is None or mine.path != theirs.path or other._epoch != self._epoch:
            return False
        if other._last_time - self._last_time >= self._owner._merge_pause:
            return False
        if (mine.edit, theirs.edit) not in _MERGEABLE:
            return False
        # A word followed by a space or punctuation is a step; the next word starts one.
        word_ended = self._has_word and self._ends_in_boundary
        return not (
            theirs.edit == "insert" and word_ended and not is_word_boundary(theirs.inserted[0])
        )


class DraftUndo(QtCore.QObject):
    """Undo and redo of a main window's draft, one step per user action.

    Lives as the window's child. The window's `draft_loaded` and `draft_restored` start a
    fresh stack (`reset`); its `saved` marks the clean state (`set_clean`).

    Signals:
        clean_changed: the draft came back to, or left, the state last marked clean.
    """

    clean_changed = QtCore.Signal(bool)  # payload: True when the draft is as last saved

    def __init__(
        self,
        window: UndoHost,
        menu: QtWidgets.QMenu,
        *,
        clock: Callable[[], float] = time.monotonic,
        merge_pause: float = MERGE_PAUSE_S,
    ) -> None:
        super().__init__(menu)
        self.setObjectName("draftUndo")
        self._window = window
        self.clock = clock
        """Time source for merging typing into steps (tests replace it)."""
        self._merge_pause = merge_pause
        self._last = window.draft()
        self._applying = False
        self._resetting = False
        self._epoch = 0
        self._stack = QtGui.QUndoStack(self)
        self._stack.setObjectName("undoStack")
        self._stack.setUndoLimit(UNDO_LIMIT)
        # Our own actions rather than QUndoStack's: their "Undo …" prefix must follow the
        # UI language when it changes.
        self._undo_action = QtGui.QAction(self)
        self._undo_action.setObjectName("undoAction")
        self._undo_action.setEnabled(False)
        self._undo_action.setShortcuts(
            _unique_keys(QtGui.QKeySequence.StandardKey.Undo, "Ctrl+Z")
        )
        self._redo_action = QtGui.QAction(self)
        self._redo_action.setObjectName("redoAction")
        self._redo_action.setEnabled(False)
        self._redo_action.setShortcuts(
            _unique_keys(QtGui.QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y")
        )
        for action in (self._undo_action, self._redo_action):
            action.setShortcutContext(QtCore.Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)  # the shortcuts work even with the menu bar hidden
        self._keys = {
            sequence.toString(QtGui.QKeySequence.SequenceFormat.PortableText)
            for action in (self._undo_action, self._redo_action)
            for sequence in action.shortcuts()
        }
        # Our steps replace the editor's own history (which would undo per keystroke).
        window.message_editor().text_edit().setUndoRedoEnabled(False)

        self._undo_action.triggered.connect(self._on_undo_action_triggered)
        self._redo_action.triggered.connect(self._on_redo_action_triggered)
        self._stack.canUndoChanged.connect(self._undo_action.setEnabled)
        self._stack.canRedoChanged.connect(self._redo_action.setEnabled)
        self._stack.undoTextChanged.connect(self._on_stack_text_changed)
        self._stack.redoTextChanged.connect(self._on_stack_text_changed)
        self.retranslate_ui()
        self._stack.cleanChanged.connect(self._on_stack_clean_changed)
        window.draft_changed.connect(self._on_window_draft_changed)
        window.draft_loaded.connect(self._on_window_draft_loaded)
        window.draft_restored.connect(self._on_window_draft_restored)
        window.saved.connect(self._on_window_saved)
        app = QtWidgets.QApplication.instance()
        if isinstance(app, QtWidgets.QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)
            self._watch(app.focusWidget())

    # -- public ----------------------------------------------------------------------------

    def stack(self) -> QtGui.QUndoStack:
        """The undo stack (one command per step)."""
        return self._stack

    def undo_action(self) -> QtGui.QAction:
        """Undo (Ctrl+Z); its text names the step: "Undo typing in Message text"."""
        return self._undo_action

    def redo_action(self) -> QtGui.QAction:
        """Redo (Ctrl+Shift+Z, Ctrl+Y)."""
        return self._redo_action

    def undo(self) -> None:
        """Undo one step, if there is one."""
        self._stack.undo()

    def redo(self) -> None:
        """Redo one step, if there is one."""
        self._stack.redo()

    def reset(self, draft: Draft | None = None, *, clean: bool = True) -> None:
        """Start a fresh stack on *draft* (default: what the window shows now).

        For a loaded file or a new draft the baseline is clean; for restored work it is
        not (``clean=False``): undoing back to it never counts as saved.
        """
        was_clean = self._stack.isClean()
        self._resetting = True
        try:
            self._stack.clear()
            if not clean:
                self._stack.resetClean()
        finally:
            self._resetting = False
        self._last = self._window.draft() if draft is None else draft
        self._epoch += 1
        if self._stack.isClean() != was_clean:
            self.clean_changed.emit(self._stack.isClean())

    def is_clean(self) -> bool:
        """True while the draft is as it was when last marked clean (saved or loaded)."""
        return self._stack.isClean()

    def set_clean(self) -> None:
        """Mark the current state as saved; typing after it starts a new step."""
        self._stack.setClean()
        self._epoch += 1

    # -- for the commands (same module) -----------------------------------------------------

    def _show_snapshot(self, shown: Draft, other: Draft, change: Change, *, undoing: bool) -> None:
        """Show *shown* (the other side of *change* being *other*) and focus its field.

        Undo and redo are edits of the user's too: the window's `draft_changed` goes out
        (autosave and the like follow it); this object does not take it as a new step.
        """
        self._applying = True
        try:
            self._window.load_draft(shown)
            self._last = self._window.draft()
            self._epoch += 1
            self._window.draft_changed.emit(self._last)
            focus = change.undo_focus if undoing else change.redo_focus
            if focus is not None:
                self._focus(focus, shown, other if change.path is not None else None)
        finally:
            self._applying = False

    # -- Qt --------------------------------------------------------------------------------

    def event(self, event: QtCore.QEvent) -> bool:
        """Rename the steps and the actions when the UI language changes."""
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            for index in range(self._stack.count()):
                command = self._stack.command(index)
                if isinstance(command, _DraftCommand):
                    command.retranslate()
            self.retranslate_ui()
        return super().event(event)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """In a field of the draft, leave the undo and redo keys to our actions.

        QLineEdit and QPlainTextEdit claim Ctrl+Z as a shortcut override and then undo
        their own history; ignoring the override lets the window's action take the key.
        """
        kind = event.type()
        if (
            kind in (QtCore.QEvent.Type.ShortcutOverride, QtCore.QEvent.Type.KeyPress)
            and isinstance(event, QtGui.QKeyEvent)
            and self._is_undo_key(event)
        ):
            if kind == QtCore.QEvent.Type.ShortcutOverride:
                event.ignore()  # not the field's: the shortcut map goes on to our action
            else:
                event.accept()  # our action is disabled: nothing to undo, and no field undo
            return True
        return super().eventFilter(watched, event)

    # -- internals -------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Name the undo and redo actions in the UI's language."""
        self._name_actions()

    def _name_actions(self) -> None:
        # On every step (so on the typing path): the two action texts only, no tree search.
        step = self._stack.undoText()
        self._undo_action.setText(self.tr("&Undo {step}").format(step=step) if step
                                  else self.tr("&Undo"))
        step = self._stack.redoText()
        self._redo_action.setText(self.tr("&Redo {step}").format(step=step) if step
                                  else self.tr("&Redo"))

    def _is_undo_key(self, event: QtGui.QKeyEvent) -> bool:
        combination = QtCore.QKeyCombination(
            event.modifiers() & ~QtCore.Qt.KeyboardModifier.KeypadModifier,
            QtCore.Qt.Key(event.key()),
        )
        sequence = QtGui.QKeySequence(combination)
        return sequence.toString(QtGui.QKeySequence.SequenceFormat.PortableText) in self._keys

    def _is_draft_text_field(self, widget: QtWidgets.QWidget | None) -> bool:
        if not isinstance(widget, QtWidgets.QLineEdit | QtWidgets.QPlainTextEdit):
            return False
        window = self._window
        areas: tuple[QtWidgets.QWidget, ...] = (
            window.message_editor(),
            window.send_options_editor(),
            window.button_list_editor(),
        )
        return any(area.isAncestorOf(widget) for area in areas)

    def _focused_row(self) -> int | None:
        """The index of the button row holding the keyboard focus, if one does."""
        focused = QtWidgets.QApplication.focusWidget()
        if focused is None:
            return None
        for index, row in enumerate(self._window.button_list_editor().rows()):
            if row.isAncestorOf(focused):
                return index
        return None

    def _watch(self, widget: QtWidgets.QWidget | None) -> None:
        if widget is not None and self._is_draft_text_field(widget):
            widget.installEventFilter(self)

    def _text_widget(self, path: str) -> QtWidgets.QLineEdit | QtWidgets.QPlainTextEdit | None:
        if path == "text":
            return self._window.message_editor().text_edit()
        if path in DRAFT_FIELDS:
            return self._window.send_options_editor().field(path).line_edit()
        located = button_field(path)
        rows = self._window.button_list_editor().rows()
        if located is None or located[0] >= len(rows):
            return None
        field = rows[located[0]].field(located[1])
        return field.line_edit() if field is not None else None

    def _focus(self, path: str, shown: Draft, other: Draft | None) -> None:
        """Focus the field of *path*; after a text edit, with the cursor after the change."""
        located = button_field(path)
        if located is not None and located[1] == TYPE_FIELD:
            rows = self._window.button_list_editor().rows()
            if located[0] < len(rows):
                rows[located[0]].type_combo().setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
            return
        if not self._window.focus_field(path) or other is None:
            return
        widget = self._text_widget(path)
        now, then = field_text(shown, path), field_text(other, path)
        if widget is None or now is None or then is None:
            return
        # Qt counts positions in UTF-16 code units (an emoji is two).
        position = len(now[: changed_end(then, now)].encode("utf-16-le")) // 2
        if isinstance(widget, QtWidgets.QPlainTextEdit):
            cursor = widget.textCursor()
            cursor.setPosition(min(position, widget.document().characterCount() - 1))
            widget.setTextCursor(cursor)
            widget.ensureCursorVisible()
        else:
            widget.setCursorPosition(position)

    # -- slots -----------------------------------------------------------------------------

    def _on_undo_action_triggered(self) -> None:
        self._stack.undo()

    def _on_redo_action_triggered(self) -> None:
        self._stack.redo()

    def _on_stack_text_changed(self, _text: str) -> None:
        self._name_actions()

    def _on_window_draft_changed(self, draft: Draft) -> None:
        if self._applying:
            return
        before, self._last = self._last, draft
        if draft == before:
            return  # e.g. a separator typed in the recipients: the draft is the same
        change = describe_change(before, draft, self._focused_row())
        self._stack.push(_DraftCommand(self, before, draft, change, self.clock()))

    def _on_window_draft_loaded(self, _draft: Draft) -> None:
        self.reset()

    def _on_window_draft_restored(self, _draft: Draft) -> None:
        self.reset(clean=False)

    def _on_window_saved(self, _path: object) -> None:
        self.set_clean()

    def _on_stack_clean_changed(self, clean: bool) -> None:
        if not self._resetting:
            self.clean_changed.emit(clean)

    def _on_app_focus_changed(
        self, old: QtWidgets.QWidget | None, new: QtWidgets.QWidget | None
    ) -> None:
        if isinstance(old, QtWidgets.QLineEdit | QtWidgets.QPlainTextEdit):
            old.removeEventFilter(self)
        self._watch(new)


def _unique_keys(
    standard: QtGui.QKeySequence.StandardKey, *extra: str
) -> list[QtGui.QKeySequence]:
    """The platform's keys for *standard* plus *extra*, each once (a key listed twice on
    one action makes Qt call the shortcut ambiguous and ignore it)."""
    keys: list[QtGui.QKeySequence] = []
    for key in [*QtGui.QKeySequence.keyBindings(standard), *map(QtGui.QKeySequence, extra)]:
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys


def attach_undo(
    window: UndoHost,
    menu: QtWidgets.QMenu,
    *,
    clock: Callable[[], float] = time.monotonic,
    merge_pause: float = MERGE_PAUSE_S,
) -> DraftUndo:
    """Give *window* undo and redo: a `DraftUndo`, its actions first in the Edit *menu*."""
    undo = DraftUndo(window, menu, clock=clock, merge_pause=merge_pause)
    first = menu.actions()[0] if menu.actions() else None
    if first is None:
        menu.addActions([undo.undo_action(), undo.redo_action()])
    else:
        menu.insertActions(first, [undo.undo_action(), undo.redo_action()])
        menu.insertSeparator(first)
    undo.retranslate_ui()
    return undo
