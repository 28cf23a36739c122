"""File → Import from cURL/JSON, and Message → Copy as cURL (keys masked, or — asked once
per session — with the keys)."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

from ..app.services import AppServices
from ..app.session import ComposeSession
from ..domain.curl import to_curl
from ..domain.endpoint import SEND_PATH, join_url
from ..domain.errors import ConfigError, ZaloComposerError
from ..domain.model import Draft
from ..store.profiles import DEFAULT_ENDPOINT, Profile
from .dialogs import Dialogs
from .i18n import error_text
from .profiles import ProfileSwitcher
from .profiles.dialog import OaFetcher

if TYPE_CHECKING:
    from ..domain.importers import ImportedRequest

log = logging.getLogger(__name__)

CLEAR_SECRETS_AFTER_MS = 30_000
"""A cURL command with the keys leaves the clipboard this long after it was copied."""


class SecretOnClipboard(QtCore.QObject):
    """Text with secrets on the clipboard, taken off again after `clear_after_ms` and when
    the window closes — unless the clipboard holds something else by then (the user's)."""

    def __init__(self, parent: QtCore.QObject, clear_after_ms: int = CLEAR_SECRETS_AFTER_MS,
                 ) -> None:
        super().__init__(parent)
        self._text: str | None = None
        self._timer = QtCore.QTimer(self)
        self._timer.setObjectName("clearSecretsTimer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.forget)

    def put(self, text: str) -> None:
        """Copy *text* to the clipboard and start the countdown."""
        QtGui.QGuiApplication.clipboard().setText(text)
        self._text = text
        self._timer.start()

    def forget(self) -> bool:
        """Clear the clipboard if it still holds what `put` copied; whether it did."""
        self._timer.stop()
        text, self._text = self._text, None
        clipboard = QtGui.QGuiApplication.clipboard()
        if text is None or clipboard.text() != text:
            return False
        clipboard.clear()
        return True


class ImportExport(QtCore.QObject):
    """The import and Copy-as-cURL actions of one window.

    *replace_draft* shows an imported draft (as a new, modified draft), *maybe_save* asks
    about unsaved changes first, *use_profile* switches the window to a profile, *status*
    shows a line in the status bar.
    """

    def __init__(
        self, parent: QtWidgets.QWidget, services: AppServices, session: ComposeSession,
        switcher: ProfileSwitcher, dialogs: Dialogs, *,
        replace_draft: Callable[[Draft, str], None], maybe_save: Callable[[], bool],
        use_profile: Callable[[Profile | None], None], status: Callable[[str, int], None],
        fetch_oas: OaFetcher | None = None,
    ) -> None:
        super().__init__(parent)
        self._parent, self._services, self._session = parent, services, session
        self._switcher, self._dialogs = switcher, dialogs
        self._replace_draft, self._maybe_save = replace_draft, maybe_save
        self._use_profile, self._status, self._fetch_oas = use_profile, status, fetch_oas
        self._secrets_confirmed = False
        self.secret_clipboard = SecretOnClipboard(self)
        self.import_action = QtGui.QAction(parent)
        self.import_action.setObjectName("importAction")
        self.import_action.setShortcut(QtGui.QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self._on_import_triggered)
        self.copy_action = QtGui.QAction(parent)
        self.copy_action.setObjectName("copyCurlAction")
        self.copy_action.triggered.connect(self._on_copy_triggered)
        self.copy_secrets_action = QtGui.QAction(parent)
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
        book, switcher = self._services.book, self._switcher
        if stored_profile is not None and book.active != stored_profile:
            book.active = stored_profile  # the user just chose this profile for these keys
            try:
                book.save()
            except ConfigError as exc:
                log.warning("Could not save the active profile: %s", exc)
        if profiles_changed or stored_profile is not None:
            switcher.reload(book)
            self._use_profile(switcher.current_profile())
        profile = switcher.current_profile()
        draft = imported.draft
        if not draft.recipients and profile is not None:
            draft = dataclasses.replace(draft, recipients=profile.default_recipients)
        from .import_dialog import import_summary  # the importers load when first used

        self._replace_draft(draft, self.tr("Imported: {summary}").format(
            summary=import_summary(imported)))
        if imported.oaid and profile is not None and imported.oaid != profile.oaid:
            self._dialogs.show_notices(self.tr("Imported"), (self.tr(
                "The pasted request was for OAID {oaid}; the active profile “{profile}” sends "
                "with OAID {profile_oaid}.").format(oaid=imported.oaid, profile=profile.name,
                                                    profile_oaid=profile.oaid),))

    def curl_command(self, *, reveal_secrets: bool = False) -> str:
        """The current request (first recipient, placeholders filled) as a cURL command."""
        profile = self._switcher.current_profile()
        if reveal_secrets:
            if profile is None:
                raise ZaloComposerError(self.tr("Add a profile first (Message → Profiles…)."))
            route = self._services.route(profile)  # SecretsError when it has no keys
            body = self._session.body(account=route.account)
            return to_curl(body, join_url(route.base_url, SEND_PATH), reveal_secrets=True)
        if profile is None:
            base = DEFAULT_ENDPOINT
        else:
            base = (self._services.sandbox.base_url() if profile.uses_sandbox
                    else profile.endpoint)
        return to_curl(self._session.body(), join_url(base, SEND_PATH))

    def _on_import_triggered(self) -> None:
        if not self._maybe_save():
            return
        from .import_dialog import ImportDialog  # the importers load when first used

        services = self._services
        dialog = ImportDialog(services.book, services.secrets, self._parent,
                              fetch_oas=self._fetch_oas)
        try:
            if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
                self.apply(dialog.imported(), stored_profile=dialog.stored_profile(),
                           profiles_changed=dialog.profiles_changed())
        finally:
            dialog.deleteLater()

    def _on_copy_triggered(self) -> None:
        QtGui.QGuiApplication.clipboard().setText(self.curl_command())
        self._status(self.tr("cURL command copied (keys masked)"), 3000)

    def _on_copy_secrets_triggered(self) -> None:
        profile = self._switcher.current_profile()
        if not self._secrets_confirmed:
            name = profile.name if profile else self.tr("the active profile")
            if not self._dialogs.confirm(
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
            self._dialogs.show_error(self.tr("Cannot copy as cURL"), error_text(exc))
            return
        self.secret_clipboard.put(command)
        self._status(self.tr("cURL command copied WITH the ApiKey and SecretKey; the "
                             "clipboard is cleared in 30 seconds"), 5000)
