"""The painted parts of the Zalo-style phone around the message: the screen, the title bar,
the OA's avatar, the bubble and the "Scheduled for …" pill."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from ..retranslate import Retranslatable
from .zalo_paint import BUBBLE_RADIUS, ZaloColors, paint_avatar
from .zalo_text import initials

SCREEN_RADIUS = 18.0
"""Corner radius of the phone's screen."""
BEZEL = 7
"""Width of the phone's frame around the screen."""
AVATAR_SIZE = 32


class _Painted(QtWidgets.QWidget):
    """A widget that paints with the preview's colours."""

    def __init__(self, colors: ZaloColors, name: str, parent: QtWidgets.QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._colors = colors

    def set_colors(self, colors: ZaloColors) -> None:
        """Paint with *colors* from now on."""
        self._colors = colors
        self.update()


class PhoneScreen(_Painted):
    """The phone's screen: rounded corners, the chat colour, a home indicator at the bottom.

    Its children (title bar, chat) are laid out by the preview; the chat is transparent, so
    this colour shows through it.
    """

    HOME_STRIP = 16
    """Height of the strip at the bottom that holds the home indicator."""

    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:
        """Screen colour and home indicator."""
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(self._colors.screen)
        painter.drawRoundedRect(QtCore.QRectF(self.rect()), SCREEN_RADIUS, SCREEN_RADIUS)
        painter.setBrush(self._colors.frame)
        bar = QtCore.QRectF(0, 0, min(110.0, self.width() / 3), 4)
        bar.moveCenter(QtCore.QPointF(self.width() / 2, self.height() - self.HOME_STRIP / 2))
        painter.drawRoundedRect(bar, 2, 2)


class TitleBar(Retranslatable, _Painted):
    """Zalo's chat title bar: a back arrow, the OA's avatar, name and "Official Account"."""

    HEIGHT = 56

    def __init__(self, colors: ZaloColors, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(colors, "zaloTitleBar", parent)
        self.setFixedHeight(self.HEIGHT)
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Fixed
        )
        self._name = ""

    def set_name(self, name: str) -> None:
        """Show *name* as the OA's name."""
        if name != self._name:
            self._name = name
            self.setAccessibleName(self.tr("Chat with {name}").format(name=name))
            self.update()

    def name(self) -> str:
        """The OA's name shown."""
        return self._name

    def _retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Chat with {name}").format(name=self._name))
        self.update()

    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:
        """Bar with rounded top corners (the screen's), arrow, avatar, name, subtitle."""
        colors = self._colors
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        rect = QtCore.QRectF(self.rect())
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(colors.header)
        painter.setClipRect(rect)
        painter.drawRoundedRect(
            rect.adjusted(0, 0, 0, 2 * SCREEN_RADIUS), SCREEN_RADIUS, SCREEN_RADIUS
        )
        painter.setClipping(False)

        middle = rect.height() / 2
        pen = QtGui.QPen(colors.header_text, 2.2)
        pen.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(QtCore.Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPolyline(
            [
                QtCore.QPointF(22, middle - 7),
                QtCore.QPointF(15, middle),
                QtCore.QPointF(22, middle + 7),
            ]
        )
        avatar = QtCore.QRectF(36, middle - 17, 34, 34)
        painter.setPen(QtGui.QPen(colors.header_text, 1.5))
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        painter.drawEllipse(avatar.adjusted(-1, -1, 1, 1))
        paint_avatar(painter, avatar, initials(self._name), colors)

        left = avatar.right() + 10
        width = rect.width() - left - 12
        name_font = QtGui.QFont(self.font())
        name_font.setBold(True)
        name_font.setPointSizeF(self.font().pointSizeF() * 1.08)
        small_font = QtGui.QFont(self.font())
        small_font.setPointSizeF(self.font().pointSizeF() * 0.85)
        name_metrics = QtGui.QFontMetricsF(name_font)
        small_metrics = QtGui.QFontMetricsF(small_font)
        top = middle - (name_metrics.height() + small_metrics.height()) / 2
        painter.setPen(colors.header_text)
        painter.setFont(name_font)
        name = name_metrics.elidedText(self._name, QtCore.Qt.TextElideMode.ElideRight, width)
        painter.drawText(QtCore.QPointF(left, top + name_metrics.ascent()), name)
        painter.setFont(small_font)
        subtle = QtGui.QColor(colors.header_text)
        subtle.setAlphaF(0.8)
        painter.setPen(subtle)
        painter.drawText(
            QtCore.QPointF(left, top + name_metrics.height() + small_metrics.ascent()),
            self.tr("Official Account"),
        )


class Avatar(_Painted):
    """The OA's round picture beside its message (initials as a placeholder)."""

    def __init__(self, colors: ZaloColors, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(colors, "zaloAvatar", parent)
        self.setFixedSize(AVATAR_SIZE, AVATAR_SIZE)
        self._letters = ""

    def set_letters(self, letters: str) -> None:
        """Show *letters* (one or two) in the circle."""
        if letters != self._letters:
            self._letters = letters
            self.update()

    def letters(self) -> str:
        """The initials shown."""
        return self._letters

    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:
        """A circle with the initials."""
        painter = QtGui.QPainter(self)
        paint_avatar(painter, QtCore.QRectF(self.rect()), self._letters, self._colors)


class Bubble(_Painted):
    """The rounded card that holds the text and the button rows (laid out by the preview)."""

    def __init__(self, colors: ZaloColors, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(colors, "zaloBubble", parent)

    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:
        """The card, with a hairline edge where the card and the chat are close in tone."""
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setPen(QtGui.QPen(self._colors.divider, 1))
        painter.setBrush(self._colors.bubble)
        painter.drawRoundedRect(
            QtCore.QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), BUBBLE_RADIUS, BUBBLE_RADIUS
        )


class Chip(_Painted):
    """A small centred pill on the chat, as Zalo shows times: here "Scheduled for …"."""

    def __init__(self, colors: ZaloColors, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(colors, "zaloSchedule", parent)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.88)
        self.setFont(font)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Fixed, QtWidgets.QSizePolicy.Policy.Fixed)
        self._text = ""

    def set_text(self, text: str) -> None:
        """Show *text*."""
        if text != self._text:
            self._text = text
            self.setAccessibleName(text)
            self.updateGeometry()
            self.update()

    def text(self) -> str:
        """The text shown."""
        return self._text

    def sizeHint(self) -> QtCore.QSize:
        """The text with room around it."""
        metrics = self.fontMetrics()
        return QtCore.QSize(metrics.horizontalAdvance(self._text) + 24, metrics.height() + 8)

    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:
        """The pill and its text."""
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        rect = QtCore.QRectF(self.rect())
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(self._colors.chip)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(self._colors.chip_text)
        painter.drawText(rect, QtCore.Qt.AlignmentFlag.AlignCenter, self._text)
