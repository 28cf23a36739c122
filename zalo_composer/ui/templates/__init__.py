"""The template library in the window: the Templates panel, the Ctrl+K quick search, the
manage actions (new from the draft, duplicate, rename, favourites, move to trash with
Undo, folders) and the watcher that keeps it current.

`Templates` gets what it uses through its constructor: the library (Qt-free,
`app.templates`), the window's `DraftFiles` (a template opens as a new draft through
`DraftFiles.replace`), the current template and a way to show errors and statuses.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from ...app.templates import TemplateLibrary
from ...domain.errors import ZaloComposerError
from ...domain.model import Draft
from ...store.files import read_draft
from ...store.templates import TemplateEntry
from ..draft_files import DraftFiles
from ..i18n import error_text
from ..settings import app_settings
from .dock import TemplatesPanel
from .questions import TemplateQuestions
from .quick_search import QuickSearchDialog
from .trash import TrashCommand, move_to_trash
from .watcher import LibraryWatcher

__all__ = ["Templates", "TemplatesPanel"]

SHOWN_KEY = "templates/dockShownOnce"
"""Set once the panel was shown by itself because the library has files; from then on the
window's saved layout decides."""


class Templates(QtCore.QObject):
    """The library's panel, quick search and actions for one window."""

    def __init__(
        self, window: QtWidgets.QMainWindow, dock: QtWidgets.QDockWidget, files: DraftFiles,
        template: Callable[[], Draft], show_error: Callable[[str, str], None], *,
        library: TemplateLibrary | None = None, oa_name: Callable[[], str] = str,
    ) -> None:
        super().__init__(window)
        self._window, self._files, self._template = window, files, template
        self._show_error, self._oa_name = show_error, oa_name
        self.library = library if library is not None else TemplateLibrary()
        self.questions = TemplateQuestions(window)
        self.undo_stack = QtGui.QUndoStack(self)
        self.watcher = LibraryWatcher(self.library, self)
        self.dock = dock
        self.panel = TemplatesPanel(self.library, dock)
        dock.setWidget(self.panel)
        self.quick_search_action = self.panel.quick_search_action
        self.quick_search_action.setShortcuts([QtGui.QKeySequence("Ctrl+K"),
                                               QtGui.QKeySequence("Ctrl+P")])
        self.quick_search_action.triggered.connect(self.show_quick_search)
        window.addAction(self.quick_search_action)
        self._quick: QuickSearchDialog | None = None
        self._select_after: str | None = None
        actions = self.panel.template_actions
        for name, slot in (("open", self._on_open_triggered), ("new", self.new_from_draft),
                           ("duplicate", self._on_duplicate_triggered),
                           ("rename", self._on_rename_triggered),
                           ("favourite", self._on_favourite_triggered),
                           ("trash", self._on_trash_triggered), ("undo", self.undo_stack.undo),
                           ("addFolder", self._on_add_folder_triggered),
                           ("removeFolder", self._on_remove_folder_triggered),
                           ("refresh", self.watcher.refresh)):
            actions[name].triggered.connect(slot)
        self.undo_stack.canUndoChanged.connect(actions["undo"].setEnabled)
        actions["undo"].setEnabled(False)
        self.panel.open_requested.connect(self.open_template)
        self.watcher.changed.connect(self._on_watcher_changed)
        self.watcher.scanned.connect(self._on_watcher_scanned)
        self.watcher.refresh()

    # -- opening ---------------------------------------------------------------------

    def show_quick_search(self) -> QuickSearchDialog:
        """Ctrl+K: the quick search, with the keyboard in its field."""
        if self._quick is None:
            self._quick = QuickSearchDialog(self.library, self._window)
            self._quick.chosen.connect(self.open_template)
        self._quick.open_search(self._oa_name())
        return self._quick

    def open_template(self, entry: TemplateEntry) -> bool:
        """Open *entry* as a new, untitled draft (after the unsaved-changes question); the
        template's file is left as it is. Whether it was opened."""
        if not self._files.maybe_save():
            return False
        try:
            draft = read_draft(Path(entry.path)).draft
        except ZaloComposerError as exc:
            self._show_error(self.tr("Could not open the template"), error_text(exc))
            return False
        self._files.replace(draft, modified=False, message=self.tr(
            "Opened the template {name} as a new draft").format(name=entry.name))
        self.library.mark_used(entry.path)
        self.panel.refill()
        return True

    def _on_open_triggered(self) -> None:
        if (entry := self.panel.current_entry()) is not None:
            self.open_template(entry)

    # -- managing --------------------------------------------------------------------

    def _target_folder(self) -> str:
        folder = self.panel.current_folder()
        online = {s.folder for s in self.library.folder_scans() if s.offline is None}
        return folder if folder in online else self.library.default_folder

    def new_from_draft(self, *, folder: str | None = None) -> Path | None:
        """Save the current draft as a new template in the selected folder (asks a name)."""
        draft = self._template()
        suggested = draft.note.strip().splitlines()[0] if draft.note.strip() else ""
        name = self.questions.ask_name(self.tr("New template"), suggested[:60])
        if name is None:
            return None
        return self._create(folder or self._target_folder(), name, draft)

    def _create(self, folder: str, name: str, draft: Draft) -> Path | None:
        try:
            path = self.library.create(folder, name, draft)
        except ZaloComposerError as exc:
            self._show_error(self.tr("Could not save the template"), error_text(exc))
            return None
        self._select_after = str(path)
        self.watcher.refresh()
        return path

    def _on_duplicate_triggered(self) -> None:
        entry = self.panel.current_entry()
        if entry is None:
            return
        try:
            draft = read_draft(Path(entry.path)).draft
        except ZaloComposerError as exc:
            self._show_error(self.tr("Could not duplicate the template"), error_text(exc))
            return
        self._create(entry.folder, self.tr("{name} (copy)").format(name=entry.name), draft)

    def _on_rename_triggered(self) -> None:
        entry = self.panel.current_entry()
        if entry is None:
            return
        name = self.questions.ask_name(self.tr("Rename the template"), entry.name)
        if name is None or name.strip() == entry.name:
            return
        try:
            path = self.library.rename(entry, name)
        except ZaloComposerError as exc:
            self._show_error(self.tr("Could not rename the template"), error_text(exc))
            return
        self._select_after = str(path)
        self.watcher.refresh()

    def _on_favourite_triggered(self) -> None:
        if (entry := self.panel.current_entry()) is not None:
            self.library.set_favourite(entry.path, not self.library.is_favourite(entry.path))
            self.panel.refill()

    def _on_trash_triggered(self) -> None:
        entry = self.panel.current_entry()
        if entry is None:
            return
        in_trash = move_to_trash(entry.path)
        if in_trash is None:
            self._show_error(self.tr("Could not move the template to the trash"),
                             self.tr("{name} stays where it is: this system or folder has no "
                                     "trash.").format(name=entry.name))
            return
        self.undo_stack.push(TrashCommand(entry.path, in_trash, self.tr(
            "Move {name} to the trash").format(name=entry.name)))
        self._window.statusBar().showMessage(self.tr(
            "Moved {name} to the trash (Undo in the Templates panel brings it back)").format(
                name=entry.name), 8000)
        self.watcher.refresh()

    def _on_add_folder_triggered(self) -> None:
        folder = self.questions.ask_folder(Path(self.library.default_folder))
        if folder is not None:
            self.library.add_folder(folder)
            self.watcher.refresh()

    def _on_remove_folder_triggered(self) -> None:
        folder = self.panel.current_folder()
        if folder and folder != self.library.default_folder:
            self.library.remove_folder(folder)
            self.panel.refill()

    # -- refresh ---------------------------------------------------------------------

    def _on_watcher_changed(self) -> None:
        self.panel.refill()
        if self._quick is not None and self._quick.isVisible():
            self._quick.update_results()

    def _on_watcher_scanned(self) -> None:
        if self._select_after and self.panel.select_path(self._select_after):
            self._select_after = None
        settings = app_settings()
        if not settings.value(SHOWN_KEY, False, type=bool) and self.library.entries():
            settings.setValue(SHOWN_KEY, True)
            self.dock.show()
