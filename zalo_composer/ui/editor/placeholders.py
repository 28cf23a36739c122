"""Marks ``{{name}}`` placeholders in the message text: red while no value is known for
them, in the link colour when a default supplies one."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6 import QtGui

from ...domain.variables import find_placeholders, normalize_name
from .. import theme
from ..i18n import translate


class PlaceholderHighlighter(QtGui.QSyntaxHighlighter):
    """Highlights placeholders in a QTextDocument."""

    def __init__(self, document: QtGui.QTextDocument) -> None:
        super().__init__(document)
        self._known: frozenset[str] = frozenset()
        self._palette: QtGui.QPalette | None = None

    def set_known(self, names: Iterable[str], palette: QtGui.QPalette) -> None:
        """Names that have a value; re-highlights only when something changed."""
        known = frozenset(normalize_name(n) for n in names)
        if known != self._known or palette != self._palette:
            self._known, self._palette = known, QtGui.QPalette(palette)
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        """Format every placeholder of one block (Qt positions are UTF-16 units)."""
        if "{{" not in text:
            return
        palette = self._palette or QtGui.QPalette()
        missing = QtGui.QTextCharFormat()
        missing.setForeground(theme.tone_color(palette, "error"))
        missing.setFontWeight(QtGui.QFont.Weight.Bold)
        missing.setUnderlineStyle(QtGui.QTextCharFormat.UnderlineStyle.WaveUnderline)
        missing.setUnderlineColor(theme.tone_color(palette, "error"))
        missing.setToolTip(translate("PlaceholderHighlighter",
                                     "No value for this placeholder yet"))
        known = QtGui.QTextCharFormat()
        known.setForeground(palette.color(QtGui.QPalette.ColorRole.Link))
        known.setFontWeight(QtGui.QFont.Weight.DemiBold)
        for start, end, name in find_placeholders(text, utf16=True):
            fmt = known if normalize_name(name) in self._known else missing
            self.setFormat(start, end - start, fmt)
