"""The Followers window: fetch who interacted with the OA (with progress and Cancel), name
them and note them, search, and pick one (the recipient field) or many (the bulk panel)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import date

from PySide6 import QtCore, QtGui, QtWidgets

from ...app.followers import FetchRejected, FollowerQuery, fetch_into_book
from ...app.services import AppServices, Route
from ...domain.errors import ZaloComposerError
from ...domain.followers import FETCH_CAP, FollowerState, default_range
from ...store.profiles import Profile
from ...store.recipients import RecipientsBook
from ..i18n import code_meaning, error_text
from ..retranslate import Retranslatable
from .model import RecipientsModel

log = logging.getLogger(__name__)
_STATES: tuple[FollowerState, ...] = ("all", "followers", "non-followers")


def _qdate(day: date) -> QtCore.QDate:
    return QtCore.QDate(day.year, day.month, day.day)


def _pydate(day: QtCore.QDate) -> date:
    return date(day.year(), day.month(), day.day())


class FollowersDialog(Retranslatable, QtWidgets.QDialog):
    """Fetch, name, search and pick recipients of the current profile's OA.

    Signals:
        picked_one: Use was pressed with one user selected (payload: the user id).
        picked_many: Use was pressed with several selected (payload: list of user ids).
        book_changed: a fetch or an edit changed the book (the completer reloads).
    """

    picked_one = QtCore.Signal(str)  # payload: user id
    picked_many = QtCore.Signal(list)  # payload: list[str] of user ids
    book_changed = QtCore.Signal()

    def __init__(self, services: AppServices, book: RecipientsBook,
                 current_profile: Callable[[], Profile | None],
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followersDialog")
        self._services, self._book, self._current_profile = services, book, current_profile
        self._task: asyncio.Future[None] | None = None
        self._stop = False
        self.model = RecipientsModel(book, self)
        start, end = default_range(date.today())
        self._from = QtWidgets.QDateEdit(_qdate(start), self)
        self._from.setObjectName("fromDate")
        self._to = QtWidgets.QDateEdit(_qdate(end), self)
        self._to.setObjectName("toDate")
        for edit in (self._from, self._to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self._state = QtWidgets.QComboBox(self)
        self._state.setObjectName("followerState")
        self._state.addItems(["", "", ""])
        self._tag = QtWidgets.QLineEdit(self)
        self._tag.setObjectName("tagFilter")
        self._fetch = QtWidgets.QPushButton(self)
        self._fetch.setObjectName("fetchButton")
        self._cancel = QtWidgets.QPushButton(self)
        self._cancel.setObjectName("cancelFetchButton")
        self._cancel.setEnabled(False)
        self._progress = QtWidgets.QProgressBar(self)
        self._progress.setObjectName("fetchProgress")
        self._progress.setTextVisible(True)
        self._status = QtWidgets.QLabel(self)
        self._status.setObjectName("fetchStatus")
        self._status.setWordWrap(True)
        self._search = QtWidgets.QLineEdit(self)
        self._search.setObjectName("searchField")
        self._search.setClearButtonEnabled(True)
        self._table = QtWidgets.QTableView(self)
        self._table.setObjectName("followersTable")
        self._table.setModel(self.model)
        self._table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.DoubleClicked
                                    | QtWidgets.QAbstractItemView.EditTrigger.EditKeyPressed
                                    | QtWidgets.QAbstractItemView.EditTrigger.AnyKeyPressed)
        self._table.horizontalHeader().setStretchLastSection(True)
        self._table.verticalHeader().hide()
        self._use = QtWidgets.QPushButton(self)
        self._use.setObjectName("useSelectedButton")
        self._close = QtWidgets.QPushButton(self)
        self._close.setObjectName("closeButton")
        self._build_layout()
        self._fetch.clicked.connect(self.fetch)
        self._cancel.clicked.connect(self.cancel)
        self._search.textChanged.connect(self._on_search_text_changed)
        self._use.clicked.connect(self.use_selected)
        self._close.clicked.connect(self.close)
        self.model.dataChanged.connect(self.book_changed)
        self.resize(940, 560)
        self._retranslate_ui()
        self.refresh()

    def _build_layout(self) -> None:
        self._labels = [QtWidgets.QLabel(self) for _ in range(4)]
        filters = QtWidgets.QHBoxLayout()
        for label, field in zip(self._labels, (self._from, self._to, self._state, self._tag),
                                strict=True):
            label.setBuddy(field)
            filters.addWidget(label)
            filters.addWidget(field, 1 if field is self._tag else 0)
        filters.addWidget(self._fetch)
        filters.addWidget(self._cancel)
        progress = QtWidgets.QHBoxLayout()
        progress.addWidget(self._progress)
        progress.addWidget(self._status, 1)
        self._search_label = QtWidgets.QLabel(self)
        self._search_label.setBuddy(self._search)
        search = QtWidgets.QHBoxLayout()
        search.addWidget(self._search_label)
        search.addWidget(self._search, 1)
        bottom = QtWidgets.QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self._use)
        bottom.addWidget(self._close)
        layout = QtWidgets.QVBoxLayout(self)
        for part in (filters, progress, search):
            layout.addLayout(part)
        layout.addWidget(self._table, 1)
        layout.addLayout(bottom)

    def _retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Followers"))
        for label, text in zip(self._labels, (self.tr("&From"), self.tr("&To"),
                                              self.tr("&Who"), self.tr("T&ag")), strict=True):
            label.setText(text)
        for index, text in enumerate((self.tr("Everyone"), self.tr("Followers only"),
                                      self.tr("Not following"))):
            self._state.setItemText(index, text)
        self._tag.setPlaceholderText(self.tr("Any tag"))
        self._fetch.setText(self.tr("F&etch who interacted"))
        self._fetch.setToolTip(self.tr("Ask eSMS (QueryListUID) which users interacted with "
                                       "the OA in these days; names and notes are kept"))
        self._cancel.setText(self.tr("&Cancel"))
        self._search_label.setText(self.tr("&Search"))
        self._search.setPlaceholderText(self.tr("Name, note, tag or id (accents optional)"))
        self._use.setText(self.tr("&Use selected"))
        self._use.setToolTip(self.tr("One user: the recipient field. Several: the bulk "
                                     "send's recipients."))
        self._close.setText(self.tr("Close"))
        self.model.headerDataChanged.emit(QtCore.Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)
        self._show_count()

    # --- state -------------------------------------------------------------------------

    def table(self) -> QtWidgets.QTableView:
        """The users shown (for tests and keyboard focus)."""
        return self._table

    def search_field(self) -> QtWidgets.QLineEdit:
        """The search field."""
        return self._search

    def status_text(self) -> str:
        """What the status line says."""
        return self._status.text()

    def set_query(self, query: FollowerQuery) -> None:
        """Put *query* in the filter fields."""
        self._from.setDate(_qdate(query.start))
        self._to.setDate(_qdate(query.end))
        self._state.setCurrentIndex(_STATES.index(query.state))
        self._tag.setText(query.tag)

    def query(self) -> FollowerQuery:
        """The query the filter fields describe."""
        return FollowerQuery(_pydate(self._from.date()), _pydate(self._to.date()),
                             _STATES[self._state.currentIndex()], self._tag.text().strip())

    def refresh(self) -> None:
        """Show the current profile's book, with its last sends from the history."""
        profile = self._current_profile()
        oaid = profile.oaid if profile is not None else ""
        if oaid:
            try:
                self._book.refresh_sends(oaid, self._services.history)
            except Exception as exc:  # the history is a nicety here, never a blocker
                log.warning("could not read the last sends: %s", exc)
        self.model.show(oaid, self._search.text())
        self._show_count()

    def _show_count(self) -> None:
        if self._task is None or self._task.done():
            self._status.setText(self.tr("{count} in the book").format(
                count=self.model.rowCount()))

    def _on_search_text_changed(self, text: str) -> None:
        profile = self._current_profile()
        self.model.show(profile.oaid if profile else "", text)
        self._show_count()

    # --- fetching ----------------------------------------------------------------------

    @property
    def fetching(self) -> bool:
        """True while a fetch runs."""
        return self._task is not None and not self._task.done()

    def fetch(self) -> asyncio.Future[None] | None:
        """Start fetching who interacted (merged into the book page by page)."""
        profile = self._current_profile()
        if self.fetching or profile is None:
            return None
        query = self.query()
        problem = query.problem()
        if problem:
            self._status.setText(self.tr("The start date is after the end date."))
            return None
        try:
            route = self._services.route(profile)
        except ZaloComposerError as exc:
            self._status.setText(error_text(exc))
            return None
        self._stop = False
        self._set_busy(True)
        self._progress.setRange(0, 0)
        self._status.setText(self.tr("Asking eSMS…"))
        self._task = asyncio.ensure_future(self._run(route, query))
        self._task.add_done_callback(self._on_task_done)
        return self._task

    def _on_task_done(self, task: asyncio.Future[None]) -> None:
        # Cancelled before or while it ran: _run had no chance to say so.
        if task.cancelled():
            self._finish(self.tr("Cancelled; what came before is kept."))

    async def _run(self, route: Route, query: FollowerQuery) -> None:
        try:
            outcome = await fetch_into_book(self._services.queries(), route, query, self._book,
                                            on_page=self._on_page, should_stop=lambda: self._stop)
        except FetchRejected as exc:
            self._finish(self.tr("eSMS answered {code}: {meaning}").format(
                code=exc.code, meaning=code_meaning(exc.code)))
        except ZaloComposerError as exc:
            self._finish(error_text(exc))
        else:
            text = self.tr("Fetched {count} of {total}.").format(
                count=len(outcome.user_ids), total=outcome.total)
            if outcome.stopped:
                text = self.tr("Cancelled after {count}; what came before is kept.").format(
                    count=len(outcome.user_ids))
            elif outcome.capped:
                text += " " + self.tr("eSMS gives at most {cap}: narrow the dates or add a "
                                      "filter.").format(cap=FETCH_CAP)
            self._finish(text)

    def _on_page(self, _ids: tuple[str, ...], fetched: int, total: int) -> None:
        self._progress.setRange(0, max(total, 1))
        self._progress.setValue(fetched)
        self._status.setText(self.tr("Fetched {count} of {total}…").format(
            count=fetched, total=total))

    def _finish(self, text: str) -> None:
        self._set_busy(False)
        self.model.reload()
        self._status.setText(text)
        self.book_changed.emit()

    def _set_busy(self, busy: bool) -> None:
        self._fetch.setEnabled(not busy)
        self._cancel.setEnabled(busy)
        if not busy:
            self._progress.setRange(0, 1)
            self._progress.setValue(1)

    def cancel(self) -> None:
        """Stop fetching: at once (the request in flight is dropped); pages kept."""
        self._stop = True
        if self._task is not None and not self._task.done():
            self._task.cancel()
            # Said now, not when the task's done-callback runs (a turn of the loop later).
            self._finish(self.tr("Cancelled; what came before is kept."))

    # --- picking -----------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """The selected users' ids, in table order."""
        rows = sorted({i.row() for i in self._table.selectionModel().selectedRows()})
        return [self.model.recipient(r).user_id for r in rows]

    def use_selected(self) -> None:
        """One selected: the recipient field; several: the bulk panel."""
        ids = self.selected_ids()
        if len(ids) == 1:
            self.picked_one.emit(ids[0])
        elif ids:
            self.picked_many.emit(ids)

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        """Closing stops a fetch."""
        self.cancel()
        super().closeEvent(event)
