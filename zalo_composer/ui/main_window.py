"""The main window: editor on the left, request preview and problems on the right, drafts.

Every edit flows one way: the editors emit `changed`, the window builds a `Draft` from
them (`draft()`), validates it, routes the problems back to the fields, and rebuilds the
preview from the same draft through `build_request_body`. `draft_changed` is the single
"the user changed something" signal that the unsaved-changes guard and undo can build on.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

from .. import APP_DISPLAY_NAME
from ..domain.body import new_request_id
from ..domain.draft import DRAFT_SUFFIX
from ..domain.errors import ZaloComposerError
from ..domain.model import Account, Draft, Message, wire_length
from ..domain.result import SendResult
from ..domain.validation import Problem, has_errors
from ..domain.variables import validate_with_defaults
from ..sending import AppServices, fetch_official_accounts, result_from_history
from ..store.files import read_draft, save_draft
from ..store.profiles import Profile
from . import theme
from .about import add_help_menu
from .autosave import Autosaver, describe_recovered
from .editor.button_list import ButtonListEditor
from .editor.message_editor import MessageTextEditor
from .editor.send_options import SendOptionsEditor
from .i18n import QT_TRANSLATE_NOOP, domain_text, error_text, translate
from .import_export import ImportExport
from .inline_problems import ERROR_MARK
from .preview.json_preview import JsonPreview
from .preview.request_text import preview_json, preview_note
from .preview.zalo_preview import ZaloPreview
from .problems import ProblemsPanel, summary_text
from .profiles import ProfileSwitcher, edit_profiles
from .results import ResultsLog, status_text
from .send_controller import SendController
from .settings import app_settings, string_list
from .settings_dialog import SettingsDialog
from .shortcuts import ShortcutsDialog
from .status import BalanceIndicator, describe_status
from .undo import DraftUndo, attach_undo

if TYPE_CHECKING:
    from ..esms.queries import OfficialAccount
    from .bulk import BulkPanel, PendingBatch, ResumeAnswer
    from .history import HistoryWindow

log = logging.getLogger(__name__)

#: Delay that coalesces bursts of edits (a paste, a type change) into one preview rebuild.
PREVIEW_DELAY_MS = 0
FILE_FILTERS = "Zalo Composer drafts (*.zalo.json);;JSON files (*.json);;All files (*)"
UNTITLED = QT_TRANSLATE_NOOP("MainWindow", "Untitled")
RECENT_KEY = "files/recent"
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
SPLITTER_KEY = "window/splitters"
RECENT_MAX = 10


def _dropped_draft(mime: QtCore.QMimeData) -> Path | None:
    """The one local JSON file being dragged, if that is what it is."""
    urls = [u for u in mime.urls() if u.isLocalFile()]
    if len(urls) != 1 or not urls[0].toLocalFile().endswith(".json"):
        return None
    return Path(urls[0].toLocalFile())


class MainWindow(QtWidgets.QMainWindow):
    """Compose one consultation message, see its exact request body, open and save drafts.

    Signals:
        draft_changed: the user edited the draft (not emitted by `load_draft`).
        send_requested: Send was pressed while the draft had no errors.
        draft_loaded: New or Open replaced the draft (undo starts afresh on it).
        draft_restored: autosaved work was restored after a crash.
        saved: the draft was saved to a file.
        closed: the window closed (the application shuts its services down on it).
    """

    draft_changed = QtCore.Signal(object)  # payload: the Draft after the edit
    send_requested = QtCore.Signal(object)  # payload: the Draft to send
    draft_loaded = QtCore.Signal(object)  # payload: the Draft now shown (New, Open)
    draft_restored = QtCore.Signal(object)  # payload: the Draft restored after a crash
    saved = QtCore.Signal(object)  # payload: the Path saved to
    language_changed = QtCore.Signal(str)  # payload: "system", "en" or "vi"
    closed = QtCore.Signal()

    def __init__(
        self, parent: QtWidgets.QWidget | None = None, *, services: AppServices | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._services = services if services is not None else AppServices()
        self._account: Account | None = None
        self._defaults: dict[str, str] = {}
        self._generated_request_id = new_request_id()
        self._file_path: Path | None = None
        self._dialog_dir = Path.home()
        self._loading = False
        self._problems: list[Problem] = []
        self._preview_draft = Draft()
        self._summary_color = ""

        self._options = SendOptionsEditor(self)
        self._message = MessageTextEditor(self)
        self._buttons = ButtonListEditor(self)
        self._preview = JsonPreview(self)
        self._zalo_preview = ZaloPreview(self)
        self._preview_tabs = QtWidgets.QTabWidget(self)
        self._preview_tabs.setObjectName("previewTabs")
        self._preview_tabs.setAccessibleName(self.tr("Preview of the request"))
        self._preview_tabs.setDocumentMode(True)
        self._problems_panel = ProblemsPanel(self)
        self._summary = QtWidgets.QLabel(self)
        self._summary.setObjectName("summary")
        self._send = QtWidgets.QPushButton(self)
        self._send.setObjectName("sendButton")
        self._cancel = QtWidgets.QPushButton(self)
        self._cancel.setObjectName("cancelButton")
        self._cancel.setEnabled(False)
        self._switcher = ProfileSwitcher(self._services.book, self._services.secrets, self)
        self._results_log = ResultsLog(parent=self)
        self._results_dock = QtWidgets.QDockWidget(self)
        self._results_dock.setObjectName("resultsDock")
        self._sender = SendController(
            self._services, self._results_log.results_model(), self
        )
        # The bulk panel and the History window are built when first shown: the first
        # window needs neither (start-up time and memory).
        self._bulk: BulkPanel | None = None
        self._bulk_dock = QtWidgets.QDockWidget(self)
        self._bulk_dock.setObjectName("bulkDock")
        self._autosaver = Autosaver(self)
        self._import_export = ImportExport(self)
        self._history_window: HistoryWindow | None = None
        self._status_task: asyncio.Future[None] | None = None
        self._balance = BalanceIndicator(self._services, self)
        self.setAcceptDrops(True)
        self._left_splitter = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical, self)
        self._left_splitter.setObjectName("leftSplitter")
        self._right_splitter = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical, self)
        self._right_splitter.setObjectName("rightSplitter")
        self._main_splitter = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal, self)
        self._main_splitter.setObjectName("mainSplitter")
        self._preview_timer = QtCore.QTimer(self)
        self._preview_timer.setObjectName("previewTimer")
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)

        self._build_layout()
        self._build_actions()

        self._options.changed.connect(self._on_editor_changed)
        self._message.changed.connect(self._on_editor_changed)
        self._buttons.changed.connect(self._on_editor_changed)
        self._problems_panel.problem_activated.connect(self._on_problems_problem_activated)
        self._preview.copied.connect(self._on_preview_copied)
        self._send.clicked.connect(self._on_send_triggered)
        self._preview_timer.timeout.connect(self._on_preview_timer_timeout)
        self.send_requested.connect(self._on_send_requested)
        self._cancel.clicked.connect(self._on_cancel_clicked)
        self._switcher.profile_changed.connect(self._on_switcher_profile_changed)
        self._sender.busy_changed.connect(self._on_sender_busy_changed)
        self._sender.result_ready.connect(self._on_sender_result_ready)
        self._sender.failed_to_start.connect(self._on_sender_failed_to_start)
        self._sender.history_failed.connect(self._on_sender_history_failed)
        self._results_log.retry_requested.connect(self._on_results_retry_requested)
        self._zalo_preview.button_activated.connect(self._on_zalo_preview_button_activated)
        self.draft_changed.connect(self._on_draft_for_bulk)
        self.draft_loaded.connect(self._on_draft_for_bulk)
        self.draft_restored.connect(self._on_draft_for_bulk)
        self._bulk_dock.visibilityChanged.connect(self._on_bulk_dock_visibility_changed)
        self._results_log.status_requested.connect(self._on_results_status_requested)
        self.use_profile(self._switcher.current_profile())

        self.resize(1280, 800)
        self._update_title()
        self._refresh()
        self._undo = attach_undo(self)
        self._undo.clean_changed.connect(self._on_undo_clean_changed)
        self._add_settings_and_help()
        add_help_menu(self)
        self._retranslate_ui()
        self.restore_layout()

    # -- the draft ---------------------------------------------------------------------

    def draft(self) -> Draft:
        """The draft as the widgets describe it now."""
        return Draft(
            message=Message(text=self._message.text(), buttons=self._buttons.to_model()),
            recipients=self._options.recipients(),
            request_id=self._options.request_id(),
            send_date=self._options.send_date(),
            note=self._options.note(),
        )

    def load_draft(self, draft: Draft) -> None:
        """Show *draft* in the editors, replacing what was there.

        Emits no `draft_changed` and leaves the file name and the modified flag alone:
        Open and New set those.
        """
        self._loading = True
        try:
            self._options.set_values(
                recipients=draft.recipients,
                request_id=draft.request_id,
                send_date=draft.send_date,
                note=draft.note,
            )
            self._message.set_text(draft.message.text)
            self._buttons.set_buttons(draft.message.buttons)
        finally:
            self._loading = False
        self._refresh()

    def problems(self) -> list[Problem]:
        """The validation problems of the current draft, in form order."""
        return list(self._problems)

    def can_send(self) -> bool:
        """True while the draft has no errors (warnings do not block)."""
        return not has_errors(self._problems)

    # -- account and RequestId ---------------------------------------------------------

    def set_account(self, account: Account | None) -> None:
        """Use *account* (OA and keys) in the preview; None shows empty, masked placeholders."""
        self._account = account
        self._schedule_preview()

    def account(self) -> Account | None:
        """The account the preview uses, if any."""
        return self._account

    def pending_request_id(self) -> str:
        """The RequestId the next send uses, exactly as the preview shows it.

        The one typed in the RequestId field when there is one; otherwise an id the
        window generated in advance (see `renew_request_id`).
        """
        return self._options.request_id() or self._generated_request_id

    def renew_request_id(self) -> str:
        """Generate the next RequestId (after a send, or for a new draft) and return it."""
        self._generated_request_id = new_request_id()
        self._schedule_preview()
        return self._generated_request_id

    # -- preview -------------------------------------------------------------------------

    def preview_text(self) -> str:
        """The JSON the preview shows (secrets masked)."""
        return self._preview.text()

    def request_preview_json(self, draft: Draft) -> str:
        """The masked, pretty-printed request body of *draft* for its first recipient."""
        return preview_json(draft, self._account, self._generated_request_id)

    def flush_preview(self) -> None:
        """Rebuild the preview now instead of at the next turn of the event loop."""
        self._preview_timer.stop()
        self._on_preview_timer_timeout()

    # -- fields --------------------------------------------------------------------------

    def focus_field(self, path: str) -> bool:
        """Put the keyboard focus into the field of a problem's *path*; whether it could."""
        return (
            self._options.focus_field(path)
            or self._message.focus_field(path)
            or self._buttons.focus_field(path)
        )

    def send_options_editor(self) -> SendOptionsEditor:
        """Recipients, RequestId, SendDate and note."""
        return self._options

    def message_editor(self) -> MessageTextEditor:
        """The message text editor."""
        return self._message

    def button_list_editor(self) -> ButtonListEditor:
        """The button rows."""
        return self._buttons

    def json_preview(self) -> JsonPreview:
        """The request-body preview."""
        return self._preview

    def problems_panel(self) -> ProblemsPanel:
        """The validation summary."""
        return self._problems_panel

    def send_button(self) -> QtWidgets.QPushButton:
        """The Send button."""
        return self._send

    def cancel_button(self) -> QtWidgets.QPushButton:
        """The Cancel button (enabled while a request is in flight)."""
        return self._cancel

    def results_log(self) -> ResultsLog:
        """The results log panel."""
        return self._results_log

    def profile_switcher(self) -> ProfileSwitcher:
        """The profile switcher on the toolbar."""
        return self._switcher

    def send_controller(self) -> SendController:
        """Runs the sends."""
        return self._sender

    def services(self) -> AppServices:
        """Profiles, secrets, sandbox and HTTP client."""
        return self._services

    # -- files ---------------------------------------------------------------------------

    def file_path(self) -> Path | None:
        """The draft file being edited, or None for an untitled draft."""
        return self._file_path

    def new_draft(self) -> None:
        """Start an empty, untitled draft with a fresh RequestId."""
        profile = self._switcher.current_profile()
        self.load_draft(Draft(recipients=profile.default_recipients if profile else ()))
        self.renew_request_id()
        self._set_file_path(None)
        self._autosaver.discard()
        self.draft_loaded.emit(self.draft())
        self._message.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        self.statusBar().showMessage(self.tr("New draft"), 3000)

    def open_path(self, path: Path) -> bool:
        """Open a draft (or import a bare eSMS request body) from *path*; whether it did.

        On failure the user sees why and the current work is left as it was. A file that
        is not a ``*.zalo.json`` draft is imported: Save then asks for a new name, so it is
        never overwritten in another format.
        """
        try:
            loaded = read_draft(path)
        except ZaloComposerError as exc:
            log.info("could not open %s: %s", path, exc)
            self._show_error(self.tr("Could not open the draft"), error_text(exc))
            return False
        self._dialog_dir = path.parent
        self.load_draft(loaded.draft)
        imported = not path.name.endswith(DRAFT_SUFFIX)
        self._set_file_path(None if imported else path)
        self._remember_recent(path)
        self._autosaver.discard()
        self.draft_loaded.emit(self.draft())
        done = (self.tr("Imported {name}") if imported else self.tr("Opened {name}")).format(
            name=path.name)
        self.statusBar().showMessage(done, 5000)
        if loaded.notices:
            self._show_notices(done, tuple(domain_text(n) for n in loaded.notices))
        return True

    def save(self) -> bool:
        """Save to the current file, or ask for one; whether the draft was saved."""
        if self._file_path is None:
            return self.save_as()
        return self.save_to(self._file_path)

    def save_as(self) -> bool:
        """Ask for a file name and save there; whether the draft was saved."""
        path = self._ask_save_path()
        if path is None:
            return False
        if not path.name.endswith(".json"):
            path = path.with_name(path.name + DRAFT_SUFFIX)
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Save the draft to *path* (atomically) and make it the current file."""
        try:
            save_draft(path, self.draft())
        except ZaloComposerError as exc:
            log.info("could not save %s: %s", path, exc)
            self._show_error(self.tr("Could not save the draft"), error_text(exc))
            return False
        self._dialog_dir = path.parent
        self._set_file_path(path)
        self._remember_recent(path)
        self._autosaver.discard()
        self.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 5000)
        self.saved.emit(path)
        return True

    # -- unsaved changes, recent files, recovery ------------------------------------------

    def maybe_save(self) -> bool:
        """Before the draft is replaced or the window closes: True when it may go ahead
        (nothing unsaved, saved now, or discarded), False when the user cancelled."""
        if not self.isWindowModified():
            return True
        answer = self._ask_save_changes()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def recent_files(self) -> list[Path]:
        """Recently opened or saved drafts, newest first."""
        return [Path(p) for p in string_list(app_settings(), RECENT_KEY)]

    def _remember_recent(self, path: Path) -> None:
        settings = app_settings()
        entries = [str(path.resolve())]
        entries += [p for p in string_list(settings, RECENT_KEY) if p != entries[0]]
        settings.setValue(RECENT_KEY, entries[:RECENT_MAX])

    def offer_recovery(self) -> bool:
        """At start: when a crash left autosaved work, offer to restore it; whether it was."""
        found = self._autosaver.recovery.load()
        if found is None:
            return False
        if not self._confirm(self.tr("Restore unsaved work?"), describe_recovered(found)):
            self._autosaver.discard()
            return False
        self.load_draft(found.draft)
        self._set_file_path(found.source_path)
        self.setWindowModified(True)
        self.draft_restored.emit(found.draft)
        self.statusBar().showMessage(self.tr("Restored the autosaved work"), 5000)
        return True

    def load_recent_results(self, limit: int = 50) -> int:
        """Fill the results log with the newest sends from the history; how many."""
        try:
            rows = self._services.history.page(limit=limit)
        except sqlite3.Error as exc:
            log.warning("could not read the history: %s", exc)
            return 0
        model = self._results_log.results_model()
        for row in reversed(rows):
            model.add(result_from_history(row), row.profile)
        return len(rows)

    # -- overridable dialogs (tests replace these) --------------------------------------

    def _ask_open_path(self) -> Path | None:
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, self.tr("Open draft"), str(self._dialog_dir), self._file_filters()
        )
        return Path(name) if name else None

    def _ask_save_path(self) -> Path | None:
        suggested = self._file_path or self._dialog_dir / f"draft{DRAFT_SUFFIX}"
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Save draft"), str(suggested), self._file_filters()
        )
        return Path(name) if name else None

    def _show_error(self, title: str, text: str) -> None:
        QtWidgets.QMessageBox.critical(self, title, text)

    def _show_notices(self, title: str, notices: tuple[str, ...]) -> None:
        QtWidgets.QMessageBox.information(self, title, "\n\n".join(notices))

    def _ask_save_changes(self) -> str:
        """"save", "discard" or "cancel"."""
        name = self._file_path.name if self._file_path else self.tr(UNTITLED)
        answer = QtWidgets.QMessageBox.warning(
            self, self.tr("Unsaved changes"),
            self.tr("Save the changes to {name} first?").format(name=name),
            QtWidgets.QMessageBox.StandardButton.Save
            | QtWidgets.QMessageBox.StandardButton.Discard
            | QtWidgets.QMessageBox.StandardButton.Cancel,
            QtWidgets.QMessageBox.StandardButton.Save,
        )
        return {
            QtWidgets.QMessageBox.StandardButton.Save: "save",
            QtWidgets.QMessageBox.StandardButton.Discard: "discard",
        }.get(answer, "cancel")

    def _confirm(self, title: str, text: str) -> bool:
        answer = QtWidgets.QMessageBox.question(self, title, text)
        return answer == QtWidgets.QMessageBox.StandardButton.Yes

    # -- building ------------------------------------------------------------------------

    def _build_layout(self) -> None:
        # Left: the message (text, then buttons). Right: how it is sent (recipient,
        # RequestId), the exact request body, and what is wrong with it.
        self._left_splitter.addWidget(self._message)
        self._left_splitter.addWidget(self._buttons)
        self._left_splitter.setStretchFactor(0, 0)
        self._left_splitter.setStretchFactor(1, 1)
        self._left_splitter.setSizes([170, 630])
        self._left_splitter.setChildrenCollapsible(False)

        self._preview_tabs.addTab(self._preview, "JSON")
        self._preview_tabs.addTab(self._zalo_preview, "")
        self._right_splitter.addWidget(self._preview_tabs)
        self._right_splitter.addWidget(self._problems_panel)
        self._right_splitter.setStretchFactor(0, 3)
        self._right_splitter.setStretchFactor(1, 1)
        self._right_splitter.setSizes([560, 130])
        self._right_splitter.setChildrenCollapsible(False)
        delivery_title = self._delivery_title = QtWidgets.QLabel(self)
        delivery_title.setObjectName("deliveryTitle")
        bold = delivery_title.font()
        bold.setBold(True)
        delivery_title.setFont(bold)
        right = QtWidgets.QWidget(self)
        right.setObjectName("sendingArea")
        right_layout = QtWidgets.QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(delivery_title)
        right_layout.addWidget(self._options)
        right_layout.addSpacing(6)
        right_layout.addWidget(self._right_splitter, 1)

        self._main_splitter.addWidget(self._left_splitter)
        self._main_splitter.addWidget(right)
        self._main_splitter.setStretchFactor(0, 1)
        self._main_splitter.setStretchFactor(1, 1)
        self._main_splitter.setSizes([660, 600])
        self._main_splitter.setChildrenCollapsible(False)
        self._main_splitter.setHandleWidth(12)

        self._summary.setWordWrap(True)
        self._send.setDefault(False)
        self._send.setAutoDefault(False)
        self._cancel.setAutoDefault(False)
        bottom = QtWidgets.QHBoxLayout()
        bottom.addWidget(self._summary, 1)
        bottom.addWidget(self._cancel)
        bottom.addWidget(self._send)

        toolbar = self._toolbar = self.addToolBar("")
        toolbar.setObjectName("profileToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self._switcher)

        # The results log docks below everything, so the message stays in view after a send.
        self._results_log.set_title_visible(False)
        self._results_log.set_orientation(QtCore.Qt.Orientation.Horizontal)
        self._results_dock.setWidget(self._results_log)
        self._results_dock.setFeatures(
            QtWidgets.QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QtWidgets.QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(QtCore.Qt.DockWidgetArea.BottomDockWidgetArea, self._results_dock)
        self.addDockWidget(QtCore.Qt.DockWidgetArea.BottomDockWidgetArea, self._bulk_dock)
        self.tabifyDockWidget(self._results_dock, self._bulk_dock)
        self._bulk_dock.hide()
        self._results_dock.hide()

        central = QtWidgets.QWidget(self)
        central.setObjectName("central")
        layout = QtWidgets.QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 6)
        layout.addWidget(self._main_splitter, 1)
        layout.addLayout(bottom)
        self.setCentralWidget(central)
        self.statusBar().setObjectName("statusBar")
        self.statusBar().addPermanentWidget(self._balance)

    def _build_actions(self) -> None:
        # Texts are set by _retranslate_ui, here and whenever the UI language changes.
        file_menu = self._file_menu = self.menuBar().addMenu("")
        file_menu.setObjectName("fileMenu")
        self._file_actions: dict[str, QtGui.QAction] = {}
        for name, key, slot in (
            ("new", QtGui.QKeySequence.StandardKey.New, self._on_new_triggered),
            ("open", QtGui.QKeySequence.StandardKey.Open, self._on_open_triggered),
            ("save", QtGui.QKeySequence.StandardKey.Save, self._on_save_triggered),
            ("saveAs", QtGui.QKeySequence.StandardKey.SaveAs, self._on_save_as_triggered),
            ("quit", QtGui.QKeySequence.StandardKey.Quit, self._on_quit_triggered),
        ):
            if key == QtGui.QKeySequence.StandardKey.Quit:
                file_menu.addSeparator()
                file_menu.addAction(self._import_export.import_action)
                file_menu.addSeparator()
            action = self._file_actions[name] = file_menu.addAction("")
            action.setObjectName(f"{name}Action")
            action.setShortcuts(key)
            action.triggered.connect(slot)
            if key == QtGui.QKeySequence.StandardKey.Open:
                self._recent_menu = file_menu.addMenu("")
                self._recent_menu.setObjectName("recentMenu")
                self._recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)
        message_menu = self._message_menu = self.menuBar().addMenu("")
        message_menu.setObjectName("messageMenu")
        self._send_action = message_menu.addAction("")
        self._send_action.setObjectName("sendAction")
        self._send_action.setShortcuts(
            [QtGui.QKeySequence("Ctrl+Return"), QtGui.QKeySequence("Ctrl+Enter")]
        )
        self._send_action.triggered.connect(self._on_send_triggered)
        self._cancel_action = message_menu.addAction("")
        self._cancel_action.setObjectName("cancelAction")
        self._cancel_action.setShortcut(QtGui.QKeySequence(QtCore.Qt.Key.Key_Escape))
        self._cancel_action.setShortcutContext(QtCore.Qt.ShortcutContext.WindowShortcut)
        self._cancel_action.setEnabled(False)
        self._cancel_action.triggered.connect(self._on_cancel_clicked)
        copy = self._copy_json_action = message_menu.addAction("")
        copy.setObjectName("copyJsonAction")
        copy.setShortcut(QtGui.QKeySequence("Ctrl+Shift+C"))
        copy.triggered.connect(self._preview.copy_button().click)
        message_menu.addAction(self._import_export.copy_action)
        message_menu.addAction(self._import_export.copy_secrets_action)
        message_menu.addSeparator()
        profiles = self._profiles_action = message_menu.addAction("")
        profiles.setObjectName("profilesAction")
        profiles.triggered.connect(self._on_profiles_triggered)
        view_menu = self._view_menu = self.menuBar().addMenu("")
        view_menu.setObjectName("viewMenu")
        results = self._results_dock.toggleViewAction()
        results.setShortcut(QtGui.QKeySequence("Ctrl+Shift+R"))
        view_menu.addAction(results)
        bulk = self._bulk_dock.toggleViewAction()
        bulk.setShortcut(QtGui.QKeySequence("Ctrl+Shift+B"))
        view_menu.addAction(bulk)
        history = self._history_action = view_menu.addAction("")
        history.setObjectName("historyAction")
        history.setShortcut(QtGui.QKeySequence("Ctrl+H"))
        history.triggered.connect(self.show_history)

    # -- refresh -------------------------------------------------------------------------

    def set_variable_defaults(self, values: Mapping[str, str]) -> None:
        """Draft-level values for ``{{name}}`` placeholders (from the Recipients panel)."""
        self._defaults = dict(values)
        self._message.set_known_variables(self._defaults)
        self._refresh()

    def variable_defaults(self) -> dict[str, str]:
        """The draft-level placeholder values."""
        return dict(self._defaults)

    def filled_draft(self) -> Draft:
        """The draft with its placeholders filled from the defaults: what a send sends."""
        return validate_with_defaults(self.draft(), self._defaults)[0]

    def _refresh(self) -> Draft:
        """Validate the draft the widgets describe (placeholders filled from the defaults),
        show its problems, schedule the preview; returns the filled draft."""
        draft, problems = validate_with_defaults(self.draft(), self._defaults)
        if draft.message.text != self._message.text():
            self._message.set_count(wire_length(draft.message.text))
        if problems != self._problems:
            self._problems = problems
            self._options.show_problems(problems)
            self._message.show_problems(problems)
            self._buttons.show_problems(problems)
            self._problems_panel.set_problems(problems)
        sendable = not has_errors(problems) and not self._sender.busy
        self._send.setEnabled(sendable)
        self._send_action.setEnabled(sendable)
        self._show_summary(problems)
        self._preview_draft = draft
        self._schedule_preview()
        return draft

    def _show_summary(self, problems: list[Problem]) -> None:
        if has_errors(problems):
            text = f"{ERROR_MARK} " + self.tr("{summary}: fix the errors to send.").format(
                summary=summary_text(problems))
            color = theme.tone_color(self.palette(), "error").name()
        else:
            text = "✔ " + self.tr("Ready to send. {summary}.").format(
                summary=summary_text(problems))
            color = ""
        self._summary.setText(text)
        if color != self._summary_color:
            # Style sheets are costly to apply; only when the state flips.
            self._summary_color = color
            self._summary.setStyleSheet(f"color: {color}" if color else "")

    def _schedule_preview(self) -> None:
        self._preview_timer.start()

    def _update_title(self) -> None:
        name = self._file_path.name if self._file_path is not None else self.tr(UNTITLED)
        self.setWindowTitle(f"{name}[*] — {APP_DISPLAY_NAME}")

    def _set_file_path(self, path: Path | None) -> None:
        self._file_path = path
        self.setWindowModified(False)
        self._update_title()

    # -- slots ---------------------------------------------------------------------------

    def _on_editor_changed(self) -> None:
        if self._loading:
            return
        self.setWindowModified(True)
        draft = self._refresh()
        self.draft_changed.emit(draft)

    def _on_preview_timer_timeout(self) -> None:
        draft = self._preview_draft
        self._preview.set_text(self.request_preview_json(draft))
        self._preview.set_note(preview_note(draft, self._account, translate))
        self._zalo_preview.set_draft(draft)

    def _on_problems_problem_activated(self, path: str) -> None:
        self.focus_field(path)

    def _on_preview_copied(self, _text: str) -> None:
        self.statusBar().showMessage(self.tr("Request body copied (keys masked)"), 3000)

    def _on_send_triggered(self) -> None:
        draft = self._refresh()
        if has_errors(self._problems) or self._sender.busy:
            return
        self.send_requested.emit(draft)

    def _on_send_requested(self, draft: Draft) -> None:
        profile = self._switcher.current_profile()
        if profile is None:
            self._show_error(self.tr("Cannot send"),
                             self.tr("Add a profile first (Message → Profiles…)."))
            return
        if self._sender.send(draft, profile, self.pending_request_id(),
                             self._file_path) is not None:
            self._show_results()
            self.statusBar().showMessage(
                self.tr("Sending with {profile}…").format(profile=profile.name))
            if not draft.request_id:
                self.renew_request_id()

    def _show_results(self) -> None:
        if self._results_dock.isVisible():
            return
        self._results_dock.show()
        # A third of the window at most: the message stays in view above it.
        height = max(200, min(300, self.height() // 3))
        QtCore.QTimer.singleShot(0, lambda: self.resizeDocks(
            [self._results_dock], [height], QtCore.Qt.Orientation.Vertical))

    def _on_cancel_clicked(self) -> None:
        if self._sender.cancel():
            self.statusBar().showMessage(self.tr("Cancelled"), 5000)

    def _on_draft_for_bulk(self, draft: Draft) -> None:
        if self._bulk is not None:
            self._bulk.set_draft(draft)

    def _on_bulk_dock_visibility_changed(self, visible: bool) -> None:
        if visible:
            self.bulk_panel()

    def bulk_panel(self) -> BulkPanel:
        """Recipients table, defaults and bulk sending."""
        if self._bulk is None:
            from .bulk import BulkPanel

            panel = BulkPanel(self._services, self)
            panel.defaults_changed.connect(self.set_variable_defaults)
            panel.running_changed.connect(self._on_bulk_running_changed)
            panel.set_profile(self._switcher.current_profile())
            panel.set_draft(self.draft())
            self._bulk_dock.setWidget(panel)
            self._bulk = panel
        return self._bulk

    def _on_bulk_running_changed(self, running: bool) -> None:
        if not running:
            self._balance.refresh()
            if self._history_window is not None and self._history_window.isVisible():
                self._history_window.refresh()

    def offer_bulk_resume(self) -> bool:
        """At start: offer to resume a bulk send a dead program left; whether one was."""
        from ..store.batches import pending_batches

        if not pending_batches():
            return False
        panel = self.bulk_panel()
        for pending in panel.pending():
            answer = self._ask_resume_batch(pending)
            if answer == "discard":
                panel.discard(pending.manifest)
            elif answer == "resume" and panel.resume_batch(pending.manifest) is not None:
                self._bulk_dock.show()
                self._bulk_dock.raise_()
                return True  # one run at a time; any others are offered at the next start
        return False

    def _ask_resume_batch(self, pending: PendingBatch) -> ResumeAnswer:
        from .bulk import ask_resume

        return ask_resume(self, pending)

    def _on_sender_busy_changed(self, busy: bool) -> None:
        if not busy:
            self._balance.refresh()
            if self._history_window is not None and self._history_window.isVisible():
                self._history_window.refresh()
        self._cancel.setEnabled(busy)
        self._cancel_action.setEnabled(busy)
        self._send.setText(self.tr("Sending…") if busy else self.tr("Send"))
        self._refresh()

    def _on_sender_result_ready(self, result: SendResult) -> None:
        self.statusBar().showMessage(status_text(result), 15000)

    def _on_sender_history_failed(self, reason: str) -> None:
        self.statusBar().showMessage(reason, 15000)

    def _on_sender_failed_to_start(self, reason: str) -> None:
        self.statusBar().clearMessage()
        self._show_error(self.tr("Cannot send"), reason)

    def _on_results_retry_requested(self, result: SendResult) -> None:
        row = self._results_log.results_model().row_of(result.request_id)
        profile = self._results_log.results_model().profile_at(row) if row >= 0 else ""
        current = self._switcher.current_profile()
        self._sender.retry(result, profile or (current.name if current else ""))

    def _on_results_status_requested(self, result: SendResult, profile_name: str) -> None:
        try:
            profile = self._services.book.get(profile_name)
        except ZaloComposerError as exc:
            self._results_log.show_status_text(error_text(exc))
            return
        self._results_log.show_status_text(
            self.tr("Asking eSMS about {sms_id}…").format(sms_id=result.sms_id))

        async def ask() -> None:
            self._results_log.show_status_text(
                await describe_status(self._services, result, profile))

        self._status_task = asyncio.ensure_future(ask())

    def _on_history_check_status_clicked(self) -> None:
        window = self._history_window
        row = window.selected_row() if window is not None else None
        if window is None or row is None:
            return
        if not row.sms_id:
            window.show_status(self.tr("This send has no SMSID: eSMS did not accept it."))
            return
        try:
            profile = self._services.book.get(row.profile)
        except ZaloComposerError as exc:
            window.show_status(error_text(exc))
            return
        window.show_status(self.tr("Asking eSMS about {sms_id}…").format(sms_id=row.sms_id))

        async def ask() -> None:
            window.show_status(
                await describe_status(self._services, result_from_history(row), profile))

        self._status_task = asyncio.ensure_future(ask())

    async def fetch_official_accounts(
        self, profile: Profile, api_key: str, secret_key: str
    ) -> list[OfficialAccount]:
        """For the profile dialog's "Fetch my OAs": the account's OAs."""
        return await fetch_official_accounts(self._services, profile, api_key, secret_key)

    def _on_switcher_profile_changed(self, profile: Profile) -> None:
        self.use_profile(profile)

    def _on_profiles_triggered(self) -> None:
        before = self._switcher.current_profile()
        edit_profiles(self, self._services.book, self._services.secrets)
        self._switcher.reload(self._services.book)
        if self._switcher.current_profile() != before:
            self.use_profile(self._switcher.current_profile())

    def zalo_preview(self) -> ZaloPreview:
        """The Zalo-style preview, in a tab beside the JSON."""
        return self._zalo_preview

    def show_history(self) -> HistoryWindow:
        """Open (or raise) the History window."""
        if self._history_window is None:
            from .history import HistoryWindow

            window = HistoryWindow(self._services.history, settings=app_settings())
            window.setObjectName("historyWindow")
            window.reopen_requested.connect(self._on_history_reopen_requested)
            window.resend_requested.connect(self._on_history_resend_requested)
            check = QtWidgets.QPushButton(self.tr("Check &status"), window)
            check.setObjectName("historyCheckStatusButton")
            check.setToolTip(self.tr("Ask eSMS what became of the selected message "
                                     "(GetSendStatus) and what Zalo said (QueryZnsStatus)"))
            check.clicked.connect(self._on_history_check_status_clicked)
            window.add_detail_button(check)
            self._history_window = window
        self._history_window.show()
        self._history_window.raise_()
        self._history_window.activateWindow()
        return self._history_window

    def import_export(self) -> ImportExport:
        """Import from cURL/JSON and Copy as cURL."""
        return self._import_export

    def _add_settings_and_help(self) -> None:
        edit_menu = self.findChild(QtWidgets.QMenu, "editMenu")
        if isinstance(edit_menu, QtWidgets.QMenu):
            edit_menu.addSeparator()
            find = self._find_action = edit_menu.addAction("")
            find.setObjectName("findAction")
            find.setShortcut(QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Find))
            find.triggered.connect(self.find_in_history)
            edit_menu.addSeparator()
            settings = self._settings_action = edit_menu.addAction("")
            settings.setObjectName("settingsAction")
            settings.setShortcut(QtGui.QKeySequence("Ctrl+,"))
            settings.triggered.connect(self.show_settings)
        help_menu = self._help_menu = self.menuBar().addMenu("")
        help_menu.setObjectName("helpMenu")
        keys = self._shortcuts_action = help_menu.addAction("")
        keys.setObjectName("shortcutsAction")
        keys.setShortcut(QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.HelpContents))
        keys.triggered.connect(self.show_shortcuts)

    def find_in_history(self) -> HistoryWindow:
        """Ctrl+F: the History window, with the keyboard in its search field."""
        window = self.show_history()
        window.focus_search()
        return window

    def show_settings(self) -> SettingsDialog:
        """Open the Settings dialog (language, theme)."""
        dialog = SettingsDialog(self)
        dialog.language_changed.connect(self.language_changed)
        dialog.show()
        return dialog

    def show_shortcuts(self) -> ShortcutsDialog:
        """Open the keyboard-shortcuts page."""
        dialog = ShortcutsDialog(self)
        dialog.show()
        return dialog

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """Speak the new language when the UI's changes; the draft, undo steps and results
        stay as they are."""
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self._retranslate_ui()

    def _file_filters(self) -> str:
        return self.tr("Zalo Composer drafts (*.zalo.json);;JSON files (*.json);;All files (*)")

    def _retranslate_ui(self) -> None:
        """Every text the window sets itself, in the UI's language."""
        self._update_title()
        busy = self._sender.busy
        self._send.setText(self.tr("Sending…") if busy else self.tr("Send"))
        self._send.setToolTip(self.tr("Send the message (Ctrl+Return)"))
        self._cancel.setText(self.tr("Cancel"))
        self._cancel.setToolTip(self.tr("Abort the request in flight (Esc)"))
        self._results_dock.setWindowTitle(self.tr("Results"))
        self._bulk_dock.setWindowTitle(self.tr("Bulk send"))
        self._preview_tabs.setTabText(1, self.tr("Zalo preview"))
        self._delivery_title.setText(self.tr("Delivery"))
        self._toolbar.setWindowTitle(self.tr("Profile"))
        # Menus: each mnemonic (&) is unique within its menu, in every language.
        self._file_menu.setTitle(self.tr("&File"))
        for name, text in (("new", self.tr("&New")), ("open", self.tr("&Open…")),
                           ("save", self.tr("&Save")), ("saveAs", self.tr("Save &As…")),
                           ("quit", self.tr("&Quit"))):
            self._file_actions[name].setText(text)
        self._recent_menu.setTitle(self.tr("Open &Recent"))
        self._message_menu.setTitle(self.tr("&Message"))
        self._send_action.setText(self.tr("&Send"))
        self._cancel_action.setText(self.tr("&Cancel sending"))
        self._copy_json_action.setText(self.tr("&Copy request JSON"))
        self._profiles_action.setText(self.tr("&Profiles…"))
        self._view_menu.setTitle(self.tr("&View"))
        self._results_dock.toggleViewAction().setText(self.tr("&Results log"))
        self._bulk_dock.toggleViewAction().setText(self.tr("&Bulk send"))
        self._history_action.setText(self.tr("&History…"))
        self._settings_action.setText(self.tr("Se&ttings…"))
        self._find_action.setText(self.tr("&Find in the history…"))
        self._help_menu.setTitle(self.tr("&Help"))
        self._shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self._show_summary(self._problems)
        self._schedule_preview()  # its note

    def _splitters(self) -> list[QtWidgets.QSplitter]:
        return [self._main_splitter, self._left_splitter, self._right_splitter]

    def save_layout(self) -> None:
        """Remember the window's size and place, its docks and splitters."""
        settings = app_settings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        for splitter in self._splitters():
            settings.setValue(f"{SPLITTER_KEY}/{splitter.objectName()}", splitter.saveState())

    def restore_layout(self) -> bool:
        """Put the window back as it was when it last closed; whether anything was saved."""
        settings = app_settings()
        geometry = settings.value(GEOMETRY_KEY)
        if not isinstance(geometry, QtCore.QByteArray):
            return False
        self.restoreGeometry(geometry)
        state = settings.value(STATE_KEY)
        if isinstance(state, QtCore.QByteArray):
            self.restoreState(state)
        for splitter in self._splitters():
            saved = settings.value(f"{SPLITTER_KEY}/{splitter.objectName()}")
            if isinstance(saved, QtCore.QByteArray):
                splitter.restoreState(saved)
        return True

    def replace_draft(self, draft: Draft, *, modified: bool, message: str) -> None:
        """Show *draft* as a new, untitled draft (reopened from the history, imported …):
        fresh RequestId, fresh undo stack; Save asks for a file name."""
        self.load_draft(draft)
        self.renew_request_id()
        self._set_file_path(None)
        self.draft_loaded.emit(self.draft())  # undo starts afresh (and calls it clean)
        self.setWindowModified(modified)
        self.statusBar().showMessage(message, 8000)

    def _on_history_reopen_requested(self, draft: Draft) -> None:
        if not self.maybe_save():
            return
        self.replace_draft(draft, modified=False,
                           message=self.tr("Reopened from the history as a new draft"))
        self.raise_()
        self.activateWindow()

    def _on_history_resend_requested(self, draft: Draft, profile_name: str) -> None:
        try:
            profile = self._services.book.get(profile_name)
        except ZaloComposerError as exc:
            self._show_error(self.tr("Cannot resend"), error_text(exc))
            return
        if self._sender.send(draft, profile, new_request_id()) is None:
            self._show_error(self.tr("Cannot resend"),
                             self.tr("A send is under way; try again when it ends."))
            return
        self._show_results()

    def undo_stack(self) -> DraftUndo:
        """Undo and redo of the draft."""
        return self._undo

    def _on_undo_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _on_zalo_preview_button_activated(self, index: int) -> None:
        self.focus_field(f"buttons[{index}].title")

    def balance_indicator(self) -> BalanceIndicator:
        """The balance in the status bar."""
        return self._balance

    def use_profile(self, profile: Profile | None) -> None:
        """Show *profile*'s OA in the previews and its balance in the status bar."""
        self._balance.set_profile(profile)
        if self._bulk is not None:
            self._bulk.set_profile(profile)
        self._zalo_preview.set_oa_name("" if profile is None else profile.name)
        # The preview shows the profile's OA; its keys are masked whatever they are.
        self.set_account(
            None if profile is None else Account(profile.oaid, "", "", profile.callback_url)
        )

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        """Ask about unsaved changes, abort a send in flight, remove the recovery file, and
        tell the application the window is gone."""
        if not self.maybe_save():
            event.ignore()
            return
        self._sender.cancel()
        if self._bulk is not None:
            self._bulk.interrupt()  # the batch is kept for the next start's resume offer
        super().closeEvent(event)
        if event.isAccepted():
            self.save_layout()
            self._autosaver.discard()
            self.closed.emit()

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:
        """Accept a dragged draft file."""
        if _dropped_draft(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QtGui.QDropEvent) -> None:
        """Open a dropped draft file (after the unsaved-changes question)."""
        path = _dropped_draft(event.mimeData())
        if path is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        if self.maybe_save():
            self.open_path(path)

    def _on_new_triggered(self) -> None:
        if self.maybe_save():
            self.new_draft()

    def _on_open_triggered(self) -> None:
        if not self.maybe_save():
            return
        path = self._ask_open_path()
        if path is not None:
            self.open_path(path)

    def _on_recent_menu_about_to_show(self) -> None:
        menu = self._recent_menu
        menu.clear()
        paths = self.recent_files()
        present = [p for p in paths if p.is_file()]
        if len(present) < len(paths):
            app_settings().setValue(RECENT_KEY, [str(p) for p in present])
            missing = len(paths) - len(present)
            self.statusBar().showMessage(
                (self.tr("Removed {count} missing file from Open Recent") if missing == 1 else
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

    def _on_save_triggered(self) -> None:
        self.save()

    def _on_save_as_triggered(self) -> None:
        self.save_as()

    def _on_quit_triggered(self) -> None:
        self.close()
