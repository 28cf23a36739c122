"""Ctrl+K: find a template in a keystroke. A search field over the library (name, note,
text, button titles; diacritics ignored), the results below, the bubble beside; Enter opens
the chosen template as a new draft."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from ...app.templates import TemplateLibrary
from ...domain.errors import ZaloComposerError
from ...domain.model import Draft
from ...store.files import read_draft
from ...store.templates import TemplateEntry
from ..i18n import domain_text
from ..preview.zalo_preview import ZaloPreview
from ..retranslate import Retranslatable

RESULTS_MAX = 200
"""More than a screenful is never read; the search narrows instead."""
_ENTRY_ROLE = QtCore.Qt.ItemDataRole.UserRole


class QuickSearchDialog(Retranslatable, QtWidgets.QDialog):
    """The quick search (see the module docstring).

    Signals:
        chosen: Enter (or a double-click) on a template that can be opened.
    """

    chosen = QtCore.Signal(object)  # payload: the TemplateEntry

    def __init__(self, library: TemplateLibrary, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickSearchDialog")
        self._library = library
        self._query = QtWidgets.QLineEdit(self)
        self._query.setObjectName("quickSearchField")
        self._query.setClearButtonEnabled(True)
        self._query.installEventFilter(self)
        self._results = QtWidgets.QListWidget(self)
        self._results.setObjectName("quickSearchResults")
        self._results.setUniformItemSizes(True)
        self._preview = ZaloPreview(self)
        self._preview.setObjectName("quickSearchPreview")
        self._hint = QtWidgets.QLabel(self)
        self._hint.setObjectName("quickSearchHint")
        self._hint.setWordWrap(True)
        left = QtWidgets.QVBoxLayout()
        left.addWidget(self._query)
        left.addWidget(self._results, 1)
        left.addWidget(self._hint)
        layout = QtWidgets.QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self._preview, 2)
        self._query.textChanged.connect(self.update_results)
        self._query.returnPressed.connect(self.accept)
        self._results.currentItemChanged.connect(self._on_results_current_item_changed)
        self._results.itemActivated.connect(self._on_results_item_activated)
        self.resize(900, 520)
        self._retranslate_ui()

    def query_field(self) -> QtWidgets.QLineEdit:
        """The search field."""
        return self._query

    def results(self) -> QtWidgets.QListWidget:
        """The list of what matches."""
        return self._results

    def preview(self) -> ZaloPreview:
        """The bubble of the selected template."""
        return self._preview

    def open_search(self, oa_name: str = "") -> None:
        """Show the dialog with an empty search and the keyboard in it."""
        self._preview.set_oa_name(oa_name)
        self._query.clear()
        self.update_results()
        self.show()
        self.raise_()
        self.activateWindow()
        self._query.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)

    def update_results(self) -> None:
        """Search again for what is typed (every keystroke)."""
        found = self._library.search(self._query.text(), limit=RESULTS_MAX)
        self._results.clear()
        for entry in found:
            item = QtWidgets.QListWidgetItem(self._label(entry))
            item.setData(_ENTRY_ROLE, entry)
            item.setToolTip(entry.path)
            self._results.addItem(item)
        if found:
            self._results.setCurrentRow(0)
        else:
            self._preview.set_draft(Draft())
        self._hint.setText(self.tr("No template matches.") if not found else
                           self.tr("Enter opens it as a new draft; the template stays as it is."))

    def _label(self, entry: TemplateEntry) -> str:
        star = "★ " if self._library.is_favourite(entry.path) else ""
        if entry.error is not None:
            return f"{star}{entry.name} — " + self.tr("broken: {reason}").format(
                reason=domain_text(entry.error))
        detail = entry.note or entry.first_line
        return f"{star}{entry.name}" + (f" — {detail}" if detail else "")

    def current_entry(self) -> TemplateEntry | None:
        """The selected result."""
        item = self._results.currentItem()
        entry = item.data(_ENTRY_ROLE) if item is not None else None
        return entry if isinstance(entry, TemplateEntry) else None

    def _on_results_current_item_changed(self, *_items: object) -> None:
        entry = self.current_entry()
        draft = Draft()
        if entry is not None and entry.error is None:
            try:
                draft = read_draft(Path(entry.path)).draft
            except ZaloComposerError:  # changed or gone since the scan: show nothing
                draft = Draft()
        self._preview.set_draft(draft)

    def _on_results_item_activated(self, _item: QtWidgets.QListWidgetItem) -> None:
        self.accept()

    def accept(self) -> None:
        """Enter: open the selected template (a broken one stays listed, not opened)."""
        entry = self.current_entry()
        if entry is None or entry.error is not None:
            return
        super().accept()
        self.chosen.emit(entry)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """Up, Down, Page Up and Page Down in the search field move in the results."""
        if watched is self._query and event.type() == QtCore.QEvent.Type.KeyPress:
            assert isinstance(event, QtGui.QKeyEvent)
            keys = QtCore.Qt.Key
            if event.key() in (keys.Key_Up, keys.Key_Down, keys.Key_PageUp, keys.Key_PageDown):
                QtWidgets.QApplication.sendEvent(self._results, event)
                return True
        return super().eventFilter(watched, event)

    def _retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Find a template"))
        self._query.setPlaceholderText(self.tr("Name, note, text or button title"))
        self._query.setAccessibleName(self.tr("Search templates"))
        self._results.setAccessibleName(self.tr("Matching templates"))
