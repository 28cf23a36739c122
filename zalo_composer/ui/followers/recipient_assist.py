"""The recipient field's help from the recipients book: type part of a name, pick it, get
the id (a QCompleter over the book, accents optional, for the recipient being typed after
the last comma); and a note under the field with when each recipient last interacted, or
the plain 7-day warning (a warning, never a block). With the Sandbox profile the field
offers the sandbox's test recipients too: in the completer and in a small menu on the
field (`SandboxRecipients`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6 import QtCore, QtGui, QtWidgets

from ...domain.demo import DEMO_RECIPIENTS
from ...domain.followers import fold
from ...domain.model import split_recipients
from ...store.recipients import RecipientsBook
from ..i18n import domain_text
from ..retranslate import Retranslatable
from .words import interaction_text, needs_warning, warning_text

SEARCH_ROLE = QtCore.Qt.ItemDataRole.UserRole + 1
"""Folded name, note, tags and id: what the completer matches."""
USER_ID_ROLE = QtCore.Qt.ItemDataRole.UserRole + 2
SHOWN_RECIPIENTS = 3
"""The note speaks of the first few recipients; a longer list belongs in the bulk panel."""
COMPLETER_ROWS = 5000


class RecipientNote(Retranslatable, QtWidgets.QLabel):
    """Under the recipient field: "interacted N days ago", or the 7-day warning."""

    def __init__(self, book: Callable[[], RecipientsBook | None], oaid: Callable[[], str],
                 line_edit: QtWidgets.QLineEdit, parent: QtWidgets.QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("recipientNote")
        self.setWordWrap(True)
        self.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self._book, self._oaid, self._edit, self._today = book, oaid, line_edit, today
        self.warning = False
        """True while the note warns about the 7-day rule."""
        line_edit.textChanged.connect(self.update_note)
        self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        self.update_note()

    def update_note(self) -> None:
        """Say again what the book knows of the recipients typed."""
        book, oaid = self._book(), self._oaid()
        ids = [i for i in split_recipients(self._edit.text()) if i.isdigit()]
        lines: list[str] = []
        warning = False
        today = self._today()
        for user_id in ids[:SHOWN_RECIPIENTS]:
            known = book.get(oaid, user_id) if book is not None and oaid else None
            who = known.label if known is not None else user_id
            if needs_warning(known, today):
                warning = True
                lines.append(warning_text(who, known, today))
            else:
                lines.append(f"✓ {who}: {interaction_text(known, today)}")
        if len(ids) > SHOWN_RECIPIENTS:
            lines.append(self.tr("… and {count} more").format(count=len(ids) - SHOWN_RECIPIENTS))
        self.warning = warning
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))


class RecipientCompleter(QtCore.QObject):
    """Completes the recipient after the last comma from the book's names, notes, tags and
    ids; choosing one puts its id in its place."""

    def __init__(self, line_edit: QtWidgets.QLineEdit) -> None:
        super().__init__(line_edit)
        self._edit = line_edit
        self.model = QtGui.QStandardItemModel(self)
        self.completer = QtWidgets.QCompleter(self.model, self)
        self.completer.setObjectName("recipientCompleter")
        self.completer.setWidget(line_edit)
        self.completer.setCompletionRole(SEARCH_ROLE)
        self.completer.setFilterMode(QtCore.Qt.MatchFlag.MatchContains)
        self.completer.setCaseSensitivity(QtCore.Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QtWidgets.QCompleter.CompletionMode.PopupCompletion)
        # The QModelIndex overload: the completion role holds folded text, not the id.
        activated = self.completer.activated[QtCore.QModelIndex]  # type: ignore[index]
        activated.connect(self._on_completer_activated)
        line_edit.textEdited.connect(self._on_edit_text_edited)

    def load(self, book: RecipientsBook | None, oaid: str, *, sandbox: bool = False) -> None:
        """Offer the users of *oaid* in *book*, and the sandbox's test recipients first
        when the profile sends to the sandbox."""
        self.model.clear()
        if sandbox:
            for recipient in DEMO_RECIPIENTS:
                row = QtGui.QStandardItem(sandbox_label(recipient.user_id, recipient.outcome))
                row.setData(fold(f"sandbox {recipient.outcome} {recipient.user_id}"),
                            SEARCH_ROLE)
                row.setData(recipient.user_id, USER_ID_ROLE)
                self.model.appendRow(row)
        if book is None or not oaid:
            return
        for item in book.search(oaid, limit=COMPLETER_ROWS):
            shown = f"{item.name} — {item.user_id}" if item.name else item.user_id
            if item.note:
                shown += f" · {item.note}"
            row = QtGui.QStandardItem(shown)
            row.setData(fold(" ".join([item.name, item.note, *item.tags, item.user_id])),
                        SEARCH_ROLE)
            row.setData(item.user_id, USER_ID_ROLE)
            self.model.appendRow(row)

    def _typed(self) -> str:
        return self._edit.text().rsplit(",", 1)[-1].strip()

    def _on_edit_text_edited(self, _text: str) -> None:
        typed = fold(self._typed())
        popup = self.completer.popup()
        if len(typed) < 2:
            if popup is not None:
                popup.hide()
            return
        self.completer.setCompletionPrefix(typed)
        if self.completer.completionCount() > 0:
            self.completer.complete()
        elif popup is not None:
            popup.hide()

    def choose(self, index: QtCore.QModelIndex) -> None:
        """Put the user of *index* (of the completion model) where the typing was."""
        user_id = str(index.data(USER_ID_ROLE) or "")
        if not user_id:
            return
        head = self._edit.text().rsplit(",", 1)
        before = [p.strip() for p in head[0].split(",")] if len(head) == 2 else []
        self._edit.setText(", ".join([*[p for p in before if p], user_id]))
        self._edit.setCursorPosition(len(self._edit.text()))

    def _on_completer_activated(self, index: QtCore.QModelIndex) -> None:
        self.choose(index)


def sandbox_label(user_id: str, outcome: str) -> str:
    """“1000000000000000001 — accepted, then sent by Zalo” in the UI's language."""
    return f"{user_id} — {domain_text(outcome)}"


class SandboxRecipients(QtCore.QObject):
    """A button at the end of the recipient field, shown with the Sandbox profile: a menu
    of the sandbox's test recipients, each ending one known way; picking one makes it the
    recipient."""

    def __init__(self, line_edit: QtWidgets.QLineEdit) -> None:
        super().__init__(line_edit)
        self._edit = line_edit
        self.menu = QtWidgets.QMenu(line_edit)
        self.menu.setObjectName("sandboxRecipientsMenu")
        self.action = QtGui.QAction(line_edit)
        self.action.setObjectName("sandboxRecipientsAction")
        self.action.setVisible(False)
        self.action.triggered.connect(self._on_action_triggered)
        line_edit.addAction(self.action, QtWidgets.QLineEdit.ActionPosition.TrailingPosition)
        self.menu.triggered.connect(self._on_menu_triggered)
        self.retranslate()

    def set_shown(self, shown: bool) -> None:
        """Show the button (the profile sends to the sandbox) or hide it."""
        self.action.setIcon(_menu_icon(self._edit.palette().color(
            QtGui.QPalette.ColorRole.Text)))  # the theme's text colour, light or dark
        self.action.setVisible(shown)

    def retranslate(self) -> None:
        """The tooltip and the menu in the UI's language (the window's `Followers` calls it)."""
        self.action.setToolTip(self.tr("Sandbox test recipients: each ends one known way"))
        self.menu.clear()
        for recipient in DEMO_RECIPIENTS:
            item = self.menu.addAction(sandbox_label(recipient.user_id, recipient.outcome))
            item.setData(recipient.user_id)

    def _on_action_triggered(self) -> None:
        self.menu.popup(self._edit.mapToGlobal(self._edit.rect().bottomRight())
                        - QtCore.QPoint(self.menu.sizeHint().width(), 0))

    def _on_menu_triggered(self, action: QtGui.QAction) -> None:
        user_id = str(action.data() or "")
        if user_id:
            self._edit.setText(user_id)
            self._edit.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
            self._edit.editingFinished.emit()


def _menu_icon(color: QtGui.QColor, size: int = 16) -> QtGui.QIcon:
    """A small downward chevron in *color*: "a menu opens here"."""
    pixmap = QtGui.QPixmap(size, size)
    pixmap.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(pixmap)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    pen = QtGui.QPen(color, 1.8)
    pen.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    third = size / 3
    painter.drawPolyline([QtCore.QPointF(third * 0.8, third * 1.2),
                          QtCore.QPointF(size / 2, third * 2.1),
                          QtCore.QPointF(size - third * 0.8, third * 1.2)])
    painter.end()
    return QtGui.QIcon(pixmap)
