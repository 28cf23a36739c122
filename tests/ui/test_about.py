"""Help → About (the versions) and Help → Open log folder."""

from __future__ import annotations

import platform
from collections.abc import Iterator

import PySide6
import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from zalo_composer import __version__
from zalo_composer.store.paths import log_dir
from zalo_composer.ui.about import AboutDialog, add_help_menu
from zalo_composer.ui.main_window import MainWindow


class _UrlCatcher(QtCore.QObject):
    """Stands in for the file manager: records the URLs QDesktopServices is asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QtCore.QUrl] = []

    @QtCore.Slot(QtCore.QUrl)
    def open(self, url: QtCore.QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def file_manager() -> Iterator[_UrlCatcher]:
    catcher = _UrlCatcher()
    QtGui.QDesktopServices.setUrlHandler("file", catcher, "open")
    yield catcher
    QtGui.QDesktopServices.unsetUrlHandler("file")


def _help_menus(window: QtWidgets.QMainWindow) -> list[QtWidgets.QMenu]:
    return [
        a.menu() for a in window.menuBar().actions()
        if isinstance(a.menu(), QtWidgets.QMenu) and a.menu().objectName() == "helpMenu"
    ]


def _action(window: QtWidgets.QMainWindow, name: str) -> QtGui.QAction:
    action = window.findChild(QtGui.QAction, name)
    assert isinstance(action, QtGui.QAction), name
    return action


def test_the_actions_join_the_windows_help_menu_once(window: MainWindow) -> None:
    before = len(_help_menus(window))

    add_help_menu(window)
    menu = add_help_menu(window)

    assert len(_help_menus(window)) == max(before, 1)
    names = [a.objectName() for a in menu.actions()]
    assert names.count("openLogFolderAction") == 1 and names.count("aboutAction") == 1
    assert _action(window, "aboutAction").menuRole() == QtGui.QAction.MenuRole.AboutRole


def test_a_window_without_a_help_menu_gets_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    bare = QtWidgets.QMainWindow()
    qtbot.addWidget(bare)

    menu = add_help_menu(bare)

    assert _help_menus(bare) == [menu]
    assert [a.text() for a in menu.actions()] == ["Open &log folder", "&About Zalo Composer"]


def test_about_shows_and_copies_the_versions(window: MainWindow, qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    add_help_menu(window)

    _action(window, "aboutAction").trigger()

    dialog = window.findChild(AboutDialog)
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    text = dialog.findChild(QtWidgets.QLabel, "aboutVersions").text()
    for expected in (f"Zalo Composer {__version__}", f"Qt {QtCore.qVersion()}",
                     f"PySide6 {PySide6.__version__}", f"Python {platform.python_version()}"):
        assert expected in text
    assert str(log_dir()) in dialog.findChild(QtWidgets.QLabel, "aboutLogFolder").text()

    qtbot.mouseClick(dialog.findChild(QtWidgets.QPushButton, "copyVersionsButton"),
                     QtCore.Qt.MouseButton.LeftButton)

    assert qapp.clipboard().text() == text
    dialog.close()


def test_open_log_folder_hands_the_folder_to_the_file_manager(
    window: MainWindow, file_manager: _UrlCatcher
) -> None:
    add_help_menu(window)

    _action(window, "openLogFolderAction").trigger()

    assert [u.toLocalFile() for u in file_manager.urls] == [str(log_dir())]


def test_without_a_file_manager_the_path_is_shown(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(QtGui.QDesktopServices, "openUrl", lambda url: False)
    add_help_menu(window)

    _action(window, "openLogFolderAction").trigger()

    box = window.findChild(QtWidgets.QMessageBox, "logFolderMessage")
    assert isinstance(box, QtWidgets.QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert str(log_dir()) in box.text()
    box.close()


def test_the_actions_follow_a_language_change(qtbot) -> None:  # type: ignore[no-untyped-def]
    bare = QtWidgets.QMainWindow()
    qtbot.addWidget(bare)
    menu = add_help_menu(bare)
    bare.show()

    class Shouting(QtCore.QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
            return source.upper() if context == "HelpMenu" else ""

        def isEmpty(self) -> bool:  # Qt skips an empty translator
            return False

    translator = Shouting()
    QtCore.QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: menu.actions()[-1].text() == "&ABOUT Zalo Composer")
    finally:
        QtCore.QCoreApplication.removeTranslator(translator)
