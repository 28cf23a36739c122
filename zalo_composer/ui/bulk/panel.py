"""The bulk send panel: recipients, draft-level defaults, the check before sending, and a
paced, pausable, stoppable, resumable send of one draft to every row.

The window owns the draft and the profile and hands them in (`set_draft`, `set_profile`);
the panel runs `app.bulk.BulkSender` on the program's loop through a `BulkRunner`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from pathlib import Path

from PySide6 import QtCore, QtWidgets

from ...app.bulk import BulkProgress, BulkReport, RowResult, export_results_csv
from ...app.services import AppServices
from ...domain.errors import ZaloComposerError
from ...domain.model import Draft
from ...domain.variables import BulkCheck, RecipientsTable, validate_bulk
from ...store.batches import BatchManifest, discard_batch
from ...store.profiles import Profile
from ..i18n import domain_text, error_text, translate
from ..settings import app_settings
from .check_summary import CheckSummary
from .controls import ControlState, SendControls
from .defaults import DefaultsEditor, placeholder_names
from .dialogs import ask_export_path, confirm_start
from .model import RecipientsModel
from .pending import PendingBatch, list_pending
from .progress import ProgressView
from .recipients_table import DIR_KEY, RecipientsArea
from .runner import BulkRunner, new_sender, resumed_sender
from .words import number

SIDE_WIDTH = 270
"""Initial width of the column with the defaults and the check's summary."""
SIDE_MIN_LINES = 8
"""The column keeps about this many lines of text in view; it scrolls for the rest."""


class BulkPanel(QtWidgets.QWidget):
    """Send the window's draft to a table of recipients, each with its own variables.

    Signals:
        defaults_changed: the draft-level variable defaults changed.
        row_changed: a row's outcome changed (coalesced: the newest state per update).
        progress_changed: the counts of the run changed (about ten times a second).
        running_changed: a run started or ended.
        finished: a run ended, every row sent or the run stopped by the user.
        failed: a run could not start or could not go on.
    """

    defaults_changed = QtCore.Signal(object)  # payload: dict[str, str], name → default value
    row_changed = QtCore.Signal(object)  # payload: RowResult
    progress_changed = QtCore.Signal(object)  # payload: BulkProgress
    running_changed = QtCore.Signal(bool)  # payload: whether a run is under way
    finished = QtCore.Signal(object)  # payload: BulkReport
    failed = QtCore.Signal(str)  # payload: the reason, in plain words

    def __init__(self, services: AppServices, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkPanel")
        self._services = services
        self._draft = Draft()
        self._profile: Profile | None = None
        self._check: BulkCheck | None = None
        self._check_used = False
        self._model = RecipientsModel(self)
        self._recipients = RecipientsArea(self._model, self)
        self._defaults = DefaultsEditor(self)
        self._summary = CheckSummary(self)
        self._controls = SendControls(self)
        self._progress = ProgressView(self)
        self._runner = BulkRunner(self)
        self._splitter = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal, self)
        self._splitter.setObjectName("bulkSplitter")
        self._build_layout()

        self._recipients.table_changed.connect(self._on_recipients_table_changed)
        self._recipients.problem_reported.connect(self._on_recipients_problem_reported)
        self._defaults.defaults_changed.connect(self._on_defaults_defaults_changed)
        self._controls.check_requested.connect(self._on_controls_check_requested)
        self._controls.start_requested.connect(self._on_controls_start_requested)
        self._controls.pause_requested.connect(self.pause)
        self._controls.resume_requested.connect(self.resume)
        self._controls.stop_requested.connect(self.stop)
        self._controls.export_requested.connect(self._on_controls_export_requested)
        self._progress.follow(self._runner)
        self._runner.rows_changed.connect(self._on_runner_rows_changed)
        self._runner.progress_changed.connect(self._on_runner_progress_changed)
        self._runner.running_changed.connect(self._on_runner_running_changed)
        self._runner.failed.connect(self._on_runner_failed)
        self._runner.finished.connect(self.finished)
        self._update_state()

    def _build_layout(self) -> None:
        side = QtWidgets.QWidget(self)
        side.setObjectName("bulkSide")
        side_layout = QtWidgets.QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addWidget(self._defaults)
        side_layout.addSpacing(10)
        side_layout.addWidget(self._summary)
        side_layout.addStretch(1)
        # A short dock scrolls the column rather than cutting off the check's last lines.
        side_scroll = QtWidgets.QScrollArea(self)
        side_scroll.setObjectName("bulkSideScroll")
        side_scroll.setWidget(side)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setMinimumWidth(220)
        side_scroll.setMinimumHeight(self.fontMetrics().height() * SIDE_MIN_LINES)
        self._splitter.addWidget(self._recipients)
        self._splitter.addWidget(side_scroll)
        # The table takes the width; the side column keeps its own when the panel grows.
        self._splitter.setStretchFactor(0, 1)
        self._splitter.setStretchFactor(1, 0)
        self._splitter.setChildrenCollapsible(False)
        self._splitter.setSizes([1000, SIDE_WIDTH])
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._splitter, 1)
        layout.addWidget(self._controls)
        layout.addWidget(self._progress)

    # -- what the window hands in ------------------------------------------------------

    def set_draft(self, draft: Draft) -> None:
        """The draft to send (the window calls this on every change)."""
        relevant = (draft.message, draft.send_date, draft.request_id)
        changed = relevant != (self._draft.message, self._draft.send_date,
                               self._draft.request_id)
        self._draft = draft
        self._defaults.set_names(placeholder_names(draft))
        self._model.set_context(placeholder_names(draft), self._defaults.defaults())
        self._model.set_message(draft.message)
        if changed:
            self._invalidate_check()

    def draft(self) -> Draft:
        """The draft the panel sends."""
        return self._draft

    def set_profile(self, profile: Profile | None) -> None:
        """The profile Start sends with (a run under way keeps its own)."""
        self._profile = profile
        self._update_state()

    def profile(self) -> Profile | None:
        """The profile Start sends with."""
        return self._profile

    # -- recipients ----------------------------------------------------------------------

    def set_recipients(self, table: RecipientsTable) -> None:
        """Show *table* (its id problems flagged at once); the last check is forgotten."""
        self._recipients.set_table(table)

    def recipients(self) -> RecipientsTable:
        """The recipients table."""
        return self._model.table()

    def paste_ids(self, text: str, *, append: bool = False) -> int:
        """Read pasted ids, replacing the table or adding to it; the number of rows read."""
        return self._recipients.paste_ids(text, append=append)

    def import_csv(self, path: Path) -> bool:
        """Replace the table with a CSV file's; whether it could be read."""
        return self._recipients.import_csv(path)

    def clear(self) -> None:
        """Remove every recipient."""
        self.set_recipients(RecipientsTable())

    # -- defaults and the check ----------------------------------------------------------

    def defaults(self) -> dict[str, str]:
        """Draft-level variable values (a row's own value wins)."""
        return self._defaults.defaults()

    def set_defaults(self, values: Mapping[str, str]) -> None:
        """Replace the draft-level variable values."""
        self._defaults.set_defaults(values)

    def check_all(self) -> BulkCheck:
        """The dry run: every row's message filled in and validated; shown per row."""
        self._check = validate_bulk(self._draft, self.recipients(), self.defaults())
        self._check_used = False
        self._model.clear_results()
        self._recipients.set_result_columns_visible(False)
        self._model.set_check(self._check)
        self._summary.show_check(self._check, self._draft.message)
        self._recipients.update_count()
        self._update_state()
        return self._check

    def last_check(self) -> BulkCheck | None:
        """The last dry run, unless something changed since."""
        return self._check

    # -- the run ----------------------------------------------------------------

    def start(self) -> asyncio.Future[BulkReport] | None:
        """Check if needed, ask for confirmation, and send to every sendable row; the run's
        task, or None when nothing started (nothing to send, declined, no keys…)."""
        if self.is_running() or self._profile is None:
            return None
        check = self._check
        if check is None or self._check_used:  # a check is good for one start
            check = self.check_all()
        if not check.can_send:
            return None
        profile = self._profile
        if not self._confirm_start(profile, len(check.sendable_rows), self._controls.rate()):
            return None
        try:
            sender = new_sender(self._services, profile, self._draft, self.recipients(),
                                self.defaults(), self._controls.rate(),
                                self._controls.concurrency(), check)
        except ZaloComposerError as exc:
            self._fail(translate("BulkPanel", "Cannot start the bulk send"), error_text(exc))
            return None
        self._check_used = True
        return self._runner.start(sender)

    def pause(self) -> None:
        """No new request starts; those in flight finish."""
        self._runner.pause()
        self._update_state()

    def resume(self) -> None:
        """Go on after `pause`."""
        self._runner.resume()
        self._update_state()

    def stop(self) -> None:
        """No new request starts; the run ends when those in flight have their answers."""
        self._runner.stop()
        self._update_state()

    def interrupt(self) -> None:
        """End a run at once, as quitting does: the batch is kept for a resume."""
        self._runner.interrupt()

    def is_running(self) -> bool:
        """True while a run is under way."""
        return self._runner.is_running()

    def rows(self) -> list[RowResult]:
        """Every row of the current or last run, as last shown."""
        return self._runner.rows()

    def report(self) -> BulkReport | None:
        """What the last finished run did."""
        return self._runner.report()

    def export_results(self, path: Path) -> int:
        """Write the last run's rows to *path* as CSV; the number of rows."""
        return export_results_csv(Path(path), self.rows())

    # -- batches a dead program left -------------------------------------------------------

    def pending(self) -> list[PendingBatch]:
        """Interrupted batches (oldest first) the window may offer to resume."""
        return list_pending(self._services.history)

    def resume_batch(self, manifest: BatchManifest) -> asyncio.Future[BulkReport] | None:
        """Send the rows of an interrupted batch that were not accepted, with its own
        profile, draft, table, defaults and pacing; None when it cannot start."""
        if self.is_running():
            return None
        try:
            sender = resumed_sender(self._services, manifest)
        except ZaloComposerError as exc:
            self._fail(translate("BulkPanel", "Cannot resume the bulk send"), error_text(exc))
            return None
        self._model.set_table(manifest.table)
        self._defaults.set_defaults(manifest.defaults)
        self._controls.set_rate(manifest.rate)
        self._controls.set_concurrency(manifest.concurrency)
        self._invalidate_check()
        return self._runner.start(sender)

    def discard(self, manifest: BatchManifest) -> None:
        """Forget an interrupted batch (its sends stay in the history)."""
        discard_batch(manifest.batch_id)

    # -- parts, for the window and tests ---------------------------------------------------

    def runner(self) -> BulkRunner:
        """Runs the batch: its task, progress and rows."""
        return self._runner

    def recipients_model(self) -> RecipientsModel:
        """The recipients table's model."""
        return self._model

    def recipients_area(self) -> RecipientsArea:
        """Paste ids, Import CSV, Clear, the count and the table."""
        return self._recipients

    def defaults_editor(self) -> DefaultsEditor:
        """The defaults table."""
        return self._defaults

    def check_summary(self) -> CheckSummary:
        """The dry run's verdict."""
        return self._summary

    def controls(self) -> SendControls:
        """Rate, concurrency and the buttons."""
        return self._controls

    def progress_view(self) -> ProgressView:
        """The progress bar and its counts."""
        return self._progress

    # -- overridable dialogs (tests replace these) ---------------------------------------------

    def _ask_export_path(self) -> Path | None:
        return ask_export_path(self)

    def _confirm_start(self, profile: Profile, count: int, rate: float | None) -> bool:
        return confirm_start(self, profile, count, rate)

    def _show_error(self, title: str, text: str) -> None:
        QtWidgets.QMessageBox.warning(self, title, text)

    # -- internals -----------------------------------------------------------------------

    def _fail(self, title: str, reason: str) -> None:
        self._show_error(title, reason)
        self.failed.emit(reason)

    def _invalidate_check(self) -> None:
        stale = self._check is not None
        self._check = None
        self._model.set_check(None)
        self._summary.show_check(None, self._draft.message, stale=stale)
        self._recipients.update_count()
        self._update_state()

    def _update_state(self) -> None:
        sender = self._runner.bulk_sender()
        running = self.is_running()
        state = sender.state if sender is not None and running else "ready"
        check = self._check
        self._controls.set_state(ControlState(
            running=running, paused=state == "paused", stopping=state == "stopping",
            can_check=bool(self.recipients().rows),
            can_start=(check is not None and check.can_send and not self._check_used
                       and self._profile is not None),
            can_export=bool(self._runner.rows()),
        ))
        self._recipients.set_editable(not running)
        self._defaults.setEnabled(not running)

    # -- slots -------------------------------------------------------------------------------

    def _on_recipients_table_changed(self, _table: RecipientsTable) -> None:
        self._invalidate_check()

    def _on_recipients_problem_reported(self, title: str, text: str) -> None:
        self._show_error(title, text)

    def _on_defaults_defaults_changed(self, values: dict[str, str]) -> None:
        self._model.set_context(placeholder_names(self._draft), values)
        self._invalidate_check()
        self.defaults_changed.emit(values)

    def _on_controls_check_requested(self) -> None:
        self.check_all()

    def _on_controls_start_requested(self) -> None:
        self.start()

    def _on_controls_export_requested(self) -> None:
        path = self._ask_export_path()
        if path is None:
            return
        try:
            count = self.export_results(path)
        except (OSError, ZaloComposerError) as exc:
            self._show_error(translate("BulkPanel", "Cannot export the results"), error_text(exc))
            return
        app_settings().setValue(DIR_KEY, str(path.parent))
        self._progress.show_note(lambda: translate("BulkPanel", "Exported {count} rows to {path}."
                                                   ).format(count=number(count), path=path))

    def _on_runner_rows_changed(self, rows: dict[int, RowResult]) -> None:
        self._model.update_results(rows)
        for row in rows.values():
            self.row_changed.emit(row)

    def _on_runner_progress_changed(self, progress: BulkProgress) -> None:
        self._update_state()
        self.progress_changed.emit(progress)

    def _on_runner_running_changed(self, running: bool) -> None:
        if running:
            self._recipients.set_result_columns_visible(True)
        self._update_state()
        self._recipients.update_count()
        self.running_changed.emit(running)

    def _on_runner_failed(self, reason: str) -> None:
        self._fail(translate("BulkPanel", "The bulk send stopped"), domain_text(reason))
