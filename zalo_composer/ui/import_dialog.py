"""The Import dialog: paste a cURL command or a JSON request body, see what it holds, and
decide what happens to any ApiKey/SecretKey in it (stored in a profile's keyring entry, or
discarded). The draft never receives the keys."""

from __future__ import annotations

import logging

from PySide6 import QtCore, QtGui, QtWidgets

from ..domain.errors import ConfigError, DraftError, SecretsError, ZaloComposerError
from ..domain.importers import ImportedRequest, ImportSource, parse_request_text
from ..domain.model import Draft
from ..store.profiles import DEFAULT_ENDPOINT, Profile, ProfileBook
from ..store.secrets import Secrets, SecretStore
from . import theme
from .i18n import QT_TRANSLATE_NOOP, domain_text, error_text, translate
from .profiles import ProfileDialog, save_profile
from .profiles.dialog import OaFetcher

logger = logging.getLogger(__name__)

NEW_PROFILE_LABEL = QT_TRANSLATE_NOOP("ImportDialog", "New profile…")
EMPTY_STATUS = QT_TRANSLATE_NOOP(
    "ImportDialog",
    "Paste a cURL command (like the one in eSMS's documentation) or a JSON request body.")
_ELIDE = 70
SOURCE_LABELS: dict[ImportSource, str] = {
    "curl": QT_TRANSLATE_NOOP("ImportDialog", "cURL command with a JSON body"),
    "body": QT_TRANSLATE_NOOP("ImportDialog", "eSMS request body"),
    "payload": QT_TRANSLATE_NOOP("ImportDialog", "eSMS Payload object"),
    "message": QT_TRANSLATE_NOOP("ImportDialog", "Payload.message object"),
    "draft": QT_TRANSLATE_NOOP("ImportDialog", "zalo-composer draft"),
}


def _tr(text: str) -> str:
    return translate("ImportDialog", text)


def import_summary(imported: ImportedRequest) -> str:
    """One line in the UI's language: “cURL command with a JSON body: 5 buttons, 1 recipient”."""
    buttons = len(imported.draft.message.buttons)
    recipients = len(imported.draft.recipients)
    button_words = (translate("ImportDialog", "no buttons") if buttons == 0 else
                    translate("ImportDialog", "1 button") if buttons == 1 else
                    translate("ImportDialog", "{count} buttons").format(count=buttons))
    recipient_words = (translate("ImportDialog", "no recipient") if recipients == 0 else
                       translate("ImportDialog", "1 recipient") if recipients == 1 else
                       translate("ImportDialog", "{count} recipients").format(count=recipients))
    return translate("ImportDialog", "{source}: {buttons}, {recipients}").format(
        source=_tr(SOURCE_LABELS[imported.source]), buttons=button_words,
        recipients=recipient_words)


def _elided(text: str, width: int = _ELIDE) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    more = line != text.strip()
    if len(line) > width:
        line, more = line[: width - 1], True
    return line + ("…" if more else "")


def keys_notice(imported: ImportedRequest) -> str:
    """“The pasted text contains an ApiKey and SecretKey. They are never put into the draft.”"""
    if imported.has_secrets:
        return translate("ImportDialog", "The pasted text contains an ApiKey and SecretKey. "
                         "They are never put into the draft.")
    if imported.api_key:
        return translate("ImportDialog",
                         "The pasted text contains an ApiKey. It is never put into the draft.")
    return translate("ImportDialog",
                     "The pasted text contains a SecretKey. It is never put into the draft.")


def recipients_text(draft: Draft) -> str:
    """The recipients in a few words."""
    count = len(draft.recipients)
    if not count:
        return translate("ImportDialog", "none — add the follower's Zalo user id in the form")
    shown = ", ".join(draft.recipients[:3]) + (" …" if count > 3 else "")
    return shown if count == 1 else f"{count}: {shown}"


class ImportDialog(QtWidgets.QDialog):
    """Paste, check, import. `imported` gives the result after OK; when the user chose to
    store the keys, they are in the keyring by then (`stored_profile` names the profile)."""

    def __init__(
        self,
        book: ProfileBook,
        secrets: SecretStore,
        parent: QtWidgets.QWidget | None = None,
        *,
        text: str = "",
        fetch_oas: OaFetcher | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self._fetch_oas = fetch_oas
        self.setWindowTitle(self.tr("Import from cURL or JSON"))
        self.setMinimumSize(640, 560)
        self.resize(820, 780)
        self._book = book
        self._store = secrets
        self._imported: ImportedRequest | None = None
        self._error = ""
        self._stored_profile: str | None = None
        self._profiles_changed = False

        self._text = QtWidgets.QPlainTextEdit()
        self._text.setObjectName("importText")
        self._text.setFont(QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont))
        self._text.setPlaceholderText(self.tr(
            "curl --location 'https://rest.esms.vn/…' \\\n"
            "--header 'Content-Type: application/json' \\\n"
            "--data '{ … }'\n\nor a JSON request body { … }"))
        self._text.setLineWrapMode(QtWidgets.QPlainTextEdit.LineWrapMode.NoWrap)
        self._text.setAccessibleName(self.tr("Text to import"))
        self._paste = QtWidgets.QPushButton(self.tr("&Paste from clipboard"))
        self._paste.setObjectName("pasteButton")
        self._status = self._label("importStatus")
        # The documentation's {{text}}, {{url}}… are fill-in marks: empty fields to fill,
        # unless the user means them as placeholders for Bulk send.
        self._keep_marks = QtWidgets.QCheckBox(self.tr(
            "&Keep marks such as {{text}} as placeholders (filled per recipient in Bulk send)"))
        self._keep_marks.setObjectName("keepMarks")
        self._keep_marks.setVisible(False)
        self._message = self._label("summaryMessage")
        self._buttons_list = self._label("summaryButtons")
        self._recipients = self._label("summaryRecipients")
        self._request_id = self._label("summaryRequestId")
        self._send_date = self._label("summarySendDate")
        self._profile_fields = self._label("summaryProfileFields")
        self._notices = self._label("importNotices")
        self._summary = QtWidgets.QGroupBox(self.tr("What will be filled in (it replaces the "
                                                    "current message)"))
        self._summary.setObjectName("importSummary")

        self._keys = QtWidgets.QGroupBox(self.tr("Keys"))
        self._keys.setObjectName("importKeys")
        self._keys_notice = self._label("keysNotice")
        bold = self._keys_notice.font()
        bold.setBold(True)
        self._keys_notice.setFont(bold)
        self._discard = QtWidgets.QRadioButton(self.tr("&Discard them"))
        self._discard.setObjectName("discardKeys")
        self._discard.setChecked(True)
        self._store_radio = QtWidgets.QRadioButton(self.tr("&Store them in profile:"))
        self._store_radio.setObjectName("storeKeys")
        self._profile_combo = QtWidgets.QComboBox()
        self._profile_combo.setObjectName("keysProfile")
        self._profile_combo.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._keys_note = self._label("keysNote")
        self._keys_error = self._label("keysError")
        self._keys_error.setPalette(self._tone_palette("error"))
        self._choice = QtWidgets.QButtonGroup(self)
        self._choice.addButton(self._discard)
        self._choice.addButton(self._store_radio)

        self._buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self._buttons.setObjectName("importButtons")
        self._ok = self._buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("&Import"))

        self._build_layout()
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self._paste.clicked.connect(self._on_paste_clicked)
        self._text.textChanged.connect(self._on_text_changed)
        self._store_radio.toggled.connect(self._on_store_radio_toggled)
        self._keep_marks.toggled.connect(self._on_keep_marks_toggled)
        self._profile_combo.activated.connect(self._on_profile_combo_activated)
        self._profile_combo.currentIndexChanged.connect(self._on_profile_combo_index_changed)
        self._text.setPlainText(text)
        self._on_text_changed()

    # -- public ------------------------------------------------------------------------

    def set_text(self, text: str) -> None:
        """Replace the text to import (as a paste would)."""
        self._text.setPlainText(text)

    def imported(self) -> ImportedRequest:
        """What the text holds; DraftError (with the reason) while it does not parse."""
        if self._imported is None:
            raise DraftError(self._error or _tr(EMPTY_STATUS))
        return self._imported

    def error(self) -> str:
        """Why the text does not parse; empty when it does."""
        return self._error

    def stored_profile(self) -> str | None:
        """The profile the found keys were stored in when OK was pressed; None if discarded."""
        return self._stored_profile

    def profiles_changed(self) -> bool:
        """True when a profile was added (the window should reload its profile switcher)."""
        return self._profiles_changed

    def accept(self) -> None:
        """Close with OK once the text parses and, if asked, the keys are stored."""
        if self._imported is None:
            return
        if self._store_radio.isChecked() and self._imported.has_secrets and \
                not self._store_keys(self._imported):
            return
        super().accept()

    # -- building ----------------------------------------------------------------------

    def _label(self, name: str) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        # Pasted text is shown as text, never interpreted as rich text.
        label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _build_layout(self) -> None:
        intro = QtWidgets.QLabel(self.tr("Paste a cURL command or a JSON request body (or just "
                                         "its Payload.message):"))
        intro.setWordWrap(True)
        intro.setBuddy(self._text)
        header = QtWidgets.QHBoxLayout()
        header.addWidget(intro, 1)
        header.addWidget(self._paste)

        form = QtWidgets.QFormLayout(self._summary)
        # Labels are not "expanding": without this they keep their narrow wrapped width.
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Message:"), self._message)
        form.addRow(self.tr("Buttons:"), self._buttons_list)
        form.addRow(self.tr("Recipients:"), self._recipients)
        form.addRow("RequestId:", self._request_id)
        form.addRow("SendDate:", self._send_date)
        form.addRow(self.tr("Not in the draft:"), self._profile_fields)
        form.addRow(self.tr("Notes:"), self._notices)

        icon = QtWidgets.QLabel()
        icon.setObjectName("keysIcon")
        pixmap = self.style().standardIcon(QtWidgets.QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(pixmap.pixmap(24, 24))
        icon.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop)
        notice = QtWidgets.QHBoxLayout()
        notice.addWidget(icon, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        notice.addWidget(self._keys_notice, 1)
        store_row = QtWidgets.QHBoxLayout()
        store_row.addWidget(self._store_radio)
        store_row.addWidget(self._profile_combo)
        store_row.addStretch(1)
        keys = QtWidgets.QVBoxLayout(self._keys)
        keys.addLayout(notice)
        keys.addWidget(self._discard)
        keys.addLayout(store_row)
        keys.addWidget(self._keys_note)
        keys.addWidget(self._keys_error)

        # The pasted text above, what it holds below: a splitter lets the user give room to
        # either, and the scroll area keeps the wrapped summary whole in a small window.
        top = QtWidgets.QWidget()
        top_layout = QtWidgets.QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(header)
        top_layout.addWidget(self._text, 1)
        top_layout.addWidget(self._status)
        top_layout.addWidget(self._keep_marks)
        self._text.setMinimumHeight(100)
        details = QtWidgets.QWidget()
        details.setObjectName("importDetails")
        details_layout = QtWidgets.QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        # The keys first: what happens to them is the one decision the dialog asks for.
        details_layout.addWidget(self._keys)
        details_layout.addWidget(self._summary)
        details_layout.addStretch(1)
        scroll = QtWidgets.QScrollArea()
        scroll.setObjectName("importDetailsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(details)
        splitter = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        splitter.setObjectName("importSplitter")
        splitter.addWidget(top)
        splitter.addWidget(scroll)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([250, 470])

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._buttons)

    def _tone_palette(self, tone: theme.Tone) -> QtGui.QPalette:
        palette = QtGui.QPalette(self.palette())
        palette.setColor(QtGui.QPalette.ColorRole.WindowText,
                         theme.tone_color(QtWidgets.QApplication.palette(), tone))
        return palette

    # -- showing -----------------------------------------------------------------------

    def _show(self, imported: ImportedRequest | None, error: str) -> None:
        self._imported, self._error = imported, error
        self._ok.setEnabled(imported is not None)
        self._summary.setVisible(imported is not None)
        self._keep_marks.setVisible(imported is not None and bool(imported.fill_in_marks))
        if imported is None:
            self._status.setText(f"✖ {error}" if error else _tr(EMPTY_STATUS))
            self._status.setPalette(self._tone_palette("error") if error else self.palette())
            self._keys.setVisible(False)
            return
        self._status.setText(f"✔ {import_summary(imported)}")
        self._status.setPalette(self.palette())
        draft = imported.draft
        text = draft.message.text
        self._message.setText(
            self.tr("“{text}” — {count} characters").format(text=_elided(text), count=len(text))
            if text else self.tr("(no text)"))
        self._buttons_list.setText("\n".join(
            f"{i}. {translate('Model', b.LABEL)} — "
            f"{_elided(b.title, 40) or self.tr('(no title)')}"
            for i, b in enumerate(draft.message.buttons, start=1)) or self.tr("none"))
        self._recipients.setText(recipients_text(draft))
        self._request_id.setText(
            self.tr("{request_id} (kept for every send)").format(request_id=draft.request_id)
            if draft.request_id else self.tr("a fresh one for each send"))
        self._send_date.setText(draft.send_date or self.tr("none — sent at once"))
        self._profile_fields.setText(self._profile_fields_text(imported))
        self._notices.setText("\n".join(f"• {domain_text(n)}" for n in imported.notices)
                              or self.tr("none"))
        self._show_keys(imported)

    def _profile_fields_text(self, imported: ImportedRequest) -> str:
        parts = []
        if imported.base_url:
            parts.append(self.tr("endpoint {url}").format(url=imported.base_url))
        elif imported.url:
            parts.append(f"URL {imported.url}")
        if imported.oaid:
            owners = [p.name for p in self._book.profiles if p.oaid == imported.oaid]
            parts.append(
                self.tr("OAID {oaid} (profile “{profile}” uses it)").format(
                    oaid=imported.oaid, profile=owners[0]) if owners
                else self.tr("OAID {oaid} (no profile uses it yet)").format(oaid=imported.oaid))
        if imported.callback_url:
            parts.append(f"CallbackUrl {imported.callback_url}")
        if not parts:
            return self.tr("nothing else")
        return "\n".join(parts) + "\n" + self.tr("These belong to a profile, not to the draft.")

    def _show_keys(self, imported: ImportedRequest) -> None:
        found = bool(imported.api_key or imported.secret_key)
        self._keys.setVisible(found)
        self._keys_error.setVisible(False)
        if not found:
            return
        self._keys_notice.setText(keys_notice(imported))
        reason = self._store_problem(imported)
        self._store_radio.setEnabled(reason is None)
        self._profile_combo.setEnabled(reason is None)
        if reason is not None:
            self._discard.setChecked(True)
        self._fill_profiles(imported)
        self._update_keys_note()

    def _store_problem(self, imported: ImportedRequest) -> str | None:
        if not imported.has_secrets:
            return self.tr("A profile needs both keys, so this one cannot be stored; it is "
                           "discarded.")
        if not (self._store.memory_only or self._store.unusable_reason() is None):
            return self.tr("{reason} The keys cannot be stored here; they are discarded. (Edit "
                           "profiles… can keep keys in memory for this session.)").format(
                reason=domain_text(self._store.unusable_reason() or ""))
        return None

    def _fill_profiles(self, imported: ImportedRequest) -> None:
        current = self._profile_combo.currentData()
        self._profile_combo.blockSignals(True)
        try:
            self._profile_combo.clear()
            for profile in self._book.profiles:
                if not profile.uses_sandbox:  # the sandbox uses its own demo keys
                    self._profile_combo.addItem(profile.name, profile.name)
            self._profile_combo.addItem(_tr(NEW_PROFILE_LABEL), None)
            names = [p.name for p in self._book.profiles if p.oaid == imported.oaid]
            wanted = current if current is not None else (names[0] if names else None)
            index = self._profile_combo.findData(wanted) if wanted is not None else -1
            self._profile_combo.setCurrentIndex(
                index if index >= 0 else self._profile_combo.count() - 1)
        finally:
            self._profile_combo.blockSignals(False)

    def _update_keys_note(self) -> None:
        imported = self._imported
        if imported is None:
            return
        reason = self._store_problem(imported)
        if reason is not None:
            self._keys_note.setText(reason)
            return
        name = self._profile_combo.currentData()
        where = self.tr("Keys are kept {where}, never in a file.").format(
            where=domain_text(self._store.location()))
        if not isinstance(name, str):
            found = [f for f, v in ((self.tr("endpoint"), imported.base_url),
                                    ("OAID", imported.oaid),
                                    ("CallbackUrl", imported.callback_url)) if v]
            note = (self.tr("A new profile is made, filled in with the {fields} found; you name "
                            "it next. {where}").format(fields=self.tr(" and ").join(found),
                                                       where=where) if found
                    else self.tr("A new profile is made; you name it next. {where}").format(
                        where=where))
        else:
            profile = self._profile(name)
            extra = []
            if profile is not None and imported.oaid and profile.oaid != imported.oaid:
                extra.append(self.tr("“{profile}” sends with OAID {profile_oaid}; the pasted "
                                     "request is for OAID {oaid}.").format(
                    profile=name, profile_oaid=profile.oaid, oaid=imported.oaid))
            if self._has_keys(name):
                extra.append(self.tr("“{profile}” already has keys: they will be replaced.")
                             .format(profile=name))
            note = " ".join([*extra, where])
        self._keys_note.setText(note)

    # -- storing -----------------------------------------------------------------------

    def _profile(self, name: str) -> Profile | None:
        try:
            return self._book.get(name)
        except ConfigError:
            return None

    def _has_keys(self, name: str) -> bool:
        try:
            return self._store.load(name) is not None
        except SecretsError:
            return False

    def _store_keys(self, imported: ImportedRequest) -> bool:
        """Store the found keys as the user chose; False (with the reason shown) if not."""
        assert imported.api_key is not None and imported.secret_key is not None
        secrets = Secrets(imported.api_key, imported.secret_key)
        name = self._profile_combo.currentData()
        try:
            if not isinstance(name, str):
                created = self._create_profile(imported, secrets)
                if created is None:
                    return False
                name = created
            else:
                if self._has_keys(name) and not self._confirm_replace_keys(name):
                    return False
                self._store.save(name, secrets)
        except ZaloComposerError as exc:
            logger.warning("Could not store the imported keys: %s", exc)
            self._keys_error.setText(error_text(exc))
            self._keys_error.setVisible(True)
            self._fill_profiles(imported)
            return False
        logger.info("Imported keys stored for profile %r", name)
        self._stored_profile = name
        return True

    def _create_profile(self, imported: ImportedRequest, secrets: Secrets) -> str | None:
        """Ask for a new profile, filled in with what was found; its name, or None."""
        dialog = ProfileDialog(self._book, self._store, None, self, fetch_oas=self._fetch_oas)
        dialog.prefill(name=self._suggested_name(imported), oaid=imported.oaid or "",
                       endpoint=imported.base_url or DEFAULT_ENDPOINT,
                       callback_url=imported.callback_url or "", secrets=secrets)
        if not self._run_profile_dialog(dialog):
            return None
        profile = dialog.profile()
        try:
            save_profile(self._book, self._store, profile, dialog.secrets())
        except SecretsError:
            self._profiles_changed = True  # the profile itself was saved
            raise
        self._profiles_changed = True
        return profile.name

    def _suggested_name(self, imported: ImportedRequest) -> str:
        base = f"OA {imported.oaid}" if imported.oaid else self.tr("Imported")
        taken = set(self._book.names())
        name, number = base, 2
        while name in taken:
            name, number = f"{base} ({number})", number + 1
        return name

    # -- overridable questions (tests replace these) -------------------------------------

    def _run_profile_dialog(self, dialog: ProfileDialog) -> bool:
        return dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted

    def _confirm_replace_keys(self, name: str) -> bool:
        answer = QtWidgets.QMessageBox.question(
            self, self.tr("Replace keys"),
            self.tr("Profile “{profile}” already has an ApiKey and SecretKey. Replace them with "
                    "the ones in the pasted text?").format(profile=name),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
            QtWidgets.QMessageBox.StandardButton.No,
        )
        return answer == QtWidgets.QMessageBox.StandardButton.Yes

    # -- slots -------------------------------------------------------------------------

    @QtCore.Slot()
    def _on_text_changed(self) -> None:
        text = self._text.toPlainText()
        if not text.strip():
            self._show(None, "")
            return
        try:
            imported = parse_request_text(text, keep_marks=self._keep_marks.isChecked())
        except DraftError as exc:
            self._show(None, error_text(exc))
            return
        self._show(imported, "")

    @QtCore.Slot()
    def _on_paste_clicked(self) -> None:
        text = QtGui.QGuiApplication.clipboard().text()
        if text:
            self._text.setPlainText(text)
        else:
            self._status.setText(self.tr("The clipboard holds no text to paste."))
        self._text.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    @QtCore.Slot(bool)
    def _on_keep_marks_toggled(self, _checked: bool) -> None:
        self._on_text_changed()

    @QtCore.Slot(bool)
    def _on_store_radio_toggled(self, _checked: bool) -> None:
        self._keys_error.setVisible(False)

    @QtCore.Slot(int)
    def _on_profile_combo_activated(self, _index: int) -> None:
        # Picking a profile is choosing to store the keys there.
        if self._store_radio.isEnabled():
            self._store_radio.setChecked(True)

    @QtCore.Slot(int)
    def _on_profile_combo_index_changed(self, _index: int) -> None:
        self._keys_error.setVisible(False)
        self._update_keys_note()
