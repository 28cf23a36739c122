"""Settings (theme, language) and the keyboard-shortcuts page."""

from __future__ import annotations

from PySide6 import QtGui, QtWidgets

from zalo_composer.ui.appearance import saved_theme
from zalo_composer.ui.main_window import MainWindow
from zalo_composer.ui.settings_dialog import saved_language


def test_settings_change_theme_and_language(window: MainWindow, qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    palette = QtGui.QPalette(qapp.palette())
    dialog = window.show_settings()
    qtbot.addWidget(dialog)
    try:
        dialog.findChild(QtWidgets.QComboBox, "themeCombo").setCurrentIndex(2)
        assert saved_theme() == "dark"
        assert qapp.palette().color(QtGui.QPalette.ColorRole.Window).lightness() < 128
        with qtbot.waitSignal(window.language_changed) as changed:
            dialog.findChild(QtWidgets.QComboBox, "languageCombo").setCurrentIndex(2)
        assert changed.args == ["vi"] and saved_language() == "vi"
    finally:
        qapp.setPalette(palette)


def test_shortcuts_page_lists_the_standard_keys(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = window.show_shortcuts()
    qtbot.addWidget(dialog)
    table = dialog.findChild(QtWidgets.QTableWidget, "shortcutsTable")
    rows = {table.item(r, 1).text(): table.item(r, 0).text() for r in range(table.rowCount())}
    for action, key in (("New", "Ctrl+N"), ("Open", "Ctrl+O"), ("Save", "Ctrl+S"),
                        ("Save As", "Ctrl+Shift+S"), ("Send", "Ctrl+Return"),
                        ("Cancel sending", "Esc"), ("Undo", "Ctrl+Z")):
        assert any(k.startswith(action) for k in rows), action
        assert key in next(v for k, v in rows.items() if k.startswith(action)), action
    # No shortcut needs AltGr (Ctrl+Alt) — it would collide with Vietnamese input methods.
    assert not any("Ctrl+Alt" in keys for keys in rows.values())


def test_every_focusable_control_has_an_accessible_name_or_a_label(window: MainWindow) -> None:
    from PySide6 import QtCore

    from .samples import five_button_draft

    window.load_draft(five_button_draft())
    window.show()
    buddies = {label.buddy() for label in window.findChildren(QtWidgets.QLabel)
               if label.buddy() is not None}
    nameless = []
    for widget in window.findChildren(QtWidgets.QWidget):
        if (not widget.isVisibleTo(window)
                or widget.focusPolicy() == QtCore.Qt.FocusPolicy.NoFocus
                or isinstance(widget, QtWidgets.QTabBar)):  # tabs name themselves
            continue
        if isinstance(widget, QtWidgets.QAbstractButton) and widget.text():
            continue
        if widget.accessibleName() or widget in buddies or widget.parent() in buddies:
            continue
        nameless.append(f"{type(widget).__name__} {widget.objectName()}")
    assert nameless == []


def test_ctrl_f_opens_the_history_search(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    find = window.findChild(QtGui.QAction, "findAction")
    assert find.shortcut() == QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Find)
    find.trigger()
    history = window.activity.show_history()  # the window Ctrl+F opened (it is top-level)
    qtbot.addWidget(history)
    assert history.isVisible()
    assert history.focusWidget() is not None
    assert history.focusWidget().objectName() in ("textFilter", "searchEdit", "text") or \
        isinstance(history.focusWidget(), QtWidgets.QLineEdit)
