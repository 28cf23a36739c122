"""The progress line of a bulk send: a bar and "sent/total · accepted · rejected · failed ·
time left", in words a person reads at a glance."""

from __future__ import annotations

import math

from PySide6 import QtCore, QtWidgets

from ...esms.bulk import BulkProgress, BulkReport, BulkState
from .runner import BulkRunner

IDLE_TEXT = "Not sent yet."
INTERRUPTED_TEXT = "Interrupted: the rows not sent can be resumed at the next start."
_STATE_WORDS: dict[BulkState, str] = {
    "ready": "", "running": "", "paused": "Paused", "stopping": "Stopping…",
    "finished": "Finished", "stopped": "Stopped",
}


def time_left_text(seconds: float | None) -> str:
    """``~40 s left``, ``~3 min 20 s left``, ``~1 h 5 min left``; ``estimating…`` without a
    basis for a guess."""
    if seconds is None:
        return "estimating time left…"
    total = max(0, math.ceil(seconds))
    if total < 60:
        return f"~{total} s left"
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        return f"~{minutes} min {secs:02d} s left" if secs else f"~{minutes} min left"
    hours, minutes = divmod(minutes, 60)
    return f"~{hours} h {minutes:02d} min left"


def elapsed_text(seconds: float) -> str:
    """``in 12.3 s``, ``in 4 min 05 s``."""
    if seconds < 60:
        return f"in {seconds:.1f} s"
    minutes, secs = divmod(round(seconds), 60)
    return f"in {minutes} min {secs:02d} s"


def progress_text(progress: BulkProgress) -> str:
    """One line: ``37/200 sent · 36 accepted · 1 rejected · 0 failed · ~33 s left``, with the
    state in front when it is not plainly running, and what was skipped or blocked."""
    parts = [
        f"{progress.sent:,}/{progress.total:,} sent",
        f"{progress.accepted:,} accepted",
        f"{progress.rejected:,} rejected",
        f"{progress.failed:,} failed",
    ]
    if progress.state in ("finished", "stopped"):
        parts.append(elapsed_text(progress.elapsed))
    elif progress.state == "paused":
        parts.append("paused")
    else:
        parts.append(time_left_text(progress.remaining))
    if progress.skipped:
        parts.append(f"{progress.skipped:,} done earlier")
    if progress.blocked:
        parts.append(f"{progress.blocked:,} blocked")
    state = _STATE_WORDS[progress.state]
    text = " · ".join(parts)
    return f"{state}: {text}" if state and progress.state != "paused" else text


class ProgressView(QtWidgets.QWidget):
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
        self._label = QtWidgets.QLabel(IDLE_TEXT, self)
        self._label.setObjectName("bulkProgressLabel")
        self._label.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self._label.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored,
                                  QtWidgets.QSizePolicy.Policy.Preferred)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._bar, 2)
        layout.addWidget(self._label, 5)

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
        text = progress_text(progress)
        self._label.setText(text)
        self._label.setToolTip(text)

    def show_note(self, text: str) -> None:
        """Say *text* where the counts were, leaving the bar as it is."""
        self._label.setText(text)
        self._label.setToolTip(text)

    def reset(self, text: str = IDLE_TEXT) -> None:
        """An empty bar with *text*."""
        self._bar.setRange(0, 1)
        self._bar.setValue(0)
        self._label.setText(text)
        self._label.setToolTip("")

    def _on_runner_running_changed(self, running: bool) -> None:
        if running:
            self.reset("Starting…")

    def _on_runner_finished(self, report: BulkReport) -> None:
        self.show_progress(report.progress)

    def _on_runner_interrupted(self) -> None:
        self.show_note(INTERRUPTED_TEXT)
