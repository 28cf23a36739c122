"""Help → Open log folder and Help → About: where the log files are, and the versions of the
program, Qt, PySide6 and Python (what a bug report needs)."""

from __future__ import annotations

import platform

import PySide6
from PySide6 import QtCore, QtGui, QtWidgets

from .. import APP_DISPLAY_NAME, __version__
from ..store.paths import log_dir
from .i18n import translate

HELP_MENU_NAME = "helpMenu"


def versions() -> list[tuple[str, str]]:
    """(component, version) rows: the program, Qt at run time, PySide6, Python, the system."""
    return [
        (APP_DISPLAY_NAME, __version__),
        ("Qt", QtCore.qVersion()),
        ("PySide6", PySide6.__version__),
        ("Python", platform.python_version()),
        (translate("HelpMenu", "System"), platform.platform()),
    ]


def versions_text() -> str:
    """The versions as plain lines, for the clipboard."""
    return "\n".join(f"{name} {version}" for name, version in versions())


class AboutDialog(QtWidgets.QDialog):
    """The program's name and purpose, the versions it runs on, and its log folder, with a
    button that copies the versions for a bug report."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_DISPLAY_NAME))
        self.setMinimumWidth(420)

        icon = QtWidgets.QLabel(self)
        icon.setObjectName("aboutIcon")
        icon.setPixmap(QtWidgets.QApplication.windowIcon().pixmap(64, 64))
        icon.setAccessibleName(self.tr("Program icon"))
        title = QtWidgets.QLabel(f"<b>{APP_DISPLAY_NAME}</b> {__version__}", self)
        title.setObjectName("aboutTitle")
        summary = QtWidgets.QLabel(
            self.tr("Compose, check and send Zalo OA consultation messages with buttons "
                    "through eSMS."),
            self,
        )
        summary.setObjectName("aboutSummary")
        summary.setWordWrap(True)

        self._versions = QtWidgets.QLabel(versions_text(), self)
        self._versions.setObjectName("aboutVersions")
        self._versions.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
            | QtCore.Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._versions.setAccessibleName(self.tr("Versions"))
        logs = QtWidgets.QLabel(self.tr("Log files: %1").replace("%1", str(log_dir())), self)
        logs.setObjectName("aboutLogFolder")
        logs.setWordWrap(True)
        logs.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close, self)
        self._copy = buttons.addButton(
            self.tr("&Copy versions"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole
        )
        self._copy.setObjectName("copyVersionsButton")
        self._copy.setAccessibleDescription(self.tr("Copies the versions for a bug report"))
        buttons.rejected.connect(self.reject)
        self._copy.clicked.connect(self._on_copy_clicked)

        header = QtWidgets.QHBoxLayout()
        header.addWidget(icon, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        text = QtWidgets.QVBoxLayout()
        text.addWidget(title)
        text.addWidget(summary)
        header.addLayout(text, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self._versions)
        layout.addWidget(logs)
        layout.addWidget(buttons)

    def _on_copy_clicked(self) -> None:
        QtGui.QGuiApplication.clipboard().setText(versions_text())


def show_about(parent: QtWidgets.QWidget | None = None) -> AboutDialog:
    """Open the About dialog (not modal; it deletes itself when closed) and return it."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def open_log_folder(parent: QtWidgets.QWidget | None = None) -> bool:
    """Show the log folder in the file manager; where none opens, tell the user the path.
    Whether a file manager took it."""
    folder = log_dir()
    if QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(folder))):
        return True
    box = QtWidgets.QMessageBox(
        QtWidgets.QMessageBox.Icon.Information,
        translate("HelpMenu", "Log folder"),
        translate("HelpMenu", "No file manager could open the log folder. The log files are "
                  "in:\n%1").replace("%1", str(folder)),
        QtWidgets.QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("logFolderMessage")
    box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return False


class _HelpActions(QtCore.QObject):
    """The two actions, retranslated when the UI language changes."""

    def __init__(self, window: QtWidgets.QMainWindow, menu: QtWidgets.QMenu) -> None:
        super().__init__(menu)
        self.setObjectName("helpActions")
        self.log_folder = QtGui.QAction(menu)
        self.log_folder.setObjectName("openLogFolderAction")
        self.log_folder.triggered.connect(lambda: open_log_folder(window))
        self.about = QtGui.QAction(menu)
        self.about.setObjectName("aboutAction")
        self.about.setMenuRole(QtGui.QAction.MenuRole.AboutRole)
        self.about.triggered.connect(lambda: show_about(window))
        self.retranslate()
        menu.installEventFilter(self)

    def retranslate(self) -> None:
        self.log_folder.setText(translate("HelpMenu", "Open &log folder"))
        self.log_folder.setStatusTip(
            translate("HelpMenu", "Show the folder with the program's log files"))
        self.about.setText(translate("HelpMenu", "&About %1").replace("%1", APP_DISPLAY_NAME))
        self.about.setStatusTip(translate("HelpMenu", "Versions of the program, Qt and Python"))

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """Retranslate on the menu's LanguageChange."""
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def add_help_menu(
    window: QtWidgets.QMainWindow, menu: QtWidgets.QMenu | None = None
) -> QtWidgets.QMenu:
    """Add Open log folder and About to *window*'s Help *menu* (when not given: the one
    named ``helpMenu``, made if it has none). Calling it again adds nothing. Returns the
    menu."""
    found = menu or window.findChild(QtWidgets.QMenu, HELP_MENU_NAME)
    if isinstance(found, QtWidgets.QMenu):
        menu = found
    else:
        menu = window.menuBar().addMenu(translate("HelpMenu", "&Help"))
        menu.setObjectName(HELP_MENU_NAME)
    if menu.findChild(_HelpActions) is not None:
        return menu
    actions = _HelpActions(window, menu)
    if menu.actions():
        menu.addSeparator()
    menu.addAction(actions.log_folder)
    menu.addAction(actions.about)
    return menu
