"""Colours and hand-drawn icons of the Zalo-style preview.

Colours are derived from the widget's palette, so the phone follows the desktop's light or
dark theme; the icons are drawn with QPainter (no image files to package) on a 24-unit grid
and cached as pixmaps per colour, size and device pixel ratio.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6 import QtCore, QtGui

from .. import theme
from .zalo_text import IconName

ZALO_BLUE = "#0068ff"
"""Zalo's brand blue, for button titles and icons on a light bubble."""
ZALO_BLUE_ON_DARK = "#5ea8ff"
"""A lighter blue that keeps 4.5:1 against a dark bubble."""
BUBBLE_RADIUS = 12.0
"""Corner radius of the message bubble, in logical pixels."""


@dataclass(frozen=True)
class ZaloColors:
    """Every colour the preview paints with."""

    frame: QtGui.QColor
    """The phone's bezel around the screen."""
    screen: QtGui.QColor
    """The chat background."""
    header: QtGui.QColor
    """The title bar at the top of the chat."""
    header_text: QtGui.QColor
    bubble: QtGui.QColor
    text: QtGui.QColor
    """The message text, on the bubble."""
    faint: QtGui.QColor
    """Placeholders such as "(empty message)", on the bubble."""
    accent: QtGui.QColor
    """Button titles and icons, on the bubble."""
    divider: QtGui.QColor
    """The hairline above each button."""
    hover: QtGui.QColor
    pressed: QtGui.QColor
    chip: QtGui.QColor
    """The "Scheduled for …" pill on the chat background."""
    chip_text: QtGui.QColor
    avatar: QtGui.QColor
    avatar_text: QtGui.QColor
    selection: QtGui.QColor
    selected_text: QtGui.QColor


def mix(a: QtGui.QColor, b: QtGui.QColor, amount: float) -> QtGui.QColor:
    """*a* moved *amount* (0 … 1) of the way towards *b*."""
    return QtGui.QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def contrast_ratio(a: QtGui.QColor, b: QtGui.QColor) -> float:
    """The WCAG contrast ratio of two opaque colours (1 … 21)."""

    def luminance(color: QtGui.QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(color.redF())
            + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def zalo_colors(palette: QtGui.QPalette) -> ZaloColors:
    """The preview's colours for *palette*: a white bubble on Zalo's blue-grey chat in a light
    theme, a raised grey bubble on a near-black chat in a dark one."""
    roles = QtGui.QPalette.ColorRole
    window, base, text = palette.color(roles.Window), palette.color(roles.Base), palette.color(
        roles.Text
    )
    black, white = QtGui.QColor("#000000"), QtGui.QColor("#ffffff")
    darker, lighter = sorted((window, base), key=QtGui.QColor.lightness)
    if theme.is_dark(palette, roles.Base):
        screen = mix(darker, black, 0.3)
        bubble = mix(lighter, white, 0.07)
        accent = QtGui.QColor(ZALO_BLUE_ON_DARK)
        header = mix(lighter, black, 0.15)
        header_text = text
        avatar = QtGui.QColor("#2f6fd6")
        frame = mix(window, white, 0.12)
    else:
        bubble = base
        # Zalo's chat wallpaper is a pale blue-grey; tint the desktop's window colour towards it.
        screen = mix(window, QtGui.QColor("#c5d3e3"), 0.55)
        accent = QtGui.QColor(ZALO_BLUE)
        header = accent
        header_text = white
        avatar = accent
        frame = mix(window, black, 0.16)
    return ZaloColors(
        frame=frame,
        screen=screen,
        header=header,
        header_text=header_text,
        bubble=bubble,
        text=text,
        faint=mix(text, bubble, 0.42),
        accent=accent,
        divider=mix(bubble, text, 0.12),
        hover=mix(bubble, accent, 0.08),
        pressed=mix(bubble, accent, 0.18),
        chip=mix(screen, text, 0.62),
        chip_text=screen if not theme.is_dark(palette, roles.Base) else mix(screen, black, 0.2),
        avatar=avatar,
        avatar_text=white,
        selection=palette.color(roles.Highlight),
        selected_text=palette.color(roles.HighlightedText),
    )


# -- icons --------------------------------------------------------------------------------

_icon_cache: dict[tuple[IconName, int, int, float], QtGui.QPixmap] = {}


def icon_pixmap(name: IconName, color: QtGui.QColor, size: int, ratio: float) -> QtGui.QPixmap:
    """The *name* icon drawn in *color*, *size* logical pixels square, for a screen of
    device pixel *ratio* (cached)."""
    key = (name, color.rgba(), size, ratio)
    cached = _icon_cache.get(key)
    if cached is not None:
        return cached
    pixmap = QtGui.QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(pixmap)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    painter.scale(size / 24, size / 24)
    _draw_icon(painter, name, color)
    painter.end()
    _icon_cache[key] = pixmap
    return pixmap


def _outline_pen(color: QtGui.QColor, width: float = 1.9) -> QtGui.QPen:
    pen = QtGui.QPen(color, width)
    pen.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(QtCore.Qt.PenJoinStyle.RoundJoin)
    return pen


def _draw_icon(painter: QtGui.QPainter, name: IconName, color: QtGui.QColor) -> None:
    """Draw *name* on a 24 by 24 grid."""
    painter.setPen(_outline_pen(color))
    painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
    if name == "link":
        # Two chain links at 45°.
        painter.translate(12, 12)
        painter.rotate(-45)
        painter.drawRoundedRect(QtCore.QRectF(-10.5, -4, 12.5, 8), 4, 4)
        painter.drawRoundedRect(QtCore.QRectF(-2, -4, 12.5, 8), 4, 4)
    elif name == "chat":
        painter.drawPath(_speech_bubble())
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(color)
        for x in (8.0, 12.0, 16.0):
            painter.drawEllipse(QtCore.QPointF(x, 10.5), 1.3, 1.3)
    elif name == "chat-hidden":
        # An eye with a slash: the query goes to the OA unseen.
        eye = QtGui.QPainterPath(QtCore.QPointF(2, 12))
        eye.quadTo(12, 2.5, 22, 12)
        eye.quadTo(12, 21.5, 2, 12)
        painter.drawPath(eye)
        painter.drawEllipse(QtCore.QPointF(12, 12), 3.2, 3.2)
        painter.setCompositionMode(QtGui.QPainter.CompositionMode.CompositionMode_Clear)
        painter.setPen(_outline_pen(color, 4.6))
        painter.drawLine(QtCore.QPointF(4, 4), QtCore.QPointF(20, 20))
        painter.setCompositionMode(QtGui.QPainter.CompositionMode.CompositionMode_SourceOver)
        painter.setPen(_outline_pen(color))
        painter.drawLine(QtCore.QPointF(4, 4), QtCore.QPointF(20, 20))
    elif name == "sms":
        painter.drawRoundedRect(QtCore.QRectF(3, 5.5, 18, 13), 2.2, 2.2)
        painter.drawPolyline(
            [QtCore.QPointF(3.8, 7), QtCore.QPointF(12, 13), QtCore.QPointF(20.2, 7)]
        )
    else:  # phone
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPath(_handset())


def _speech_bubble() -> QtGui.QPainterPath:
    body = QtGui.QPainterPath()
    body.addRoundedRect(QtCore.QRectF(3, 3.5, 18, 13.5), 4.5, 4.5)
    tail = QtGui.QPainterPath(QtCore.QPointF(6.5, 16))
    tail.lineTo(5.5, 21)
    tail.lineTo(11.5, 16)
    tail.closeSubpath()
    return body.united(tail)


def _handset() -> QtGui.QPainterPath:
    """A telephone handset, earpiece top left, mouthpiece bottom right."""
    path = QtGui.QPainterPath(QtCore.QPointF(6.6, 10.8))
    path.cubicTo(8.0, 13.6, 10.4, 16.0, 13.2, 17.4)
    path.lineTo(15.4, 15.2)
    path.cubicTo(15.7, 14.9, 16.1, 14.8, 16.4, 15.0)
    path.cubicTo(17.5, 15.4, 18.8, 15.6, 20.0, 15.6)
    path.cubicTo(20.6, 15.6, 21.0, 16.0, 21.0, 16.6)
    path.lineTo(21.0, 20.0)
    path.cubicTo(21.0, 20.6, 20.6, 21.0, 20.0, 21.0)
    path.cubicTo(10.6, 21.0, 3.0, 13.4, 3.0, 4.0)
    path.cubicTo(3.0, 3.4, 3.4, 3.0, 4.0, 3.0)
    path.lineTo(7.5, 3.0)
    path.cubicTo(8.1, 3.0, 8.5, 3.4, 8.5, 4.0)
    path.cubicTo(8.5, 5.2, 8.7, 6.5, 9.1, 7.6)
    path.cubicTo(9.2, 7.9, 9.1, 8.3, 8.8, 8.6)
    path.closeSubpath()
    return path


def paint_avatar(
    painter: QtGui.QPainter, rect: QtCore.QRectF, letters: str, colors: ZaloColors
) -> None:
    """A filled circle with *letters* in it: the placeholder for the OA's picture."""
    painter.save()
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    painter.setPen(QtCore.Qt.PenStyle.NoPen)
    painter.setBrush(colors.avatar)
    painter.drawEllipse(rect)
    font = QtGui.QFont(painter.font())
    font.setPixelSize(max(8, round(rect.height() * 0.4)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(colors.avatar_text)
    painter.drawText(rect, QtCore.Qt.AlignmentFlag.AlignCenter, letters)
    painter.restore()
