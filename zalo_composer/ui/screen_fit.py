"""Windows that fit the desk: never larger than the screen's available area (a 1366x768
laptop less its taskbar), frame included, and on that screen."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

DEFAULT_SIZE = QtCore.QSize(1280, 800)
"""The main window's first size where the screen has room for it."""
FRAME_ALLOWANCE = QtCore.QSize(16, 40)
"""Room for a window manager's borders and title bar before the window is shown (Qt knows
the real frame only then)."""


def _available(window: QtWidgets.QWidget) -> QtCore.QRect:
    screen = window.screen() or QtGui.QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def _frame_extra(window: QtWidgets.QWidget) -> QtCore.QSize:
    """How much the frame adds to the window's size: the real frame once shown."""
    frame, inner = window.frameGeometry(), window.geometry()
    if window.isVisible() and frame != inner:
        return QtCore.QSize(frame.width() - inner.width(), frame.height() - inner.height())
    return FRAME_ALLOWANCE


def default_size(window: QtWidgets.QWidget) -> QtCore.QSize:
    """`DEFAULT_SIZE`, or less where the screen's available area is smaller."""
    room = _available(window).size() - _frame_extra(window)
    return DEFAULT_SIZE.boundedTo(room)


def fit_to_screen(window: QtWidgets.QWidget) -> None:
    """Shrink *window* (frame included) to its screen's available area and move it onto it
    (a size restored from a larger screen, a window grown by a dock)."""
    available = _available(window)
    extra = _frame_extra(window)
    size = window.size().boundedTo(available.size() - extra)
    if size != window.size():
        window.resize(size)
    frame = QtCore.QRect(window.pos(), window.size() + extra)
    x = max(available.left(), min(frame.left(), available.right() + 1 - frame.width()))
    y = max(available.top(), min(frame.top(), available.bottom() + 1 - frame.height()))
    if (x, y) != (frame.left(), frame.top()):
        window.move(x, y)


def fits_on_screen(window: QtWidgets.QWidget) -> bool:
    """Whether *window*'s frame lies inside its screen's available area."""
    return _available(window).contains(window.frameGeometry())


GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
SPLITTER_KEY = "window/splitters"


def save_window_state(window: QtWidgets.QMainWindow, settings: QtCore.QSettings,
                      splitters: list[QtWidgets.QSplitter]) -> None:
    """Remember *window*'s size and place, its docks and *splitters*."""
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(STATE_KEY, window.saveState())
    for splitter in splitters:
        settings.setValue(f"{SPLITTER_KEY}/{splitter.objectName()}", splitter.saveState())


def restore_window_state(window: QtWidgets.QMainWindow, settings: QtCore.QSettings,
                         splitters: list[QtWidgets.QSplitter]) -> bool:
    """Put *window* back as it was when it last closed, clamped to this screen; whether
    anything had been saved."""
    geometry = settings.value(GEOMETRY_KEY)
    if not isinstance(geometry, QtCore.QByteArray):
        return False
    window.restoreGeometry(geometry)
    state = settings.value(STATE_KEY)
    if isinstance(state, QtCore.QByteArray):
        window.restoreState(state)
    for splitter in splitters:
        saved = settings.value(f"{SPLITTER_KEY}/{splitter.objectName()}")
        if isinstance(saved, QtCore.QByteArray):
            splitter.restoreState(saved)
    fit_to_screen(window)  # saved on a larger screen, or with a taller dock
    return True

