"""The window's draft as a document: New, Open, Open Recent, Save, Save As, drops, the
unsaved-changes question and the crash-recovery offer.

`DraftFiles` works on a `ComposeView` (what it shows and what the user typed) and the
window's title and modified flag; it asks and tells through `Dialogs`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from .. import APP_DISPLAY_NAME
from ..app.session import ComposeSession
from ..domain.draft import DRAFT_SUFFIX
from ..domain.errors import ZaloComposerError
from ..domain.model import Draft
from ..store.files import read_draft, save_draft
from ..store.paths import drafts_dir
from ..store.stamps import FileStamp, changed_since, stamp_file
from .autosave import Autosaver, describe_recovered
from .compose_view import ComposeView
from .dialogs import Dialogs
from .i18n import QT_TRANSLATE_NOOP, domain_text, error_text
from .settings import app_settings, string_list

log = logging.getLogger(__name__)

UNTITLED = QT_TRANSLATE_NOOP("DraftFiles", "Untitled")
RECENT_KEY = "files/recent"
RECENT_MAX = 10


def dropped_draft(mime: QtCore.QMimeData) -> Path | None:
    """The one local JSON file being dragged, if that is what it is."""
    urls = [u for u in mime.urls() if u.isLocalFile()]
    if len(urls) != 1 or not urls[0].toLocalFile().endswith(".json"):
        return None
    return Path(urls[0].toLocalFile())


_UNSAFE_IN_NAMES = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
NAME_WORDS = 6
"""A suggested file name takes the note, or this many first words of the message."""


def suggested_file_name(draft: Draft) -> str:
    """``<note or first words>.zalo.json``, safe on every platform (Vietnamese letters
    kept); ``draft.zalo.json`` when the draft has neither."""
    words = (draft.note.strip() or " ".join(draft.message.text.split()[:NAME_WORDS]))
    stem = " ".join(_UNSAFE_IN_NAMES.sub(" ", words).split()).strip(". ")[:60].strip()
    return f"{stem or 'draft'}{DRAFT_SUFFIX}"


def _free_copy_path(path: Path) -> Path:
    """Beside *path*, a name no file has: “name (copy).zalo.json”, “name (copy 2)…”."""
    stem = path.name.removesuffix(DRAFT_SUFFIX).removesuffix(".json")
    suffix = path.name[len(stem):]
    candidate, counter = path.with_name(f"{stem} (copy){suffix}"), 1
    while candidate.exists():
        counter += 1
        candidate = path.with_name(f"{stem} (copy {counter}){suffix}")
    return candidate


class DraftFiles(QtCore.QObject):
    """Opens and saves the draft of one window.

    Signals:
        loaded: New, Open or a replacement put a draft in the window (undo starts afresh).
        restored: autosaved work was restored after a crash.
        saved: the draft was saved to a file.
    """

    loaded = QtCore.Signal(object)  # payload: the template Draft now shown
    restored = QtCore.Signal(object)  # payload: the Draft restored after a crash
    saved = QtCore.Signal(object)  # payload: the Path saved to

    def __init__(
        self, window: QtWidgets.QMainWindow, view: ComposeView, session: ComposeSession,
        dialogs: Dialogs, autosaver: Autosaver, default_recipients: Callable[[], tuple[str, ...]],
    ) -> None:
        super().__init__(window)
        self._window, self._view, self._session = window, view, session
        self._dialogs, self._autosaver = dialogs, autosaver
        self._default_recipients = default_recipients
        self._path: Path | None = None
        self._stamp: FileStamp | None = None  # the file as last read or written here
        self._dialog_dir = Path.home()
        self._dialog_dir_chosen = False  # a file was opened or saved: its folder is next

    @property
    def path(self) -> Path | None:
        """The draft file being edited, or None for an untitled draft."""
        return self._path

    def update_title(self) -> None:
        """The window title: the file name, the modified mark, the program."""
        name = self._path.name if self._path is not None else self.tr(UNTITLED)
        self._window.setWindowTitle(f"{name}[*] — {APP_DISPLAY_NAME}")

    def _set_path(self, path: Path | None) -> None:
        self._path = path
        self._stamp = stamp_file(path) if path is not None else None
        self._window.setWindowModified(False)
        self.update_title()

    def _status(self, text: str, ms: int = 5000) -> None:
        self._window.statusBar().showMessage(text, ms)

    def new(self) -> None:
        """Start an empty, untitled draft with a fresh RequestId."""
        self._view.load_draft(Draft(recipients=self._default_recipients()))
        self._session.renew_request_id()
        self._set_path(None)
        self._autosaver.discard()
        self.loaded.emit(self._view.template())
        self._view.message.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        self._status(self.tr("New draft"), 3000)

    def replace(self, draft: Draft, *, modified: bool, message: str) -> None:
        """Show *draft* as a new, untitled draft (reopened from the history, imported …):
        fresh RequestId, fresh undo stack; Save asks for a file name."""
        self._view.load_draft(draft)
        self._session.renew_request_id()
        self._set_path(None)
        self.loaded.emit(self._view.template())
        self._window.setWindowModified(modified)
        self._status(message, 8000)

    def reopen(self, draft: Draft) -> None:
        """History's Reopen: after the unsaved-changes question, *draft* as a new draft."""
        if self.maybe_save():
            self.replace(draft, modified=False,
                         message=self.tr("Reopened from the history as a new draft"))
            self._window.raise_()
            self._window.activateWindow()

    def open_path(self, path: Path) -> bool:
        """Open a draft (or import a bare eSMS request body) from *path*; whether it did.
        On failure the user is told why and the current work stays. A file that is not a
        ``*.zalo.json`` draft is imported: Save then asks for a new name."""
        try:
            loaded = read_draft(path)
        except ZaloComposerError as exc:
            log.info("could not open %s: %s", path, exc)
            self._dialogs.show_error(self.tr("Could not open the draft"), error_text(exc))
            return False
        self._dialog_dir = path.parent
        self._dialog_dir_chosen = True
        self._view.load_draft(loaded.draft)
        imported = not path.name.endswith(DRAFT_SUFFIX)
        self._set_path(None if imported else path)
        self._remember_recent(path)
        self._autosaver.discard()
        self.loaded.emit(self._view.template())
        done = (self.tr("Imported {name}") if imported else self.tr("Opened {name}")).format(
            name=path.name)
        self._status(done)
        if loaded.notices:
            self._dialogs.show_notices(done, tuple(domain_text(n) for n in loaded.notices))
        return True

    def save(self) -> bool:
        """Save to the current file, or ask for one; whether the draft was saved."""
        return self.save_as() if self._path is None else self.save_to(self._path)

    def save_as(self) -> bool:
        """Ask for a file name and save there; whether the draft was saved. An untitled
        draft is proposed in the documents' "Zalo drafts" (made now, the first time)
        under a name from its note or first words."""
        suggested = self._path
        if suggested is None:
            folder = self._dialog_dir
            if not self._dialog_dir_chosen:
                folder = drafts_dir()
                try:
                    folder.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    log.info("no drafts folder %s: %s", folder, exc)
                    folder = self._dialog_dir
            suggested = folder / suggested_file_name(self._view.template())
        path = self._dialogs.ask_save_path(suggested)
        if path is None:
            return False
        if not path.name.endswith(".json"):
            path = path.with_name(path.name + DRAFT_SUFFIX)
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Save the template (atomically) to *path* and make it the current file. When
        someone else changed the current file since it was opened, asks first (keep mine as
        a copy, take theirs, overwrite)."""
        if path == self._path and changed_since(path, self._stamp):
            answer = self._dialogs.ask_save_conflict(path.name)
            if answer == "cancel":
                return False
            if answer == "theirs":  # their file replaces what was typed; nothing is saved
                self.open_path(path)
                return False
            if answer == "copy":
                path = _free_copy_path(path)
        try:
            save_draft(path, self._view.template())
        except ZaloComposerError as exc:
            log.info("could not save %s: %s", path, exc)
            self._dialogs.show_error(self.tr("Could not save the draft"), error_text(exc))
            return False
        self._dialog_dir = path.parent
        self._dialog_dir_chosen = True
        self._set_path(path)
        self._remember_recent(path)
        self._autosaver.discard()
        self._status(self.tr("Saved {name}").format(name=path.name))
        self.saved.emit(path)
        return True

    def maybe_save(self) -> bool:
        """Before the draft is replaced or the window closes: True when it may go ahead
        (nothing unsaved, saved now, or discarded), False when the user cancelled."""
        if not self._window.isWindowModified():
            return True
        name = self._path.name if self._path else self.tr(UNTITLED)
        answer = self._dialogs.ask_save_changes(name)
        if answer == "save":
            return self.save()
        return answer == "discard"

    def ask_and_open(self) -> None:
        """File → Open: after the unsaved-changes question, a file dialog."""
        folder = self._dialog_dir
        if not self._dialog_dir_chosen and drafts_dir().is_dir():
            folder = drafts_dir()
        if self.maybe_save() and (path := self._dialogs.ask_open_path(folder)):
            self.open_path(path)

    def recent_files(self) -> list[Path]:
        """Recently opened or saved drafts, newest first."""
        return [Path(p) for p in string_list(app_settings(), RECENT_KEY)]

    def _remember_recent(self, path: Path) -> None:
        settings = app_settings()
        entries = [str(path.resolve())]
        entries += [p for p in string_list(settings, RECENT_KEY) if p != entries[0]]
        settings.setValue(RECENT_KEY, entries[:RECENT_MAX])

    def fill_recent_menu(self, menu: QtWidgets.QMenu) -> None:
        """Open Recent: the files still there (missing ones are dropped, with a notice)."""
        menu.clear()
        paths = self.recent_files()
        present = [p for p in paths if p.is_file()]
        if len(present) < len(paths):
            app_settings().setValue(RECENT_KEY, [str(p) for p in present])
            missing = len(paths) - len(present)
            self._status((self.tr("Removed {count} missing file from Open Recent")
                          if missing == 1 else
                          self.tr("Removed {count} missing files from Open Recent")).format(
                count=missing), 8000)
        for index, path in enumerate(present, start=1):
            action = menu.addAction(f"&{index % 10} {path.name}")
            action.setToolTip(str(path))
            action.setData(str(path))
            action.triggered.connect(self._on_recent_action_triggered)
        if not present:
            menu.addAction(self.tr("(none)")).setEnabled(False)

    def _on_recent_action_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QtGui.QAction) and self.maybe_save():
            self.open_path(Path(str(action.data())))

    def drop(self, mime: QtCore.QMimeData) -> bool:
        """Open a dropped draft file (after the unsaved-changes question); whether it was
        one."""
        path = dropped_draft(mime)
        if path is None:
            return False
        if self.maybe_save():
            self.open_path(path)
        return True

    def offer_recovery(self) -> bool:
        """At start: when a crash left autosaved work, offer to restore it; whether it was."""
        found = self._autosaver.recovery.load()
        if found is None:
            return False
        if not self._dialogs.confirm(self.tr("Restore unsaved work?"), describe_recovered(found)):
            self._autosaver.discard()
            return False
        self._view.load_draft(found.draft)
        self._set_path(found.source_path)
        self._window.setWindowModified(True)
        self.restored.emit(found.draft)
        self._status(self.tr("Restored the autosaved work"))
        return True
