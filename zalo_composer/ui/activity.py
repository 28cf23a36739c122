"""Where sends show: the Results dock (with the one `SendController`), the Bulk send dock,
the History window, "Check status" for a results or History row, and the balance after a
send. The bulk panel and the History window are built when first shown.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from ..app.jobs import SendJob
from ..app.send import result_from_history
from ..app.services import AppServices
from ..domain.errors import ZaloComposerError
from ..domain.lifecycle import Observation
from ..domain.model import Draft
from ..domain.result import SendResult
from ..store.profiles import Profile
from .dialogs import Dialogs
from .i18n import error_text
from .results import ResultsLog, status_text
from .results.model import outcome_text
from .send_controller import SendController
from .settings import app_settings
from .status import BalanceIndicator, describe_status

if TYPE_CHECKING:
    from ..app.follow import Followed
    from ..app.send import SendJob
    from .bulk import BulkPanel, PendingBatch, ResumeAnswer
    from .docks import WindowDocks
    from .history import HistoryWindow

log = logging.getLogger(__name__)


class Activity(QtCore.QObject):
    """The docks and windows that show sends, for one main window.

    Signals:
        defaults_changed: the bulk panel's placeholder defaults changed.
        reopen_requested: History's Reopen (payload: the Draft to show as a new draft).
    """

    defaults_changed = QtCore.Signal(object)  # payload: dict, name → value
    reopen_requested = QtCore.Signal(object)  # payload: Draft

    def __init__(
        self, window: QtWidgets.QMainWindow, services: AppServices, dialogs: Dialogs,
        current_profile: Callable[[], Profile | None], template: Callable[[], Draft],
        docks: WindowDocks,
    ) -> None:
        super().__init__(window)
        self._window, self._services, self._dialogs = window, services, dialogs
        self._current_profile, self._template = current_profile, template
        self.results_log = ResultsLog(parent=window)
        self.results_dock, self.bulk_dock = docks.results, docks.bulk
        self.sends = SendController(services, self.results_log.results_model(), self)
        self.balance = BalanceIndicator(services, window)
        self.bulk: BulkPanel | None = None
        self.history_window: HistoryWindow | None = None
        self._status_task: asyncio.Future[None] | None = None
        self.results_log.set_title_visible(False)
        self.results_log.set_orientation(QtCore.Qt.Orientation.Horizontal)
        self.results_dock.setWidget(self.results_log)
        self.sends.busy_changed.connect(self._on_sender_busy_changed)
        self.sends.result_ready.connect(self._on_sender_result_ready)
        self.sends.failed_to_start.connect(self._on_sender_failed_to_start)
        self.sends.history_failed.connect(self._show_status_line)
        self.results_log.retry_requested.connect(self._on_results_retry_requested)
        self.results_log.status_requested.connect(self._on_results_status_requested)
        self.bulk_dock.visibilityChanged.connect(self._on_bulk_dock_visibility_changed)
        self.bulk_dock.toggleViewAction().triggered.connect(self._on_bulk_toggle_triggered)
        services.follow_listeners.append(self._on_follow_changed)

    def _show_status_line(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 15000)

    def show_results(self) -> None:
        """Show the Results dock, a third of the window high at most."""
        if self.results_dock.isVisible():
            return
        self.results_dock.show()
        height = max(200, min(300, self._window.height() // 3))
        QtCore.QTimer.singleShot(0, lambda: self._window.resizeDocks(
            [self.results_dock], [height], QtCore.Qt.Orientation.Vertical))

    def load_recent_results(self, limit: int = 50) -> int:
        """Fill the results log with the newest sends from the history; how many."""
        try:
            rows = self._services.history.page(limit=limit)
        except sqlite3.Error as exc:
            log.warning("could not read the history: %s", exc)
            return 0
        model = self.results_log.results_model()
        for row in reversed(rows):
            model.add(result_from_history(row), row.profile)
            if row.state in ("waiting", "sent", "zalo_failed"):
                model.set_observation(row.request_id, Observation(
                    row.state, row.zalo_error, row.zalo_detail))
        return len(rows)

    def resume_follow_up(self) -> int:
        """At start: follow again History's sends still waiting (up to 7 days old)."""
        try:
            return self._services.resume_follow_up()
        except (sqlite3.Error, ZaloComposerError) as exc:
            log.warning("could not resume following: %s", exc)
            return 0

    def _on_follow_changed(self, item: Followed, observed: Observation) -> None:
        """Zalo's outcome (or news) arrived: the row, its badge and History change."""
        self.results_log.results_model().set_observation(item.request_id, observed)
        if self.bulk is not None:
            self.bulk.recipients_model().set_zalo_state(item.request_id, observed.state)
        if self.history_window is not None and self.history_window.isVisible():
            self.history_window.refresh()
        if observed.final:
            self._show_status_line(self.tr("To {recipient}: {outcome}").format(
                recipient=item.recipient, outcome=outcome_text(observed)))

    def use_profile(self, profile: Profile | None) -> None:
        """The active profile changed: its balance, and the bulk panel's profile."""
        self.balance.set_profile(profile)
        if self.bulk is not None:
            self.bulk.set_profile(profile)

    def fetch_balance_at_start(self) -> asyncio.Task[None] | None:
        """Ask once for the balance when the profile can be asked (the Sandbox always; a
        real profile with keys in the keyring), in the background; the task, or None."""
        profile = self._current_profile()
        if profile is None:
            return None
        if not profile.uses_sandbox:
            try:
                if self._services.secrets.load(profile.name) is None:
                    return None
            except ZaloComposerError as exc:
                log.info("no balance at start: %s", exc)
                return None
        return self.balance.refresh()

    def set_template(self, draft: Draft) -> None:
        """The user's draft changed: the bulk panel sends the template, filled per row."""
        if self.bulk is not None:
            self.bulk.set_draft(draft)

    def _after_sends(self) -> None:
        self.balance.refresh()
        if self.history_window is not None and self.history_window.isVisible():
            self.history_window.refresh()

    # --- results -----------------------------------------------------------------------

    def _on_sender_busy_changed(self, busy: bool) -> None:
        if not busy:
            self._after_sends()

    def send(self, jobs: list[SendJob], profile: Profile | None) -> bool:
        """Send *jobs* as *profile* and show the Results; whether the send started."""
        if profile is None:
            self._dialogs.show_error(self.tr("Cannot send"),
                                     self.tr("Add a profile first (Message → Profiles…)."))
            return False
        if self.sends.send(jobs, profile) is None:
            return False
        self.show_results()
        self._window.statusBar().showMessage(
            self.tr("Sending with {profile}…").format(profile=profile.name))
        return True

    def cancel(self) -> None:
        """Esc: abort the request in flight (its row says eSMS may or may not have it)."""
        if self.sends.cancel():
            self._window.statusBar().showMessage(self.tr("Cancelled"), 5000)

    def _on_sender_failed_to_start(self, reason: str) -> None:
        self._window.statusBar().clearMessage()
        self._dialogs.show_error(self.tr("Cannot send"), reason)

    def _on_sender_result_ready(self, result: SendResult) -> None:
        self._show_status_line(status_text(result))

    def _on_results_retry_requested(self, result: SendResult) -> None:
        model = self.results_log.results_model()
        row = model.row_of(result.request_id)
        profile = model.profile_at(row) if row >= 0 else ""
        current = self._current_profile()
        self.sends.retry(result, profile or (current.name if current else ""))

    def _on_results_status_requested(self, result: SendResult, profile_name: str) -> None:
        self.check_status(result, profile_name, self.results_log.show_status_text)

    def check_status(self, result: SendResult, profile_name: str,
                     show: Callable[[str], None]) -> None:
        """Ask eSMS what became of *result* (sent as *profile_name*); *show* the answer."""
        try:
            profile = self._services.book.get(profile_name)
        except ZaloComposerError as exc:
            show(error_text(exc))
            return
        show(self.tr("Asking eSMS about {sms_id}…").format(sms_id=result.sms_id or "—"))

        async def ask() -> None:
            show(await describe_status(self._services, result, profile))

        self._status_task = asyncio.ensure_future(ask())

    def confirm_send_again(self, jobs: Sequence[SendJob]) -> bool:
        """Before the window's Send: the same text to the same follower within 10 minutes of
        an accepted (or unknown) send is asked about first; whether to send."""
        from ..app.double_send import earlier_sends

        try:
            earlier = earlier_sends(self._services.history, jobs)
        except sqlite3.Error:
            return True
        if not earlier:
            return True
        answer = self._dialogs.ask_send_again(earlier)
        if answer == "check":
            unknown = next(sent.row for sent in earlier if sent.unknown)
            self.show_results()
            self.check_status(result_from_history(unknown), unknown.profile,
                              self.results_log.show_status_text)
        return answer == "send"

    # --- History -----------------------------------------------------------------------

    def show_history(self) -> HistoryWindow:
        """Open (or raise) the History window."""
        if self.history_window is None:
            from .history import HistoryWindow

            window = HistoryWindow(self._services.history, settings=app_settings())
            window.setObjectName("historyWindow")
            window.reopen_requested.connect(self.reopen_requested)
            window.resend_requested.connect(self._on_history_resend_requested)
            check = QtWidgets.QPushButton(self.tr("Check &status"), window)
            check.setObjectName("historyCheckStatusButton")
            check.setToolTip(self.tr("Ask eSMS what became of the selected message "
                                     "(GetSendStatus) and what Zalo said (GetCallback)"))
            check.clicked.connect(self._on_history_check_status_clicked)
            window.add_detail_button(check)
            self.history_window = window
        self.history_window.show()
        self.history_window.raise_()
        self.history_window.activateWindow()
        return self.history_window

    def _on_history_check_status_clicked(self) -> None:
        window = self.history_window
        row = window.selected_row() if window is not None else None
        if window is not None and row is not None:
            self.check_status(result_from_history(row), row.profile, window.show_status)

    def _on_history_resend_requested(self, draft: Draft, profile_name: str) -> None:
        from ..app.send import jobs_for
        from ..domain.body import new_request_id

        try:
            profile = self._services.book.get(profile_name)
        except ZaloComposerError as exc:
            self._dialogs.show_error(self.tr("Cannot resend"), error_text(exc))
            return
        if self.sends.send(jobs_for(draft, new_request_id()), profile) is None:
            self._dialogs.show_error(self.tr("Cannot resend"),
                                     self.tr("A send is under way; try again when it ends."))
            return
        self.show_results()

    # --- bulk --------------------------------------------------------------------------

    def _on_bulk_dock_visibility_changed(self, visible: bool) -> None:
        if visible:
            self.bulk_panel()

    def _on_bulk_toggle_triggered(self, checked: bool) -> None:
        if checked:
            self.show_bulk()

    def show_bulk(self) -> BulkPanel:
        """Show the Bulk send dock in front of Results (a run is watched, not hidden behind
        a tab), tall enough for its controls where the window has the room."""
        panel = self.bulk_panel()
        self.bulk_dock.show()
        self.bulk_dock.raise_()
        dock = self.bulk_dock
        # The panel's least height, its title bar, and a few more rows of the table.
        height = (panel.minimumSizeHint().height() + dock.sizeHint().height()
                  - dock.widget().sizeHint().height() + 3 * dock.fontMetrics().height())
        QtCore.QTimer.singleShot(0, lambda: self._window.resizeDocks(
            [dock], [height], QtCore.Qt.Orientation.Vertical))
        return panel

    def bulk_panel(self) -> BulkPanel:
        """Recipients table, defaults and bulk sending (built on first use)."""
        if self.bulk is None:
            from .bulk import BulkPanel

            panel = BulkPanel(self._services, self._window)
            panel.defaults_changed.connect(self.defaults_changed)
            panel.running_changed.connect(self._on_bulk_running_changed)
            panel.set_profile(self._current_profile())
            panel.set_draft(self._template())
            # A short window scrolls the panel rather than growing past the screen.
            scroll = QtWidgets.QScrollArea(self.bulk_dock)
            scroll.setObjectName("bulkScroll")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
            scroll.setWidget(panel)
            self.bulk_dock.setWidget(scroll)
            self.bulk = panel
        return self.bulk

    def _on_bulk_running_changed(self, running: bool) -> None:
        if not running:
            self._after_sends()

    def offer_bulk_resume(self) -> bool:
        """At start: offer to resume a bulk send a dead program left; whether one was."""
        from ..store.batches import pending_batches

        if not pending_batches():
            return False
        panel = self.bulk_panel()
        for pending in panel.pending():
            answer = self.ask_resume_batch(pending)
            if answer == "discard":
                panel.discard(pending.manifest)
            elif answer == "resume" and panel.resume_batch(pending.manifest) is not None:
                self.show_bulk()
                return True  # one run at a time; any others are offered at the next start
        return False

    def ask_resume_batch(self, pending: PendingBatch) -> ResumeAnswer:
        """Resume, discard or keep a batch a dead program left (tests replace this)."""
        from .bulk import ask_resume

        return ask_resume(self._window, pending)

    def interrupt(self) -> None:
        """The window closes: abort a send in flight; keep a bulk batch for resuming."""
        self.sends.cancel()
        if self.bulk is not None:
            self.bulk.interrupt()
