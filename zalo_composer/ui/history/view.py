"""The History window: every send ever made, filtered, with reopen, resend, CSV export,
clearing and the retention setting."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from ...domain.draft import load_draft
from ...domain.errors import DraftError
from ...domain.model import Draft
from ...store.history import History, HistoryFilter, HistoryRow
from ..i18n import error_text, translate
from ..retranslate import Retranslatable
from .details import HistoryDetails
from .filter_bar import HistoryFilterBar
from .model import HistoryModel
from .retention import MAX_RETENTION_DAYS, retention_days, save_retention_days
from .table import HistoryTable

DAY_SECONDS = 86_400


def sends(count: int) -> str:
    """``1 send``, ``12,345 sends`` (in the UI's language)."""
    if count == 1:
        return translate("HistoryWindow", "1 send")
    return translate("HistoryWindow", "{count} sends").format(count=f"{count:,}")


def draft_of(row: HistoryRow) -> Draft:
    """The draft *row* was sent from; for a row without one, the message rebuilt from its
    request body (without that send's RequestId, which a new send must not reuse).
    Raises DraftError."""
    if row.draft:
        return load_draft(row.draft).draft
    return dataclasses.replace(load_draft(row.request_body).draft, request_id=None)


class HistoryWindow(Retranslatable, QtWidgets.QWidget):
    """A top-level window over the send history. *settings* holds the retention setting
    (default: the application's QSettings).

    Signals:
        reopen_requested: the user asked to edit a past send's draft again.
        resend_requested: the user confirmed sending a past message again, with a new
            RequestId; the receiver sends it.
    """

    reopen_requested = QtCore.Signal(object)  # payload: Draft to load into the editor
    # payload: Draft (the row's recipient only, no RequestId, no schedule), profile name
    resend_requested = QtCore.Signal(object, str)

    def __init__(
        self, history: History, parent: QtWidgets.QWidget | None = None, *,
        settings: QtCore.QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyWindow")
        self.setWindowFlag(QtCore.Qt.WindowType.Window)
        self._history = history
        self._settings = settings if settings is not None else QtCore.QSettings()
        self._model = HistoryModel(history, parent=self)
        self._filter_bar = HistoryFilterBar()
        self._table = HistoryTable(self._model)
        self._details = HistoryDetails()
        self._reopen = QtWidgets.QPushButton()
        self._reopen.setObjectName("historyReopen")
        self._resend = QtWidgets.QPushButton()
        self._resend.setObjectName("historyResend")
        self._splitter = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        self._splitter.setObjectName("historySplitter")
        self._retention = QtWidgets.QSpinBox()
        self._retention.setObjectName("historyRetentionDays")
        self._apply_retention = QtWidgets.QPushButton()
        self._apply_retention.setObjectName("historyApplyRetention")
        self._status = QtWidgets.QLabel()
        self._status.setObjectName("historyStatus")
        self._export = QtWidgets.QPushButton()
        self._export.setObjectName("historyExport")
        self._clear = QtWidgets.QPushButton()
        self._keep = QtWidgets.QLabel()
        self._clear.setObjectName("historyClear")
        self._shown_before = False

        self._set_up_widgets()
        self._build_layout()
        self._retranslate_ui()
        self._connect()
        self._show_count()
        self._show_selection()
        self.resize(1180, 760)

    # -- public ------------------------------------------------------------------------

    def history_model(self) -> HistoryModel:
        """The model the table shows."""
        return self._model

    def current_filter(self) -> HistoryFilter:
        """The filter the table shows."""
        return self._model.current_filter()

    def refresh(self) -> None:
        """Read the history again (after a send), keeping the selected send selected."""
        selected = self.selected_row()
        self._model.refresh()
        if selected is not None and (row := self._model.row_of(selected.id)) >= 0:
            self.select_row(row)
        self._show_count()
        self._show_selection()

    def selected_row(self) -> HistoryRow | None:
        """The selected send, or None."""
        index = self._table.currentIndex()
        return self._model.row_at(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        """Select table row *row* and show its details."""
        self._table.selectRow(row)
        self._table.setCurrentIndex(self._model.index(row, 0))

    def add_detail_button(self, button: QtWidgets.QAbstractButton) -> None:
        """Put *button* with the actions on the selected send (Reopen, Resend …)."""
        self._details.add_action(button)

    def show_status(self, text: str) -> None:
        """Show *text* in the window's status line."""
        self._status.setText(text)

    def status_text(self) -> str:
        """The last status message (export, clear, retention)."""
        return self._status.text()

    def _retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Send history"))
        self._reopen.setText(self.tr("Re&open as draft"))
        self._reopen.setToolTip(self.tr("Load this send's draft into the editor (Enter)"))
        self._resend.setText(self.tr("Re&send…"))
        self._resend.setToolTip(self.tr("Send this message again to the same recipient with a "
                                        "new RequestId (asks first)"))
        self._apply_retention.setText(self.tr("&Apply"))
        self._apply_retention.setToolTip(self.tr("Save the setting and delete older sends now"))
        self._retention.setSuffix(self.tr(" days"))
        self._retention.setSpecialValueText(self.tr("forever (0)"))
        self._retention.setAccessibleName(self.tr("Keep history for N days (0 = forever)"))
        self._retention.setToolTip(self.tr("Sends older than this are deleted when you apply it "
                                           "and each time the program starts; 0 keeps them "
                                           "forever"))
        self._export.setText(self.tr("&Export CSV…"))
        self._export.setToolTip(self.tr("Write the sends the filters show to a CSV file"))
        self._clear.setText(self.tr("C&lear history…"))
        self._clear.setToolTip(self.tr("Delete every send from the history (asks first)"))
        self._keep.setText(self.tr("&Keep history for"))

        self._model.refresh_texts()
        self._show_count()
    def showEvent(self, event: QtGui.QShowEvent) -> None:
        """Showing the window again reads the sends made since it was hidden."""
        if self._shown_before and not event.spontaneous():
            self.refresh()
        self._shown_before = True
        super().showEvent(event)

    # -- overridable questions (tests replace these) -----------------------------------

    def _confirm(self, title: str, text: str) -> bool:
        answer = QtWidgets.QMessageBox.question(
            self, title, text,
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
            QtWidgets.QMessageBox.StandardButton.No,
        )
        return answer == QtWidgets.QMessageBox.StandardButton.Yes

    def _show_error(self, title: str, text: str) -> None:
        QtWidgets.QMessageBox.warning(self, title, text)

    def _ask_export_path(self) -> Path | None:
        folder = QtCore.QStandardPaths.writableLocation(
            QtCore.QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = Path(folder) / f"zalo-history-{time.strftime('%Y-%m-%d')}.csv"
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Export history to CSV"), str(suggested),
            self.tr("CSV files (*.csv);;All files (*)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(".csv")

    # -- building ----------------------------------------------------------------------

    def _set_up_widgets(self) -> None:
        self._details.add_action(self._reopen)
        self._details.add_action(self._resend)
        self._retention.setRange(0, MAX_RETENTION_DAYS)
        self._retention.setValue(retention_days(self._settings))
        self._status.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self._status.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored,
                                   QtWidgets.QSizePolicy.Policy.Preferred)

    def _build_layout(self) -> None:
        self._splitter.addWidget(self._table)
        self._splitter.addWidget(self._details)
        self._splitter.setStretchFactor(0, 3)
        self._splitter.setStretchFactor(1, 2)
        self._splitter.setChildrenCollapsible(False)

        keep = self._keep
        keep.setBuddy(self._retention)
        bottom = QtWidgets.QHBoxLayout()
        bottom.addWidget(keep)
        bottom.addWidget(self._retention)
        bottom.addWidget(self._apply_retention)
        bottom.addSpacing(12)
        bottom.addWidget(self._status, 1)
        bottom.addWidget(self._export)
        bottom.addWidget(self._clear)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self._filter_bar)
        layout.addWidget(self._splitter, 1)
        layout.addLayout(bottom)

        find = QtGui.QShortcut(QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Find), self)
        find.setObjectName("historyFindShortcut")
        find.activated.connect(self._on_find_shortcut_activated)
        close = QtGui.QShortcut(QtGui.QKeySequence(QtCore.Qt.Key.Key_Escape), self)
        close.setObjectName("historyCloseShortcut")
        close.activated.connect(self._on_close_shortcut_activated)

    def _connect(self) -> None:
        self._filter_bar.filter_changed.connect(self._on_filter_bar_filter_changed)
        selection = self._table.selectionModel()
        selection.currentRowChanged.connect(self._on_selection_current_row_changed)
        self._model.modelReset.connect(self._on_model_reset)
        self._table.row_activated.connect(self._on_table_row_activated)
        self._reopen.clicked.connect(self._on_reopen_clicked)
        self._resend.clicked.connect(self._on_resend_clicked)
        self._export.clicked.connect(self._on_export_clicked)
        self._clear.clicked.connect(self._on_clear_clicked)
        self._apply_retention.clicked.connect(self._on_apply_retention_clicked)

    # -- showing -----------------------------------------------------------------------

    def _show_count(self) -> None:
        count = self._model.total_count()
        filtered = self._model.current_filter() != HistoryFilter()
        if not filtered:
            self._filter_bar.set_count_text(sends(count))
        else:
            self._filter_bar.set_count_text(
                (self.tr("{sends} matches") if count == 1 else self.tr("{sends} match")).format(
                    sends=sends(count)))

    def _show_selection(self) -> None:
        row = self.selected_row()
        self._details.show_row(row)
        self._reopen.setEnabled(row is not None)
        self._resend.setEnabled(row is not None)

    def _selected_draft(self, error_title: str) -> tuple[HistoryRow, Draft] | None:
        """The selected row and the draft it was sent from; None (the user told why, under
        *error_title*) when there is none or it cannot be read."""
        row = self.selected_row()
        if row is None:
            return None
        try:
            return row, draft_of(row)
        except DraftError as exc:
            self._show_error(error_title, error_text(exc))
            return None

    def _reopen_selected(self) -> None:
        if selected := self._selected_draft(self.tr("Cannot reopen this send")):
            self.reopen_requested.emit(selected[1])

    # -- slots -------------------------------------------------------------------------

    @QtCore.Slot(object)
    def _on_filter_bar_filter_changed(self, flt: HistoryFilter) -> None:
        self._model.set_filter(flt)
        self._show_count()

    @QtCore.Slot(QtCore.QModelIndex, QtCore.QModelIndex)
    def _on_selection_current_row_changed(
        self, _current: QtCore.QModelIndex, _previous: QtCore.QModelIndex
    ) -> None:
        self._show_selection()

    @QtCore.Slot()
    def _on_model_reset(self) -> None:
        self._show_selection()

    @QtCore.Slot(int)
    def _on_table_row_activated(self, _row: int) -> None:
        self._reopen_selected()

    @QtCore.Slot()
    def _on_reopen_clicked(self) -> None:
        self._reopen_selected()

    @QtCore.Slot()
    def _on_resend_clicked(self) -> None:
        selected = self._selected_draft(self.tr("Cannot resend this send"))
        if selected is None:
            return
        row, draft = selected
        draft = dataclasses.replace(draft, recipients=(row.recipient,), request_id=None,
                                    send_date=None)
        text = self.tr("Send this message again to {recipient} with the profile “{profile}”?"
                       "\n\nA NEW RequestId will be used, so eSMS treats it as a new message "
                       "and sends it now.").format(recipient=row.recipient, profile=row.profile)
        if row.state in ("unknown", "sending"):
            text += "\n\n" + self.tr("The first send's outcome is unknown: eSMS may already "
                                     "have sent it.")
        if self._confirm(self.tr("Resend message"), text):
            self.resend_requested.emit(draft, row.profile)

    @QtCore.Slot()
    def _on_export_clicked(self) -> None:
        if self._filter_bar.current_filter() != self._model.current_filter():
            self._filter_bar.apply_now()  # export what the fields say, typing included
        path = self._ask_export_path()
        if path is None:
            return
        try:
            count = self._history.export_csv(path, self._model.current_filter())
        except OSError as exc:
            self._show_error(self.tr("Export failed"), self.tr("Could not write {path}:\n{reason}")
                             .format(path=path, reason=exc.strerror or exc))
            return
        self._status.setText(
            (self.tr("Exported 1 row to {path}") if count == 1 else
             self.tr("Exported {count} rows to {path}")).format(count=f"{count:,}", path=path))

    @QtCore.Slot()
    def _on_clear_clicked(self) -> None:
        count = self._history.count()
        if not count:
            self._status.setText(self.tr("The history is already empty."))
            return
        if not self._confirm(self.tr("Clear history"), self.tr(
                "Delete all {sends} from the history?\n\nThis cannot be undone. Export them to "
                "CSV first if you may need them.").format(sends=sends(count))):
            return
        deleted = self._history.clear()
        self.refresh()
        self._status.setText(self.tr("Deleted {sends}.").format(sends=sends(deleted)))

    @QtCore.Slot()
    def _on_apply_retention_clicked(self) -> None:
        days = self._retention.value()
        if days == 0:
            save_retention_days(0, self._settings)
            self._status.setText(self.tr("History is kept forever."))
            return
        now = time.time()
        old = self._history.count(HistoryFilter(until=now - days * DAY_SECONDS))
        if old and not self._confirm(
            self.tr("Apply history retention"),
            self.tr("Delete {sends} older than {days} days now, and older sends at each start "
                    "from now on?\n\nThis cannot be undone.").format(sends=sends(old), days=days),
        ):
            return
        save_retention_days(days, self._settings)
        deleted = self._history.apply_retention(days, now=now)
        self.refresh()
        self._status.setText(self.tr("Keeping {days} days of history; deleted {sends}.").format(
            days=days, sends=sends(deleted)))

    def focus_search(self) -> None:
        """Put the keyboard in the free-text search field."""
        self._filter_bar.focus_text()

    @QtCore.Slot()
    def _on_find_shortcut_activated(self) -> None:
        self.focus_search()

    @QtCore.Slot()
    def _on_close_shortcut_activated(self) -> None:
        self.close()
