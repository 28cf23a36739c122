"""What one user action did to a draft, read from the drafts before and after it (no Qt).

Undo (`ui/undo.py`) names its steps, merges typing and puts the focus back with this:
`describe_change` tells a text edit in one field (with what was typed or deleted) from
adding, duplicating, removing or moving a button and from changing a button's type.
Field paths are those of validation problems (``text``, ``buttons[2].payload`` …), plus
``buttons[i].type`` for a row's type chooser.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from ..domain.model import Button, Draft
from .field_paths import button_field, field_label
from .i18n_marks import QT_TRANSLATE_NOOP, Translate, english

EditKind = Literal["insert", "delete", "replace"]

#: The draft's own text fields, in form order.
DRAFT_FIELDS: tuple[str, ...] = ("text", "recipients", "request_id", "send_date", "note")
#: The pseudo-field of a row's type chooser in focus paths.
TYPE_FIELD = "type"
#: Where focus goes when no button is left: the Add button (see `ButtonListEditor.focus_field`).
BUTTONS_PATH = "buttons"

_CONTEXT = "DraftChange"
_DRAFT_FIELD_LABELS = {
    "text": QT_TRANSLATE_NOOP("DraftChange", "Message text"),
    "recipients": QT_TRANSLATE_NOOP("DraftChange", "Recipient user_id"),
    "request_id": "RequestId",
    "send_date": "SendDate",
    "note": QT_TRANSLATE_NOOP("DraftChange", "Note"),
}
# What an action did, in lower case after "Undo " / "Redo ".
TYPING = QT_TRANSLATE_NOOP("DraftChange", "typing in {field}")
DELETING = QT_TRANSLATE_NOOP("DraftChange", "deleting in {field}")
EDIT = QT_TRANSLATE_NOOP("DraftChange", "edit")
DUPLICATE = QT_TRANSLATE_NOOP("DraftChange", "duplicate button {number}")
ADD = QT_TRANSLATE_NOOP("DraftChange", "add button {number}")
REMOVE = QT_TRANSLATE_NOOP("DraftChange", "remove button {number}")
REORDER = QT_TRANSLATE_NOOP("DraftChange", "reorder buttons")
MOVE_UP = QT_TRANSLATE_NOOP("DraftChange", "move button {number} up")
MOVE_DOWN = QT_TRANSLATE_NOOP("DraftChange", "move button {number} down")
MOVE_TO = QT_TRANSLATE_NOOP("DraftChange", "move button {number} to {target}")
CHANGE_TYPE = QT_TRANSLATE_NOOP("DraftChange", "change the type of button {number}")


@dataclass(frozen=True)
class Change:
    """One user action, as undo shows it, merges it and returns the focus to it."""

    template: str
    """What the action did, as a template (``add button {number}``); see `text`."""
    path: str | None = None
    """The one text field edited, or None for a structural change (those never merge)."""
    edit: EditKind | None = None
    """For a text edit: whether text was only inserted, only deleted, or replaced."""
    inserted: str = ""
    """For a text edit: the text typed or pasted (empty for a deletion)."""
    undo_focus: str | None = None
    """The field path to focus once the action is undone."""
    redo_focus: str | None = None
    """The field path to focus once the action is redone."""
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)
    """Values of the template's placeholders (``{field}`` is filled from `path`)."""

    @property
    def text(self) -> str:
        """What the action did, in lower case after "Undo " / "Redo ": ``add button 3``."""
        return change_text(self)


def change_text(change: Change, translator: Translate = english) -> str:
    """The name of *change* (in the UI's language when *translator* is `i18n.translate`)."""
    values = dict(change.params)
    if change.path is not None:
        values["field"] = _label(change.path, translator)
    return translator(_CONTEXT, change.template).format(**values)


def button_path(index: int, name: str) -> str:
    """``button_path(2, "title")`` → ``buttons[2].title``."""
    return f"buttons[{index}].{name}"


def field_text(draft: Draft, path: str) -> str | None:
    """The text the field of *path* shows for *draft*; None when *draft* has no such field."""
    if path == "text":
        return draft.message.text
    if path == "recipients":
        return ", ".join(draft.recipients)  # as `SendOptionsEditor.set_values` shows them
    if path in ("request_id", "send_date"):
        value: str | None = getattr(draft, path)
        return value or ""
    if path == "note":
        return draft.note
    located = button_field(path)
    if located is None or located[0] >= len(draft.message.buttons):
        return None
    return draft.message.buttons[located[0]].values().get(located[1])


def splice(old: str, new: str) -> tuple[int, str, str]:
    """The one edit that turns *old* into *new*: ``(start, removed, inserted)``.

    The common prefix is taken whole first, so typing at the end of a repeated letter
    reads as an insertion at the end.
    """
    # Binary search over slice comparisons: each comparison runs in C, so a keystroke in
    # a 2000-character text costs microseconds rather than a Python loop per character.
    limit = min(len(old), len(new))
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if old[:middle] == new[:middle]:
            low = middle
        else:
            high = middle - 1
    start = low
    low, high = 0, limit - start
    while low < high:
        middle = (low + high + 1) // 2
        if old[len(old) - middle:] == new[len(new) - middle:]:
            low = middle
        else:
            high = middle - 1
    end = low
    return start, old[start : len(old) - end], new[start : len(new) - end]


def changed_end(old: str, new: str) -> int:
    """Where the text cursor goes in *new* after *old* became *new*: after the change."""
    start, _removed, inserted = splice(old, new)
    return start + len(inserted)


def is_word_boundary(char: str) -> bool:
    """Whitespace and punctuation end a word (a typing step ends after them); an
    underscore, as in ``#doi_dia_chi``, joins one."""
    category = unicodedata.category(char)
    return char.isspace() or category[0] == "Z" or (category[0] == "P" and category != "Pc")


def describe_change(before: Draft, after: Draft, focused_row: int | None = None) -> Change:
    """Name the action that turned *before* into *after* and say where its focus belongs.

    Exactly one text field changed: a text edit of that path. Buttons added, duplicated,
    removed, moved or retyped (and nothing else): that structural step. Anything else
    (which no single user action produces) is a plain "edit".

    Two neighbours that swapped places read as the upper one moved down, unless
    *focused_row* (the row holding the keyboard focus after the change, which Alt+Up
    keeps in the row it moves) says the lower one moved up.
    """
    paths = [p for p in DRAFT_FIELDS if field_text(before, p) != field_text(after, p)]
    old, new = before.message.buttons, after.message.buttons
    if old != new:
        structural = _button_change(old, new, focused_row)
        if structural is not None:
            return structural if not paths else _plain_edit(paths)
        if len(old) != len(new) or any(
            type(a) is not type(b) for a, b in zip(old, new, strict=True)
        ):
            return _plain_edit(paths or [BUTTONS_PATH])
        paths += [
            button_path(index, name)
            for index, (a, b) in enumerate(zip(old, new, strict=True))
            for name, value in a.values().items()
            if b.values()[name] != value
        ]
    if len(paths) != 1:
        return _plain_edit(paths)
    path = paths[0]
    old_text, new_text = field_text(before, path) or "", field_text(after, path) or ""
    _start, removed, inserted = splice(old_text, new_text)
    edit: EditKind = "replace" if removed and inserted else "insert" if inserted else "delete"
    verb = DELETING if edit == "delete" else TYPING
    return Change(verb, path, edit, inserted, undo_focus=path, redo_focus=path)


def _label(path: str, translator: Translate = english) -> str:
    if path in _DRAFT_FIELD_LABELS:
        return translator(_CONTEXT, _DRAFT_FIELD_LABELS[path])
    return field_label(path, translator)


def _plain_edit(paths: Sequence[str]) -> Change:
    focus = paths[0] if paths else None
    return Change(EDIT, undo_focus=focus, redo_focus=focus)


def _title(index: int) -> str:
    return button_path(index, "title")


def _first_difference(shorter: Sequence[Button], longer: Sequence[Button]) -> int:
    for index, button in enumerate(shorter):
        if longer[index] != button:
            return index
    return len(shorter)


def _button_change(
    old: tuple[Button, ...], new: tuple[Button, ...], focused_row: int | None
) -> Change | None:
    """The structural step that turned *old* buttons into *new*, if it is one."""
    if len(new) == len(old) + 1:
        index = _first_difference(old, new)
        if new[:index] + new[index + 1 :] != old:
            return None
        if index > 0 and new[index] == new[index - 1]:
            text, number = DUPLICATE, index
        else:
            text, number = ADD, index + 1
        back = _title(index - 1) if index > 0 else _title(0) if old else BUTTONS_PATH
        return Change(text, undo_focus=back, redo_focus=_title(index),
                      params={"number": number})
    if len(new) == len(old) - 1:
        index = _first_difference(new, old)
        if old[:index] + old[index + 1 :] != new:
            return None
        after = _title(min(index, len(new) - 1)) if new else BUTTONS_PATH
        return Change(REMOVE, undo_focus=_title(index), redo_focus=after,
                      params={"number": index + 1})
    if len(new) != len(old):
        return None
    if Counter(old) == Counter(new):
        moved = _single_move(old, new, focused_row)
        if moved is None:
            return Change(REORDER, undo_focus=_title(0), redo_focus=_title(0))
        source, target = moved
        template = MOVE_UP if target == source - 1 else MOVE_DOWN if target == source + 1 else (
            MOVE_TO
        )
        return Change(
            template,
            undo_focus=_title(source),
            redo_focus=_title(target),
            params={"number": source + 1, "target": target + 1},
        )
    changed = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
    if len(changed) == 1 and type(old[changed[0]]) is not type(new[changed[0]]):
        focus = button_path(changed[0], TYPE_FIELD)
        return Change(CHANGE_TYPE, undo_focus=focus, redo_focus=focus,
                      params={"number": changed[0] + 1})
    return None


def _single_move(
    old: tuple[Button, ...], new: tuple[Button, ...], focused_row: int | None
) -> tuple[int, int] | None:
    """``(source, target)`` when *new* is *old* with one button moved."""
    differing = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
    low, high = differing[0], differing[-1]
    if high == low + 1 and focused_row == low:
        return high, low
    if old[low] == new[high] and old[low + 1 : high + 1] == new[low:high]:
        return low, high
    if old[high] == new[low] and old[low:high] == new[low + 1 : high + 1]:
        return high, low
    return None
