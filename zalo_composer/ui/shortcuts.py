"""Help → Keyboard shortcuts: every shortcut of the window, read from its actions."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from .i18n import QT_TRANSLATE_NOOP
from .retranslate import Retranslatable

EXTRA_KEYS: tuple[tuple[str, str], ...] = (
    ("Alt+Up / Alt+Down",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Move the focused button row up or down")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("ShortcutsDialog", "Next / previous field")),
    ("Esc", QT_TRANSLATE_NOOP("ShortcutsDialog", "Cancel the request in flight; close a dialog")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("ShortcutsDialog", "Find in the History window")),
    ("Enter", QT_TRANSLATE_NOOP("ShortcutsDialog", "Reopen the selected History row as a draft")),
)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def native_keys(keys: str) -> str:
    """*keys* ("Alt+Up / Alt+Down") as the platform names them, in the UI's language."""
    return " / ".join(QtGui.QKeySequence(part.strip()).toString(
        QtGui.QKeySequence.SequenceFormat.NativeText) for part in keys.split(" / "))


def action_shortcuts(window: QtWidgets.QMainWindow) -> list[tuple[str, str]]:
    """(keys, what it does) for every menu action with a shortcut, in menu order: each
    action once, with its first shortcut (not the platform's aliases such as F14 for
    Undo or Ctrl+Enter beside Ctrl+Return)."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if not isinstance(menu, QtWidgets.QMenu):
            continue
        for action in menu.actions():
            key = action.shortcut()
            text = _plain(action.text())
            if key.isEmpty() or text in seen:
                continue
            seen.add(text)
            rows.append((key.toString(QtGui.QKeySequence.SequenceFormat.NativeText), text))
    return rows


class ShortcutsDialog(Retranslatable, QtWidgets.QDialog):
    """A table of the window's keyboard shortcuts."""

    def __init__(self, window: QtWidgets.QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self._window = window
        table = self._table = QtWidgets.QTableWidget(0, 2, self)
        table.setObjectName("shortcutsTable")
        table.setTabKeyNavigation(False)  # Tab moves on; arrows move in the table
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(True)
        self._fill()
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def _retranslate_ui(self) -> None:
        # After the window's own menus: they re-word themselves on the same event.
        QtCore.QTimer.singleShot(0, self, self._fill)

    def _fill(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = action_shortcuts(self._window)
        listed = {keys for keys, _ in rows}
        # Esc and Ctrl+F are the menus' own (Cancel sending, Find): listed once.
        rows += [(native_keys(k), self.tr(t)) for k, t in EXTRA_KEYS
                 if native_keys(k) not in listed]
        table = self._table
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        for row, (keys, text) in enumerate(rows):
            table.setItem(row, 0, QtWidgets.QTableWidgetItem(keys))
            table.setItem(row, 1, QtWidgets.QTableWidgetItem(text))
        table.resizeColumnToContents(0)
        table.setAccessibleName(self.tr("Keyboard shortcuts"))

    def sizeHint(self) -> QtCore.QSize:
        """Room for the two columns."""
        return QtCore.QSize(560, 520)
