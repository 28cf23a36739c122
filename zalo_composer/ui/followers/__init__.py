"""Recipients from the OA, by name: the Followers window, the recipient field's completer
and the 7-day note under it. `Followers` wires them for one main window."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

from ...app.services import AppServices
from ...domain.variables import RecipientsTable
from ...store.paths import data_dir
from ...store.profiles import Profile
from ...store.recipients import RECIPIENTS_FILE, RecipientsBook
from ..editor.send_options import SendOptionsEditor
from .dialog import FollowersDialog
from .recipient_assist import RecipientCompleter, RecipientNote, SandboxRecipients

if TYPE_CHECKING:
    from ..bulk import BulkPanel

log = logging.getLogger(__name__)

__all__ = ["Followers", "FollowersDialog", "RecipientCompleter", "RecipientNote"]


class Followers(QtCore.QObject):
    """The Followers action and window, the recipient field's completer and note.

    The recipients book is opened on first use (the first window needs no SQLite).
    """

    def __init__(self, window: QtWidgets.QWidget, services: AppServices,
                 current_profile: Callable[[], Profile | None], options: SendOptionsEditor,
                 bulk_panel: Callable[[], BulkPanel], show_bulk: Callable[[], None]) -> None:
        super().__init__(window)
        self._window, self._services = window, services
        self._current_profile, self._options = current_profile, options
        self._bulk_panel, self._show_bulk = bulk_panel, show_bulk
        self._book: RecipientsBook | None = None
        self._book_failed = False
        self.dialog: FollowersDialog | None = None
        self.action = QtGui.QAction(window)
        self.action.setObjectName("followersAction")
        self.action.setShortcut(QtGui.QKeySequence("Ctrl+Shift+U"))
        self.action.triggered.connect(self.show_dialog)
        field = options.field("recipients")
        self.completer = RecipientCompleter(field.line_edit())
        self.sandbox_recipients = SandboxRecipients(field.line_edit())
        self.note = RecipientNote(self.book, self._oaid, field.line_edit(), field)
        field.add_below(self.note)
        self.retranslate()

    def retranslate(self) -> None:
        """The action's text in the UI's language (the window calls it)."""
        self.action.setText(self.tr("&Followers…"))
        self.action.setToolTip(self.tr("Who can be written to: fetch, name and pick recipients"))
        self.sandbox_recipients.retranslate()

    def _sandbox(self) -> bool:
        profile = self._current_profile()
        return profile is not None and profile.uses_sandbox

    def _load_completer(self) -> None:
        self.completer.load(self.book(), self._oaid(), sandbox=self._sandbox())

    def _oaid(self) -> str:
        profile = self._current_profile()
        return profile.oaid if profile is not None else ""

    def book(self) -> RecipientsBook | None:
        """The recipients book (opened on first use); None when it cannot be opened."""
        if self._book is None and not self._book_failed:
            try:
                self._book = RecipientsBook.open()
            except (sqlite3.Error, OSError) as exc:
                log.warning("The recipients book cannot be used: %s", exc)
                self._book_failed = True
        return self._book

    def use_profile(self, _profile: Profile | None = None) -> None:
        """The active profile changed: its OA's book for the completer, note and window.
        (At start-up the book is opened only when one exists.)"""
        sandbox = _profile.uses_sandbox if _profile is not None else self._sandbox()
        self.sandbox_recipients.set_shown(sandbox)
        if self._book is None and not (data_dir() / RECIPIENTS_FILE).exists():
            self.completer.load(None, self._oaid(), sandbox=sandbox)
            return
        self._load_completer()
        self.note.update_note()
        if self.dialog is not None:
            self.dialog.refresh()

    def _on_dialog_book_changed(self) -> None:
        self._load_completer()
        self.note.update_note()

    def show_dialog(self) -> FollowersDialog | None:
        """Open (or raise) the Followers window."""
        book = self.book()
        if book is None:
            QtWidgets.QMessageBox.warning(self._window, self.tr("Followers"), self.tr(
                "The recipients book cannot be opened; the log says why."))
            return None
        if self.dialog is None:
            self.dialog = FollowersDialog(self._services, book, self._current_profile,
                                          self._window)
            self.dialog.book_changed.connect(self._on_dialog_book_changed)
            self.dialog.picked_one.connect(self._on_dialog_picked_one)
            self.dialog.picked_many.connect(self._on_dialog_picked_many)
        self.dialog.refresh()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def _on_dialog_picked_one(self, user_id: str) -> None:
        field = self._options.field("recipients")
        field.set_text(user_id)
        field.line_edit().setFocus()

    def _on_dialog_picked_many(self, user_ids: list[str]) -> None:
        self._bulk_panel().set_recipients(RecipientsTable.from_ids(user_ids))
        self._show_bulk()

    def close(self) -> None:
        """Close the book (the window closes)."""
        if self.dialog is not None:
            self.dialog.cancel()
        if self._book is not None:
            self._book.close()
            self._book = None
