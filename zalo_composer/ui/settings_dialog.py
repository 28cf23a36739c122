"""Settings: language and appearance. Changes apply at once; nothing being edited is lost."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from .appearance import THEME_CHOICES, ThemeChoice, apply_theme, save_theme, saved_theme
from .retranslate import Retranslatable
from .settings import app_settings

LANGUAGE_KEY = "appearance/language"
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("system", "Follow the system"),  # shown translated (SettingsDialog.tr)
    ("en", "English"),  # a language names itself in its own words
    ("vi", "Tiếng Việt"),
)


def saved_language() -> str:
    """"system", "en" or "vi"."""
    value = str(app_settings().value(LANGUAGE_KEY, "system"))
    return value if value in dict(LANGUAGES) else "system"


class SettingsDialog(Retranslatable, QtWidgets.QDialog):
    """Language and theme.

    Signals:
        language_changed: the user picked another language (payload: "system", "en", "vi").
    """

    language_changed = QtCore.Signal(str)  # payload: the language code chosen

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._language = QtWidgets.QComboBox(self)
        self._language.setObjectName("languageCombo")
        for code, name in LANGUAGES:
            self._language.addItem(name, code)
        self._language.setCurrentIndex([c for c, _ in LANGUAGES].index(saved_language()))
        self._theme = QtWidgets.QComboBox(self)
        self._theme.setObjectName("themeCombo")
        for choice in THEME_CHOICES:
            self._theme.addItem(choice, choice)
        self._theme.setCurrentIndex(THEME_CHOICES.index(saved_theme()))
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self._language_label = QtWidgets.QLabel(self)
        self._language_label.setObjectName("languageLabel")
        self._language_label.setBuddy(self._language)
        self._theme_label = QtWidgets.QLabel(self)
        self._theme_label.setObjectName("themeLabel")
        self._theme_label.setBuddy(self._theme)
        form = QtWidgets.QFormLayout()
        form.addRow(self._language_label, self._language)
        form.addRow(self._theme_label, self._theme)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._retranslate_ui()
        self._language.currentIndexChanged.connect(self._on_language_current_index_changed)
        self._theme.currentIndexChanged.connect(self._on_theme_current_index_changed)

    def _retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self._language.setItemText(0, self.tr("Follow the system"))
        theme_names = {"system": self.tr("Follow the system"), "light": self.tr("Light"),
                       "dark": self.tr("Dark")}
        for index, choice in enumerate(THEME_CHOICES):
            self._theme.setItemText(index, theme_names[choice])
        self._language_label.setText(self.tr("&Language:"))
        self._theme_label.setText(self.tr("&Theme:"))
        self._language.setAccessibleName(self.tr("Language"))
        self._theme.setAccessibleName(self.tr("Theme"))

    def _on_language_current_index_changed(self, _index: int) -> None:
        code = str(self._language.currentData())
        app_settings().setValue(LANGUAGE_KEY, code)
        self.language_changed.emit(code)

    def _on_theme_current_index_changed(self, _index: int) -> None:
        choice: ThemeChoice = self._theme.currentData()
        save_theme(choice)
        app = QtWidgets.QApplication.instance()
        if isinstance(app, QtWidgets.QApplication):
            apply_theme(app, choice)
