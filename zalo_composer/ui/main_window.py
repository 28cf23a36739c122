"""The main window: a view that puts the parts together and wires them; no business rules.

- `ComposeView` (compose_view.py): the editors, previews, problems and Send, showing one
  `app.session.ComposeSession` (the template the user typed and what is derived from it);
- `DraftFiles` (draft_files.py): New, Open, Save, recent files, recovery;
- `Activity` (activity.py): the Results and Bulk docks, History, status checks, balance;
- `WindowMenus` (window_menus.py), `ImportExport`, undo (undo.py), autosave, `Dialogs`.

It is built in two stages (see `ui/staging.py`): what the first paint shows — the compose
view with its previews' tabs still empty, the profile toolbar, the menu bar, the docks
still empty (`docks.py`), the window's saved size and layout — in `__init__`; the rest,
and the modules it needs, in `complete` (the start calls it after the first paint; any
other caller gets a complete window at once). The second stage fills; it does not lay out.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

from .. import APP_DISPLAY_NAME
from ..app.services import AppServices, fetch_official_accounts
from ..app.session import ComposeSession
from ..domain.model import Account, Draft
from ..domain.validation import Problem
from ..store.profiles import Profile
from .compose_view import ComposeView
from .dialogs import Dialogs
from .docks import WindowDocks
from .editor.button_list import ButtonListEditor
from .editor.message_editor import MessageTextEditor
from .editor.send_options import SendOptionsEditor
from .i18n import QT_TRANSLATE_NOOP, translate
from .profiles.switcher import ProfileSwitcher
from .retranslate import Retranslatable
from .screen_fit import default_size, fit_to_screen, restore_window_state, save_window_state
from .settings import app_settings
from .window_menus import WindowMenus

if TYPE_CHECKING:
    # The second stage's parts: imported by `complete`, after the first paint.
    from .import_export import ImportExport
    from .settings_dialog import SettingsDialog
    from .shortcuts import ShortcutsDialog
    from .tab_order import Area
    from .undo import DraftUndo

UNTITLED = QT_TRANSLATE_NOOP("DraftFiles", "Untitled")


class MainWindow(Retranslatable, QtWidgets.QMainWindow):
    """Compose one consultation message, see its exact request body, send it, keep drafts.

    Signals:
        draft_changed: the user edited the draft (not emitted by `load_draft`).
        send_requested: Send was pressed while the draft had no errors.
        draft_loaded: New or Open replaced the draft (undo starts afresh on it).
        draft_restored: autosaved work was restored after a crash.
        saved: the draft was saved to a file.
        language_changed: the user chose another UI language in Settings.
        closed: the window closed (the application shuts its services down on it).
    """

    draft_changed = QtCore.Signal(object)  # payload: the template Draft after the edit
    send_requested = QtCore.Signal(object)  # payload: the filled Draft about to be sent
    draft_loaded = QtCore.Signal(object)  # payload: the Draft now shown (New, Open)
    draft_restored = QtCore.Signal(object)  # payload: the Draft restored after a crash
    saved = QtCore.Signal(object)  # payload: the Path saved to
    language_changed = QtCore.Signal(str)  # payload: "system", "en" or "vi"
    closed = QtCore.Signal()

    def __init__(
        self, parent: QtWidgets.QWidget | None = None, *, services: AppServices | None = None,
        staged: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._services = services if services is not None else AppServices()
        self._complete = False
        self.session = ComposeSession()
        self.dialogs = Dialogs(self)
        self.view = ComposeView(self.session, self, staged=True)
        self.setCentralWidget(self.view)
        self._fetch_oas = functools.partial(fetch_official_accounts, self._services)
        self._switcher = ProfileSwitcher(self._services.book, self._services.secrets, self,
                                         fetch_oas=self._fetch_oas)
        self._toolbar = self.addToolBar("")
        self._toolbar.setObjectName("profileToolbar")
        self._toolbar.setMovable(False)
        self._toolbar.addWidget(self._switcher)
        self.statusBar().setObjectName("statusBar")
        self.docks = WindowDocks(self)  # empty until `complete`: the layout is final now
        # The balance's place, as tall and wide as the indicator `complete` puts there, so
        # that nothing moves when it comes.
        self._balance_stand_in = QtWidgets.QToolButton(self)
        self._balance_stand_in.setAutoRaise(True)
        self._balance_stand_in.setText(translate("BalanceIndicator", "Balance: —"))
        self.statusBar().addPermanentWidget(self._balance_stand_in)
        self.menus = WindowMenus(self)
        self.menus.retranslate()
        self.view.draft_changed.connect(self._on_view_draft_changed)  # typed while starting
        self.setAcceptDrops(True)
        self.resize(default_size(self))
        self.setWindowTitle(f"{translate('DraftFiles', UNTITLED)}[*] — {APP_DISPLAY_NAME}")
        self.restore_layout()  # size, place, docks and splitters: final from the first paint
        if not staged:
            self.complete()

    def complete(self) -> None:
        """The second stage: docks, History, bulk, templates, followers, import/export,
        files and autosave, undo, the menus' actions; once."""
        if self._complete:
            return
        self._complete = True
        from .about import add_help_menu
        from .activity import Activity
        from .autosave import Autosaver
        from .bulk_fills import BulkFills
        from .draft_files import DraftFiles
        from .followers import Followers
        from .import_export import ImportExport
        from .tab_order import TabRing
        from .templates import Templates
        from .undo import attach_undo

        self.view.complete()
        self.activity = Activity(self, self._services, self.dialogs,
                                 self._switcher.current_profile, self.view.template, self.docks)
        self.followers = Followers(self, self._services, self._switcher.current_profile,
                                   self.view.options, self.activity.bulk_panel,
                                   self.activity.bulk_dock.show)
        self.autosaver = Autosaver(self)
        self.files = DraftFiles(self, self.view, self.session, self.dialogs, self.autosaver,
                                self._default_recipients)
        self._import_export = ImportExport(
            self, self._services, self.session, self._switcher, self.dialogs,
            replace_draft=lambda draft, text: self.files.replace(draft, modified=True,
                                                                 message=text),
            maybe_save=self.files.maybe_save, use_profile=self.use_profile,
            status=self.statusBar().showMessage, fetch_oas=self._fetch_oas)
        self.menus.add_parts(
            file_extras=[self._import_export.import_action],
            message_extras=[self._import_export.copy_action,
                            self._import_export.copy_secrets_action, self.followers.action],
            docks=[self.activity.results_dock, self.activity.bulk_dock])
        self.templates = Templates(self, self.docks.templates, self.files, self.view.template,
                                   self.dialogs.show_error,
                                   oa_name=self.view.zalo_preview.oa_name)
        self.menus.view_menu.addActions([self.templates.dock.toggleViewAction(),
                                         self.templates.quick_search_action])
        self.statusBar().removeWidget(self._balance_stand_in)
        self._balance_stand_in.deleteLater()
        self.statusBar().addPermanentWidget(self.activity.balance)
        self._connect()
        BulkFills(self.activity.bulk_dock, lambda: self.activity.bulk, self.view)
        if self.isWindowModified():  # typed during the first stage: autosave it too
            self.draft_changed.emit(self.draft())
        self.menus.send.setEnabled(self.view.can_send())
        self.use_profile(self._switcher.current_profile())
        self.files.update_title()
        self._undo = attach_undo(self, self.menus.edit_menu)
        self._undo.clean_changed.connect(self._on_undo_clean_changed)
        add_help_menu(self, self.menus.help_menu)
        self._retranslate_ui()
        fit_to_screen(self)
        self._tab_ring = TabRing(self._focus_areas)

    def _connect(self) -> None:
        view, files, activity, menus = self.view, self.files, self.activity, self.menus
        view.send_clicked.connect(self.send)
        view.sendable_changed.connect(menus.send.setEnabled)
        view.cancel_button.clicked.connect(activity.cancel)
        view.json_preview.copied.connect(self._on_preview_copied)
        files.loaded.connect(self.draft_loaded)
        files.restored.connect(self.draft_restored)
        files.saved.connect(self.saved)
        for signal in (self.draft_changed, self.draft_loaded, self.draft_restored):
            signal.connect(activity.set_template)
        activity.defaults_changed.connect(self.set_variable_defaults)
        self.closed.connect(self.followers.close)
        activity.reopen_requested.connect(files.reopen)
        activity.sends.busy_changed.connect(self._on_sender_busy_changed)
        self._switcher.profile_changed.connect(self.use_profile)
        for name, slot in (("new", self._on_new_triggered), ("open", files.ask_and_open),
                           ("save", files.save), ("saveAs", files.save_as),
                           ("quit", self.close)):
            menus.file[name].triggered.connect(slot)
        menus.recent_menu.aboutToShow.connect(
            lambda: files.fill_recent_menu(menus.recent_menu))
        menus.send.triggered.connect(self.send)
        menus.cancel.triggered.connect(activity.cancel)
        menus.copy_json.triggered.connect(view.json_preview.copy_button().click)
        menus.profiles.triggered.connect(self._switcher.edit_profiles)
        menus.history.triggered.connect(activity.show_history)
        menus.find.triggered.connect(lambda: activity.show_history().focus_search())
        menus.settings.triggered.connect(self.show_settings)
        menus.shortcuts.triggered.connect(self.show_shortcuts)

    # -- the draft (what the undo stack, autosave and tests read and set) ---------------

    def draft(self) -> Draft:
        """The draft as the user typed it (the template: placeholders unfilled)."""
        return self.view.template()

    def load_draft(self, draft: Draft) -> None:
        """Show *draft* in the editors (no `draft_changed`; the file name stays)."""
        self.view.load_draft(draft)

    def filled_draft(self) -> Draft:
        """The draft with its placeholders filled from the defaults: what a send sends."""
        return self.session.filled()

    def problems(self) -> list[Problem]:
        """The validation problems of the current draft, in form order."""
        return self.session.problems()

    def set_variable_defaults(self, values: dict[str, str]) -> None:
        """Draft-level values for ``{{name}}`` placeholders (from the bulk panel)."""
        self.view.set_defaults(values)

    def variable_defaults(self) -> dict[str, str]:
        """The draft-level placeholder values."""
        return self.session.defaults

    def pending_request_id(self) -> str:
        """The RequestId the next send uses, exactly as the preview shows it."""
        return self.session.request_id()

    def renew_request_id(self) -> str:
        """Generate the next RequestId and return it."""
        request_id = self.session.renew_request_id()
        self.view.schedule_preview()
        return request_id

    def set_account(self, account: Account | None) -> None:
        """Show the body as *account*'s (its keys are masked whatever they are)."""
        self.session.set_account(account)
        self.view.schedule_preview()

    def focus_field(self, path: str) -> bool:
        """Put the keyboard focus into the field of a problem's *path*; whether it could."""
        return self.view.focus_field(path)

    def flush_preview(self) -> None:
        """Rebuild the previews now."""
        self.view.flush_preview()

    def preview_text(self) -> str:
        """The JSON the preview shows (secrets masked)."""
        return self.view.json_preview.text()

    def file_path(self) -> Path | None:
        """The draft file being edited, or None (autosave records it)."""
        return self.files.path

    # -- parts (for tests and the application) ------------------------------------------

    def services(self) -> AppServices:
        """Profiles, secrets, sandbox, HTTP client and history."""
        return self._services

    def message_editor(self) -> MessageTextEditor:
        """The message text editor."""
        return self.view.message

    def send_options_editor(self) -> SendOptionsEditor:
        """Recipients, RequestId, SendDate and note."""
        return self.view.options

    def button_list_editor(self) -> ButtonListEditor:
        """The button rows."""
        return self.view.buttons

    def profile_switcher(self) -> ProfileSwitcher:
        """The profile switcher on the toolbar."""
        return self._switcher

    def import_export(self) -> ImportExport:
        """Import from cURL/JSON and Copy as cURL."""
        return self._import_export

    def undo_stack(self) -> DraftUndo:
        """Undo and redo of the draft."""
        return self._undo

    # -- sending -----------------------------------------------------------------------

    def send(self) -> None:
        """Send the message to each recipient (Ctrl+Return), when it has no errors."""
        self.complete()
        self.view.refresh(recheck=True)
        if not self.session.can_send() or self.activity.sends.busy:
            return
        self.send_requested.emit(self.session.filled())
        jobs = self.session.jobs(str(self.files.path) if self.files.path else None)
        if not self.activity.confirm_send_again(jobs):
            return
        if (self.activity.send(jobs, self._switcher.current_profile())
                and not self.session.template.request_id):
            self.renew_request_id()

    def _on_sender_busy_changed(self, busy: bool) -> None:
        self.menus.cancel.setEnabled(busy)
        self.view.set_busy(busy)

    def _on_view_draft_changed(self, draft: Draft) -> None:
        self.setWindowModified(True)
        self.draft_changed.emit(draft)

    def _on_preview_copied(self, _text: str) -> None:
        self.statusBar().showMessage(self.tr("Request body copied (keys masked)"), 3000)

    # -- profiles ----------------------------------------------------------------------

    def _default_recipients(self) -> tuple[str, ...]:
        profile = self._switcher.current_profile()
        return profile.default_recipients if profile else ()

    def use_profile(self, profile: Profile | None) -> None:
        """Show *profile*'s OA in the previews and its balance in the status bar."""
        self.activity.use_profile(profile)
        self.followers.use_profile(profile)
        self.view.zalo_preview.set_oa_name("" if profile is None else profile.name)
        self.set_account(
            None if profile is None else Account(profile.oaid, "", "", profile.callback_url,
                                                 profile.esms_test_mode))

    # -- other windows and dialogs -----------------------------------------------------

    def show_settings(self) -> SettingsDialog:
        """Open the Settings dialog (language, theme)."""
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        dialog.language_changed.connect(self.language_changed)
        dialog.show()
        return dialog

    def show_shortcuts(self) -> ShortcutsDialog:
        """Open the keyboard-shortcuts page."""
        from .shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.show()
        return dialog

    def _on_new_triggered(self) -> None:
        if self.files.maybe_save():
            self.files.new()

    def _on_undo_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    # -- language, layout, closing, drops ----------------------------------------------

    def _retranslate_ui(self) -> None:
        if not self._complete:
            self.menus.retranslate()
            return
        self.files.update_title()
        self.docks.retitle()
        self.menus.retranslate()
        self.followers.retranslate()
        self._toolbar.setWindowTitle(self.tr("Profile"))

    def _splitters(self) -> list[QtWidgets.QSplitter]:
        view = self.view
        return [view.main_splitter, view.left_splitter, view.right_splitter]

    def save_layout(self) -> None:
        """Remember the window's size and place, its docks and splitters."""
        save_window_state(self, app_settings(), self._splitters())

    def restore_layout(self) -> bool:
        """Put the window back as it was when it last closed; whether anything was saved."""
        return restore_window_state(self, app_settings(), self._splitters())

    def _focus_areas(self) -> list[Area]:
        return [self._toolbar, *self.view.focus_areas(), self.activity.results_dock,
                self.activity.bulk_dock, self.statusBar()]

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab go round the window in reading order (`tab_order`)."""
        self.complete()
        return self._tab_ring.move(next) or super().focusNextPrevChild(next)

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        """Keep the window, frame included, on the screen's available area."""
        super().showEvent(event)
        fit_to_screen(self)

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        """Ask about unsaved changes, abort a send in flight, remove the recovery file, and
        tell the application the window is gone."""
        self.complete()
        if not self.files.maybe_save():
            event.ignore()
            return
        self.activity.interrupt()
        self._import_export.secret_clipboard.forget()
        super().closeEvent(event)
        if event.isAccepted():
            self.save_layout()
            self.autosaver.discard()
            self.closed.emit()

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:
        """Accept a dragged draft file."""
        from .draft_files import dropped_draft

        if dropped_draft(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QtGui.QDropEvent) -> None:
        """Open a dropped draft file (after the unsaved-changes question)."""
        self.complete()
        if self.files.drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dropEvent(event)
