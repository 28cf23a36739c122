"""Which placeholders the bulk send fills, told to the compose view: every one while the
Bulk send dock is in view, and those its recipients table has a column for at any time.

The single-send view then says "filled per recipient in Bulk send" instead of calling the
message broken (see `domain.variables.validate_with_defaults`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6 import QtCore, QtWidgets

if TYPE_CHECKING:
    from .bulk import BulkPanel


class _BulkView(Protocol):
    def set_bulk(self, columns: list[str], *, active: bool) -> None: ...


class BulkFills(QtCore.QObject):
    """Follows the Bulk send dock and its recipients table; gives the view the columns
    and whether the dock is in view. The panel is built when first shown (`panel` returns
    None before), so the table is followed from then on."""

    def __init__(self, dock: QtWidgets.QDockWidget, panel: Callable[[], BulkPanel | None],
                 view: _BulkView) -> None:
        super().__init__(dock)
        self._dock, self._panel, self._view = dock, panel, view
        self._active = False
        self._followed: BulkPanel | None = None
        dock.visibilityChanged.connect(self._on_dock_visibility_changed)

    def update(self) -> None:
        """Tell the view what the bulk send fills now."""
        panel = self._panel()
        if panel is not None and panel is not self._followed:
            self._followed = panel
            panel.recipients_model().modelReset.connect(self.update)
        table = panel.recipients() if panel is not None else None
        columns = list(table.columns) if table is not None and table.rows else []
        self._view.set_bulk(columns, active=self._active)

    def _on_dock_visibility_changed(self, visible: bool) -> None:
        # False as well when another dock's tab covers it: a run out of sight is not the
        # message the user is looking at.
        self._active = visible
        self.update()
