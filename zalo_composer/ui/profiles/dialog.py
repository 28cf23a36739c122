"""The profile editor: one eSMS account / OA, its endpoint, timeouts and (masked) keys.

The keys are typed here and handed to the caller through `ProfileDialog.secrets`; the
dialog never writes them anywhere itself, and never loads stored ones into its fields.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6 import QtCore, QtGui, QtWidgets

from ...domain.endpoint import endpoint_problem
from ...domain.errors import SecretsError, ZaloComposerError
from ...domain.model import split_recipients
from ...store.profiles import DEFAULT_ENDPOINT, SANDBOX_ENDPOINT, Profile, ProfileBook
from ...store.secrets import Secrets, SecretStore
from .. import theme
from ..i18n import QT_TRANSLATE_NOOP, domain_text, error_text, translate
from .outcome_options import OutcomeOptions

if TYPE_CHECKING:
    import asyncio  # imported when a fetch starts: not at start-up

    from ...esms.queries import OfficialAccount

OaFetcher = Callable[[Profile, str, str], Awaitable[list["OfficialAccount"]]]
"""(profile as typed, ApiKey typed, SecretKey typed) → the account's OAs."""



SANDBOX_ENDPOINT_LABEL = QT_TRANSLATE_NOOP("ProfileDialog", "Built-in sandbox")
"""What the endpoint field shows for a profile that uses the embedded sandbox."""
SANDBOX_KEYS_NOTE = QT_TRANSLATE_NOOP(
    "ProfileDialog", "The sandbox uses built-in demo keys; nothing to enter here.")
MEMORY_ONLY_LABEL = QT_TRANSLATE_NOOP(
    "ProfileDialog", "Keep the keys in memory for this session only")


def _tr(text: str) -> str:
    return translate("ProfileDialog", text)


def name_problem(name: str, taken: list[str]) -> str | None:
    """Why *name* cannot be a profile's name, given the names already *taken*."""
    name = name.strip()
    if not name:
        return translate("ProfileDialog", "A profile needs a name.")
    if name in taken:
        return translate("ProfileDialog", "A profile called “{name}” already exists.").format(
            name=name)
    return None


def oaid_problem(oaid: str) -> str | None:
    """Why *oaid* is not a usable Zalo Official Account id."""
    oaid = oaid.strip()
    if not oaid:
        return translate("ProfileDialog", "The OAID is required: the Zalo Official Account id "
                         "registered with eSMS.")
    if not oaid.isascii() or not oaid.isdigit():
        return translate("ProfileDialog", "The OAID is made of digits only.")
    return None


def callback_problem(url: str) -> str | None:
    """Why *url* is not a usable CallbackUrl; an empty one is fine (no callback)."""
    url = url.strip()
    if not url:
        return None
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        host = None
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not host:
        return translate("ProfileDialog",
                         "The CallbackUrl must be a full https:// (or http://) address, or empty.")
    return None


def recipients_problem(text: str) -> str | None:
    """Why the default recipients list holds something that is not a Zalo user id."""
    bad = [r for r in split_recipients(text, unique=True) if not (r.isascii() and r.isdigit())]
    if bad:
        shown = ", ".join(bad[:5]) + (" …" if len(bad) > 5 else "")
        return translate("ProfileDialog", "Zalo user ids are digits only; not: {ids}.").format(
            ids=shown)
    return None


class ProfileDialog(QtWidgets.QDialog):
    """Creates or edits one profile; `profile` and `secrets` give the result after OK.

    The ApiKey and SecretKey fields start empty: leaving both empty keeps the stored keys
    (``secrets()`` is None), typing both replaces them. The Sandbox profile needs no keys.
    """

    def __init__(
        self,
        book: ProfileBook,
        secrets: SecretStore,
        profile: Profile | None = None,
        parent: QtWidgets.QWidget | None = None,
        *,
        fetch_oas: OaFetcher | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self._fetcher = fetch_oas
        self._book = book
        self._store = secrets
        self._original = profile
        self._sandbox = profile is not None and profile.uses_sandbox
        self.setWindowTitle(self.tr("Edit profile “{profile}”").format(profile=profile.name)
                            if profile else self.tr("New profile"))
        self.setMinimumWidth(560)
        self._errors: dict[str, QtWidgets.QLabel] = {}
        self._stored = False
        """Whether keys are stored for the profile being edited (their values are not kept)."""

        self._name = self._line_edit("profileName", self.tr("e.g. Shop Hà Nội"))
        self._oaid = self._line_edit("profileOaid", self.tr("digits, e.g. 4368496045530866759"))
        self._fetch_oas = QtWidgets.QPushButton(self.tr("Fetch my OAs"))
        self._fetch_oas.setObjectName("fetchOasButton")
        self._fetch_oas.setToolTip(self.tr(
            "Ask eSMS which Official Accounts these keys may send for (ZNS/GetListZOA)"))
        self._fetch_oas.clicked.connect(self._on_fetch_oas_clicked)
        self._oa_menu = QtWidgets.QMenu(self)
        self._oa_menu.setObjectName("oaMenu")
        self._fetch_task: asyncio.Future[None] | None = None
        self._endpoint = self._line_edit("profileEndpoint", DEFAULT_ENDPOINT)
        self._callback = self._line_edit("profileCallbackUrl", self.tr("optional, https://…"))
        self._recipients = self._line_edit(
            "profileRecipients", self.tr("optional; Zalo user ids, separated by commas or spaces")
        )
        self._outcome = OutcomeOptions(self, sandbox=self._sandbox,
                                       test_mode=bool(profile and profile.esms_test_mode))
        self._connect_timeout = self._seconds_box("profileConnectTimeout")
        self._read_timeout = self._seconds_box("profileReadTimeout")
        self._api_key = self._key_edit("profileApiKey")
        self._secret_key = self._key_edit("profileSecretKey")
        self._reveal = QtWidgets.QCheckBox(self.tr("Show the keys as I type them"))
        self._reveal.setObjectName("revealKeys")
        self._location = QtWidgets.QLabel()
        self._location.setObjectName("secretsLocation")
        self._location.setWordWrap(True)
        self._location.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self._sandbox_note = QtWidgets.QLabel(_tr(SANDBOX_KEYS_NOTE))
        self._sandbox_note.setObjectName("sandboxKeysNote")
        self._sandbox_note.setWordWrap(True)
        self._keyring_warning = QtWidgets.QFrame()
        self._keyring_warning.setObjectName("keyringWarning")
        self._keyring_message = QtWidgets.QLabel()
        self._keyring_message.setObjectName("keyringMessage")
        self._memory_only = QtWidgets.QPushButton(_tr(MEMORY_ONLY_LABEL))
        self._memory_only.setObjectName("memoryOnlyButton")
        self._buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        self._buttons.setObjectName("profileDialogButtons")

        self._build_layout()
        self._fill(profile)
        self._connect_signals()
        self._update_keys_area()
        self._on_endpoint_text_changed(self._endpoint.text())

    # -- public ------------------------------------------------------------------------

    def prefill(self, *, name: str, oaid: str, endpoint: str, callback_url: str,
                secrets: Secrets) -> None:
        """Fill the fields of a new profile from what an import found."""
        for edit, value in ((self._name, name), (self._oaid, oaid), (self._endpoint, endpoint),
                            (self._callback, callback_url), (self._api_key, secrets.api_key),
                            (self._secret_key, secrets.secret_key)):
            edit.setText(value)

    def original_name(self) -> str | None:
        """The name the profile had when the dialog opened; None for a new profile."""
        return self._original.name if self._original else None

    def profile(self) -> Profile:
        """The profile as entered (call after the dialog was accepted); what the dialog does
        not show (where GetCallback is asked) stays as it was."""
        return dataclasses.replace(
            self._original or Profile(name="", oaid=""),
            name=self._name.text().strip(),
            oaid=self._oaid.text().strip(),
            endpoint=SANDBOX_ENDPOINT if self._sandbox else self._endpoint.text().strip(),
            callback_url=self._callback.text().strip(),
            default_recipients=split_recipients(self._recipients.text(), unique=True),
            connect_timeout=self._connect_timeout.value(),
            read_timeout=self._read_timeout.value(),
            esms_test_mode=self._outcome.test_mode.isChecked(),
        )

    def secrets(self) -> Secrets | None:
        """The keys typed in, or None when both were left empty (keep the stored ones)."""
        if self._sandbox:
            return None
        api_key, secret_key = self._api_key.text().strip(), self._secret_key.text().strip()
        if not api_key and not secret_key:
            return None
        return Secrets(api_key, secret_key)

    def validate(self) -> list[tuple[str, str]]:
        """Every problem of the entered values as ``(field, message)``; shows them inline."""
        taken = [n for n in self._book.names() if n != self.original_name()]
        api_key, secret_key = self._api_key.text().strip(), self._secret_key.text().strip()
        endpoint = None if self._sandbox else endpoint_problem(self._endpoint.text().strip())
        checks: dict[str, str | None] = {
            "name": name_problem(self._name.text(), taken),
            "oaid": oaid_problem(self._oaid.text()),
            "endpoint": domain_text(endpoint) if endpoint else None,
            "callback_url": callback_problem(self._callback.text()),
            "default_recipients": recipients_problem(self._recipients.text()),
            "keys": (
                (self.tr("Type both the ApiKey and the SecretKey, or leave both empty to keep "
                         "the stored ones.") if self._stored else
                 self.tr("Type both the ApiKey and the SecretKey, or leave both empty."))
                if bool(api_key) != bool(secret_key) else None
            ),
        }
        for field, message in checks.items():
            self._show_error(field, message)
        self._fit_height()
        return [(field, message) for field, message in checks.items() if message]

    def accept(self) -> None:
        """Close with OK only when every field is valid; otherwise show what is wrong."""
        problems = self.validate()
        if problems:
            first_field = {
                "name": self._name, "oaid": self._oaid, "endpoint": self._endpoint,
                "callback_url": self._callback, "default_recipients": self._recipients,
                "keys": self._api_key,
            }[problems[0][0]]
            first_field.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        """Open tall enough for the wrapped notes shown from the start."""
        super().showEvent(event)
        self._fit_height()

    # -- building ----------------------------------------------------------------------

    def _line_edit(self, name: str, placeholder: str) -> QtWidgets.QLineEdit:
        edit = QtWidgets.QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _seconds_box(self, name: str) -> QtWidgets.QDoubleSpinBox:
        box = QtWidgets.QDoubleSpinBox()
        box.setObjectName(name)
        box.setRange(0.5, 600.0)
        box.setDecimals(1)
        box.setSingleStep(1.0)
        box.setSuffix(" s")
        return box

    def _key_edit(self, name: str) -> QtWidgets.QLineEdit:
        edit = self._line_edit(name, "")
        edit.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        # Keep keys out of input-method prediction and history.
        edit.setInputMethodHints(
            QtCore.Qt.InputMethodHint.ImhHiddenText
            | QtCore.Qt.InputMethodHint.ImhSensitiveData
            | QtCore.Qt.InputMethodHint.ImhNoPredictiveText
        )
        return edit

    def fetch_oas(self) -> asyncio.Future[None] | None:
        """Ask eSMS for the account's OAs (the keys typed, else the stored ones); one OA
        fills the OAID, several are offered in a menu. None when it was not given a way to
        ask (``fetch_oas``)."""
        fetcher = self._fetcher
        if fetcher is None or self._fetch_task is not None:
            return None
        import asyncio

        self._fetch_task = asyncio.ensure_future(self._fetch(fetcher))
        return self._fetch_task

    def oa_menu(self) -> QtWidgets.QMenu:
        """The menu of OAs offered after a fetch that found several."""
        return self._oa_menu

    async def _fetch(self, fetcher: OaFetcher) -> None:
        self._fetch_oas.setEnabled(False)
        self._show_error("oaid", None)
        profile = Profile(
            name=self._name.text().strip() or (self._original.name if self._original else ""),
            oaid=self._oaid.text().strip(),
            endpoint=(self._original.endpoint if self._sandbox and self._original
                      else self._endpoint.text().strip() or DEFAULT_ENDPOINT),
        )
        try:
            accounts = await fetcher(profile, self._api_key.text().strip(),
                                     self._secret_key.text().strip())
        except ZaloComposerError as exc:
            self._show_error("oaid", error_text(exc))
            return
        finally:
            self._fetch_oas.setEnabled(True)
            self._fetch_task = None
        if len(accounts) == 1:
            self._oaid.setText(accounts[0].oaid)
            self._oaid.setToolTip(accounts[0].name)
            return
        self._oa_menu.clear()
        for account in accounts:
            action = self._oa_menu.addAction(f"{account.name} ({account.oaid})")
            action.triggered.connect(lambda _=False, oaid=account.oaid: self._oaid.setText(oaid))
        self._oa_menu.popup(self._fetch_oas.mapToGlobal(self._fetch_oas.rect().bottomLeft()))

    def _on_fetch_oas_clicked(self) -> None:
        self.fetch_oas()

    def _with_error(self, field: str, widget: QtWidgets.QWidget) -> QtWidgets.QWidget:
        """*widget* with an inline error label under it (hidden while there is no error)."""
        error = QtWidgets.QLabel()
        error.setObjectName(f"{field}Error")
        error.setWordWrap(True)
        error.setVisible(False)
        error.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self._errors[field] = error
        box = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(error)
        return box

    def _build_layout(self) -> None:
        account = QtWidgets.QGroupBox(self.tr("Account"))
        form = QtWidgets.QFormLayout(account)
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Name:"), self._with_error("name", self._name))
        oaid_row = QtWidgets.QWidget()
        oaid_layout = QtWidgets.QHBoxLayout(oaid_row)
        oaid_layout.setContentsMargins(0, 0, 0, 0)
        oaid_layout.addWidget(self._with_error("oaid", self._oaid), 1)
        oaid_layout.addWidget(self._fetch_oas, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        form.addRow("&OAID:", oaid_row)
        form.addRow("&Endpoint:", self._with_error("endpoint", self._endpoint))
        form.addRow("&CallbackUrl:", self._with_error("callback_url", self._callback))
        form.addRow("", self._outcome.callback_note)
        form.addRow(self.tr("Default &recipients:"),
                    self._with_error("default_recipients", self._recipients))
        timeouts = QtWidgets.QHBoxLayout()
        timeouts.addWidget(QtWidgets.QLabel(self.tr("connect")))
        timeouts.addWidget(self._connect_timeout)
        timeouts.addSpacing(12)
        timeouts.addWidget(QtWidgets.QLabel(self.tr("answer")))
        timeouts.addWidget(self._read_timeout)
        timeouts.addStretch(1)
        timeouts_label = QtWidgets.QLabel(self.tr("&Timeouts:"))
        timeouts_label.setBuddy(self._connect_timeout)
        form.addRow(timeouts_label, timeouts)
        form.addRow("", self._outcome.test_mode)
        form.addRow("", self._outcome.test_mode_note)

        warning_icon = QtWidgets.QLabel()
        warning_icon.setObjectName("keyringWarningIcon")
        icon = self.style().standardIcon(QtWidgets.QStyle.StandardPixmap.SP_MessageBoxWarning)
        warning_icon.setPixmap(icon.pixmap(24, 24))
        warning_icon.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop)
        self._keyring_warning.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self._keyring_message.setWordWrap(True)
        self._keyring_message.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        warning_text = QtWidgets.QVBoxLayout()
        warning_text.addWidget(self._keyring_message)
        warning_text.addWidget(self._memory_only, 0, QtCore.Qt.AlignmentFlag.AlignLeft)
        warning = QtWidgets.QHBoxLayout(self._keyring_warning)
        warning.addWidget(warning_icon, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        warning.addLayout(warning_text, 1)

        keys = QtWidgets.QGroupBox(self.tr("Keys"))
        keys_layout = QtWidgets.QVBoxLayout(keys)
        keys_layout.addWidget(self._location)
        keys_layout.addWidget(self._keyring_warning)
        keys_layout.addWidget(self._sandbox_note)
        key_form = QtWidgets.QFormLayout()
        key_form.setFieldGrowthPolicy(
            QtWidgets.QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow
        )
        key_form.addRow("&ApiKey:", self._api_key)
        key_form.addRow("&SecretKey:", self._with_error("keys", self._secret_key))
        key_form.addRow("", self._reveal)
        keys_layout.addLayout(key_form)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(account)
        layout.addWidget(keys)
        layout.addWidget(self._outcome.test_followers)
        layout.addStretch(1)
        layout.addWidget(self._buttons)

    def _fill(self, profile: Profile | None) -> None:
        defaults = profile or Profile(name="", oaid="")
        self._name.setText(defaults.name)
        self._oaid.setText(defaults.oaid)
        self._callback.setText(defaults.callback_url)
        self._recipients.setText(", ".join(defaults.default_recipients))
        self._connect_timeout.setValue(defaults.connect_timeout)
        self._read_timeout.setValue(defaults.read_timeout)
        if self._sandbox:
            self._endpoint.setText(_tr(SANDBOX_ENDPOINT_LABEL))
            self._endpoint.setReadOnly(True)
            # Drawn like static text, so it does not invite typing.
            palette = self._endpoint.palette()
            palette.setColor(QtGui.QPalette.ColorRole.Base,
                             palette.color(QtGui.QPalette.ColorRole.Window))
            self._endpoint.setPalette(palette)
            self._endpoint.setToolTip(self.tr("Requests go to the sandbox built into this "
                                              "program, on this computer; nothing reaches eSMS "
                                              "or Zalo."))
        else:
            self._endpoint.setText(defaults.endpoint)
            self._endpoint.setToolTip(self.tr(
                "Base URL of eSMS; the send path SendZaloFollowerMessage_V5_post_json/ is "
                "appended. Plain http:// is allowed only on this computer (loopback)."
            ))

    def _connect_signals(self) -> None:
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self._reveal.toggled.connect(self._on_reveal_toggled)
        self._memory_only.clicked.connect(self._on_memory_only_clicked)
        self._endpoint.textChanged.connect(self._on_endpoint_text_changed)

    # -- state -------------------------------------------------------------------------

    def _keyring_usable(self) -> bool:
        return self._store.memory_only or self._store.unusable_reason() is None

    def _has_stored_keys(self) -> bool:
        if self._original is None or self._sandbox or not self._keyring_usable():
            return False
        try:
            return self._store.load(self._original.name) is not None
        except SecretsError:
            return False

    def _update_keys_area(self) -> None:
        usable = self._keyring_usable()
        self._sandbox_note.setVisible(self._sandbox)
        self._keyring_warning.setVisible(not self._sandbox and not usable)
        # Without a keyring the warning says where keys would go; the label would repeat it.
        self._location.setVisible(not self._sandbox and usable)
        self._location.setText(self.tr("Keys are kept {where}. They are never written to the "
                                       "profiles file.").format(
            where=domain_text(self._store.location())))
        if not usable:
            reason = domain_text(self._store.unusable_reason() or "")
            self._keyring_message.setText(
                f"{reason}\n" + self.tr(
                    "zalo-composer never writes keys to a file. You can keep them in memory for "
                    "this session only: they are forgotten when the program exits.")
            )
            self._keyring_message.setPalette(self._tone_palette("warning"))
        enabled = usable and not self._sandbox
        self._stored = stored = self._has_stored_keys()
        for edit in (self._api_key, self._secret_key):
            edit.setEnabled(enabled)
            if self._sandbox:
                edit.setPlaceholderText(self.tr("built-in demo key"))
            elif not usable:
                edit.setPlaceholderText(self.tr("no keyring: choose “in memory” above first"))
            elif stored:
                edit.setPlaceholderText(
                    self.tr("•••• stored for this session — type to replace")
                    if self._store.memory_only
                    else self.tr("•••• stored in keyring — type to replace"))
            else:
                edit.setPlaceholderText(self.tr("not set"))
        self._reveal.setEnabled(enabled)

    def _tone_palette(self, tone: theme.Tone) -> QtGui.QPalette:
        palette = QtGui.QPalette()
        palette.setColor(
            QtGui.QPalette.ColorRole.WindowText,
            theme.tone_color(QtWidgets.QApplication.palette(), tone),
        )
        return palette

    def _fit_height(self) -> None:
        """Grow to the height the wrapped labels need at the current width: a top-level
        layout does not do that by itself for height-for-width content."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _show_error(self, field: str, message: str | None) -> None:
        label = self._errors[field]
        label.setText(message or "")
        label.setPalette(self._tone_palette("error"))
        label.setVisible(bool(message))

    # -- slots -------------------------------------------------------------------------

    @QtCore.Slot(bool)
    def _on_reveal_toggled(self, checked: bool) -> None:
        mode = (QtWidgets.QLineEdit.EchoMode.Normal if checked
                else QtWidgets.QLineEdit.EchoMode.Password)
        for edit in (self._api_key, self._secret_key):
            edit.setEchoMode(mode)

    @QtCore.Slot()
    def _on_memory_only_clicked(self) -> None:
        self._store.use_memory_only()
        self._update_keys_area()
        self._fit_height()
        self._api_key.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    @QtCore.Slot(str)
    def _on_endpoint_text_changed(self, text: str) -> None:
        if not self._sandbox:
            if not text.strip():
                problem: str | None = self.tr(
                    "The endpoint is required; the default is {url}").format(url=DEFAULT_ENDPOINT)
            else:
                found = endpoint_problem(text.strip())
                problem = domain_text(found) if found else None
            self._show_error("endpoint", problem)
            self._fit_height()
