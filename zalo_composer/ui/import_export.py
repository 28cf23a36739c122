"""File → Import from cURL/JSON, and Message → Copy as cURL (keys masked, or — asked once
per session — with the keys)."""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

from ..domain.body import build_request_body
from ..domain.curl import to_curl
from ..domain.endpoint import SEND_PATH, join_url
from ..domain.errors import ConfigError, ZaloComposerError
from ..domain.model import Account
from ..sending import body_for
from ..store.profiles import DEFAULT_ENDPOINT
from .i18n import error_text

if TYPE_CHECKING:
    from ..domain.importers import ImportedRequest
    from .main_window import MainWindow

log = logging.getLogger(__name__)


class ImportExport(QtCore.QObject):
    """The import and Copy-as-cURL actions of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._secrets_confirmed = False
        self.import_action = QtGui.QAction(window)
        self.import_action.setObjectName("importAction")
        self.import_action.setShortcut(QtGui.QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self._on_import_triggered)
        self.copy_action = QtGui.QAction(window)
        self.copy_action.setObjectName("copyCurlAction")
        self.copy_action.triggered.connect(self._on_copy_triggered)
        self.copy_secrets_action = QtGui.QAction(window)
        self.copy_secrets_action.setObjectName("copyCurlSecretsAction")
        self.copy_secrets_action.triggered.connect(self._on_copy_secrets_triggered)
        self._retranslate_ui()

    def event(self, event: QtCore.QEvent) -> bool:
        """Rename the actions when the UI language changes (the window passes the event on
        to its children)."""
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self._retranslate_ui()
        return super().event(event)

    def _retranslate_ui(self) -> None:
        self.import_action.setText(self.tr("&Import from cURL/JSON…"))
        self.copy_action.setText(self.tr("Copy as c&URL"))
        self.copy_secrets_action.setText(self.tr("Copy as cURL with &secrets…"))

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
        from .import_dialog import import_summary  # the importers load when first used

        window.replace_draft(draft, modified=True, message=self.tr("Imported: {summary}").format(
            summary=import_summary(imported)))
        if profile is not None and imported.oaid and imported.oaid != profile.oaid:
            window._show_notices(self.tr("Imported"), (self.tr(
                "The pasted request was for OAID {oaid}; the active profile “{profile}” sends "
                "with OAID {profile_oaid}.").format(oaid=imported.oaid, profile=profile.name,
                                                    profile_oaid=profile.oaid),))

    def curl_command(self, *, reveal_secrets: bool = False) -> str:
        """The current draft's request (first recipient) as a cURL command."""
        window = self._window
        draft = window.draft()
        recipient = draft.recipients[0] if draft.recipients else ""
        profile = window.profile_switcher().current_profile()
        services = window.services()
        if reveal_secrets:
            if profile is None:
                raise ZaloComposerError(self.tr("Add a profile first (Message → Profiles…)."))
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
        from .import_dialog import ImportDialog  # the importers load when first used

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
        self._window.statusBar().showMessage(self.tr("cURL command copied (keys masked)"), 3000)

    def _on_copy_secrets_triggered(self) -> None:
        window = self._window
        profile = window.profile_switcher().current_profile()
        if not self._secrets_confirmed:
            name = profile.name if profile else self.tr("the active profile")
            if not window._confirm(
                self.tr("Copy with secrets"),
                self.tr("This puts the ApiKey and SecretKey of “{profile}” in plain text on the "
                        "clipboard, where other programs can read them. Continue?").format(
                    profile=name),
            ):
                return
            self._secrets_confirmed = True
        try:
            command = self.curl_command(reveal_secrets=True)
        except ZaloComposerError as exc:
            window._show_error(self.tr("Cannot copy as cURL"), error_text(exc))
            return
        QtGui.QGuiApplication.clipboard().setText(command)
        window.statusBar().showMessage(
            self.tr("cURL command copied WITH the ApiKey and SecretKey"), 5000)
