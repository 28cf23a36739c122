"""Themes (system, light, dark) and the window's layout restored at the next start."""

from __future__ import annotations

import pytest
from PySide6 import QtGui, QtWidgets

from zalo_composer.app.services import AppServices
from zalo_composer.ui import theme
from zalo_composer.ui.appearance import apply_theme, save_theme, saved_theme
from zalo_composer.ui.main_window import MainWindow


@pytest.fixture
def restore_palette(qapp: QtWidgets.QApplication):  # type: ignore[no-untyped-def]
    palette, style = QtGui.QPalette(qapp.palette()), qapp.style().name()
    yield
    qapp.setPalette(palette)
    qapp.setStyle(style)


def test_dark_and_light_are_applied_and_remembered(qapp, restore_palette) -> None:  # type: ignore[no-untyped-def]
    assert saved_theme() == "system"
    save_theme("dark")
    assert saved_theme() == "dark"
    assert apply_theme(qapp) is True
    assert theme.is_dark(qapp.palette())
    assert theme.is_dark(qapp.palette(), QtGui.QPalette.ColorRole.Base)
    assert apply_theme(qapp, "light") is False
    assert not theme.is_dark(qapp.palette())


def test_the_window_reads_well_in_dark_mode(qapp, restore_palette, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    apply_theme(qapp, "dark")
    from .samples import error_draft

    window.load_draft(error_draft())
    window.flush_preview()
    palette = window.palette()
    background = palette.color(QtGui.QPalette.ColorRole.Window)
    error = theme.tone_color(palette, "error")
    # WCAG contrast of the error red on the dark window background ≥ 4.5
    def luminance(c: QtGui.QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        red, green, blue = channel(c.redF()), channel(c.greenF()), channel(c.blueF())
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue
    lighter, darker = sorted((luminance(error), luminance(background)), reverse=True)
    assert (lighter + 0.05) / (darker + 0.05) >= 4.5


def test_layout_is_restored_at_the_next_start(services: AppServices, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(services=services)
    qtbot.addWidget(first)
    first.resize(760, 560)  # within the offscreen screen (800 x 600)
    first.show()
    splitter = first.findChild(QtWidgets.QSplitter, "mainSplitter")
    splitter.setSizes([300, 440])
    sizes, size = splitter.sizes(), first.size()
    assert size.width() == 760
    first.save_layout()
    second = MainWindow(services=services)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == size
    assert second.findChild(QtWidgets.QSplitter, "mainSplitter").sizes() == sizes
