"""The results log panel: the table of sends and, for the selected one, what was sent and
what came back."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from ..delegates import MiddleElideDelegate
from ..i18n import QT_TRANSLATE_NOOP, domain_text
from ..request_answer import RequestAnswerPane
from ..retranslate import Retranslatable
from .model import (
    CODE,
    DURATION,
    ERROR_MESSAGE,
    HTTP,
    MEANING,
    PROFILE,
    RECIPIENT,
    REQUEST_ID,
    SMS_ID,
    TIME,
    ResultsModel,
    is_retryable,
    outcome_text,
    status_text,
)

__all__ = ["ResultsLog", "ResultsModel", "is_retryable", "status_text"]

NO_SELECTION_TEXT = QT_TRANSLATE_NOOP("ResultsLog",
                                      "Select a send to see the request and eSMS's answer.")
MEANING_SAMPLE = "Could not connect to eSMS within 10 s."
"""The Meaning column is never narrower than this text; the table scrolls instead."""


class ResultsLog(Retranslatable, QtWidgets.QWidget):
    """The sends of this session with, below, the selected send's request and response.

    Signals:
        retry_requested: the user asked to send a network failure again.
        status_requested: the user asked what became of an accepted message.
    """

    retry_requested = QtCore.Signal(object)  # payload: SendResult, resend with its RequestId
    status_requested = QtCore.Signal(object, str)  # payload: SendResult, profile name

    def __init__(
        self, model: ResultsModel | None = None, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resultsLog")
        self._model = model or ResultsModel(self)

        self._title = QtWidgets.QLabel()
        self._title.setObjectName("resultsTitle")
        self._retry = QtWidgets.QPushButton()
        self._retry.setObjectName("retryButton")
        self._status = QtWidgets.QPushButton()
        self._status.setObjectName("checkStatusButton")
        self._clear = QtWidgets.QPushButton()
        self._clear.setObjectName("clearButton")
        self._table = QtWidgets.QTableView()
        self._table.setObjectName("resultsTable")
        self._table.setTabKeyNavigation(False)  # Tab moves on; arrows move in the table
        self._summary = QtWidgets.QLabel()
        self._summary.setObjectName("resultSummary")
        # Small enough that the log fits in a short dock under the editor.
        self._details = RequestAnswerPane("resultDetails", "requestBodyView",
                                          "rawResponseView", min_lines=2)
        self._splitter = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        self._splitter.setObjectName("resultsSplitter")
        self._id_delegate = MiddleElideDelegate(self)
        self._fitting = False

        self._build_layout()
        self._set_up_table()
        self._retry.clicked.connect(self._on_retry_clicked)
        self._status.clicked.connect(self._on_status_clicked)
        self._clear.clicked.connect(self._on_clear_clicked)
        selection = self._table.selectionModel()
        selection.currentRowChanged.connect(self._on_selection_current_row_changed)
        self._model.dataChanged.connect(self._on_model_data_changed)
        self._model.rowsInserted.connect(self._on_model_rows_inserted)
        self._model.modelReset.connect(self._on_model_reset)
        self._table.horizontalHeader().sectionResized.connect(self._on_header_section_resized)
        self._table.viewport().installEventFilter(self)
        self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        self._title.setText(self.tr("Results"))
        self._retry.setText(self.tr("Re&try"))
        self._retry.setToolTip(self.tr(
            "Send the selected request again with the same RequestId: if the first one did "
            "arrive, eSMS answers 124 instead of sending it twice."))
        self._status.setText(self.tr("Check &status"))
        self._status.setToolTip(self.tr(
            "Ask eSMS what became of the selected message (GetSendStatus) and what Zalo said "
            "(GetCallback)"))
        self._clear.setText(self.tr("C&lear"))
        self._clear.setToolTip(self.tr("Remove every row from the log"))
        self._model.headerDataChanged.emit(QtCore.Qt.Orientation.Horizontal, 0,
                                           self._model.columnCount() - 1)
        self._model.refresh_texts()
        self._show_details()

    # -- public ------------------------------------------------------------------------

    def results_model(self) -> ResultsModel:
        """The model the table shows."""
        return self._model

    def set_orientation(self, orientation: QtCore.Qt.Orientation) -> None:
        """Details below the table (vertical, the default) or beside it (horizontal, for a
        short panel)."""
        self._splitter.setOrientation(orientation)
        if orientation == QtCore.Qt.Orientation.Horizontal:
            self._splitter.setSizes([640, 360])

    def set_title_visible(self, visible: bool) -> None:
        """Show or hide the panel's own title (a dock shows one already)."""
        self._title.setVisible(visible)

    def selected_row(self) -> int:
        """The selected row, or -1."""
        index = self._table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        """Select *row* and show its details."""
        self._table.selectRow(row)
        self._table.setCurrentIndex(self._model.index(row, 0))

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """Refit the Meaning column when the table's visible width changes."""
        if watched is self._table.viewport() and event.type() == QtCore.QEvent.Type.Resize:
            self._fit_meaning_column()
        return super().eventFilter(watched, event)

    # -- building ----------------------------------------------------------------------

    def _build_layout(self) -> None:
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        bar = QtWidgets.QHBoxLayout()
        bar.addWidget(self._title)
        bar.addStretch(1)
        bar.addWidget(self._status)
        bar.addWidget(self._retry)
        bar.addWidget(self._clear)

        self._summary.setWordWrap(True)
        self._summary.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self._summary.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
        )
        lower = QtWidgets.QWidget()
        lower_layout = QtWidgets.QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        lower_layout.addWidget(self._summary)
        lower_layout.addWidget(self._details, 1)

        self._table.setMinimumHeight(self._table.fontMetrics().height() * 4 + 24)
        self._splitter.addWidget(self._table)
        self._splitter.addWidget(lower)
        self._splitter.setStretchFactor(0, 3)
        self._splitter.setStretchFactor(1, 2)
        self._splitter.setChildrenCollapsible(False)

        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self._splitter, 1)

    def _set_up_table(self) -> None:
        table = self._table
        table.setModel(self._model)
        table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setTextElideMode(QtCore.Qt.TextElideMode.ElideRight)
        for column in (RECIPIENT, REQUEST_ID, SMS_ID):
            table.setItemDelegateForColumn(column, self._id_delegate)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(
            table.fontMetrics().height() + 10
        )
        table.setIconSize(QtCore.QSize(16, 16))
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(40)
        metrics = table.fontMetrics()
        # Room for typical content, so nothing important is elided on a normal screen.
        samples = {
            TIME: "00:00:00__", PROFILE: "Shop Hà Nội", RECIPIENT: "8412345678901234",
            REQUEST_ID: "0123456789abcdef0123", HTTP: "HTTP_", CODE: "Code_",
            SMS_ID: "a1b2c3d4-e5f6-7a8b", ERROR_MESSAGE: "Authorize Failed",
            DURATION: "10000 ms",
        }
        for column, sample in samples.items():
            extra = 28 if column == TIME else 16  # the state badge, and cell padding
            header.resizeSection(column, metrics.horizontalAdvance(sample) + extra)
        # Not QHeaderView's Stretch: that squeezes Meaning, the column that matters most,
        # to nothing in a narrow window. It takes the room left, but never less than this.
        self._meaning_min_width = metrics.horizontalAdvance(MEANING_SAMPLE) + 16
        header.resizeSection(MEANING, self._meaning_min_width)
        header.setStretchLastSection(False)
        table.setMinimumHeight(metrics.height() * 6)

    def _fit_meaning_column(self) -> None:
        if self._fitting:
            return
        header = self._table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != MEANING)
        width = max(self._meaning_min_width, self._table.viewport().width() - others)
        self._fitting = True
        try:
            header.resizeSection(MEANING, width)
        finally:
            self._fitting = False

    # -- showing -----------------------------------------------------------------------

    def _show_details(self) -> None:
        row = self.selected_row()
        result = self._model.result_at(row) if row >= 0 else None
        if row < 0:
            self._summary.setText(self.tr(NO_SELECTION_TEXT))
        elif result is None:
            self._summary.setText(self.tr("Sending… the answer will appear here."))
        else:
            seen = self._model.observation_at(row)
            zalo = ("\n" + outcome_text(seen) if seen is not None
                    and result.outcome == "accepted" else "")
            self._summary.setText(status_text(result) + zalo)
        if result is None:
            self._details.clear_exchange()
        else:
            self._details.show_exchange(result.request_body, result.raw_response,
                                        domain_text(result.meaning))
        self._retry.setEnabled(result is not None and is_retryable(result))
        unknown = row >= 0 and self._model.state_at(row) == "unknown"
        self._status.setEnabled(result is not None and (bool(result.sms_id) or unknown))
        if result is not None:
            which = self.tr("to {recipient}, RequestId {request_id}").format(
                recipient=result.recipient, request_id=result.request_id)
            self._retry.setToolTip(self.tr("Send the selected request again ({which}) with the "
                                           "same RequestId: if the first one did arrive, eSMS "
                                           "answers 124 instead of sending it twice.").format(
                                               which=which))
            self._status.setToolTip(self.tr("Ask eSMS what became of the selected message "
                                            "({which})").format(which=which))
            if unknown:
                self._summary.setText(self._summary.text() + "\n" + self.tr(
                    "Outcome unknown: check before sending again (Check status, or Retry, "
                    "which reuses the RequestId so eSMS cannot deliver it twice)."))
        self._clear.setEnabled(self._model.rowCount() > 0)

    # -- slots -------------------------------------------------------------------------

    @QtCore.Slot()
    def _on_retry_clicked(self) -> None:
        row = self.selected_row()
        result = self._model.result_at(row) if row >= 0 else None
        if result is None or not is_retryable(result):
            return
        # One retry per click: the button comes back when the row changes again.
        self._retry.setEnabled(False)
        self.retry_requested.emit(result)

    @QtCore.Slot()
    def _on_status_clicked(self) -> None:
        row = self.selected_row()
        result = self._model.result_at(row) if row >= 0 else None
        if result is not None:
            self.status_requested.emit(result, self._model.profile_at(row))

    def show_status_text(self, text: str) -> None:
        """Show a status answer under the table (plain words)."""
        self._summary.setText(text)

    @QtCore.Slot()
    def _on_clear_clicked(self) -> None:
        self._model.clear()

    @QtCore.Slot(QtCore.QModelIndex, QtCore.QModelIndex)
    def _on_selection_current_row_changed(
        self, _current: QtCore.QModelIndex, _previous: QtCore.QModelIndex
    ) -> None:
        self._show_details()

    @QtCore.Slot(QtCore.QModelIndex, QtCore.QModelIndex)
    def _on_model_data_changed(
        self, top_left: QtCore.QModelIndex, bottom_right: QtCore.QModelIndex
    ) -> None:
        if top_left.row() <= self.selected_row() <= bottom_right.row():
            self._show_details()

    @QtCore.Slot(QtCore.QModelIndex, int, int)
    def _on_model_rows_inserted(self, _parent: QtCore.QModelIndex, first: int, _last: int) -> None:
        # New rows go on top: the log follows the newest one, so the details, Retry and
        # Check status never act on an old row that has scrolled away.
        self.select_row(first)
        self._table.scrollToTop()

    @QtCore.Slot()
    def _on_model_reset(self) -> None:
        self._show_details()

    @QtCore.Slot(int, int, int)
    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column != MEANING:
            self._fit_meaning_column()
