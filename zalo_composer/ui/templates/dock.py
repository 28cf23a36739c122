"""The Templates panel: the library's drafts grouped by folder (favourites, then recent
use), a filter, and the manage actions; offline folders and broken files shown as such."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from ...app.templates import TemplateLibrary
from ...store.templates import TemplateEntry
from ..i18n import domain_text
from ..retranslate import Retranslatable

ENTRY_ROLE = QtCore.Qt.ItemDataRole.UserRole
FOLDER_ROLE = QtCore.Qt.ItemDataRole.UserRole + 1
STAR = "★ "


class _TemplateTree(QtWidgets.QTreeWidget):
    """The list; a template dragged out of it is its file (the window opens a dropped one)."""

    def mimeData(self, items: list[QtWidgets.QTreeWidgetItem]) -> QtCore.QMimeData:  # type: ignore[override]
        """The dragged templates' files, as URLs."""
        mime = QtCore.QMimeData()
        entries = [i.data(0, ENTRY_ROLE) for i in items]
        mime.setUrls([QtCore.QUrl.fromLocalFile(e.path) for e in entries
                      if isinstance(e, TemplateEntry)])
        return mime

    def mimeTypes(self) -> list[str]:
        """Files, as URLs."""
        return ["text/uri-list"]


class TemplatesPanel(Retranslatable, QtWidgets.QWidget):
    """The library as a tree: one group per folder, one row per template (the content of
    the window's Templates dock, `docks.WindowDocks.templates`).

    Signals:
        open_requested: a template was activated (double-click or Enter).
    """

    open_requested = QtCore.Signal(object)  # payload: the TemplateEntry

    def __init__(self, library: TemplateLibrary, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatesPanel")
        self._library = library
        self._filter = QtWidgets.QLineEdit(self)
        self._filter.setObjectName("templatesFilter")
        self._filter.setClearButtonEnabled(True)
        self._filter.textChanged.connect(self.refill)
        self._tree = _TemplateTree(self)
        self._tree.setObjectName("templatesTree")
        self._tree.setColumnCount(5)
        self._tree.setRootIsDecorated(True)
        self._tree.setUniformRowHeights(True)
        self._tree.setDragEnabled(True)
        self._tree.setDragDropMode(QtWidgets.QAbstractItemView.DragDropMode.DragOnly)
        self._tree.itemActivated.connect(self._on_tree_item_activated)
        self._tree.setContextMenuPolicy(QtCore.Qt.ContextMenuPolicy.ActionsContextMenu)
        self._tree.currentItemChanged.connect(self._update_actions)
        self.toolbar = QtWidgets.QToolBar(self)
        self.toolbar.setObjectName("templatesToolbar")
        self.toolbar.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.template_actions: dict[str, QtGui.QAction] = {}
        for name in ("open", "new", "duplicate", "rename", "favourite", "trash", "undo",
                     "addFolder", "removeFolder", "refresh"):
            action = QtGui.QAction(self)
            action.setObjectName(f"template{name[0].upper()}{name[1:]}Action")
            self.template_actions[name] = action
            self._tree.addAction(action)
        self.quick_search_action = QtGui.QAction(self)  # the window's Ctrl+K
        self.quick_search_action.setObjectName("quickSearchAction")
        self.template_actions["favourite"].setCheckable(True)
        self.template_actions["trash"].setShortcut(QtGui.QKeySequence.StandardKey.Delete)
        self.template_actions["rename"].setShortcut(QtGui.QKeySequence(QtCore.Qt.Key.Key_F2))
        self.template_actions["undo"].setShortcut(QtGui.QKeySequence.StandardKey.Undo)
        for action in self.template_actions.values():  # only while the keyboard is in the list
            action.setShortcutContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for name in ("new", "duplicate", "rename", "favourite", "trash", "undo"):
            self.toolbar.addAction(self.template_actions[name])
        self._status = QtWidgets.QLabel(self)
        self._status.setObjectName("templatesStatus")
        self._status.setWordWrap(True)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._filter)
        layout.addWidget(self.toolbar)
        layout.addWidget(self._tree)
        layout.addWidget(self._status)
        self._retranslate_ui()
        self._update_actions()

    def tree(self) -> QtWidgets.QTreeWidget:
        """The list of templates."""
        return self._tree

    def filter_field(self) -> QtWidgets.QLineEdit:
        """The filter above the list."""
        return self._filter

    def current_entry(self) -> TemplateEntry | None:
        """The selected template, if a template (not a folder) is selected."""
        item = self._tree.currentItem()
        entry = item.data(0, ENTRY_ROLE) if item is not None else None
        return entry if isinstance(entry, TemplateEntry) else None

    def current_folder(self) -> str | None:
        """The folder of the selected row (a folder or a template in it)."""
        item = self._tree.currentItem()
        return None if item is None else str(item.data(0, FOLDER_ROLE))

    def select_path(self, path: str) -> bool:
        """Select the template at *path*; whether it is listed."""
        items = QtWidgets.QTreeWidgetItemIterator(self._tree)
        while (item := items.value()) is not None:
            entry = item.data(0, ENTRY_ROLE)
            if isinstance(entry, TemplateEntry) and entry.path == path:
                self._tree.setCurrentItem(item)
                return True
            items += 1
        return False

    def refill(self) -> None:
        """List the library again (filtered), keeping the selection."""
        selected = self.current_entry()
        self._tree.clear()
        query = self._filter.text()
        by_folder: dict[str, list[TemplateEntry]] = {}
        for entry in self._library.search(query):
            by_folder.setdefault(entry.folder, []).append(entry)
        broken = count = 0
        for scan in self._library.folder_scans():
            group = QtWidgets.QTreeWidgetItem(self._tree)
            group.setData(0, FOLDER_ROLE, scan.folder)
            group.setFlags(group.flags() & ~QtCore.Qt.ItemFlag.ItemIsDragEnabled)
            group.setToolTip(0, scan.folder)
            entries = by_folder.get(scan.folder, [])
            if scan.offline:
                group.setText(0, self.tr("{folder} — offline").format(folder=_short(scan.folder)))
                group.setText(1, self._offline_reason(scan.offline))
                group.setForeground(0, self.palette().brush(
                    QtGui.QPalette.ColorGroup.Disabled, QtGui.QPalette.ColorRole.Text))
            else:
                group.setText(0, f"{_short(scan.folder)} ({len(entries)})")
            group.addChildren([self._row(e) for e in entries])
            broken += sum(e.error is not None for e in entries)
            count += len(entries)
            group.setExpanded(True)
        self._status.setText(
            self.tr("{count} templates, {broken} broken").format(count=count, broken=broken)
            if broken else self.tr("{count} templates").format(count=count))
        if selected is not None:
            self.select_path(selected.path)
        if count < 500:  # measuring thousands of rows costs more than it gives
            for column in range(5):
                self._tree.resizeColumnToContents(column)
        self._update_actions()

    def _row(self, entry: TemplateEntry) -> QtWidgets.QTreeWidgetItem:
        pinned = self._library.is_favourite(entry.path)
        item = QtWidgets.QTreeWidgetItem()
        item.setData(0, ENTRY_ROLE, entry)
        item.setData(0, FOLDER_ROLE, entry.folder)
        item.setText(0, (STAR if pinned else "") + entry.name)
        item.setToolTip(0, entry.path)
        if entry.error is not None:
            reason = domain_text(entry.error)
            item.setText(1, self.tr("Broken: {reason}").format(reason=reason))
            item.setToolTip(1, reason)
            item.setIcon(0, self.style().standardIcon(
                QtWidgets.QStyle.StandardPixmap.SP_MessageBoxWarning))
        else:
            item.setText(1, entry.note or entry.first_line)
            item.setToolTip(1, entry.text[:500])
            item.setText(2, str(len(entry.button_titles)))
        item.setText(3, datetime.fromtimestamp(entry.modified).strftime("%Y-%m-%d %H:%M"))
        item.setText(4, entry.saved_by)
        return item

    def _offline_reason(self, reason: str) -> str:
        known = {"the folder is not there": self.tr("the folder is not there"),
                 "it is not a folder": self.tr("it is not a folder")}
        return known.get(reason, reason)

    def _on_tree_item_activated(self, item: QtWidgets.QTreeWidgetItem, _column: int) -> None:
        entry = item.data(0, ENTRY_ROLE)
        if isinstance(entry, TemplateEntry) and entry.error is None:
            self.open_requested.emit(entry)

    def _update_actions(self, *_args: object) -> None:
        entry = self.current_entry()
        usable = entry is not None and entry.error is None
        for name in ("open", "duplicate"):
            self.template_actions[name].setEnabled(usable)
        for name in ("rename", "trash", "favourite"):
            self.template_actions[name].setEnabled(entry is not None)
        self.template_actions["favourite"].setChecked(
            entry is not None and self._library.is_favourite(entry.path))
        folder = self.current_folder()
        self.template_actions["removeFolder"].setEnabled(
            folder is not None and folder != self._library.default_folder)

    def _retranslate_ui(self) -> None:
        self.quick_search_action.setText(self.tr("&Find a template…"))
        self._filter.setPlaceholderText(self.tr("Filter templates"))
        self._filter.setAccessibleName(self.tr("Filter templates"))
        self._tree.setAccessibleName(self.tr("Templates"))
        self._tree.setHeaderLabels([self.tr("Name"), self.tr("Note or first line"),
                                    self.tr("Buttons"), self.tr("Modified"), self.tr("Saved by")])
        for name, text in (("open", self.tr("&Open as a new draft")),
                           ("new", self.tr("&New from this draft…")),
                           ("duplicate", self.tr("&Duplicate")), ("rename", self.tr("&Rename…")),
                           ("favourite", self.tr("&Favourite")),
                           ("trash", self.tr("Move to &trash")),
                           ("undo", self.tr("&Undo")),
                           ("addFolder", self.tr("&Add a folder…")),
                           ("removeFolder", self.tr("Re&move this folder from the list")),
                           ("refresh", self.tr("Re&fresh"))):
            self.template_actions[name].setText(text)
        self.refill()


def _short(folder: str) -> str:
    """A folder as shown: its last two parts."""
    parts = Path(folder).parts
    return str(Path(*parts[-2:])) if len(parts) > 2 else folder
