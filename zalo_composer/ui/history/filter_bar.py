"""The History window's filter bar: text, recipient, RequestId, SMSID, code and date range,
turned into a `HistoryFilter` a moment after the user stops typing."""

from __future__ import annotations

import re
from typing import Literal

from PySide6 import QtCore, QtWidgets

from ...store.history import HistoryFilter
from ..i18n import QT_TRANSLATE_NOOP, code_meaning, translate
from ..retranslate import Retranslatable

DEBOUNCE_MS = 250
"""Typing waits this long before the filter runs (and the rows are counted again)."""

COMMON_CODES = ("100", "101", "102", "103", "118", "124", "140", "143", "204", "210", "789",
                "799")
"""The codes a consultation message can get back, offered in the code box."""

DatePreset = Literal["all", "today", "7d", "30d", "custom"]
DATE_PRESETS: tuple[tuple[DatePreset, str], ...] = (
    ("all", QT_TRANSLATE_NOOP("HistoryFilterBar", "All time")),
    ("today", QT_TRANSLATE_NOOP("HistoryFilterBar", "Today")),
    ("7d", QT_TRANSLATE_NOOP("HistoryFilterBar", "Last 7 days")),
    ("30d", QT_TRANSLATE_NOOP("HistoryFilterBar", "Last 30 days")),
    ("custom", QT_TRANSLATE_NOOP("HistoryFilterBar", "Custom range")),
)
_CODE = re.compile(r"\s*(\d+)\b")


def date_range(
    preset: DatePreset, start: QtCore.QDate, end: QtCore.QDate, today: QtCore.QDate
) -> tuple[float | None, float | None]:
    """`HistoryFilter.since` and ``until`` (timestamps, local days) for a date choice; a
    custom range includes both of its days, in whichever order they were picked."""
    if preset == "all":
        return None, None
    if preset == "custom":
        first, last = (start, end) if start <= end else (end, start)
        return _midnight(first), _midnight(last.addDays(1))
    back = {"today": 0, "7d": 6, "30d": 29}[preset]
    return _midnight(today.addDays(-back)), None


def code_of(text: str) -> str:
    """The code in the code box's text: ``"210 — payload breaks the rules"`` gives ``210``."""
    match = _CODE.match(text)
    return match.group(1) if match else text.strip()


def _midnight(day: QtCore.QDate) -> float:
    return float(day.startOfDay().toSecsSinceEpoch())


class HistoryFilterBar(Retranslatable, QtWidgets.QWidget):
    """Two rows of filter fields, "Clear filters" and the count of matching sends.

    Signals:
        filter_changed: the user changed a filter (typing settles for `DEBOUNCE_MS` first).
    """

    filter_changed = QtCore.Signal(object)  # payload: HistoryFilter to show

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyFilterBar")
        self._text = self._line_edit("historyTextFilter")
        self._recipient = self._line_edit("historyRecipientFilter")
        self._request_id = self._line_edit("historyRequestIdFilter")
        self._sms_id = self._line_edit("historySmsIdFilter")
        self._code = QtWidgets.QComboBox()
        self._code.setObjectName("historyCodeFilter")
        self._dates = QtWidgets.QComboBox()
        self._dates.setObjectName("historyDatePreset")
        self._from = self._date_edit("historyFromDate")
        self._to = self._date_edit("historyToDate")
        self._from_label = QtWidgets.QLabel()
        self._to_label = QtWidgets.QLabel()
        self._count = QtWidgets.QLabel()
        self._count.setObjectName("historyCount")
        self._clear = QtWidgets.QPushButton()
        self._clear.setObjectName("historyClearFilters")
        self._labels: dict[str, QtWidgets.QLabel] = {}
        self._debounce = QtCore.QTimer(self)
        self._debounce.setObjectName("historyFilterDebounce")
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._last = HistoryFilter()

        self._set_up_fields()
        self._build_layout()
        self._retranslate_ui()
        self._show_date_edits()
        self._debounce.timeout.connect(self._on_debounce_timeout)
        for edit in (self._text, self._recipient, self._request_id, self._sms_id):
            edit.textChanged.connect(self._on_field_text_changed)
            edit.returnPressed.connect(self._on_field_return_pressed)
        self._code.currentTextChanged.connect(self._on_code_text_changed)
        self._code.activated.connect(self._on_code_activated)
        self._dates.currentIndexChanged.connect(self._on_dates_current_index_changed)
        self._from.dateChanged.connect(self._on_date_edit_date_changed)
        self._to.dateChanged.connect(self._on_date_edit_date_changed)
        self._clear.clicked.connect(self._on_clear_clicked)

    # -- public ------------------------------------------------------------------------

    def current_filter(self) -> HistoryFilter:
        """The filter the fields describe right now (typing not yet settled included)."""
        preset: DatePreset = self._dates.currentData()
        since, until = date_range(preset, self._from.date(), self._to.date(),
                                  QtCore.QDate.currentDate())
        return HistoryFilter(
            text=self._text.text().strip(), recipient=self._recipient.text().strip(),
            request_id=self._request_id.text().strip(), sms_id=self._sms_id.text().strip(),
            code=code_of(self._code.currentText()), since=since, until=until,
        )

    def apply_now(self) -> None:
        """Emit `filter_changed` with the current fields, without waiting for the debounce."""
        self._debounce.stop()
        self._last = self.current_filter()
        self.filter_changed.emit(self._last)

    def clear(self) -> None:
        """Empty every field, show all time, and apply that at once."""
        widgets = (self._text, self._recipient, self._request_id, self._sms_id, self._code,
                   self._dates)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            for edit in (self._text, self._recipient, self._request_id, self._sms_id):
                edit.clear()
            self._code.setCurrentIndex(0)
            self._code.setEditText("")
            self._dates.setCurrentIndex(0)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._show_date_edits()
        self.apply_now()

    def focus_text(self) -> None:
        """Put the cursor in the free-text filter, its text selected (Ctrl+F)."""
        self._text.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        self._text.selectAll()

    def set_count_text(self, text: str) -> None:
        """Show *text* ("12,345 sends") at the end of the bar."""
        self._count.setText(text)

    # -- building ----------------------------------------------------------------------

    def _retranslate_ui(self) -> None:
        self._text.setPlaceholderText(self.tr("Search ids, meaning, error, message text (Ctrl+F)"))
        self._text.setToolTip(self.tr("Finds the text anywhere in the recipient, RequestId, "
                                      "SMSID, meaning, eSMS's error message and the message "
                                      "text"))
        self._text.setAccessibleName(self.tr("Search the history"))
        self._recipient.setPlaceholderText(self.tr("Zalo user id"))
        self._request_id.setPlaceholderText(self.tr("exact RequestId"))
        self._sms_id.setPlaceholderText(self.tr("exact SMSID"))
        self._from_label.setText(self.tr("&from"))
        self._to_label.setText(self.tr("t&o"))
        self._clear.setText(self.tr("Clear filte&rs"))
        self._clear.setToolTip(self.tr("Show every send again"))
        for name, text in (("recipient", self.tr("&Recipient")), ("requestId", "Re&questId"),
                           ("smsId", "SMS&ID"), ("code", self.tr("C&ode")),
                           ("date", self.tr("&Date"))):
            self._labels[name].setText(text)
        self._recipient.setAccessibleName(self.tr("Recipient"))
        self._request_id.setAccessibleName("RequestId")
        self._sms_id.setAccessibleName("SMSID")
        # The code list says what each code means; the box keeps just the code.
        for index, code in enumerate(COMMON_CODES, start=1):
            self._code.setItemText(index, f"{code} — {code_meaning(code)}")
        line = self._code.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("any"))
        self._on_code_tooltip()
        for index, (_preset, label) in enumerate(DATE_PRESETS):
            self._dates.setItemText(index, translate("HistoryFilterBar", label))
        self._dates.setToolTip(self.tr("Only sends made in this period (local time)"))

    def _line_edit(self, name: str) -> QtWidgets.QLineEdit:
        edit = QtWidgets.QLineEdit()
        edit.setObjectName(name)
        edit.setClearButtonEnabled(True)
        return edit

    def _date_edit(self, name: str) -> QtWidgets.QDateEdit:
        edit = QtWidgets.QDateEdit(QtCore.QDate.currentDate())
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _set_up_fields(self) -> None:
        self._code.setEditable(True)
        self._code.setInsertPolicy(QtWidgets.QComboBox.InsertPolicy.NoInsert)
        self._code.addItem("")
        for code in COMMON_CODES:
            self._code.addItem(code)
        # No inline completion: typing "10" must not turn into "100 — accepted by eSMS".
        self._code.setCompleter(None)  # type: ignore[arg-type]  # Qt: None removes it
        line = self._code.lineEdit()
        assert line is not None  # the box is editable
        line.setClearButtonEnabled(True)
        line.returnPressed.connect(self._on_field_return_pressed)
        self._code.setMinimumContentsLength(7)
        self._code.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        popup = self._code.view()
        popup.setMinimumWidth(popup.fontMetrics().horizontalAdvance(
            "799 — OAID inactive, wrong, or not added to the account") + 40)
        for preset, label in DATE_PRESETS:
            self._dates.addItem(label, preset)
        self._from_label.setBuddy(self._from)
        self._to_label.setBuddy(self._to)
        self._count.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self._text.setMinimumWidth(self._text.fontMetrics().horizontalAdvance("m" * 18))
        for edit in (self._recipient, self._request_id, self._sms_id):
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("0" * 12))

    def _build_layout(self) -> None:
        first = QtWidgets.QHBoxLayout()
        first.addWidget(self._text, 3)
        for name, edit in (("recipient", self._recipient), ("requestId", self._request_id),
                           ("smsId", self._sms_id)):
            label = self._labels[name] = QtWidgets.QLabel()
            label.setBuddy(edit)
            first.addSpacing(6)
            first.addWidget(label)
            first.addWidget(edit, 1)

        second = QtWidgets.QHBoxLayout()
        code_label = self._labels["code"] = QtWidgets.QLabel()
        code_label.setBuddy(self._code)
        dates_label = self._labels["date"] = QtWidgets.QLabel()
        dates_label.setBuddy(self._dates)
        second.addWidget(code_label)
        second.addWidget(self._code)
        second.addSpacing(12)
        second.addWidget(dates_label)
        second.addWidget(self._dates)
        second.addWidget(self._from_label)
        second.addWidget(self._from)
        second.addWidget(self._to_label)
        second.addWidget(self._to)
        second.addStretch(1)
        second.addWidget(self._count)
        second.addSpacing(12)
        second.addWidget(self._clear)

        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)

    def _show_date_edits(self) -> None:
        custom = self._dates.currentData() == "custom"
        for widget in (self._from_label, self._from, self._to_label, self._to):
            widget.setVisible(custom)

    # -- slots -------------------------------------------------------------------------

    @QtCore.Slot()
    def _on_debounce_timeout(self) -> None:
        current = self.current_filter()
        if current != self._last:
            self._last = current
            self.filter_changed.emit(current)

    @QtCore.Slot(str)
    def _on_field_text_changed(self, _text: str) -> None:
        self._debounce.start()

    @QtCore.Slot()
    def _on_field_return_pressed(self) -> None:
        self.apply_now()

    @QtCore.Slot(int)
    def _on_code_activated(self, index: int) -> None:
        # The list says what a code means; the box keeps just the code, which fits in it.
        self._code.setEditText(code_of(self._code.itemText(index)))
        self.apply_now()

    def _on_code_tooltip(self) -> None:
        code = code_of(self._code.currentText())
        self._code.setToolTip(f"{code} — {code_meaning(code)}" if code else
                              self.tr("Only sends with this CodeResult; type any code or pick "
                                      "one"))

    @QtCore.Slot(str)
    def _on_code_text_changed(self, _text: str) -> None:
        self._on_code_tooltip()
        self._debounce.start()

    @QtCore.Slot(int)
    def _on_dates_current_index_changed(self, _index: int) -> None:
        if self._dates.currentData() == "custom":
            # A custom range starts as the last seven days, the most common question.
            today = QtCore.QDate.currentDate()
            for edit, day in ((self._from, today.addDays(-6)), (self._to, today)):
                edit.blockSignals(True)
                edit.setDate(day)
                edit.blockSignals(False)
        self._show_date_edits()
        self.apply_now()

    @QtCore.Slot(QtCore.QDate)
    def _on_date_edit_date_changed(self, _date: QtCore.QDate) -> None:
        self._debounce.start()

    @QtCore.Slot()
    def _on_clear_clicked(self) -> None:
        self.clear()
