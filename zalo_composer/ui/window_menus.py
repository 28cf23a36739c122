"""The main window's menu bar: File, Edit, Message, View and Help, with their shortcuts.

`WindowMenus` makes the menus and actions (texts come from `retranslate`, again whenever
the UI language changes); the window connects the actions to what they do. Each mnemonic
(&) is unique within its menu, in every language.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

_FILE_ACTIONS = (
    ("new", QtGui.QKeySequence.StandardKey.New),
    ("open", QtGui.QKeySequence.StandardKey.Open),
    ("save", QtGui.QKeySequence.StandardKey.Save),
    ("saveAs", QtGui.QKeySequence.StandardKey.SaveAs),
    ("quit", QtGui.QKeySequence.StandardKey.Quit),
)


def _action(menu: QtWidgets.QMenu, name: str, *keys: QtGui.QKeySequence) -> QtGui.QAction:
    action = menu.addAction("")
    action.setObjectName(f"{name}Action")
    if keys:
        action.setShortcuts(list(keys))
    return action


class WindowMenus(QtCore.QObject):
    """The menus and actions of one main window (see the module docstring)."""

    def __init__(self, window: QtWidgets.QMainWindow) -> None:
        super().__init__(window)
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("fileMenu")
        self.file: dict[str, QtGui.QAction] = {}
        for name, key in _FILE_ACTIONS:
            if name == "quit":
                self.file_menu.addSeparator()
                self._file_extras_end = self.file_menu.addSeparator()
            self.file[name] = _action(self.file_menu, name, *QtGui.QKeySequence.keyBindings(key))
            if name == "open":
                self.recent_menu = self.file_menu.addMenu("")
                self.recent_menu.setObjectName("recentMenu")

        self.edit_menu = bar.addMenu("")
        self.edit_menu.setObjectName("editMenu")
        self.find = _action(self.edit_menu, "find",
                            QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Find))
        self.edit_menu.addSeparator()
        self.settings = _action(self.edit_menu, "settings", QtGui.QKeySequence("Ctrl+,"))

        self.message_menu = bar.addMenu("")
        self.message_menu.setObjectName("messageMenu")
        self.send = _action(self.message_menu, "send", QtGui.QKeySequence("Ctrl+Return"),
                            QtGui.QKeySequence("Ctrl+Enter"))
        self.cancel = _action(self.message_menu, "cancel",
                              QtGui.QKeySequence(QtCore.Qt.Key.Key_Escape))
        self.cancel.setShortcutContext(QtCore.Qt.ShortcutContext.WindowShortcut)
        self.cancel.setEnabled(False)
        self.copy_json = _action(self.message_menu, "copyJson", QtGui.QKeySequence("Ctrl+Shift+C"))
        self._message_extras_end = self.message_menu.addSeparator()
        self.profiles = _action(self.message_menu, "profiles")

        self.view_menu = bar.addMenu("")
        self.view_menu.setObjectName("viewMenu")
        self._docks: list[QtWidgets.QDockWidget] = []
        self.history = _action(self.view_menu, "history", QtGui.QKeySequence("Ctrl+H"))

        self.help_menu = bar.addMenu("")
        self.help_menu.setObjectName("helpMenu")
        self.shortcuts = _action(self.help_menu, "shortcuts", QtGui.QKeySequence(
            QtGui.QKeySequence.StandardKey.HelpContents))

    def add_parts(
        self, *, file_extras: list[QtGui.QAction], message_extras: list[QtGui.QAction],
        docks: list[QtWidgets.QDockWidget],
    ) -> None:
        """Put in the actions of the window's later parts (made after its first paint):
        import in File, copy and followers in Message, the Results and Bulk docks' toggles
        (Ctrl+Shift+R, Ctrl+Shift+B) at the top of View."""
        self.file_menu.insertActions(self._file_extras_end, file_extras)
        self.message_menu.insertActions(self._message_extras_end, message_extras)
        self._docks = docks
        for dock, shortcut in zip(docks, ("Ctrl+Shift+R", "Ctrl+Shift+B"), strict=True):
            toggle = dock.toggleViewAction()
            toggle.setShortcut(QtGui.QKeySequence(shortcut))
            self.view_menu.insertAction(self.history, toggle)
        self.retranslate()

    def retranslate(self) -> None:
        """Every menu and action text, in the UI's language."""
        self.file_menu.setTitle(self.tr("&File"))
        for name, text in (("new", self.tr("&New")), ("open", self.tr("&Open…")),
                           ("save", self.tr("&Save")), ("saveAs", self.tr("Save &As…")),
                           ("quit", self.tr("&Quit"))):
            self.file[name].setText(text)
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.find.setText(self.tr("&Find in the history…"))
        self.settings.setText(self.tr("Se&ttings…"))
        self.message_menu.setTitle(self.tr("&Message"))
        self.send.setText(self.tr("&Send"))
        self.cancel.setText(self.tr("&Cancel sending"))
        self.copy_json.setText(self.tr("&Copy request JSON"))
        self.profiles.setText(self.tr("&Profiles…"))
        self.view_menu.setTitle(self.tr("&View"))
        for dock, text in zip(self._docks, (self.tr("&Results log"), self.tr("&Bulk send")),
                              strict=False):
            dock.toggleViewAction().setText(text)
        self.history.setText(self.tr("&History…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts.setText(self.tr("&Keyboard shortcuts"))
