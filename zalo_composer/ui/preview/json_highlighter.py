"""Syntax colours for the pretty-printed JSON of the preview."""

from __future__ import annotations

from PySide6 import QtCore, QtGui

from .. import theme

# json.dumps(indent=2) never splits a token over lines, so one line at a time is enough.
# QRegularExpression counts in UTF-16 units, as QSyntaxHighlighter.setFormat does.
_TOKEN = QtCore.QRegularExpression(
    r'(?<key>"(?:[^"\\]|\\.)*"(?=\s*:))'
    r'|(?<string>"(?:[^"\\]|\\.)*")'
    r"|(?<number>-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)"
    r"|(?<literal>\b(?:true|false|null)\b)"
    r"|(?<punctuation>[{}\[\],:])"
)
_KINDS = ("key", "string", "number", "literal", "punctuation")


class JsonHighlighter(QtGui.QSyntaxHighlighter):
    """Colours keys, strings, numbers, literals and punctuation, legibly on light and dark."""

    def __init__(self, document: QtGui.QTextDocument, palette: QtGui.QPalette) -> None:
        super().__init__(document)
        self._formats: dict[str, QtGui.QTextCharFormat] = {}
        self.set_palette(palette)

    def set_palette(self, palette: QtGui.QPalette) -> None:
        """Pick colours for *palette*'s Base colour and re-colour the document."""
        colors = theme.json_colors(palette)
        self._formats = {}
        for kind in _KINDS:
            char_format = QtGui.QTextCharFormat()
            char_format.setForeground(getattr(colors, kind))
            self._formats[kind] = char_format
        self._formats["key"].setFontWeight(QtGui.QFont.Weight.DemiBold)
        self.rehighlight()

    def format_for(self, kind: str) -> QtGui.QTextCharFormat:
        """The format used for token *kind* (``key``, ``string``, ``number`` …)."""
        return self._formats[kind]

    def highlightBlock(self, text: str) -> None:
        """Colour the tokens of one line."""
        matches = _TOKEN.globalMatch(text)
        while matches.hasNext():
            match = matches.next()
            for kind in _KINDS:
                start = match.capturedStart(kind)
                if start >= 0:
                    self.setFormat(start, match.capturedLength(kind), self._formats[kind])
                    break
