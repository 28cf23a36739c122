"""The message as a follower sees it in the Zalo app: a phone-sized chat with the OA's bubble,
its text and its buttons. Beside the JSON preview; follows every edit.

The parts live in their own modules: `zalo_text` (what is said, Qt-free), `zalo_paint`
(colours and icons), `zalo_chrome` (screen, title bar, avatar, bubble, pill),
`zalo_message_text` (the wrapped, selectable text) and `zalo_button_row` (one button).
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from ...domain.model import Button, Draft, Message
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..retranslate import Retranslatable
from .zalo_button_row import ZaloButtonRow
from .zalo_chrome import BEZEL, SCREEN_RADIUS, Avatar, Bubble, Chip, PhoneScreen, TitleBar
from .zalo_message_text import MessageText
from .zalo_paint import ZaloColors, zalo_colors
from .zalo_text import EMPTY_MESSAGE, display_text, initials, schedule_line, tap_description

__all__ = ["DEFAULT_OA_NAME", "PHONE_WIDTH", "ZaloPreview", "tap_description"]

PHONE_WIDTH = 360
"""The screen's width in logical pixels: a common phone's, in Android's density-free units."""
MIN_PHONE_WIDTH = 240
DEFAULT_OA_NAME = QT_TRANSLATE_NOOP("ZaloPreview", "Official Account")
"""The name shown until `ZaloPreview.set_oa_name` gives the real one."""


class ZaloPreview(Retranslatable, QtWidgets.QWidget):
    """A phone showing the draft's message in Zalo's chat: the OA's avatar and name, the
    bubble with the text and one row per button, and a "Scheduled for …" pill for a SendDate.

    `set_draft` is cheap enough for every keystroke: it compares the new message with the
    one shown and touches only what changed; the button rows are kept and reused.

    Signals:
        button_activated: a button row was clicked (or pressed with the keyboard).
    """

    button_activated = QtCore.Signal(int)  # payload: the button's index in the message

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zaloPreview")
        self.setAccessibleName(self.tr("Zalo preview"))
        colors = self._colors = zalo_colors(self.palette())
        self._message = Message()
        self._send_date: str | None = None
        self._oa_name = ""
        self._given_name = ""
        self._rows: list[ZaloButtonRow] = []
        self._row_count = 0

        self._screen = PhoneScreen(colors, "zaloScreen", self)
        self._screen.setMaximumWidth(PHONE_WIDTH)
        self._screen.setMinimumWidth(MIN_PHONE_WIDTH)
        self._title_bar = TitleBar(colors, self._screen)
        self._chat = QtWidgets.QScrollArea(self._screen)
        self._chat.setObjectName("zaloChat")
        self._chat.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self._chat.setWidgetResizable(True)
        self._chat.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Transparent, so that the screen's colour and rounded corners show through.
        self._chat.viewport().setAutoFillBackground(False)
        self._chat.verticalScrollBar().setObjectName("zaloScrollBar")
        self._chat.verticalScrollBar().setStyleSheet(_scroll_bar_style(colors))
        self._content = QtWidgets.QWidget()
        self._content.setObjectName("zaloChatContent")
        self._chip = Chip(colors, self._content)
        self._chip.hide()
        self._avatar = Avatar(colors, self._content)
        self._bubble = Bubble(colors, self._content)
        self._text = MessageText(colors, self._bubble)
        self._text.set_text("", translate("ZaloPreview", EMPTY_MESSAGE))

        self._bubble_column = QtWidgets.QVBoxLayout(self._bubble)
        self._bubble_column.setContentsMargins(0, 0, 0, 0)
        self._bubble_column.setSpacing(0)
        text_box = QtWidgets.QVBoxLayout()
        text_box.setContentsMargins(14, 11, 14, 12)
        text_box.addWidget(self._text)
        self._bubble_column.addLayout(text_box)

        chip_row = QtWidgets.QHBoxLayout()
        chip_row.addStretch(1)
        chip_row.addWidget(self._chip)
        chip_row.addStretch(1)
        message_row = QtWidgets.QHBoxLayout()
        message_row.setSpacing(8)
        message_row.addWidget(self._avatar, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        message_row.addWidget(self._bubble, 1)
        # Incoming messages leave a margin on the right, as Zalo does.
        message_row.addSpacing(18)
        column = QtWidgets.QVBoxLayout(self._content)
        column.setContentsMargins(10, 14, 8, 14)
        column.setSpacing(12)
        column.addLayout(chip_row)
        column.addLayout(message_row)
        column.addStretch(1)
        self._chat.setWidget(self._content)
        self._content.setAutoFillBackground(False)

        screen_column = QtWidgets.QVBoxLayout(self._screen)
        screen_column.setContentsMargins(0, 0, 0, PhoneScreen.HOME_STRIP)
        screen_column.setSpacing(0)
        screen_column.addWidget(self._title_bar)
        screen_column.addWidget(self._chat, 1)
        outer = QtWidgets.QHBoxLayout(self)
        margin = BEZEL + 8
        outer.setContentsMargins(margin, margin, margin, margin)
        outer.addStretch(0)
        outer.addWidget(self._screen, 1)
        outer.addStretch(0)

        self.set_oa_name("")

    # -- content -----------------------------------------------------------------------

    def set_draft(self, draft: Draft) -> None:
        """Show *draft*'s message and its SendDate (cheap when little changed)."""
        self.set_message(draft.message, draft.send_date)

    def set_message(self, message: Message, send_date: str | None = None) -> None:
        """Show *message*, with a "Scheduled for …" pill when *send_date* is set."""
        if message.text != self._message.text:
            self._text.set_text(display_text(message.text),
                                translate("ZaloPreview", EMPTY_MESSAGE))
        if message.buttons != self._message.buttons:
            self._show_buttons(message.buttons)
        self._message = message
        if send_date != self._send_date:
            self._send_date = send_date
            line = schedule_line(send_date, translate)
            self._chip.set_text(line)
            self._chip.setVisible(bool(line))

    def message(self) -> Message:
        """The message shown."""
        return self._message

    def send_date(self) -> str | None:
        """The SendDate shown, or None."""
        return self._send_date

    def set_oa_name(self, name: str) -> None:
        """Show *name* as the Official Account's name (blank: a generic name)."""
        self._given_name = name
        name = " ".join(name.split()) or translate("ZaloPreview", DEFAULT_OA_NAME)
        if name == self._oa_name:
            return
        self._oa_name = name
        self._title_bar.set_name(name)
        self._avatar.set_letters(initials(name))
        self._avatar.setToolTip(name)

    def oa_name(self) -> str:
        """The Official Account's name shown."""
        return self._oa_name

    def reveal_button(self, index: int) -> None:
        """Scroll the chat so that the row of button *index* is in view."""
        if 0 <= index < self._row_count:
            self._chat.ensureWidgetVisible(self._rows[index], 0, 8)

    # -- parts, for tests and the window ---------------------------------------------------

    def button_rows(self) -> list[QtWidgets.QWidget]:
        """The rows of the message's buttons, in order (hidden spare rows excluded)."""
        return list(self._rows[: self._row_count])

    def message_text(self) -> MessageText:
        """The text inside the bubble."""
        return self._text

    def schedule_chip(self) -> Chip:
        """The "Scheduled for …" pill above the bubble (hidden without a SendDate)."""
        return self._chip

    def title_bar(self) -> TitleBar:
        """The chat's title bar with the OA's name."""
        return self._title_bar

    def avatar(self) -> Avatar:
        """The OA's avatar beside the bubble."""
        return self._avatar

    def bubble(self) -> Bubble:
        """The card holding the text and the buttons."""
        return self._bubble

    def colors(self) -> ZaloColors:
        """The colours in use, derived from the palette."""
        return self._colors

    # -- Qt ------------------------------------------------------------------------------

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """Re-derive the colours when the palette changes (light ↔ dark); the mixin
        re-words the placeholders when the language does."""
        super().changeEvent(event)
        if event.type() in (
            QtCore.QEvent.Type.PaletteChange,
            QtCore.QEvent.Type.ApplicationPaletteChange,
        ):
            self._apply_colors(zalo_colors(self.palette()))

    def _retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Zalo preview"))
        self._text.set_text(display_text(self._message.text),
                            translate("ZaloPreview", EMPTY_MESSAGE))
        line = schedule_line(self._send_date, translate)
        self._chip.set_text(line)
        self.set_oa_name(self._given_name)

    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:
        """The phone's frame around the screen."""
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(self._colors.frame)
        frame = QtCore.QRectF(self._screen.geometry()).adjusted(-BEZEL, -BEZEL, BEZEL, BEZEL)
        painter.drawRoundedRect(frame, SCREEN_RADIUS + BEZEL, SCREEN_RADIUS + BEZEL)

    # -- internals ---------------------------------------------------------------------

    def _show_buttons(self, buttons: tuple[Button, ...]) -> None:
        count = len(buttons)
        for index, button in enumerate(buttons):
            if index == len(self._rows):
                row = ZaloButtonRow(index, self._colors, self._bubble)
                row.activated.connect(self._on_row_activated)
                self._rows.append(row)
                self._bubble_column.addWidget(row)
            row = self._rows[index]
            row.set_button(button, last=index == count - 1)
            if row.isHidden():
                row.show()
        for row in self._rows[count:]:
            if not row.isHidden():
                row.hide()
        self._row_count = count

    def _apply_colors(self, colors: ZaloColors) -> None:
        self._colors = colors
        for part in (self._screen, self._title_bar, self._chip, self._avatar, self._bubble):
            part.set_colors(colors)
        self._text.set_colors(colors)
        for row in self._rows:
            row.set_colors(colors)
        self._chat.verticalScrollBar().setStyleSheet(_scroll_bar_style(colors))
        self.update()

    def _on_row_activated(self, index: int) -> None:
        self.button_activated.emit(index)


def _scroll_bar_style(colors: ZaloColors) -> str:
    """A thin scroll bar without arrows, like a phone's (set once per palette)."""
    return (
        "QScrollBar:vertical { background: transparent; width: 8px; margin: 4px 2px 4px 0; }"
        f"QScrollBar::handle:vertical {{ background: {colors.faint.name()};"
        " border-radius: 3px; min-height: 32px; }"
        "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
        "QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }"
    )
