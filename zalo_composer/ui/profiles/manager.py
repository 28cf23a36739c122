"""The profile list: add, edit, remove and pick the active profile; every change is saved."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6 import QtCore, QtGui, QtWidgets

from ...domain.errors import ConfigError, SecretsError, ZaloComposerError
from ...store.profiles import Profile, ProfileBook
from ...store.secrets import Secrets, SecretStore
from ..i18n import domain_text, error_text, translate
from .dialog import OaFetcher, ProfileDialog
from .label import profile_label

logger = logging.getLogger(__name__)

_NAME_ROLE = QtCore.Qt.ItemDataRole.UserRole


def _keys_reachable(store: SecretStore) -> bool:
    return store.memory_only or store.unusable_reason() is None


def save_profile(
    book: ProfileBook,
    store: SecretStore,
    profile: Profile,
    secrets: Secrets | None,
    *,
    replacing: str | None = None,
) -> None:
    """Put *profile* in *book* (replacing the one called *replacing*), save the book, then
    store *secrets* (None keeps the stored ones, moved along on a rename).

    Raises ConfigError (the book is left as it was) or SecretsError (the profile is saved,
    its keys are not).
    """
    before = (list(book.profiles), book.active)
    book.put(profile, replacing=replacing)
    try:
        book.save()
    except ConfigError:
        book.profiles, book.active = before
        raise
    name = profile.name.strip()
    renamed = replacing is not None and replacing != name
    try:
        if secrets is not None:
            store.save(name, secrets)
            if renamed and replacing is not None:
                store.delete(replacing)
        elif renamed and replacing is not None and _keys_reachable(store):
            store.rename(replacing, name)
    except SecretsError as exc:
        raise SecretsError(
            translate("ProfileManagerDialog",
                      "The profile “{profile}” was saved, but its keys were not: {reason}")
            .format(profile=name, reason=domain_text(str(exc)))) from None


class ProfileManagerDialog(QtWidgets.QDialog):
    """Lists the profiles with Add, Edit, Remove and Set active. Each change is written at
    once (profiles file and keyring); errors are shown in plain words."""

    def __init__(
        self,
        book: ProfileBook,
        secrets: SecretStore,
        parent: QtWidgets.QWidget | None = None,
        *,
        fetch_oas: OaFetcher | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profileManager")
        self._fetch_oas = fetch_oas
        self.setWindowTitle(self.tr("Profiles"))
        self.setMinimumSize(460, 300)
        self._book = book
        self._store = secrets
        self._changed = False

        self._list = QtWidgets.QListWidget()
        self._list.setObjectName("profileList")
        self._add = QtWidgets.QPushButton(self.tr("&Add…"))
        self._add.setObjectName("addProfileButton")
        self._edit = QtWidgets.QPushButton(self.tr("&Edit…"))
        self._edit.setObjectName("editProfileButton")
        self._remove = QtWidgets.QPushButton(self.tr("&Remove…"))
        self._remove.setObjectName("removeProfileButton")
        self._activate = QtWidgets.QPushButton(self.tr("Set &active"))
        self._activate.setObjectName("setActiveButton")
        self._close = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        self._close.setObjectName("profileManagerButtons")

        side = QtWidgets.QVBoxLayout()
        for button in (self._add, self._edit, self._remove, self._activate):
            side.addWidget(button)
        side.addStretch(1)
        body = QtWidgets.QHBoxLayout()
        body.addWidget(self._list, 1)
        body.addLayout(side)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self._close)

        self._add.clicked.connect(self._on_add_clicked)
        self._edit.clicked.connect(self._on_edit_clicked)
        self._remove.clicked.connect(self._on_remove_clicked)
        self._activate.clicked.connect(self._on_activate_clicked)
        self._close.rejected.connect(self.reject)
        self._list.itemDoubleClicked.connect(self._on_list_item_double_clicked)
        self._list.currentRowChanged.connect(self._on_list_current_row_changed)
        self._refresh()

    # -- public ------------------------------------------------------------------------

    def changed(self) -> bool:
        """True once anything was saved while the dialog was open."""
        return self._changed

    def selected_name(self) -> str | None:
        """The name of the selected profile."""
        item = self._list.currentItem()
        return str(item.data(_NAME_ROLE)) if item is not None else None

    def add_profile(self) -> bool:
        """Ask for a new profile and save it; True when one was added."""
        dialog = ProfileDialog(self._book, self._store, None, self, fetch_oas=self._fetch_oas)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return False
        profile = dialog.profile()
        return self._apply(lambda: save_profile(self._book, self._store, profile,
                                                dialog.secrets()), select=profile.name)

    def edit_profile(self, name: str) -> bool:
        """Edit the profile called *name* and save it; True when it was saved."""
        dialog = ProfileDialog(self._book, self._store, self._book.get(name), self,
                               fetch_oas=self._fetch_oas)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return False
        profile = dialog.profile()
        return self._apply(lambda: save_profile(self._book, self._store, profile,
                                                dialog.secrets(), replacing=name),
                           select=profile.name)

    def remove_profile(self, name: str) -> bool:
        """Remove the profile called *name* and its keys, after asking; True when removed."""
        answer = QtWidgets.QMessageBox.question(
            self, self.tr("Remove profile"),
            self.tr("Remove the profile “{profile}” and forget its ApiKey and SecretKey?").format(
                profile=name),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
            QtWidgets.QMessageBox.StandardButton.No,
        )
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return False

        def remove() -> None:
            before = (list(self._book.profiles), self._book.active)
            self._book.remove(name)
            try:
                self._book.save()
            except ConfigError:
                self._book.profiles, self._book.active = before
                raise
            self._store.delete(name)

        return self._apply(remove, select=None)

    def set_active(self, name: str) -> bool:
        """Make *name* the active profile and save; True when saved."""
        previous = self._book.active

        def activate() -> None:
            self._book.get(name)
            self._book.active = name
            try:
                self._book.save()
            except ConfigError:
                self._book.active = previous
                raise

        return self._apply(activate, select=name)

    # -- helpers -----------------------------------------------------------------------

    def _apply(self, action: Callable[[], None], *, select: str | None) -> bool:
        try:
            action()
        except ZaloComposerError as exc:
            logger.warning("Profile change failed: %s", exc)
            QtWidgets.QMessageBox.warning(self, self.tr("Profiles"), error_text(exc))
            # A SecretsError comes after the profile itself was saved.
            self._changed = self._changed or isinstance(exc, SecretsError)
            self._refresh(select)
            return False
        self._changed = True
        self._refresh(select)
        return True

    def _refresh(self, select: str | None = None) -> None:
        select = select or self.selected_name()
        active = self._book.active_profile()
        self._list.clear()
        for profile in self._book.profiles:
            is_active = active is not None and profile.name == active.name
            label = profile_label(profile) + (self.tr(" — active") if is_active else "")
            item = QtWidgets.QListWidgetItem(label)
            item.setData(_NAME_ROLE, profile.name)
            if is_active:
                font = QtGui.QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self._list.addItem(item)
            if profile.name == select:
                self._list.setCurrentItem(item)
        if self._list.currentItem() is None and self._list.count():
            self._list.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        name = self.selected_name()
        active = self._book.active_profile()
        for button in (self._edit, self._remove):
            button.setEnabled(name is not None)
        self._activate.setEnabled(name is not None and (active is None or active.name != name))

    # -- slots -------------------------------------------------------------------------

    @QtCore.Slot()
    def _on_add_clicked(self) -> None:
        self.add_profile()

    @QtCore.Slot()
    def _on_edit_clicked(self) -> None:
        name = self.selected_name()
        if name is not None:
            self.edit_profile(name)

    @QtCore.Slot()
    def _on_remove_clicked(self) -> None:
        name = self.selected_name()
        if name is not None:
            self.remove_profile(name)

    @QtCore.Slot()
    def _on_activate_clicked(self) -> None:
        name = self.selected_name()
        if name is not None:
            self.set_active(name)

    @QtCore.Slot(QtWidgets.QListWidgetItem)
    def _on_list_item_double_clicked(self, item: QtWidgets.QListWidgetItem) -> None:
        self.edit_profile(str(item.data(_NAME_ROLE)))

    @QtCore.Slot(int)
    def _on_list_current_row_changed(self, _row: int) -> None:
        self._update_buttons()


def edit_profiles(
    parent: QtWidgets.QWidget | None, book: ProfileBook, secrets: SecretStore,
    fetch_oas: OaFetcher | None = None,
) -> bool:
    """Show the profile list as a modal dialog; True when anything was saved."""
    dialog = ProfileManagerDialog(book, secrets, parent, fetch_oas=fetch_oas)
    dialog.exec()
    return dialog.changed()
