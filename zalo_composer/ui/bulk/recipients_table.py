"""The recipients area of the bulk panel: Paste ids, Import CSV, Clear, the count, and the
table of recipients with each row's status and result."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore, QtWidgets

from ...domain.errors import ZaloComposerError
from ...domain.variables import RecipientsTable, parse_recipients_text
from ...store.files import read_recipients_csv
from ..delegates import MiddleElideDelegate
from ..i18n import QT_TRANSLATE_NOOP, error_text, translate
from ..retranslate import Retranslatable
from ..settings import app_settings
from .model import RESULT_HEADERS, RecipientsModel
from .paste_dialog import PastedIds, append_table, ask_pasted_ids
from .words import number

DIR_KEY = "bulk/dir"
"""Settings key of the folder the last CSV came from or went to."""
CSV_FILTERS = QT_TRANSLATE_NOOP("RecipientsArea", "CSV files (*.csv *.txt);;All files (*)")
FIT_SAMPLE_ROWS = 200
"""Rows measured to size the user_id and variable columns."""
MAX_COLUMN_WIDTH = 220
MIN_COLUMN_WIDTH = 56
"""Columns shrink to fit the table's width down to this (they elide; the tooltip has it all)."""
VISIBLE_ROWS = 6
"""The table asks for room for this many rows (the dock gives it where the window has it)."""
CSV_READ_AT_ONCE_BYTES = 512 * 1024
"""A CSV up to this size is read at once; a larger one off the GUI thread, with progress."""

EMPTY_TEXT = QT_TRANSLATE_NOOP("RecipientsArea",
                               "No recipients yet: paste user ids or import a CSV.")


def csv_filters() -> str:
    """The file dialogs' filters, in the UI's language."""
    return translate("RecipientsArea", CSV_FILTERS)


def count_text(rows: int, problems: int) -> str:
    """``200 recipients, 3 with problems``."""
    if not rows:
        return translate("RecipientsArea", EMPTY_TEXT)
    if rows == 1:
        text = translate("RecipientsArea", "{count} recipient, {problems} with problems")
    else:
        text = translate("RecipientsArea", "{count} recipients, {problems} with problems")
    return text.format(count=number(rows), problems=number(problems))


def dialog_folder() -> Path:
    """Where the file dialogs open: the folder of the last CSV, else home."""
    return Path(str(app_settings().value(DIR_KEY, str(Path.home()))))


class RecipientsArea(Retranslatable, QtWidgets.QWidget):
    """The buttons above the table, the count, and the table; reads pasted ids and CSV files
    into the model.

    Signals:
        table_changed: the recipients were replaced (paste, import, clear).
        problem_reported: pasted text or a file could not be read.
    """

    table_changed = QtCore.Signal(object)  # payload: RecipientsTable, the new table
    problem_reported = QtCore.Signal(str, str)  # payload: title, text of the problem

    def __init__(self, model: RecipientsModel, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._import_task: asyncio.Future[bool] | None = None
        self.setObjectName("bulkRecipients")
        self._model = model
        self._title = QtWidgets.QLabel(self)
        self._title.setObjectName("bulkRecipientsTitle")
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._paste = self._button("bulkPasteButton", self._on_paste_clicked)
        self._import = self._button("bulkImportButton", self._on_import_clicked)
        self._clear = self._button("bulkClearButton", self._on_clear_clicked)
        self._count = QtWidgets.QLabel(self)
        self._count.setObjectName("bulkCountLabel")
        self._view = QtWidgets.QTableView(self)
        self._view.setObjectName("bulkRecipientsTable")
        self._view.setTabKeyNavigation(False)  # Tab moves on; arrows move in the table
        self._id_delegate = MiddleElideDelegate(self)
        self._result_columns_visible = False
        self._wanted_widths: list[int] = []
        self._build_layout()
        self._set_up_view()
        model.modelReset.connect(self._on_model_model_reset)
        self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        self._title.setText(self.tr("Recipients"))
        self._paste.setText(self.tr("Paste &ids…"))
        self._paste.setToolTip(self.tr(
            "Paste user ids: one per line, or separated by commas, semicolons, spaces or tabs"))
        self._import.setText(self.tr("Import &CSV…"))
        self._import.setToolTip(self.tr(
            "A UTF-8 CSV file with a user_id column and one column per variable"))
        self._clear.setText(self.tr("C&lear"))
        self._clear.setToolTip(self.tr("Remove every recipient"))
        self.update_count()
        self._model.refresh_texts()
        self._fit_columns()

    def _button(self, name: str, slot: Callable[[], None]) -> QtWidgets.QPushButton:
        button = QtWidgets.QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build_layout(self) -> None:
        bar = QtWidgets.QHBoxLayout()
        bar.addWidget(self._title)
        bar.addSpacing(8)
        bar.addWidget(self._paste)
        bar.addWidget(self._import)
        bar.addWidget(self._clear)
        bar.addSpacing(12)
        bar.addWidget(self._count, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self._view, 1)

    def _set_up_view(self) -> None:
        view = self._view
        view.setModel(self._model)
        view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        view.setWordWrap(False)
        view.setTextElideMode(QtCore.Qt.TextElideMode.ElideRight)
        view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        # Fixed row heights: a thousand rows lay out without measuring each one.
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 6)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setTextElideMode(QtCore.Qt.TextElideMode.ElideRight)
        view.setMinimumHeight(rows.defaultSectionSize() * VISIBLE_ROWS
                              + header.sizeHint().height() + 4)
        view.viewport().installEventFilter(self)
        self._fit_columns()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """Share the table's width again when it changes."""
        if watched is self._view.viewport() and event.type() == QtCore.QEvent.Type.Resize:
            self._share_width()
        return super().eventFilter(watched, event)

    def _share_width(self) -> None:
        """The columns at their wanted widths where they fit; where they do not, each
        shrinks in proportion (not below `MIN_COLUMN_WIDTH`), so the last column is not cut
        off at the right edge: cells elide and their tooltips say the whole."""
        header = self._view.horizontalHeader()
        shown = [c for c in range(min(len(self._wanted_widths), self._model.columnCount()))
                 if not self._view.isColumnHidden(c)]
        wanted = {c: self._wanted_widths[c] for c in shown}
        room = self._view.viewport().width()
        total = sum(wanted.values())
        if total > room > 0:
            fixed = sum(min(w, MIN_COLUMN_WIDTH) for w in wanted.values())
            scale = max(0.0, (room - fixed) / max(1, total - fixed))
            wanted = {c: min(w, MIN_COLUMN_WIDTH) + int((w - min(w, MIN_COLUMN_WIDTH)) * scale)
                      for c, w in wanted.items()}
        for column, width in wanted.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def _fit_columns(self) -> None:
        """Widths from the font and the first rows' values, capped (measuring every cell of
        a thousand rows is slow, and one long value must not push the rest out of view)."""
        metrics = self._view.fontMetrics()
        header = self._view.horizontalHeader()
        table = self._model.table()
        sample = table.rows[:FIT_SAMPLE_ROWS]

        def fit(texts: list[str], least: str) -> int:
            widest = max((metrics.horizontalAdvance(t) for t in [least, *texts]), default=0)
            return min(widest + 20, MAX_COLUMN_WIDTH)

        no_value = translate("RecipientsModel", "no value for {names}").format(
            names="{{order_id}}")
        widths = [metrics.horizontalAdvance(no_value) + 40,
                  fit([r.user_id for r in sample], "0" * 19)]
        widths += [fit([r.values.get(name, "") for r in sample], name + "  ")
                   for name in table.columns]
        widths += [metrics.horizontalAdvance("0" * 14) + 16,  # RequestId, elided
                   metrics.horizontalAdvance(translate("RecipientsModel", "Code")) + 20,
                   metrics.horizontalAdvance("0" * 14) + 16,  # SMSID, elided
                   metrics.horizontalAdvance(translate("Codes", "accepted by eSMS")) + 24]
        self._wanted_widths = widths
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        first_result = 2 + len(table.columns)
        for column in range(self._model.columnCount()):
            self._view.setItemDelegateForColumn(column, None)  # type: ignore[arg-type]
        for offset, name in enumerate(RESULT_HEADERS):
            if name in ("RequestId", "SMSID"):
                self._view.setItemDelegateForColumn(first_result + offset, self._id_delegate)
        self.set_result_columns_visible(self._result_columns_visible)

    # -- public ------------------------------------------------------------------------

    def view(self) -> QtWidgets.QTableView:
        """The recipients table."""
        return self._view

    def count_label(self) -> QtWidgets.QLabel:
        """``N recipients, M with problems``."""
        return self._count

    def set_result_columns_visible(self, visible: bool) -> None:
        """Show RequestId, Code, Meaning and SMSID (hidden until a run has results, so the
        variables have the room before it)."""
        self._result_columns_visible = visible
        first = 2 + len(self._model.table().columns)
        # The view keeps a hidden section hidden across a model reset: set every column.
        for column in range(self._model.columnCount()):
            self._view.setColumnHidden(column, not visible and column >= first)
        self._share_width()

    def update_count(self) -> None:
        """Refresh the count from the model."""
        self._count.setText(count_text(self._model.rowCount(), self._model.problem_rows()))

    def set_editable(self, editable: bool) -> None:
        """Paste, Import and Clear are off while a batch runs."""
        for button in (self._paste, self._import, self._clear):
            button.setEnabled(editable)

    def set_table(self, table: RecipientsTable) -> None:
        """Show *table* and say so (`table_changed`)."""
        self._model.set_table(table)
        self.table_changed.emit(table)

    def paste_ids(self, text: str, *, append: bool = False) -> int:
        """Read pasted ids (see `parse_recipients_text`), replacing the table or adding to
        it; the number of rows read."""
        try:
            pasted = parse_recipients_text(text)
        except ZaloComposerError as exc:
            self.problem_reported.emit(translate("RecipientsArea", "Cannot read the pasted ids"),
                                       error_text(exc))
            return 0
        self.set_table(append_table(self._model.table(), pasted) if append else pasted)
        return len(pasted.rows)

    def import_csv(self, path: Path) -> bool:
        """Replace the table with the CSV file at *path*, read here and now; whether it
        could be read. (Import CSV… reads a large file off the GUI thread: `start_import`.)"""
        path = Path(path)
        try:
            table = read_recipients_csv(path)
        except (OSError, ZaloComposerError) as exc:
            self._report_unreadable(path, exc)
            return False
        self._take_imported(path, table)
        return True

    def start_import(self, path: Path) -> asyncio.Future[bool]:
        """Read the CSV at *path* in a worker thread while a progress dialog (with Cancel)
        shows; the table is replaced when it is read. The future says whether it was."""
        path = Path(path)
        loop = asyncio.get_event_loop()
        reading = loop.run_in_executor(None, read_recipients_csv, path)
        progress = QtWidgets.QProgressDialog(
            self.tr("Reading {name}…").format(name=path.name), self.tr("Cancel"), 0, 0, self)
        progress.setObjectName("csvImportProgress")
        progress.setWindowTitle(self.tr("Import recipients"))
        progress.setMinimumDuration(300)
        progress.canceled.connect(reading.cancel)
        self._import_task = asyncio.ensure_future(self._finish_import(path, reading, progress))
        return self._import_task

    async def _finish_import(
        self, path: Path, reading: asyncio.Future[RecipientsTable],
        progress: QtWidgets.QProgressDialog,
    ) -> bool:
        try:
            table = await reading
        except asyncio.CancelledError:
            return False  # the user cancelled: the table stays as it was
        except (OSError, ZaloComposerError) as exc:
            self._report_unreadable(path, exc)
            return False
        finally:
            progress.reset()
            progress.deleteLater()
        self._take_imported(path, table)
        return True

    def _report_unreadable(self, path: Path, exc: Exception) -> None:
        if isinstance(exc, ZaloComposerError):
            text = f"{path.name}: {error_text(exc)}"
        else:
            text = f"{path}: {exc.strerror or exc}" if isinstance(exc, OSError) else str(exc)
        self.problem_reported.emit(translate("RecipientsArea", "Cannot import the CSV"), text)

    def _take_imported(self, path: Path, table: RecipientsTable) -> None:
        app_settings().setValue(DIR_KEY, str(path.parent))
        self.set_table(table)

    # -- overridable dialogs (tests replace these) ---------------------------------------

    def _ask_pasted_ids(self) -> PastedIds | None:
        return ask_pasted_ids(self, bool(self._model.table().rows))

    def _ask_csv_path(self) -> Path | None:
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, self.tr("Import recipients"), str(dialog_folder()), csv_filters())
        return Path(name) if name else None

    # -- slots -------------------------------------------------------------------------

    def _on_paste_clicked(self) -> None:
        pasted = self._ask_pasted_ids()
        if pasted is not None:
            self.paste_ids(pasted.text, append=pasted.append)

    def _on_import_clicked(self) -> None:
        path = self._ask_csv_path()
        if path is None:
            return
        try:
            small = path.stat().st_size <= CSV_READ_AT_ONCE_BYTES
        except OSError:
            small = True  # import_csv says why it cannot be read
        if small:
            self.import_csv(path)
        else:
            self.start_import(path)

    def _on_clear_clicked(self) -> None:
        self.set_table(RecipientsTable())

    def _on_model_model_reset(self) -> None:
        self._result_columns_visible = False
        self._fit_columns()
        self.update_count()
