"""One way for a widget to follow the UI's language and the light/dark palette: the
`Retranslatable` and `FollowsPalette` mixins, instead of a `changeEvent` override in each.

Use them as plain Python mixins listed *before* the Qt base class::

    class Editor(Retranslatable, QtWidgets.QWidget):
        def __init__(self, parent=None):
            super().__init__(parent)
            ...
            self._retranslate_ui()  # the first words

        def _retranslate_ui(self) -> None:
            self._label.setText(self.tr("&Message text"))

They are not QObjects (PySide6 cannot combine two QObject bases), so they combine with any
QWidget subclass and with each other; each passes the event on to the next class first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui

if TYPE_CHECKING:
    from PySide6 import QtWidgets

    # For the type checker the mixins are widgets, so `super().changeEvent` is known; at
    # run time they derive from object and the widget class comes later in the MRO.
    _WidgetBase = QtWidgets.QWidget
else:
    _WidgetBase = object


class Retranslatable(_WidgetBase):
    """Mixin for a widget whose texts come from `tr`: on a LanguageChange event (sent to
    every widget when a translator is installed or removed) it calls `_retranslate_ui`."""

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """Pass *event* on, then say every text again if the UI's language changed."""
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        """Set every visible text, tooltip and accessible name in the UI's language."""
        raise NotImplementedError


class FollowsPalette(_WidgetBase):
    """Mixin for a widget that derives colours from the application palette: when that
    palette changes (light ↔ dark) it calls `_apply_palette`.

    Qt 6 delivers ApplicationPaletteChange to `event()` only; what reaches `changeEvent` is
    the PaletteChange that follows it (also sent when the widget's own palette is set, so
    the application palette's cache key tells a real switch from that)."""

    _applied_palette_key: int | None = None

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """Pass *event* on, then pick the colours again if the application palette changed."""
        super().changeEvent(event)
        if event.type() in (QtCore.QEvent.Type.PaletteChange,
                            QtCore.QEvent.Type.ApplicationPaletteChange):
            key = QtGui.QGuiApplication.palette().cacheKey()
            if key != self._applied_palette_key:
                self._applied_palette_key = key
                self._apply_palette()

    def _apply_palette(self) -> None:
        """Pick the colours again from the current palette."""
        raise NotImplementedError
