"""The progress line of a bulk send: a bar and "sent/total · accepted · rejected · failed ·
time left", in words a person reads at a glance."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6 import QtCore, QtWidgets

from ...app.bulk import BulkProgress, BulkReport, BulkState
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..retranslate import Retranslatable
from .runner import BulkRunner
from .words import decimal, number

IDLE_TEXT = QT_TRANSLATE_NOOP("BulkProgress", "Not sent yet.")
STARTING_TEXT = QT_TRANSLATE_NOOP("BulkProgress", "Starting…")
INTERRUPTED_TEXT = QT_TRANSLATE_NOOP(
    "BulkProgress", "Interrupted: the rows not sent can be resumed at the next start.")
_STATE_WORDS: dict[BulkState, str] = {
    "ready": "", "running": "", "paused": QT_TRANSLATE_NOOP("BulkProgress", "Paused"),
    "stopping": QT_TRANSLATE_NOOP("BulkProgress", "Stopping…"),
    "finished": QT_TRANSLATE_NOOP("BulkProgress", "Finished"),
    "stopped": QT_TRANSLATE_NOOP("BulkProgress", "Stopped"),
}


def time_left_text(seconds: float | None) -> str:
    """``~40 s left``, ``~3 min 20 s left``, ``~1 h 5 min left``; ``estimating…`` without a
    basis for a guess."""
    if seconds is None:
        return translate("BulkProgress", "estimating time left…")
    total = max(0, math.ceil(seconds))
    if total < 60:
        return translate("BulkProgress", "~{seconds} s left").format(seconds=total)
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        if secs:
            return translate("BulkProgress", "~{minutes} min {seconds} s left").format(
                minutes=minutes, seconds=f"{secs:02d}")
        return translate("BulkProgress", "~{minutes} min left").format(minutes=minutes)
    hours, minutes = divmod(minutes, 60)
    return translate("BulkProgress", "~{hours} h {minutes} min left").format(
        hours=hours, minutes=f"{minutes:02d}")


def elapsed_text(seconds: float) -> str:
    """``in 12.3 s``, ``in 4 min 05 s``."""
    if seconds < 60:
        return translate("BulkProgress", "in {seconds} s").format(seconds=decimal(seconds, 1))
    minutes, secs = divmod(round(seconds), 60)
    return translate("BulkProgress", "in {minutes} min {seconds} s").format(
        minutes=minutes, seconds=f"{secs:02d}")


def progress_text(progress: BulkProgress) -> str:
    """One line: ``37/200 sent · 36 accepted · 1 rejected · 0 failed · ~33 s left``, with the
    state in front when it is not plainly running, and what was skipped or blocked."""
    parts = [
        translate("BulkProgress", "{sent}/{total} sent").format(sent=number(progress.sent),
                                                          total=number(progress.total)),
        translate("BulkProgress", "{count} accepted").format(count=number(progress.accepted)),
        translate("BulkProgress", "{count} rejected").format(count=number(progress.rejected)),
        translate("BulkProgress", "{count} failed").format(count=number(progress.failed)),
    ]
    if progress.state in ("finished", "stopped"):
        parts.append(elapsed_text(progress.elapsed))
    elif progress.state == "paused":
        parts.append(translate("BulkProgress", "paused"))
    else:
        parts.append(time_left_text(progress.remaining))
    if progress.skipped:
        parts.append(translate("BulkProgress", "{count} done earlier").format(
            count=number(progress.skipped)))
    if progress.blocked:
        parts.append(translate("BulkProgress", "{count} blocked").format(
            count=number(progress.blocked)))
    state = _STATE_WORDS[progress.state]
    text = " · ".join(parts)
    if state and progress.state != "paused":
        return translate("BulkProgress", state) + ": " + text
    return text


class ProgressView(Retranslatable, QtWidgets.QWidget):
    """The progress bar and its line of counts."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkProgressView")
        self._bar = QtWidgets.QProgressBar(self)
        self._bar.setObjectName("bulkProgressBar")
        self._bar.setRange(0, 1)
        self._bar.setValue(0)
        self._bar.setFormat("%p %")
        self._bar.setMinimumWidth(160)
        self._bar.setMaximumWidth(320)
        self._say: Callable[[], str] = lambda: translate("BulkProgress", IDLE_TEXT)
        self._tip = False
        self._label = QtWidgets.QLabel(self)
        self._label.setObjectName("bulkProgressLabel")
        self._label.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self._label.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored,
                                  QtWidgets.QSizePolicy.Policy.Preferred)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._bar, 2)
        layout.addWidget(self._label, 5)
        self._show_text()

    def _retranslate_ui(self) -> None:
        self._show_text()

    def _show_text(self) -> None:
        text = self._say()
        self._label.setText(text)
        self._label.setToolTip(text if self._tip else "")

    def _set_text(self, say: Callable[[], str], *, tip: bool = True) -> None:
        self._say, self._tip = say, tip
        self._show_text()

    def follow(self, runner: BulkRunner) -> None:
        """Show the progress of *runner*'s runs."""
        runner.progress_changed.connect(self.show_progress)
        runner.running_changed.connect(self._on_runner_running_changed)
        runner.finished.connect(self._on_runner_finished)
        runner.interrupted.connect(self._on_runner_interrupted)

    def bar(self) -> QtWidgets.QProgressBar:
        """The progress bar."""
        return self._bar

    def text(self) -> str:
        """The line of counts as shown."""
        return self._label.text()

    def show_progress(self, progress: BulkProgress) -> None:
        """Show *progress*."""
        self._bar.setRange(0, max(progress.total, 1))
        self._bar.setValue(progress.sent if progress.total else 1)
        self._set_text(lambda: progress_text(progress))

    def show_note(self, text: str | Callable[[], str]) -> None:
        """Say *text* where the counts were, leaving the bar as it is; a function giving the
        text is asked again when the UI's language changes."""
        self._set_text(text if callable(text) else lambda: text)

    def reset(self, text: str = IDLE_TEXT) -> None:
        """An empty bar with *text* (a source text of this context, translated here)."""
        self._bar.setRange(0, 1)
        self._bar.setValue(0)
        self._set_text(lambda: translate("BulkProgress", text), tip=False)

    def _on_runner_running_changed(self, running: bool) -> None:
        if running:
            self.reset(STARTING_TEXT)

    def _on_runner_finished(self, report: BulkReport) -> None:
        self.show_progress(report.progress)

    def _on_runner_interrupted(self) -> None:
        self.show_note(lambda: translate("BulkProgress", INTERRUPTED_TEXT))
