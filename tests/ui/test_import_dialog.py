"""The Import dialog: pasting the documentation's cURL sample, bad text, and what happens to
keys found in the pasted text (discarded, or stored in a profile's keyring entry, never in
a file)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring.backends.fail
import pytest
from PySide6 import QtGui, QtWidgets
from pytestqt.qtbot import QtBot

from zalo_composer.domain.errors import DraftError, SecretsError
from zalo_composer.store.profiles import DEFAULT_ENDPOINT, SANDBOX_ENDPOINT, Profile, ProfileBook
from zalo_composer.store.secrets import SERVICE, Secrets, SecretStore, item_name
from zalo_composer.ui.import_dialog import NEW_PROFILE_LABEL, ImportDialog
from zalo_composer.ui.profiles import ProfileDialog

DATA = Path(__file__).parent.parent / "data"
DOC_CURL = (DATA / "doc_curl_sample.txt").read_text(encoding="utf-8")
API_KEY = "C9E1A5D7B3F24E6A8B0C2D4E6F8A0B1C"
SECRET_KEY = "7F3D9B1E5A2C4F6E8D0B2A4C6E8F0A1B"
SHOP_OAID = "1234567890"


def _with_keys(oaid: str = "{{OAID}}", secret_key: str = SECRET_KEY) -> str:
    return (DOC_CURL.replace("{{ApiKey}}", API_KEY).replace("{{SecretKey}}", secret_key)
            .replace("{{OAID}}", oaid))


def _child(dialog: QtWidgets.QWidget, kind: type, name: str) -> Any:
    widget = dialog.findChild(kind, name)
    assert widget is not None, name
    return widget


def _label(dialog: ImportDialog, name: str) -> str:
    return str(_child(dialog, QtWidgets.QLabel, name).text())


def _ok(dialog: ImportDialog) -> QtWidgets.QPushButton:
    box = _child(dialog, QtWidgets.QDialogButtonBox, "importButtons")
    button: QtWidgets.QPushButton = box.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
    return button


def _choose_profile(dialog: ImportDialog, label: str) -> None:
    combo = _child(dialog, QtWidgets.QComboBox, "keysProfile")
    index = combo.findText(label)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # as a user's pick does


def _all_file_bytes(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())


def _assert_no_key_in_files(root: Path) -> None:
    data = _all_file_bytes(root)
    for key in (API_KEY, SECRET_KEY):
        assert key.encode() not in data
        assert key.encode("utf-16-le") not in data


@pytest.fixture
def book() -> ProfileBook:
    """A saved book: the Sandbox profile and a real one called Shop."""
    book = ProfileBook.load()
    book.put(Profile("Sandbox", "4368496045530866759", SANDBOX_ENDPOINT))
    book.put(Profile("Shop", SHOP_OAID))
    book.active = "Shop"
    book.save()
    return book


@pytest.fixture
def dialog(qtbot: QtBot, book: ProfileBook) -> ImportDialog:
    made = ImportDialog(book, SecretStore())
    qtbot.addWidget(made)
    return made


def test_pasting_the_doc_sample_enables_import_and_shows_what_is_filled_in(
    dialog: ImportDialog,
) -> None:
    # GIVEN an empty dialog: nothing to import yet
    assert not _ok(dialog).isEnabled()
    # AND the user means the marks as placeholders (by default they become empty fields)
    _child(dialog, QtWidgets.QCheckBox, "keepMarks").setChecked(True)

    # WHEN the documentation's cURL command is pasted from the clipboard
    QtGui.QGuiApplication.clipboard().setText(DOC_CURL)
    _child(dialog, QtWidgets.QPushButton, "pasteButton").click()

    # THEN Import is enabled and the dialog says what the text holds
    assert _ok(dialog).isEnabled()
    assert _label(dialog, "importStatus") == (
        "✔ cURL command with a JSON body: 5 buttons, no recipient")
    assert _label(dialog, "summaryMessage") == "“{{text}}” — 8 characters"
    buttons = _label(dialog, "summaryButtons").splitlines()
    assert buttons[0] == "1. Open URL — {{title}}"
    assert len(buttons) == 5
    assert "a fresh one" in _label(dialog, "summaryRequestId")
    assert f"endpoint {DEFAULT_ENDPOINT}" in _label(dialog, "summaryProfileFields")
    assert "placeholders" in _label(dialog, "importNotices")
    # AND the placeholders are not keys: no key choice is offered
    assert not _child(dialog, QtWidgets.QGroupBox, "importKeys").isVisibleTo(dialog)
    assert len(dialog.imported().draft.message.buttons) == 5


def test_the_doc_samples_marks_become_empty_fields_unless_kept(dialog: ImportDialog) -> None:
    # GIVEN the documentation's cURL command, pasted as it is
    dialog.set_text(DOC_CURL)
    keep = _child(dialog, QtWidgets.QCheckBox, "keepMarks")

    # THEN its marks are empty fields to fill, said in one notice, and the choice is offered
    assert keep.isVisibleTo(dialog) and not keep.isChecked()
    assert _label(dialog, "summaryMessage") == "(no text)"
    assert _label(dialog, "summaryButtons").splitlines()[0] == "1. Open URL — (no title)"
    (notice,) = _label(dialog, "importNotices").splitlines()
    assert "left empty for you to fill" in notice
    draft = dialog.imported().draft
    assert draft.message.text == "" and len(draft.message.buttons) == 5

    # WHEN the user keeps them, THEN they are placeholders again
    keep.setChecked(True)
    assert dialog.imported().draft.message.text == "{{text}}"
    assert _label(dialog, "summaryMessage") == "“{{text}}” — 8 characters"

    # AND a request without marks does not offer the choice
    dialog.set_text(_with_keys().replace("{{", "x").replace("}}", "x"))
    assert not keep.isVisibleTo(dialog)


def test_bad_text_disables_import_and_says_why(dialog: ImportDialog) -> None:
    dialog.set_text(DOC_CURL[:400])

    assert not _ok(dialog).isEnabled()
    status = _label(dialog, "importStatus")
    assert status.startswith("✖ The command has a ' quote opened on line 3")
    assert not _child(dialog, QtWidgets.QGroupBox, "importSummary").isVisibleTo(dialog)
    with pytest.raises(DraftError, match="never closed"):
        dialog.imported()
    dialog.accept()
    assert dialog.result() != QtWidgets.QDialog.DialogCode.Accepted

    # AND fixing the text enables it again
    dialog.set_text(DOC_CURL)
    assert _ok(dialog).isEnabled()


def test_found_keys_are_announced_and_discarded_by_default(
    dialog: ImportDialog, memory_keyring: Any, composer_home: Path
) -> None:
    dialog.set_text(_with_keys())

    assert _child(dialog, QtWidgets.QGroupBox, "importKeys").isVisibleTo(dialog)
    assert _label(dialog, "keysNotice") == (
        "The pasted text contains an ApiKey and SecretKey. They are never put into the draft.")
    assert _child(dialog, QtWidgets.QRadioButton, "discardKeys").isChecked()

    dialog.accept()

    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    assert memory_keyring.items == {}
    assert dialog.stored_profile() is None
    _assert_no_key_in_files(composer_home)


def test_keys_stored_in_an_existing_profile_go_to_the_keyring_only(
    dialog: ImportDialog, memory_keyring: Any, composer_home: Path
) -> None:
    dialog.set_text(_with_keys())

    _choose_profile(dialog, "Shop")
    assert _child(dialog, QtWidgets.QRadioButton, "storeKeys").isChecked()
    dialog.accept()

    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    assert dialog.stored_profile() == "Shop"
    assert memory_keyring.items == {
        (SERVICE, item_name("Shop", "ApiKey")): API_KEY,
        (SERVICE, item_name("Shop", "SecretKey")): SECRET_KEY,
    }
    assert not dialog.profiles_changed()
    _assert_no_key_in_files(composer_home)


def test_keys_stored_in_a_new_profile_through_the_profile_dialog(
    dialog: ImportDialog, book: ProfileBook, memory_keyring: Any,
    composer_home: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # GIVEN keys and an OAID no profile has, and a user who accepts the prefilled profile
    seen: dict[str, str] = {}

    def fake_exec(profile_dialog: ProfileDialog) -> int:
        for name in ("profileName", "profileOaid", "profileEndpoint", "profileApiKey"):
            seen[name] = _child(profile_dialog, QtWidgets.QLineEdit, name).text()
        profile_dialog.accept()
        return int(profile_dialog.result())

    monkeypatch.setattr(ProfileDialog, "exec", fake_exec)
    dialog.set_text(_with_keys(oaid="998877"))
    assert "no profile uses it yet" in _label(dialog, "summaryProfileFields")
    combo = _child(dialog, QtWidgets.QComboBox, "keysProfile")
    assert combo.currentText() == NEW_PROFILE_LABEL
    assert "Sandbox" not in [combo.itemText(i) for i in range(combo.count())]

    # WHEN the keys are stored in a new profile
    _choose_profile(dialog, NEW_PROFILE_LABEL)
    dialog.accept()

    # THEN the profile dialog came prefilled, the profile is saved, its keys are in the keyring
    assert seen == {"profileName": "OA 998877", "profileOaid": "998877",
                    "profileEndpoint": DEFAULT_ENDPOINT, "profileApiKey": API_KEY}
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    assert dialog.stored_profile() == "OA 998877"
    assert dialog.profiles_changed()
    assert ProfileBook.load().get("OA 998877").oaid == "998877"
    assert memory_keyring.items[(SERVICE, item_name("OA 998877", "SecretKey"))] == SECRET_KEY
    _assert_no_key_in_files(composer_home)


def test_cancelling_the_new_profile_keeps_the_import_dialog_open(
    dialog: ImportDialog, memory_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ProfileDialog, "exec", lambda self: 0)
    dialog.set_text(_with_keys())
    _choose_profile(dialog, NEW_PROFILE_LABEL)

    dialog.accept()

    assert dialog.result() != QtWidgets.QDialog.DialogCode.Accepted
    assert memory_keyring.items == {}


def test_the_profile_with_the_same_oaid_is_offered_first(dialog: ImportDialog) -> None:
    dialog.set_text(_with_keys(oaid=SHOP_OAID))

    assert _child(dialog, QtWidgets.QComboBox, "keysProfile").currentText() == "Shop"
    assert "profile “Shop” uses it" in _label(dialog, "summaryProfileFields")


def test_replacing_stored_keys_asks_first(
    dialog: ImportDialog, memory_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    SecretStore().save("Shop", Secrets("old-api", "old-secret"))
    answers = [False, True]
    monkeypatch.setattr(ImportDialog, "_confirm_replace_keys", lambda self, name: answers.pop(0))
    dialog.set_text(_with_keys(oaid="555"))
    _choose_profile(dialog, "Shop")
    note = _label(dialog, "keysNote")
    assert "already has keys" in note
    assert "OAID 1234567890; the pasted request is for OAID 555" in note

    dialog.accept()  # "No"
    assert dialog.result() != QtWidgets.QDialog.DialogCode.Accepted
    assert memory_keyring.items[(SERVICE, item_name("Shop", "ApiKey"))] == "old-api"

    dialog.accept()  # "Yes"
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    assert memory_keyring.items[(SERVICE, item_name("Shop", "ApiKey"))] == API_KEY


def test_a_keyring_failure_is_shown_and_the_dialog_stays_open(
    dialog: ImportDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: SecretStore, profile: str, secrets: Secrets) -> None:
        raise SecretsError("The keyring refused the secrets: KeyringLocked.")

    monkeypatch.setattr(SecretStore, "save", refuse)
    dialog.set_text(_with_keys())
    _choose_profile(dialog, "Shop")

    dialog.accept()

    assert dialog.result() != QtWidgets.QDialog.DialogCode.Accepted
    error = _child(dialog, QtWidgets.QLabel, "keysError")
    assert error.isVisibleTo(dialog)
    assert "KeyringLocked" in error.text()


def test_a_single_key_cannot_be_stored(dialog: ImportDialog, memory_keyring: Any) -> None:
    dialog.set_text(_with_keys(secret_key="{{SecretKey}}"))

    assert _label(dialog, "keysNotice") == (
        "The pasted text contains an ApiKey. It is never put into the draft.")
    assert not _child(dialog, QtWidgets.QRadioButton, "storeKeys").isEnabled()
    assert "needs both keys" in _label(dialog, "keysNote")
    dialog.accept()
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    assert memory_keyring.items == {}


def test_without_a_keyring_the_keys_can_only_be_discarded(
    qtbot: QtBot, book: ProfileBook
) -> None:
    no_keyring = keyring.backends.fail.Keyring()  # type: ignore[no-untyped-call]
    dialog = ImportDialog(book, SecretStore(no_keyring))
    qtbot.addWidget(dialog)
    dialog.set_text(_with_keys())

    assert not _child(dialog, QtWidgets.QRadioButton, "storeKeys").isEnabled()
    assert "No system keyring is available" in _label(dialog, "keysNote")
    dialog.accept()
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted


def test_pasted_text_is_shown_as_text_not_markup(dialog: ImportDialog) -> None:
    dialog.set_text('{"text": "<b>bold</b> & <i>x</i>"}')
    assert _child(dialog, QtWidgets.QLabel, "summaryMessage").textFormat() == \
        QtGui.Qt.TextFormat.PlainText
    assert "<b>bold</b>" in _label(dialog, "summaryMessage")
