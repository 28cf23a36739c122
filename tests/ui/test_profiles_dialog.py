"""The profile dialog, the profile list and the toolbar switcher: validation, where the keys
go (the keyring, never a file), the no-keyring path, and the Sandbox profile."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import keyring.backends.fail
import pytest
from PySide6 import QtWidgets

from zalo_composer.store.profiles import SANDBOX_ENDPOINT, Profile, ProfileBook
from zalo_composer.store.secrets import SERVICE, Secrets, SecretStore, item_name
from zalo_composer.ui.profiles import (
    ProfileDialog,
    ProfileManagerDialog,
    ProfileSwitcher,
    save_profile,
)
from zalo_composer.ui.profiles.dialog import SANDBOX_ENDPOINT_LABEL

API_KEY = "AK-dialog-4b1f9e-Khóa"
SECRET_KEY = "SK-dialog-77c0d2"

Fill = Callable[[ProfileDialog], None]


def _edit(dialog: QtWidgets.QWidget, name: str) -> QtWidgets.QLineEdit:
    widget = dialog.findChild(QtWidgets.QLineEdit, name)
    assert widget is not None, name
    return widget


def _label(dialog: QtWidgets.QWidget, name: str) -> QtWidgets.QLabel:
    widget = dialog.findChild(QtWidgets.QLabel, name)
    assert widget is not None, name
    return widget


def _fill(dialog: ProfileDialog, **fields: str) -> None:
    names = {"name": "profileName", "oaid": "profileOaid", "endpoint": "profileEndpoint",
             "callback": "profileCallbackUrl", "recipients": "profileRecipients",
             "api_key": "profileApiKey", "secret_key": "profileSecretKey"}
    for field, value in fields.items():
        _edit(dialog, names[field]).setText(value)


def _accepted(dialog: ProfileDialog) -> bool:
    dialog.accept()
    return dialog.result() == QtWidgets.QDialog.DialogCode.Accepted


def _book(*profiles: Profile) -> ProfileBook:
    """A saved book in this test's ZALO_COMPOSER_HOME, the first profile active."""
    book = ProfileBook.load()
    for profile in profiles:
        book.put(profile)
    book.active = profiles[0].name if profiles else None
    book.save()
    return book


def _all_file_bytes(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())


@pytest.fixture
def book() -> ProfileBook:
    return _book(Profile("Sandbox", "4368496045530866759", SANDBOX_ENDPOINT),
                 Profile("Shop", "1234567890"))


@pytest.fixture
def answer_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[Fill]:
    """Make ProfileDialog.exec fill the dialog with the next queued function and press OK."""
    queue: list[Fill] = []

    def fake_exec(self: ProfileDialog) -> int:
        queue.pop(0)(self)
        self.accept()
        return int(self.result())

    monkeypatch.setattr(ProfileDialog, "exec", fake_exec)
    return queue


def test_a_valid_new_profile_is_returned(qtbot, book: ProfileBook) -> None:  # type: ignore[no-untyped-def]
    dialog = ProfileDialog(book, SecretStore())
    qtbot.addWidget(dialog)
    _fill(dialog, name=" Shop 2 ", oaid="987654321", callback="https://shop.example/cb",
          recipients="841234, 845678  841234;849999")
    assert _accepted(dialog)
    profile = dialog.profile()
    assert profile.name == "Shop 2" and profile.oaid == "987654321"
    assert profile.endpoint == "https://rest.esms.vn/MainService.svc/json/"
    assert profile.default_recipients == ("841234", "845678", "849999")
    assert dialog.secrets() is None


def test_bad_oaid_is_refused_with_a_message(qtbot, book: ProfileBook) -> None:  # type: ignore[no-untyped-def]
    dialog = ProfileDialog(book, SecretStore())
    qtbot.addWidget(dialog)
    _fill(dialog, name="New", oaid="12ab")
    assert not _accepted(dialog)
    error = _label(dialog, "oaidError")
    assert not error.isHidden() and "digits" in error.text()
    _fill(dialog, oaid="")
    assert not _accepted(dialog)
    assert "required" in error.text()
    _fill(dialog, oaid="1234")
    assert _accepted(dialog)
    assert error.isHidden()


def test_plain_http_endpoint_off_loopback_is_refused(qtbot, book: ProfileBook) -> None:  # type: ignore[no-untyped-def]
    dialog = ProfileDialog(book, SecretStore())
    qtbot.addWidget(dialog)
    _fill(dialog, name="New", oaid="1234",
          endpoint="http://rest.esms.vn/MainService.svc/json/")
    error = _label(dialog, "endpointError")
    # THEN the problem shows while typing, before OK
    assert not error.isHidden()
    assert "plain http://" in error.text() and "unencrypted" in error.text()
    assert not _accepted(dialog)
    assert ("endpoint", error.text()) in dialog.validate()
    _fill(dialog, endpoint="http://127.0.0.1:8080/")
    assert error.isHidden()
    assert _accepted(dialog)
    assert dialog.profile().endpoint == "http://127.0.0.1:8080/"


def test_other_field_problems(qtbot, book: ProfileBook) -> None:  # type: ignore[no-untyped-def]
    dialog = ProfileDialog(book, SecretStore())
    qtbot.addWidget(dialog)
    _fill(dialog, name="New", oaid="1234", callback="shop.example/cb",
          recipients="841234, abc", api_key="only-one")
    fields = {field for field, _ in dialog.validate()}
    assert fields == {"callback_url", "default_recipients", "keys"}
    assert "abc" in _label(dialog, "default_recipientsError").text()
    assert "both" in _label(dialog, "keysError").text()


def test_duplicate_name_is_refused_but_keeping_ones_own_name_is_fine(  # type: ignore[no-untyped-def]
    qtbot, book: ProfileBook
) -> None:
    dialog = ProfileDialog(book, SecretStore())
    qtbot.addWidget(dialog)
    _fill(dialog, name="Shop", oaid="1234")
    assert not _accepted(dialog)
    assert "already exists" in _label(dialog, "nameError").text()

    edit = ProfileDialog(book, SecretStore(), book.get("Shop"))
    qtbot.addWidget(edit)
    assert _accepted(edit)
    assert edit.original_name() == "Shop"


def test_reveal_toggle_switches_echo_mode(qtbot, book: ProfileBook) -> None:  # type: ignore[no-untyped-def]
    dialog = ProfileDialog(book, SecretStore())
    qtbot.addWidget(dialog)
    keys = [_edit(dialog, "profileApiKey"), _edit(dialog, "profileSecretKey")]
    assert all(k.echoMode() == QtWidgets.QLineEdit.EchoMode.Password for k in keys)
    reveal = dialog.findChild(QtWidgets.QCheckBox, "revealKeys")
    reveal.setChecked(True)
    assert all(k.echoMode() == QtWidgets.QLineEdit.EchoMode.Normal for k in keys)
    reveal.setChecked(False)
    assert all(k.echoMode() == QtWidgets.QLineEdit.EchoMode.Password for k in keys)


def test_dialog_says_where_the_keys_live(qtbot, book: ProfileBook) -> None:  # type: ignore[no-untyped-def]
    dialog = ProfileDialog(book, SecretStore())
    qtbot.addWidget(dialog)
    text = _label(dialog, "secretsLocation").text()
    assert "system keyring" in text and SERVICE in text
    assert dialog.findChild(QtWidgets.QFrame, "keyringWarning").isHidden()


def test_new_keys_go_to_the_keyring_and_into_no_file(  # type: ignore[no-untyped-def]
    qtbot, book: ProfileBook, memory_keyring, composer_home: Path, answer_dialogs: list[Fill]
) -> None:
    # GIVEN the profile list, with a dialog that will be filled in with keys
    store = SecretStore()
    manager = ProfileManagerDialog(book, store)
    qtbot.addWidget(manager)
    answer_dialogs.append(lambda d: _fill(d, name="Shop Hà Nội", oaid="555000111",
                                          api_key=API_KEY, secret_key=f"  {SECRET_KEY}\n"))
    # WHEN a profile is added
    assert manager.add_profile()
    # THEN the keys are in the keyring, one item per key
    assert memory_keyring.items[(SERVICE, item_name("Shop Hà Nội", "ApiKey"))] == API_KEY
    assert memory_keyring.items[(SERVICE, item_name("Shop Hà Nội", "SecretKey"))] == SECRET_KEY
    # AND the profile is in the file, the keys are in no file at all
    assert "Shop Hà Nội" in ProfileBook.load(book.path).names()
    data = _all_file_bytes(composer_home)
    assert "Shop Hà Nội".encode() in data
    for secret in (API_KEY, SECRET_KEY):
        assert secret.encode() not in data
        assert secret.encode("utf-16-le") not in data
    assert manager.changed()


def test_editing_without_keys_keeps_them_and_a_rename_moves_them(  # type: ignore[no-untyped-def]
    qtbot, book: ProfileBook, answer_dialogs: list[Fill]
) -> None:
    store = SecretStore()
    store.save("Shop", Secrets(API_KEY, SECRET_KEY))
    # GIVEN the fields start empty, with a placeholder saying keys are stored
    dialog = ProfileDialog(book, store, book.get("Shop"))
    qtbot.addWidget(dialog)
    api = _edit(dialog, "profileApiKey")
    assert api.text() == "" and "stored" in api.placeholderText()
    # WHEN the profile is renamed without typing keys
    manager = ProfileManagerDialog(book, store)
    qtbot.addWidget(manager)
    answer_dialogs.append(lambda d: _fill(d, name="Shop Renamed"))
    assert manager.edit_profile("Shop")
    # THEN the keys moved with it
    assert store.load("Shop") is None
    assert store.load("Shop Renamed") == Secrets(API_KEY, SECRET_KEY)
    assert book.active == "Sandbox"
    assert ProfileBook.load(book.path).names() == ["Sandbox", "Shop Renamed"]


def test_remove_asks_and_forgets_the_keys(  # type: ignore[no-untyped-def]
    qtbot, book: ProfileBook, memory_keyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = SecretStore()
    store.save("Shop", Secrets(API_KEY, SECRET_KEY))
    manager = ProfileManagerDialog(book, store)
    qtbot.addWidget(manager)
    answers = [QtWidgets.QMessageBox.StandardButton.No, QtWidgets.QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QtWidgets.QMessageBox, "question", lambda *a, **k: answers.pop(0))
    assert not manager.remove_profile("Shop")
    assert "Shop" in book.names()
    assert manager.remove_profile("Shop")
    assert ProfileBook.load(book.path).names() == ["Sandbox"]
    assert memory_keyring.items == {}


def test_a_save_error_is_shown_plainly_and_the_book_is_left_as_it_was(  # type: ignore[no-untyped-def]
    qtbot, book: ProfileBook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QtWidgets.QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    book.path = blocker / "profiles.json"  # its folder is a file: saving must fail
    manager = ProfileManagerDialog(book, SecretStore())
    qtbot.addWidget(manager)
    assert not manager.set_active("Shop")
    assert book.active == "Sandbox"
    assert len(shown) == 1 and "Could not save the profiles" in shown[0]
    with pytest.raises(Exception, match="Could not save"):
        save_profile(book, SecretStore(), Profile("New", "1"), None)
    assert book.names() == ["Sandbox", "Shop"]


def test_no_keyring_is_said_plainly_and_memory_only_works(  # type: ignore[no-untyped-def]
    qtbot, book: ProfileBook, composer_home: Path
) -> None:
    # GIVEN no usable keyring
    store = SecretStore(keyring.backends.fail.Keyring())
    dialog = ProfileDialog(book, store)
    qtbot.addWidget(dialog)
    warning = dialog.findChild(QtWidgets.QFrame, "keyringWarning")
    assert not warning.isHidden()
    message = _label(dialog, "keyringMessage").text()
    assert "No system keyring" in message and "never writes keys to a file" in message
    keys = [_edit(dialog, "profileApiKey"), _edit(dialog, "profileSecretKey")]
    assert not any(k.isEnabled() for k in keys)
    # WHEN the user agrees to keep them in memory
    button = dialog.findChild(QtWidgets.QPushButton, "memoryOnlyButton")
    assert button.text() == "Keep the keys in memory for this session only"
    button.click()
    # THEN the keys can be typed and are kept in memory only
    assert store.memory_only
    assert warning.isHidden()
    assert all(k.isEnabled() for k in keys)
    assert "this session only" in _label(dialog, "secretsLocation").text()
    _fill(dialog, name="Shop 2", oaid="42", api_key=API_KEY, secret_key=SECRET_KEY)
    assert _accepted(dialog)
    save_profile(book, store, dialog.profile(), dialog.secrets())
    assert store.load("Shop 2") == Secrets(API_KEY, SECRET_KEY)
    data = _all_file_bytes(composer_home)
    assert b"Shop 2" in data
    assert API_KEY.encode() not in data and SECRET_KEY.encode() not in data


def test_sandbox_profile_needs_no_keys(qtbot, book: ProfileBook) -> None:  # type: ignore[no-untyped-def]
    dialog = ProfileDialog(book, SecretStore(keyring.backends.fail.Keyring()),
                           book.get("Sandbox"))
    qtbot.addWidget(dialog)
    assert not _edit(dialog, "profileApiKey").isEnabled()
    assert not _edit(dialog, "profileSecretKey").isEnabled()
    assert "built-in demo keys" in _label(dialog, "sandboxKeysNote").text()
    assert not _label(dialog, "sandboxKeysNote").isHidden()
    # no keyring warning for the sandbox: it works without one
    assert dialog.findChild(QtWidgets.QFrame, "keyringWarning").isHidden()
    endpoint = _edit(dialog, "profileEndpoint")
    assert endpoint.text() == SANDBOX_ENDPOINT_LABEL and endpoint.isReadOnly()
    assert _accepted(dialog)
    assert dialog.profile().endpoint == SANDBOX_ENDPOINT
    assert dialog.secrets() is None


def test_switcher_shows_the_active_profile_and_marks_the_sandbox(qtbot, book: ProfileBook) -> None:  # type: ignore[no-untyped-def]
    switcher = ProfileSwitcher(book, SecretStore())
    qtbot.addWidget(switcher)
    combo = switcher.findChild(QtWidgets.QComboBox, "profileCombo")
    assert combo.count() == 2
    assert combo.currentData() == "Sandbox"
    assert "sandbox" in combo.currentText().lower() and "test only" in combo.currentText()
    assert combo.itemText(1) == "Shop"
    assert switcher.findChild(QtWidgets.QToolButton, "editProfilesButton") is not None


def test_switcher_emits_profile_changed_and_saves_the_active_profile(  # type: ignore[no-untyped-def]
    qtbot, book: ProfileBook
) -> None:
    switcher = ProfileSwitcher(book, SecretStore())
    qtbot.addWidget(switcher)
    combo = switcher.findChild(QtWidgets.QComboBox, "profileCombo")
    with qtbot.waitSignal(switcher.profile_changed, timeout=1000) as blocker:
        combo.setCurrentIndex(1)
    assert blocker.args == [book.get("Shop")]
    assert ProfileBook.load(book.path).active == "Shop"
    # reload() selects without a signal
    book.active = "Sandbox"
    with qtbot.assertNotEmitted(switcher.profile_changed):
        switcher.reload(book)
    assert combo.currentData() == "Sandbox"


def test_switcher_edit_button_reloads_and_reports_a_new_active_profile(  # type: ignore[no-untyped-def]
    qtbot, book: ProfileBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    from zalo_composer.ui.profiles import manager

    def fake_edit(_parent: object, edited: ProfileBook, _store: SecretStore,
                  _fetch_oas: object = None) -> bool:
        edited.put(Profile("Third", "3"))
        edited.active = "Third"
        return True

    monkeypatch.setattr(manager, "edit_profiles", fake_edit)
    switcher = ProfileSwitcher(book, SecretStore())
    qtbot.addWidget(switcher)
    with qtbot.waitSignal(switcher.profile_changed, timeout=1000) as blocker:
        switcher.findChild(QtWidgets.QToolButton, "editProfilesButton").click()
    assert blocker.args[0].name == "Third"
    combo = switcher.findChild(QtWidgets.QComboBox, "profileCombo")
    assert combo.count() == 3 and combo.currentData() == "Third"
