"""One button of the Zalo-style bubble: a full-width row with the type's icon and the title
on one line, elided with "…" as a phone does; its tooltip says what a tap does."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from ...domain.model import Button
from ..i18n import translate
from ..retranslate import Retranslatable
from .zalo_paint import BUBBLE_RADIUS, ZaloColors, icon_pixmap
from .zalo_text import (
    ICON_FOR_TYPE,
    NO_TITLE,
    accessible_name,
    display_title,
    tap_description,
    tooltip_text,
)

ICON_SIZE = 18
PADDING = 14
GAP = 10
#: A phone's comfortable touch target, in logical pixels.
MIN_HEIGHT = 44


class ZaloButtonRow(Retranslatable, QtWidgets.QAbstractButton):
    """A painted row for one message button; clicking it emits `activated` with its index.

    Its ``iconName`` and ``buttonType`` properties name the icon and the eSMS type, for
    tests and style sheets.

    Signals:
        activated: the row was clicked or pressed with the keyboard.
    """

    activated = QtCore.Signal(int)  # payload: the button's index in the message

    def __init__(
        self, index: int, colors: ZaloColors, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"zaloButtonRow{index}")
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_Hover)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.TabFocus)
        self.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Fixed
        )
        font = self.font()
        font.setWeight(QtGui.QFont.Weight.DemiBold)
        self.setFont(font)
        self._index = index
        self._colors = colors
        self._button: Button | None = None
        self._title = ""
        self._last = False
        self._elided: tuple[str, int, str] = ("", -1, "")
        self.clicked.connect(self._on_clicked)

    def set_button(self, button: Button, last: bool) -> None:
        """Show *button*; *last* rounds the hover colour into the bubble's bottom corners."""
        if last != self._last:
            self._last = last
            self.update()
        if button == self._button:
            return
        previous = self._button
        self._button = button
        if previous is None or previous.TYPE != button.TYPE:
            self.setProperty("buttonType", button.TYPE)
            self.setProperty("iconName", ICON_FOR_TYPE[button.TYPE])
        title = display_title(button)
        if previous is None or title != self._title or previous.TYPE != button.TYPE:
            self._title = title
            self.setAccessibleName(accessible_name(self._index, button, translate))
        description = tap_description(button, translate)
        tip = tooltip_text(description)
        if QtGui.Qt.mightBeRichText(tip):
            # A payload such as "<b>" is shown as typed, not as bold.
            tip = QtGui.Qt.convertFromPlainText(tip, QtCore.Qt.WhiteSpaceMode.WhiteSpacePre)
        self.setToolTip(tip)
        self.setAccessibleDescription(description)
        self.update()

    def button(self) -> Button | None:
        """The message button shown."""
        return self._button

    def index(self) -> int:
        """The button's index in the message (0 for the first)."""
        return self._index

    def icon_name(self) -> str:
        """The icon drawn: ``link``, ``chat``, ``chat-hidden``, ``sms`` or ``phone``."""
        return str(self.property("iconName") or "")

    def title(self) -> str:
        """The whole title on one line, or "(no title)" for a blank one."""
        return self._title or translate("ZaloPreview", NO_TITLE)

    def displayed_title(self) -> str:
        """The title as drawn at the row's current width (elided with "…" when too long)."""
        width = max(0, self.width() - 2 * PADDING - ICON_SIZE - GAP)
        title = self.title()
        if self._elided[0] != title or self._elided[1] != width:
            elided = self.fontMetrics().elidedText(title, QtCore.Qt.TextElideMode.ElideRight, width)
            if elided != title and elided.endswith("…"):
                # "khuyến…", not "khuyến …": a cut at a space leaves no dangling gap.
                elided = elided[:-1].rstrip() + "…"
            self._elided = (title, width, elided)
        return self._elided[2]

    def tap_text(self) -> str:
        """What a tap does, as plain text (the tooltip is the same, as rich text)."""
        return self.accessibleDescription()

    def set_colors(self, colors: ZaloColors) -> None:
        """Paint with *colors* from now on."""
        self._colors = colors
        self.update()

    def sizeHint(self) -> QtCore.QSize:
        """A touch-sized row."""
        return QtCore.QSize(200, max(MIN_HEIGHT, self.fontMetrics().height() + 22))

    def minimumSizeHint(self) -> QtCore.QSize:
        """Room for the icon and a few letters."""
        return QtCore.QSize(2 * PADDING + ICON_SIZE + GAP + 40, self.sizeHint().height())

    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:
        """Divider, hover or pressed shade, icon, elided title, and a focus frame."""
        colors = self._colors
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        rect = QtCore.QRectF(self.rect())
        shade = colors.pressed if self.isDown() else colors.hover if self.underMouse() else None
        if shade is not None:
            painter.save()
            painter.setClipRect(rect)
            painter.setPen(QtCore.Qt.PenStyle.NoPen)
            painter.setBrush(shade)
            if self._last:
                radius = BUBBLE_RADIUS
                painter.drawRoundedRect(rect.adjusted(0, -2 * radius, 0, 0), radius, radius)
            else:
                painter.drawRect(rect)
            painter.restore()
        painter.setPen(QtGui.QPen(colors.divider, 1))
        painter.drawLine(QtCore.QPointF(0, 0.5), QtCore.QPointF(rect.width(), 0.5))

        icon = icon_pixmap(
            ICON_FOR_TYPE[self._button.TYPE] if self._button else "chat",
            colors.accent,
            ICON_SIZE,
            self.devicePixelRatioF(),
        )
        painter.drawPixmap(QtCore.QPointF(PADDING, (rect.height() - ICON_SIZE) / 2), icon)
        left = PADDING + ICON_SIZE + GAP
        text_rect = QtCore.QRectF(left, 0, rect.width() - left - PADDING, rect.height())
        painter.setPen(colors.accent if self._title else colors.faint)
        if not self._title:
            font = self.font()
            font.setItalic(True)
            painter.setFont(font)
        painter.drawText(
            text_rect,
            QtCore.Qt.AlignmentFlag.AlignVCenter | QtCore.Qt.AlignmentFlag.AlignLeft,
            self.displayed_title(),
        )
        if self.hasFocus():
            pen = QtGui.QPen(colors.accent, 1, QtCore.Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(3.5, 3.5, -3.5, -3.5), 4, 4)

    def _retranslate_ui(self) -> None:
        # Say what a tap does in the new language.
        if self._button is not None:
            button, self._button = self._button, None
            self.set_button(button, self._last)

    def _on_clicked(self) -> None:
        self.activated.emit(self._index)
