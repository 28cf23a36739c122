"""What the Templates panel asks (a name, a folder), in one replaceable object (tests
replace its methods, as they do `Dialogs`'s)."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtWidgets


class TemplateQuestions(QtCore.QObject):
    """Input dialogs of the Templates panel, parented to one window."""

    def __init__(self, window: QtWidgets.QWidget) -> None:
        super().__init__(window)
        self._window = window

    def ask_name(self, title: str, suggested: str) -> str | None:
        """A template's name, or None when cancelled."""
        text, ok = QtWidgets.QInputDialog.getText(
            self._window, title, self.tr("Template name:"), text=suggested)
        return text if ok and text.strip() else None

    def ask_folder(self, start: Path) -> Path | None:
        """A folder to add to the library (a team's shared one), or None."""
        name = QtWidgets.QFileDialog.getExistingDirectory(
            self._window, self.tr("Add a folder to the template library"), str(start))
        return Path(name) if name else None
