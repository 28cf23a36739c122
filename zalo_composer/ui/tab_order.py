"""Tab in reading order: one ring through every control of a window, rebuilt at each
keystroke from what is shown now, so added button rows, opened docks and the tab of a
dock in front all take their place and nothing traps the focus.

The window lists its areas in order (`TabRing.areas`); an area is a list of widgets
already in order (the compose view's own) or a container whose focusable children are
read top to bottom, left to right (toolbar, docks, status bar).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6 import QtCore, QtWidgets

Area = QtWidgets.QWidget | Sequence[QtWidgets.QWidget]
"""A container read in reading order, or widgets already in order."""

_TAB = QtCore.Qt.FocusPolicy.TabFocus


def takes_tab(widget: QtWidgets.QWidget) -> bool:
    """Whether Tab may stop on *widget* now: enabled, focusable by Tab, and shown — in
    view, or scrolled out of a scroll area that is itself in view (Tab scrolls it in);
    not in a dock behind another dock's tab."""
    if not (widget.focusPolicy().value & _TAB.value and widget.isEnabled()
            and widget.isVisible()):
        return False
    if type(widget) is QtWidgets.QScrollArea:
        return False  # a frame around controls, which take the stops themselves
    if not widget.visibleRegion().isEmpty():
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QtWidgets.QScrollArea):
            return not parent.visibleRegion().isEmpty()
        parent = parent.parentWidget()
    return False


def _inside_a_composite(widget: QtWidgets.QWidget, root: QtWidgets.QWidget) -> bool:
    """The line edit of a spin box or combo box, the scroll buttons of a tab bar, a cell
    editor of a table: their owner takes the stop."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QtWidgets.QAbstractSpinBox | QtWidgets.QComboBox
                      | QtWidgets.QTabBar | QtWidgets.QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def reading_order(container: QtWidgets.QWidget) -> list[QtWidgets.QWidget]:
    """*container*'s focusable children, by lines top to bottom, each line left to right."""
    found = [w for w in container.findChildren(QtWidgets.QWidget)
             if takes_tab(w) and not _inside_a_composite(w, container)]
    placed = [(w.mapTo(container, QtCore.QPoint(0, 0)), w) for w in found]
    placed.sort(key=lambda item: (item[0].y() + item[1].height() // 2, item[0].x()))
    lines: list[list[tuple[QtCore.QPoint, QtWidgets.QWidget]]] = []
    for point, widget in placed:
        centre = point.y() + widget.height() // 2
        if lines:
            first_point, first = lines[-1][0]
            if first_point.y() <= centre < first_point.y() + first.height():
                lines[-1].append((point, widget))
                continue
        lines.append([(point, widget)])
    return [w for line in lines for _, w in sorted(line, key=lambda item: item[0].x())]


class TabRing:
    """The ring of Tab stops of one window, made from its areas in order."""

    def __init__(self, areas: Callable[[], Iterable[Area]]) -> None:
        self._areas = areas

    def stops(self) -> list[QtWidgets.QWidget]:
        """Every control Tab visits now, in order."""
        stops: list[QtWidgets.QWidget] = []
        for area in self._areas():
            if isinstance(area, QtWidgets.QWidget):
                stops += reading_order(area)
            else:
                stops += [w for w in area if takes_tab(w)]
        unique: list[QtWidgets.QWidget] = []
        for widget in stops:
            proxy = widget.focusProxy()
            while proxy is not None:  # a tab widget's focus is its tab bar
                widget, proxy = proxy, proxy.focusProxy()
            if widget not in unique and takes_tab(widget):
                unique.append(widget)
        return unique

    def move(self, forward: bool) -> bool:
        """Put the focus on the next (previous) stop after the focused one; False when the
        focus is not on a stop of this ring (Qt's own chain then decides)."""
        stops = self.stops()
        focused = QtWidgets.QApplication.focusWidget()
        if focused is None or not stops:
            return False
        index = next((i for i, w in enumerate(stops) if w is focused), -1)
        if index < 0:  # inside a stop (the line edit of a spin box): the innermost one
            holders = [i for i, w in enumerate(stops) if w.isAncestorOf(focused)]
            index = max(holders, key=lambda i: _depth(stops[i]), default=-1)
        if index < 0:
            return False
        target = stops[(index + (1 if forward else -1)) % len(stops)]
        reason = (QtCore.Qt.FocusReason.TabFocusReason if forward
                  else QtCore.Qt.FocusReason.BacktabFocusReason)
        _reveal(target)
        target.setFocus(reason)
        return True


def _depth(widget: QtWidgets.QWidget) -> int:
    depth, parent = 0, widget.parentWidget()
    while parent is not None:
        depth, parent = depth + 1, parent.parentWidget()
    return depth


def _reveal(widget: QtWidgets.QWidget) -> None:
    """Scroll every scroll area around *widget* so that it is in view."""
    parent = widget.parentWidget()
    while parent is not None:
        content = parent.widget() if isinstance(parent, QtWidgets.QScrollArea) else None
        if isinstance(parent, QtWidgets.QScrollArea) and content is not None \
                and content.isAncestorOf(widget):
            parent.ensureWidgetVisible(widget, 0, 8)
        parent = parent.parentWidget()
