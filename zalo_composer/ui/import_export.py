"""File → Import from cURL/JSON, and Message → Copy as cURL (keys masked, or — asked once
per session — with the keys)."""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

from ..domain.body import build_request_body
from ..domain.curl import to_curl
from ..domain.errors import ConfigError, ZaloComposerError
from ..domain.importers import ImportedRequest
from ..domain.model import Account
from ..esms.client import SEND_PATH, join_url
from ..sending import body_for
from ..store.profiles import DEFAULT_ENDPOINT
from .import_dialog import ImportDialog

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)


class ImportExport(QtCore.QObject):
    """The import and Copy-as-cURL actions of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._secrets_confirmed = False
        self.import_action = QtGui.QAction("&Import from cURL/JSON…", window)
        self.import_action.setObjectName("importAction")
        self.import_action.setShortcut(QtGui.QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self._on_import_triggered)
        self.copy_action = QtGui.QAction("Copy as c&URL", window)
        self.copy_action.setObjectName("copyCurlAction")
        self.copy_action.triggered.connect(self._on_copy_triggered)
        self.copy_secrets_action = QtGui.QAction("Copy as cURL with &secrets…", window)
        self.copy_secrets_action.setObjectName("copyCurlSecretsAction")
        self.copy_secrets_action.triggered.connect(self._on_copy_secrets_triggered)

    def apply(self, imported: ImportedRequest, *, stored_profile: str | None = None,
              profiles_changed: bool = False) -> None:
        """Fill the form from a pasted request. The keys never reach the draft; the URL,
        OAID and CallbackUrl belong to profiles, so they are only compared with the active
        one."""
        window = self._window
        book = window.services().book
        switcher = window.profile_switcher()
        if stored_profile is not None and book.active != stored_profile:
            book.active = stored_profile  # the user just chose this profile for these keys
            try:
                book.save()
            except ConfigError as exc:
                log.warning("Could not save the active profile: %s", exc)
        if profiles_changed or stored_profile is not None:
            switcher.reload(book)
            window.use_profile(switcher.current_profile())
        profile = switcher.current_profile()
        draft = imported.draft
        if not draft.recipients and profile is not None:
            draft = dataclasses.replace(draft, recipients=profile.default_recipients)
        window.replace_draft(draft, modified=True, message=f"Imported: {imported.summary()}")
        if profile is not None and imported.oaid and imported.oaid != profile.oaid:
            window._show_notices("Imported", (
                f"The pasted request was for OAID {imported.oaid}; the active profile "
                f"“{profile.name}” sends with OAID {profile.oaid}.",))

    def curl_command(self, *, reveal_secrets: bool = False) -> str:
        """The current draft's request (first recipient) as a cURL command."""
        window = self._window
        draft = window.draft()
        recipient = draft.recipients[0] if draft.recipients else ""
        profile = window.profile_switcher().current_profile()
        services = window.services()
        if reveal_secrets:
            if profile is None:
                raise ZaloComposerError("Add a profile first (Message → Profiles…).")
            route = services.route(profile)  # SecretsError when it has no keys
            body = body_for(route, draft, recipient, window.pending_request_id())
            return to_curl(body, join_url(route.base_url, SEND_PATH), reveal_secrets=True)
        # Any non-empty key: to_curl masks it, so the keys show as •••••• like the preview.
        account = dataclasses.replace(window.account() or Account("", "", ""),
                                      api_key="-", secret_key="-")
        body = build_request_body(draft.message, account=account, recipient=recipient,
                                  request_id=window.pending_request_id(),
                                  send_date=draft.send_date)
        if profile is None:
            base = DEFAULT_ENDPOINT
        else:
            base = services.sandbox.base_url() if profile.uses_sandbox else profile.endpoint
        return to_curl(body, join_url(base, SEND_PATH))

    def _on_import_triggered(self) -> None:
        window = self._window
        if not window.maybe_save():
            return
        services = window.services()
        dialog = ImportDialog(services.book, services.secrets, window)
        try:
            if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
                self.apply(dialog.imported(), stored_profile=dialog.stored_profile(),
                           profiles_changed=dialog.profiles_changed())
        finally:
            dialog.deleteLater()

    def _on_copy_triggered(self) -> None:
        QtGui.QGuiApplication.clipboard().setText(self.curl_command())
        self._window.statusBar().showMessage("cURL command copied (keys masked)", 3000)

    def _on_copy_secrets_triggered(self) -> None:
        window = self._window
        profile = window.profile_switcher().current_profile()
        if not self._secrets_confirmed:
            name = profile.name if profile else "the active profile"
            if not window._confirm(
                "Copy with secrets",
                f"This puts the ApiKey and SecretKey of “{name}” in plain text on the "
                "clipboard, where other programs can read them. Continue?",
            ):
                return
            self._secrets_confirmed = True
        try:
            command = self.curl_command(reveal_secrets=True)
        except ZaloComposerError as exc:
            window._show_error("Cannot copy as cURL", str(exc))
            return
        QtGui.QGuiApplication.clipboard().setText(command)
        window.statusBar().showMessage("cURL command copied WITH the ApiKey and SecretKey", 5000)
