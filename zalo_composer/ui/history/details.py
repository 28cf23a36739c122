"""The History window's details pane: the selected send's request, eSMS's answer, the error
and the note of the draft it came from."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from ...domain.draft import load_draft
from ...domain.errors import DraftError
from ...store.history import HistoryRow
from ..i18n import QT_TRANSLATE_NOOP, domain_text, error_text, translate
from ..request_answer import RequestAnswerPane
from ..retranslate import Retranslatable
from .model import NONE, history_state_color, state_word, summary_text, unknown_tooltip

NO_SELECTION_TEXT = QT_TRANSLATE_NOOP(
    "HistoryDetails", "Select a send to see its request, eSMS's answer and its draft.")


def draft_note(row: HistoryRow) -> str:
    """The note of the draft *row* was sent from, or why there is none."""
    if not row.draft:
        return translate("HistoryDetails", "(no draft was saved with this send)")
    try:
        note = load_draft(row.draft).draft.note
    except DraftError as exc:
        return translate("HistoryDetails", "(the saved draft cannot be read: {reason})").format(
            reason=error_text(exc))
    return note or translate("HistoryDetails", "(the draft has no note)")


class HistoryDetails(Retranslatable, QtWidgets.QWidget):
    """What was sent and what came back, for one history row."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDetails")
        self._summary = QtWidgets.QLabel()
        self._summary.setObjectName("historySummary")
        self._row: HistoryRow | None = None
        self._form_labels: list[QtWidgets.QLabel] = []
        self._actions = QtWidgets.QHBoxLayout()
        self._request_id = self._id_field("historyRequestId")
        self._sms_id = self._id_field("historySmsId")
        self._error = self._value_label("historyErrorMessage")
        self._note = self._value_label("historyDraftNote")
        self._draft_path = self._value_label("historyDraftPath")
        self._tabs = RequestAnswerPane("historyDetailTabs", "historyRequestBody",
                                       "historyRawResponse")
        self._build_layout()
        self._retranslate_ui()

    # -- public ------------------------------------------------------------------------

    def add_action(self, button: QtWidgets.QAbstractButton) -> None:
        """Put *button* (an action on the shown send) beside the summary."""
        self._actions.addWidget(button)

    def show_row(self, row: HistoryRow | None) -> None:
        """Show *row*, or the hint to select one."""
        self._row = row
        if row is None:
            self._summary.setText(self.tr(NO_SELECTION_TEXT))
            self._summary.setToolTip("")
            self._summary.setStyleSheet("")
            for label in (self._error, self._note, self._draft_path):
                label.setText("")
            self._request_id.clear()
            self._sms_id.clear()
            self._tabs.clear_exchange()
            return
        color = history_state_color(row.state, QtWidgets.QApplication.palette())
        self._summary.setStyleSheet(f"#historySummary {{ color: {color.name()}; }}")
        self._summary.setText(summary_text(row))
        self._summary.setToolTip(unknown_tooltip() if row.state == "unknown" else "")
        for field, value in ((self._request_id, row.request_id), (self._sms_id, row.sms_id)):
            field.setText(value or NONE)
            field.setCursorPosition(0)
        self._error.setText(row.error_message or NONE)
        self._note.setText(draft_note(row))
        self._draft_path.setText(row.draft_path or NONE)
        state = state_word(row.state)
        self._tabs.show_exchange(
            row.request_body, row.raw_response,
            f"{state} — {domain_text(row.meaning)}" if row.meaning else state)

    def request_text(self) -> str:
        """The request body as shown."""
        return self._tabs.request_text()

    def response_text(self) -> str:
        """The raw response as shown."""
        return self._tabs.response_text()

    def _retranslate_ui(self) -> None:
        for label, text in zip(self._form_labels, (
            "RequestId", "SMSID", self.tr("Error message"), self.tr("Draft note"),
            self.tr("Draft file"),
        ), strict=True):
            label.setText(text)
        self.show_row(self._row)

    # -- building ----------------------------------------------------------------------

    def _value_label(self, name: str) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel()
        label.setObjectName(name)
        label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored,
                            QtWidgets.QSizePolicy.Policy.Preferred)
        return label

    def _id_field(self, name: str) -> QtWidgets.QLineEdit:
        # A read-only line, not a label: an id has no place to wrap, and must copy whole.
        field = QtWidgets.QLineEdit()
        field.setObjectName(name)
        field.setReadOnly(True)
        field.setFrame(False)
        field.setStyleSheet(f"#{name} {{ background: transparent; }}")
        field.setFocusPolicy(QtCore.Qt.FocusPolicy.ClickFocus)
        return field

    def _build_layout(self) -> None:
        font = self._summary.font()
        font.setBold(True)
        self._summary.setFont(font)
        self._summary.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self._summary.setWordWrap(True)
        self._summary.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self._summary.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored,
                                    QtWidgets.QSizePolicy.Policy.Preferred)
        header = QtWidgets.QHBoxLayout()
        header.addWidget(self._summary, 1)
        header.addLayout(self._actions)

        facts = QtWidgets.QWidget()
        facts.setObjectName("historyFacts")
        form = QtWidgets.QFormLayout(facts)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(QtCore.Qt.AlignmentFlag.AlignRight)
        for field in (self._request_id, self._sms_id, self._error, self._note,
                      self._draft_path):
            label = QtWidgets.QLabel()
            self._form_labels.append(label)
            form.addRow(label, field)
        scroll = QtWidgets.QScrollArea()
        scroll.setObjectName("historyFactsScroll")
        scroll.setWidget(facts)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)

        split = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        split.setObjectName("historyDetailsSplitter")
        split.addWidget(scroll)
        split.addWidget(self._tabs)
        # The facts get room for a 36-character SMSID beside its label; a wider window
        # widens the request body.
        facts_width = self.fontMetrics().horizontalAdvance("Error message  " + "0" * 38)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([facts_width, facts_width * 2])
        split.setChildrenCollapsible(False)

        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(header)
        layout.addWidget(split, 1)
