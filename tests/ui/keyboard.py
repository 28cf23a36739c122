"""Typing helpers for widget tests: key events and input-method commits of any text."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets


def type_text(widget: QtWidgets.QWidget, text: str) -> None:
    """Type *text* into *widget* one key event per character, as a keyboard layout would.

    (``QTest.keyClicks`` aborts on characters outside Latin-1, such as Vietnamese letters.)
    """
    for char in text:
        key, char_text = (QtCore.Qt.Key.Key_Return, "\r") if char == "\n" else (0, char)
        for kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
            event = QtGui.QKeyEvent(kind, key, QtCore.Qt.KeyboardModifier.NoModifier, char_text)
            QtWidgets.QApplication.sendEvent(widget, event)


def commit_text(widget: QtWidgets.QWidget, text: str) -> None:
    """Deliver *text* as an input method (Telex/VNI through IBus or Fcitx) commits it."""
    event = QtGui.QInputMethodEvent()
    event.setCommitString(text)
    QtWidgets.QApplication.sendEvent(widget, event)
