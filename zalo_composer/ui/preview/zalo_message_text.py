"""The text inside the Zalo-style bubble: wrapped like a phone wraps it, selectable, cheap.

One `QtGui.QTextLayout` per text is shaped once and re-wrapped for the widths the layout
system asks about. A selectable QLabel does the same work through a whole QTextDocument,
about three times slower per keystroke, and cannot break a long URL that has no spaces.
"""

from __future__ import annotations

import math

from PySide6 import QtCore, QtGui, QtWidgets

from .zalo_paint import ZaloColors

#: Extra space between lines, as a fraction of the font height: Vietnamese stacks its
#: diacritics (ễ, Ấ) high, and chat apps set text looser than documents.
LINE_GAP = 0.22
#: The width the text asks for: a phone's bubble.
PREFERRED_WIDTH = 280


class MessageText(QtWidgets.QWidget):
    """Plain text wrapped at word boundaries (or anywhere, for a word wider than the line),
    with line breaks kept, selectable with the mouse and copied with Ctrl+C.

    An empty text shows a faint placeholder instead.
    """

    def __init__(self, colors: ZaloColors, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zaloMessageText")
        self.setAccessibleName(self.tr("Message text"))
        policy = QtWidgets.QSizePolicy(
            QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Preferred
        )
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.ClickFocus)
        self.setCursor(QtCore.Qt.CursorShape.IBeamCursor)
        self._colors = colors
        self._text = ""
        self._placeholder = ""
        self._layout: QtGui.QTextLayout | None = None
        self._laid_width = -1
        self._heights: dict[int, int] = {}
        self._anchor = 0
        self._cursor = 0

    # -- content -----------------------------------------------------------------------

    def set_text(self, text: str, placeholder: str = "") -> None:
        """Show *text*; when it is empty, show *placeholder* faintly instead."""
        if text == self._text and placeholder == self._placeholder:
            return
        self._text = text
        self._placeholder = placeholder
        self._layout = None
        self._heights.clear()
        self._anchor = self._cursor = 0
        self.setAccessibleDescription(text or placeholder)
        # Most keystrokes leave the number of lines alone: then only this widget is
        # repainted, and the chat is not laid out again. Hidden, the work waits until shown.
        if not self.isVisible() or self.heightForWidth(self.width()) != self.height():
            self.updateGeometry()
        self.update()

    def text(self) -> str:
        """The text (not the placeholder)."""
        return self._text

    def shown_text(self) -> str:
        """What is drawn: the text, or the placeholder when the text is empty."""
        return self._text or self._placeholder

    def is_placeholder(self) -> bool:
        """True while the placeholder is shown."""
        return not self._text

    def line_count(self) -> int:
        """Lines drawn at the current width (line breaks and wrapping both count)."""
        return self._laid_out(max(1, self.width())).lineCount()

    def selected_text(self) -> str:
        """The selected part of the text, line breaks as ``\\n``."""
        start, end = sorted((self._anchor, self._cursor))
        return self._text[start:end]

    def select_all(self) -> None:
        """Select the whole text."""
        self._anchor, self._cursor = 0, len(self._text)
        self.update()

    def set_colors(self, colors: ZaloColors) -> None:
        """Paint with *colors* from now on."""
        self._colors = colors
        self.update()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """Lay the text out again in a new font."""
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.FontChange:
            self._layout = None
            self._heights.clear()
            self.updateGeometry()

    # -- layout ------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        """The height follows the width: narrower means more lines."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height the text needs at *width*."""
        height = self._heights.get(width)
        if height is None:
            height = math.ceil(self._laid_out(width).boundingRect().height())
            self._heights[width] = height
        return height

    def sizeHint(self) -> QtCore.QSize:
        """Wide enough for a phone's bubble; as tall as the text is at the current width
        (layouts ask `heightForWidth` for the height they give)."""
        width = self.width() if self.isVisible() and self.width() > 0 else PREFERRED_WIDTH
        return QtCore.QSize(PREFERRED_WIDTH, self.heightForWidth(width))

    def minimumSizeHint(self) -> QtCore.QSize:
        """One line of a narrow bubble (the real height comes from `heightForWidth`)."""
        return QtCore.QSize(80, self.fontMetrics().height())

    def _laid_out(self, width: int) -> QtGui.QTextLayout:
        layout = self._layout
        if layout is None:
            # QTextLayout breaks lines only at U+2028, never at "\n".
            shown = self.shown_text().replace("\n", "\u2028")
            font = QtGui.QFont(self.font())
            font.setItalic(self.is_placeholder())
            layout = QtGui.QTextLayout(shown, font, self)
            option = QtGui.QTextOption()
            option.setWrapMode(QtGui.QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            layout.setTextOption(option)
            layout.setCacheEnabled(True)
            self._layout = layout
            self._laid_width = -1
        if width != self._laid_width:
            gap = self.fontMetrics().height() * LINE_GAP
            y = 0.0
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                line.setPosition(QtCore.QPointF(0, y))
                y += line.height() + gap
            layout.endLayout()
            self._laid_width = width
        return layout

    # -- painting and selection ----------------------------------------------------------

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        """Draw the wrapped text and the selection."""
        painter = QtGui.QPainter(self)
        painter.setPen(self._colors.faint if self.is_placeholder() else self._colors.text)
        selections: list[QtGui.QTextLayout.FormatRange] = []
        start, end = sorted((self._anchor, self._cursor))
        if end > start:
            look = QtGui.QTextCharFormat()
            look.setBackground(self._colors.selection)
            look.setForeground(self._colors.selected_text)
            selected = QtGui.QTextLayout.FormatRange()
            selected.start = start
            selected.length = end - start
            selected.format = look
            selections.append(selected)
        self._laid_out(self.width()).draw(
            painter, QtCore.QPointF(0, 0), selections, QtCore.QRectF(event.rect())
        )

    def _position_at(self, point: QtCore.QPointF) -> int:
        layout = self._laid_out(self.width())
        last = layout.lineCount() - 1
        for index in range(last + 1):
            line = layout.lineAt(index)
            if point.y() < line.y() + line.height() or index == last:
                return min(line.xToCursor(point.x()), len(self._text))
        return 0

    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:
        """Start a selection (a click alone clears it)."""
        if event.button() == QtCore.Qt.MouseButton.LeftButton and self._text:
            self._anchor = self._cursor = self._position_at(event.position())
            self.update()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QtGui.QMouseEvent) -> None:
        """Extend the selection."""
        if event.buttons() & QtCore.Qt.MouseButton.LeftButton and self._text:
            self._cursor = self._position_at(event.position())
            self.update()

    def mouseDoubleClickEvent(self, event: QtGui.QMouseEvent) -> None:
        """Select the word under the pointer."""
        if not self._text:
            return
        position = self._position_at(event.position())
        words = QtCore.QTextBoundaryFinder.BoundaryType.Word
        finder = QtCore.QTextBoundaryFinder(words, self._text)
        finder.setPosition(position)
        start = position if finder.isAtBoundary() else finder.toPreviousBoundary()
        finder.setPosition(position)
        end = finder.toNextBoundary()
        self._anchor = max(0, start)
        self._cursor = end if end >= 0 else len(self._text)
        self.update()

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        """Ctrl+C copies the selection; Ctrl+A selects everything."""
        if event.matches(QtGui.QKeySequence.StandardKey.Copy):
            self._copy()
        elif event.matches(QtGui.QKeySequence.StandardKey.SelectAll):
            self.select_all()
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QtGui.QContextMenuEvent) -> None:
        """Copy and Select all."""
        menu = QtWidgets.QMenu(self)
        copy = menu.addAction(self.tr("&Copy"), self._copy)
        copy.setEnabled(bool(self.selected_text()))
        menu.addAction(self.tr("Select &all"), self.select_all).setEnabled(bool(self._text))
        menu.exec(event.globalPos())

    def _copy(self) -> None:
        if selected := self.selected_text():
            QtGui.QGuiApplication.clipboard().setText(selected)
