"""The main window on a 1366x768 laptop, Results and Bulk send open (not a test).

Run by test_fits_the_desk.py in a fresh interpreter whose offscreen screen is configured
to the available area of such a laptop (its taskbar taken off). Prints one JSON object:
the available area, the window's frame, and every control that is not fully in view.
"""

from __future__ import annotations

import json
import sys

from PySide6 import QtCore, QtWidgets

from tests.ui.samples import five_button_draft
from zalo_composer.app.services import AppServices
from zalo_composer.ui.i18n import install_language
from zalo_composer.ui.main_window import MainWindow

CONTROLS = (QtWidgets.QAbstractButton, QtWidgets.QAbstractSpinBox, QtWidgets.QComboBox,
            QtWidgets.QLineEdit, QtWidgets.QProgressBar, QtWidgets.QAbstractItemView,
            QtWidgets.QPlainTextEdit, QtWidgets.QTabBar)


def _global(widget: QtWidgets.QWidget) -> QtCore.QRect:
    return QtCore.QRect(widget.mapToGlobal(QtCore.QPoint(0, 0)), widget.size())


def _rect(rect: QtCore.QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _behind_a_tab(widget: QtWidgets.QWidget) -> bool:
    """Whether *widget* is in a dock that another dock's tab covers (its own tab shows it)."""
    parent: QtWidgets.QWidget | None = widget
    while parent is not None and not isinstance(parent, QtWidgets.QDockWidget):
        parent = parent.parentWidget()
    return parent is not None and parent.visibleRegion().isEmpty()


def _hidden_controls(top: QtWidgets.QWidget, area: QtCore.QRect) -> list[str]:
    """Controls of *top* shown to the user that lie partly outside *area* or outside the
    viewport of a scroll area they are in (button rows inside the button list scroll by
    design and are left out: they are reached by scrolling the list)."""
    found = []
    for widget in top.findChildren(QtWidgets.QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QtWidgets.QHeaderView):
            continue  # a header lies beside its table's viewport; the table is checked
        if not widget.isVisible() or (widget.visibleRegion().isEmpty() and _behind_a_tab(widget)):
            continue
        if widget.objectName().startswith("qt_") or widget.parent() is None:
            continue
        if isinstance(widget.parent(), QtWidgets.QAbstractSpinBox | QtWidgets.QComboBox):
            continue  # the line edit inside a spin box or combo box
        rect = _global(widget)
        clip = area
        parent = widget.parentWidget()
        skip = False
        while parent is not None and parent is not top:
            if parent.objectName() == "rowsContainer":
                skip = True
                break
            if isinstance(parent, QtWidgets.QAbstractScrollArea):
                clip = clip.intersected(_global(parent.viewport()))
            parent = parent.parentWidget()
        if not skip and not clip.contains(rect):
            found.append(f"{type(widget).__name__} {widget.objectName()} {_rect(rect)}")
    return found


def main(language: str) -> int:
    """Open the window as a user would on the laptop, print what fits and what does not."""
    app = QtWidgets.QApplication(sys.argv[:1])
    import keyring.backends.fail

    from zalo_composer.store.secrets import SecretStore

    secrets = SecretStore(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    secrets.use_memory_only()
    install_language(app, language)
    window = MainWindow(services=AppServices(secrets=secrets))
    window.load_draft(five_button_draft())
    window.show()
    app.processEvents()
    window.activity.show_results()
    window.menus.view_menu.actions()[1].trigger()  # View → Bulk send (Ctrl+Shift+B)
    for _ in range(10):
        app.processEvents()
    available = window.screen().availableGeometry()
    bulk = window.activity.bulk_dock
    report = {
        "available": _rect(available),
        "frame": _rect(window.frameGeometry()),
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "status_bar": _rect(_global(window.statusBar())),
        "bulk_in_front": not bulk.visibleRegion().isEmpty(),
        "results_open": window.activity.results_dock.isVisible(),
        "bulk_controls": len([w for w in bulk.findChildren(QtWidgets.QAbstractButton)
                              if w.isVisible()]),
        "hidden": _hidden_controls(window, available),
    }
    window.activity.results_dock.raise_()  # the Results tab
    for _ in range(5):
        app.processEvents()
    report["results_in_front"] = not window.activity.results_dock.visibleRegion().isEmpty()
    report["hidden_with_results"] = _hidden_controls(window, available)
    print(json.dumps(report))
    if len(sys.argv) > 2:
        window.grab().save(sys.argv[2])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
