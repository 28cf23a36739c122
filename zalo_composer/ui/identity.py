"""The program's desktop identity: the id its .desktop and AppStream files are named after,
and the application icon (an SVG shipped inside the package, found through
importlib.resources whether installed, editable or frozen by PyInstaller)."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6 import QtCore, QtGui

#: Reverse-DNS application id: packaging/linux/<APP_ID>.desktop and .metainfo.xml. Qt gives
#: it to the desktop (Wayland app id) so the window is matched to the .desktop file's icon.
APP_ID = "io.github.zalo_composer.ZaloComposer"
#: The icon's name in the hicolor theme (the .desktop file's Icon=).
ICON_NAME = "zalo-composer"
#: Pixel sizes rendered into the window icon (title bars, task switchers, docks).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)

logger = logging.getLogger(__name__)


def icon_svg() -> bytes:
    """The icon's SVG source, from the package data."""
    icons = resources.files("zalo_composer") / "resources" / "icons"
    return (icons / f"{ICON_NAME}.svg").read_bytes()


def app_icon() -> QtGui.QIcon:
    """The application icon, rendered at `ICON_SIZES` (no image-format plugin needed).

    Needs a QGuiApplication. An unreadable SVG gives a null icon rather than an error: a
    missing icon must not stop the program.
    """
    from PySide6 import QtSvg  # the Qt SVG library loads when the icon is made, not before

    icon = QtGui.QIcon()
    try:
        source = icon_svg()
    except OSError as exc:
        logger.warning("No application icon: %s", exc)
        return icon
    renderer = QtSvg.QSvgRenderer(QtCore.QByteArray(source))
    if not renderer.isValid():
        logger.warning("No application icon: the SVG is not valid")
        return icon
    for size in ICON_SIZES:
        pixmap = QtGui.QPixmap(size, size)
        pixmap.fill(QtCore.Qt.GlobalColor.transparent)
        painter = QtGui.QPainter(pixmap)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QtCore.QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
