"""The bulk send's controls: pacing (rate, concurrency), Check all, Start, Pause / Resume,
Stop and Export results, enabled according to what can be done now."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6 import QtCore, QtWidgets

from ...app.bulk import DEFAULT_CONCURRENCY
from ..retranslate import Retranslatable
from ..settings import app_settings

DEFAULT_RATE = 5.0
"""Messages per second a new user starts with: gentle on the account, quick enough."""
MAX_RATE = 1000.0
MAX_CONCURRENCY = 8
RATE_KEY, CONCURRENCY_KEY = "bulk/rate", "bulk/concurrency"


@dataclass(frozen=True)
class ControlState:
    """What the controls allow now."""

    running: bool = False
    paused: bool = False
    stopping: bool = False
    can_check: bool = True
    can_start: bool = False
    can_export: bool = False


def _setting(key: str, default: float) -> float:
    try:
        return float(app_settings().value(key, default))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


class SendControls(Retranslatable, QtWidgets.QWidget):
    """Rate and concurrency, then the buttons that run the batch.

    Signals:
        check_requested: Check all was pressed.
        start_requested: Start was pressed.
        pause_requested: Pause was pressed.
        resume_requested: Resume was pressed (the same button, while paused).
        stop_requested: Stop was pressed.
        export_requested: Export results was pressed.
    """

    check_requested = QtCore.Signal()
    start_requested = QtCore.Signal()
    pause_requested = QtCore.Signal()
    resume_requested = QtCore.Signal()
    stop_requested = QtCore.Signal()
    export_requested = QtCore.Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkControls")
        self._state = ControlState()
        self._rate = QtWidgets.QDoubleSpinBox(self)
        self._rate.setObjectName("bulkRate")
        self._rate.setRange(0.0, MAX_RATE)
        self._rate.setDecimals(1)
        self._rate.setSingleStep(1.0)
        self._rate.setValue(min(max(_setting(RATE_KEY, DEFAULT_RATE), 0.0), MAX_RATE))
        self._concurrency = QtWidgets.QSpinBox(self)
        self._concurrency.setObjectName("bulkConcurrency")
        self._concurrency.setRange(1, MAX_CONCURRENCY)
        self._concurrency.setValue(
            min(max(round(_setting(CONCURRENCY_KEY, DEFAULT_CONCURRENCY)), 1), MAX_CONCURRENCY))
        self._check = self._button("bulkCheckButton", self.check_requested)
        self._start = self._button("bulkStartButton", self.start_requested)
        self._pause = self._button("bulkPauseButton", None)
        self._pause.clicked.connect(self._on_pause_clicked)
        self._stop = self._button("bulkStopButton", self.stop_requested)
        self._export = self._button("bulkExportButton", self.export_requested)
        self._rate_label = QtWidgets.QLabel(self)
        self._rate_label.setBuddy(self._rate)
        self._concurrency_label = QtWidgets.QLabel(self)
        self._concurrency_label.setBuddy(self._concurrency)
        self._rate.valueChanged.connect(self._on_rate_value_changed)
        self._concurrency.valueChanged.connect(self._on_concurrency_value_changed)
        self._build_layout()
        self._retranslate_ui()
        self.set_state(ControlState())

    def _retranslate_ui(self) -> None:
        self._rate_label.setText(self.tr("Rate"))
        self._rate.setSuffix(" " + self.tr("msg/s"))
        self._rate.setSpecialValueText(self.tr("no limit"))
        self._rate.setToolTip(self.tr("Requests started per second at most; 0 means no limit"))
        self._concurrency_label.setText(self.tr("In flight"))
        self._concurrency.setToolTip(
            self.tr("Requests waiting for an answer at the same time, at most"))
        self._check.setText(self.tr("Check &all"))
        self._check.setToolTip(self.tr(
            "Fill in every row's message and validate it, without sending anything"))
        self._start.setText(self.tr("S&tart…"))
        self._start.setToolTip(self.tr("Send to every row the check found sendable"))
        self._stop.setText(self.tr("St&op"))
        self._stop.setToolTip(self.tr(
            "Start no new request and end the batch once the requests under way have their "
            "answers"))
        self._export.setText(self.tr("&Export results…"))
        self._export.setToolTip(self.tr("Save every row's RequestId and result as CSV"))
        self._retranslate_pause()

    def _retranslate_pause(self) -> None:
        if self._state.paused:
            self._pause.setText(self.tr("Res&ume"))
            self._pause.setToolTip(self.tr("Go on sending the rows not sent yet"))
        else:
            self._pause.setText(self.tr("Pau&se"))
            self._pause.setToolTip(self.tr("Start no new request; those under way finish"))

    def _button(self, name: str,
                signal: QtCore.SignalInstance | None) -> QtWidgets.QPushButton:
        button = QtWidgets.QPushButton(self)
        button.setObjectName(name)
        if signal is not None:
            button.clicked.connect(signal)
        return button

    def _build_layout(self) -> None:
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._rate_label)
        layout.addWidget(self._rate)
        layout.addSpacing(8)
        layout.addWidget(self._concurrency_label)
        layout.addWidget(self._concurrency)
        layout.addSpacing(16)
        for button in (self._check, self._start, self._pause, self._stop):
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(self._export)

    # -- reading and setting -----------------------------------------------------------

    def rate(self) -> float | None:
        """Messages per second, or None for no limit."""
        value = self._rate.value()
        return value if value > 0 else None

    def set_rate(self, rate: float | None) -> None:
        """Set the rate (None or 0: no limit)."""
        self._rate.setValue(rate or 0.0)

    def concurrency(self) -> int:
        """Requests in flight at most."""
        return self._concurrency.value()

    def set_concurrency(self, value: int) -> None:
        """Set the concurrency limit (1 to `MAX_CONCURRENCY`)."""
        self._concurrency.setValue(value)

    def state(self) -> ControlState:
        """What the controls allow now."""
        return self._state

    def set_state(self, state: ControlState) -> None:
        """Enable what *state* allows; the pause button reads Resume while paused."""
        self._state = state
        idle = not state.running
        self._rate.setEnabled(idle)
        self._concurrency.setEnabled(idle)
        self._check.setEnabled(idle and state.can_check)
        self._start.setEnabled(idle and state.can_start)
        self._pause.setEnabled(state.running and not state.stopping)
        self._retranslate_pause()
        self._stop.setEnabled(state.running and not state.stopping)
        self._export.setEnabled(idle and state.can_export)

    # -- slots -------------------------------------------------------------------------

    def _on_pause_clicked(self) -> None:
        if self._state.paused:
            self.resume_requested.emit()
        else:
            self.pause_requested.emit()

    def _on_rate_value_changed(self, value: float) -> None:
        app_settings().setValue(RATE_KEY, value)

    def _on_concurrency_value_changed(self, value: int) -> None:
        app_settings().setValue(CONCURRENCY_KEY, value)
