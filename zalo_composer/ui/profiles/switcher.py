"""The toolbar's profile switcher: the active profile, always visible, and a way to edit them."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from ...domain.errors import ConfigError
from ...store.profiles import Profile, ProfileBook
from ...store.secrets import SecretStore
from ..i18n import QT_TRANSLATE_NOOP, error_text, translate
from ..retranslate import Retranslatable
from .label import profile_label

if TYPE_CHECKING:
    # The profile dialogs are imported when the user opens one, not at start.
    from .dialog import OaFetcher

logger = logging.getLogger(__name__)

SANDBOX_TOOLTIP = QT_TRANSLATE_NOOP(
    "ProfileSwitcher", "Sends go to the sandbox built into this program, on this computer: "
    "nothing reaches eSMS or any Zalo user.")


class ProfileSwitcher(Retranslatable, QtWidgets.QWidget):
    """“Profile: [name ▾] [Edit profiles…]”. Picking a profile makes it active and saves.

    Signals:
        profile_changed: the user picked another profile, or edited the active one.
    """

    profile_changed = QtCore.Signal(object)  # payload: Profile, the now active profile

    def __init__(
        self,
        book: ProfileBook,
        secrets: SecretStore,
        parent: QtWidgets.QWidget | None = None,
        *,
        fetch_oas: OaFetcher | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profileSwitcher")
        self._fetch_oas = fetch_oas
        self._book = book
        self._store = secrets
        self._reloading = False

        self._label = QtWidgets.QLabel()
        self._label.setObjectName("profileLabel")
        self._combo = QtWidgets.QComboBox()
        self._combo.setObjectName("profileCombo")
        self._combo.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents
        )
        self._combo.setMinimumContentsLength(12)
        self._label.setBuddy(self._combo)
        self._edit = QtWidgets.QToolButton()
        self._edit.setObjectName("editProfilesButton")
        self._edit.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextOnly)

        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self._label)
        layout.addWidget(self._combo)
        layout.addWidget(self._edit)

        self._combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        self._edit.clicked.connect(self._on_edit_clicked)
        self._retranslate_ui()  # and shows the book's profiles

    def _retranslate_ui(self) -> None:
        self._label.setText(self.tr("&Profile:"))
        self._edit.setText(self.tr("Edit profiles…"))
        self.reload(self._book)

    def book(self) -> ProfileBook:
        """The profile book shown."""
        return self._book

    def current_profile(self) -> Profile | None:
        """The profile shown as active (None when there are no profiles)."""
        return self._book.active_profile()

    def reload(self, book: ProfileBook) -> None:
        """Show *book*'s profiles, with its active profile selected (no signal)."""
        self._book = book
        active = book.active_profile()
        self._reloading = True
        try:
            self._combo.clear()
            for index, profile in enumerate(book.profiles):
                self._combo.addItem(profile_label(profile), profile.name)
                tooltip = self.tr(SANDBOX_TOOLTIP) if profile.uses_sandbox else (
                    self.tr("Sends for real with OAID {oaid} to {endpoint}").format(
                        oaid=profile.oaid, endpoint=profile.endpoint))
                self._combo.setItemData(index, tooltip, QtCore.Qt.ItemDataRole.ToolTipRole)
            if not book.profiles:
                self._combo.addItem(self.tr("(no profile yet)"), None)
            self._combo.setEnabled(bool(book.profiles))
            if active is not None:
                self._combo.setCurrentIndex(book.names().index(active.name))
        finally:
            self._reloading = False
        self._show_current_tooltip()

    def _show_current_tooltip(self) -> None:
        profile = self._book.active_profile()
        if profile is None:
            self._combo.setToolTip(self.tr("Add a profile with “Edit profiles…”."))
        elif profile.uses_sandbox:
            self._combo.setToolTip(self.tr(SANDBOX_TOOLTIP))
        else:
            self._combo.setToolTip(self.tr("Active profile: {profile} (OAID {oaid})").format(
                profile=profile.name, oaid=profile.oaid))

    @QtCore.Slot(int)
    def _on_combo_current_index_changed(self, index: int) -> None:
        if self._reloading or index < 0:
            return
        name = self._combo.itemData(index)
        if not isinstance(name, str) or name == getattr(self.current_profile(), "name", None):
            return
        previous = self._book.active
        self._book.active = name
        try:
            self._book.save()
        except ConfigError as exc:
            # The choice still holds for this session; only remembering it failed.
            logger.warning("Could not save the active profile: %s", exc)
            QtWidgets.QMessageBox.warning(self, translate("ProfileManagerDialog", "Profiles"),
                                          error_text(exc))
        logger.info("Active profile: %s (was %s)", name, previous)
        self._show_current_tooltip()
        self.profile_changed.emit(self._book.get(name))

    @QtCore.Slot()
    def _on_edit_clicked(self) -> None:
        self.edit_profiles()

    def edit_profiles(self) -> None:
        """Message → Profiles… (and the toolbar's edit button): the profile list; the
        active profile, if that changed, is announced."""
        before = self.current_profile()
        from .manager import edit_profiles

        edit_profiles(self.window(), self._book, self._store, self._fetch_oas)
        self.reload(self._book)
        after = self.current_profile()
        if after != before:
            self.profile_changed.emit(after)
