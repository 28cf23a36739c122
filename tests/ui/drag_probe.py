"""A real drag-and-drop of a button row, driven through the window system (not a test).

Run by test_real_drag.py under Xvfb with the xcb platform, where QDrag.exec runs its
own event loop exactly as on a desktop. Prints the button titles after the drop.
"""

from __future__ import annotations

import sys

from PySide6 import QtCore, QtTest, QtWidgets

from zalo_composer.domain.model import PhoneButton, QueryShowButton, UrlButton
from zalo_composer.ui.main_window import MainWindow

LEFT = QtCore.Qt.MouseButton.LeftButton
NO_MODIFIER = QtCore.Qt.KeyboardModifier.NoModifier


def main() -> int:
    """Drag row 1 by its handle to below row 3 and print the order of the titles."""
    app = QtWidgets.QApplication(sys.argv[:1])
    window = MainWindow()
    window.show()
    if not QtTest.QTest.qWaitForWindowExposed(window):
        print("window not exposed")
        return 2
    editor = window.button_list_editor()
    editor.set_buttons((UrlButton(title="A"), QueryShowButton(title="B"), PhoneButton(title="C")))
    app.processEvents()
    handle = window.windowHandle()
    start = editor.row(0).handle().mapTo(window, QtCore.QPoint(4, 4))
    last = editor.row(2)
    end = last.mapTo(window, QtCore.QPoint(40, last.height() - 3))

    def move_and_drop() -> None:
        # Runs inside QDrag.exec's event loop.
        for step in range(1, 6):
            QtTest.QTest.mouseMove(handle, start + (end - start) * (step / 5))
            QtTest.QTest.qWait(20)
        QtTest.QTest.mouseRelease(handle, LEFT, NO_MODIFIER, end)

    QtCore.QTimer.singleShot(100, move_and_drop)
    QtTest.QTest.mousePress(handle, LEFT, NO_MODIFIER, start)
    QtTest.QTest.mouseMove(handle, start + QtCore.QPoint(0, 30))  # starts the drag
    QtTest.QTest.qWait(300)
    print("order", ",".join(button.title for button in editor.to_model()))
    print("modified", window.isWindowModified())
    return 0


if __name__ == "__main__":
    sys.exit(main())
