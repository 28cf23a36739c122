"""How the message is sent: recipients, RequestId, SendDate, and the user's own note."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6 import QtCore, QtGui, QtWidgets

from ...domain import limits
from ...domain.model import split_recipients
from ...domain.validation import Problem
from ..field_paths import is_recipient_path, problems_at
from ..retranslate import Retranslatable
from .fields import CountedLineEdit, FieldGrid


class SendOptionsEditor(Retranslatable, QtWidgets.QWidget):
    """Recipients, RequestId, SendDate and note of the draft.

    Signals:
        changed: any of the fields changed.
    """

    changed = QtCore.Signal()  # payload: none; read the getters

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendOptionsEditor")
        self._recipients = CountedLineEdit("recipients", parent=self)
        self._request_id = CountedLineEdit(
            "requestId",
            limit=limits.REQUEST_ID_MAX,
            count=len,  # ASCII only, counted as the validator counts it
            parent=self,
        )
        self._send_date = CountedLineEdit("sendDate", parent=self)
        self._pick_date = self._send_date.line_edit().addAction(
            _calendar_icon(), QtWidgets.QLineEdit.ActionPosition.TrailingPosition
        )
        self._pick_date.setObjectName("pickSendDateAction")
        self._pick_date.triggered.connect(self._on_pick_date_triggered)
        self._note = CountedLineEdit("note", parent=self)

        form = FieldGrid()
        self.setLayout(form)
        self._labels: list[QtWidgets.QLabel] = []
        for field in (self._recipients, self._request_id, self._send_date, self._note):
            self._labels.append(form.add_field("", field))
            field.text_changed.connect(self._on_field_text_changed)
        self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        labels = (self.tr("&Recipient user_id"), self.tr("Re&questId"), self.tr("Send&Date"),
                  self.tr("&Note"))
        for label, text in zip(self._labels, labels, strict=True):
            label.setText(text)
        self._recipients.line_edit().setPlaceholderText(
            self.tr("Zalo user_id (several: separate with commas)"))
        self._request_id.line_edit().setPlaceholderText(self.tr("Empty: generated at send time"))
        self._send_date.line_edit().setPlaceholderText(
            self.tr("Empty: send now; or yyyy-mm-dd hh:MM:ss"))
        self._pick_date.setToolTip(self.tr("Pick a date and time (local time)"))
        self._note.line_edit().setPlaceholderText(
            self.tr("Optional; saved in the draft, never sent"))

    def recipients(self) -> tuple[str, ...]:
        """The user ids typed, in order."""
        return split_recipients(self._recipients.text())

    def request_id(self) -> str | None:
        """The pinned RequestId, or None when the field is empty."""
        return self._request_id.text().strip() or None

    def send_date(self) -> str | None:
        """The schedule, or None when the field is empty."""
        return self._send_date.text().strip() or None

    def note(self) -> str:
        """The user's note."""
        return self._note.text()

    def set_values(
        self,
        *,
        recipients: Sequence[str],
        request_id: str | None,
        send_date: str | None,
        note: str,
    ) -> None:
        """Fill every field."""
        self._recipients.set_text(", ".join(recipients))
        self._request_id.set_text(request_id or "")
        self._send_date.set_text(send_date or "")
        self._note.set_text(note)

    def field(self, name: str) -> CountedLineEdit:
        """The field for ``recipients``, ``request_id``, ``send_date`` or ``note``."""
        fields = {
            "recipients": self._recipients,
            "request_id": self._request_id,
            "send_date": self._send_date,
            "note": self._note,
        }
        return fields[name]

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Show each field's problems under it; every recipient problem goes to the one field."""
        self._recipients.set_problems([p for p in problems if is_recipient_path(p.field)])
        self._request_id.set_problems(problems_at(problems, "request_id"))
        self._send_date.set_problems(problems_at(problems, "send_date"))

    def focus_field(self, path: str) -> bool:
        """Focus the field of *path*; returns whether *path* is one of these fields."""
        if is_recipient_path(path):
            target = self._recipients
        elif path in ("request_id", "send_date", "note"):
            target = self.field(path)
        else:
            return False
        target.line_edit().setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        return True

    def _on_field_text_changed(self, _text: str) -> None:
        self.changed.emit()

    def pick_date_action(self) -> QtGui.QAction:
        """The calendar button inside the SendDate field."""
        return self._pick_date

    def _on_pick_date_triggered(self) -> None:
        chosen = self._ask_send_date(self.send_date())
        if chosen is not None:
            self._send_date.set_text(chosen)
            self.changed.emit()

    def _ask_send_date(self, current: str | None) -> str | None:
        """A date-time dialog; the chosen schedule as ``yyyy-mm-dd hh:MM:ss``, or None."""
        dialog = QtWidgets.QDialog(self)
        dialog.setWindowTitle(self.tr("Schedule the message"))
        editor = QtWidgets.QDateTimeEdit(dialog)
        editor.setObjectName("sendDateEdit")
        editor.setCalendarPopup(True)
        editor.setDisplayFormat(QT_SEND_DATE_FORMAT)
        soon = QtCore.QDateTime.currentDateTime().addSecs(60)
        editor.setMinimumDateTime(soon)
        parsed = QtCore.QDateTime.fromString(current or "", QT_SEND_DATE_FORMAT)
        editor.setDateTime(parsed if parsed.isValid() and parsed > soon
                           else QtCore.QDateTime.currentDateTime().addSecs(3600))
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel, dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QtWidgets.QVBoxLayout(dialog)
        layout.addWidget(QtWidgets.QLabel(self.tr("Send at (local time):"), dialog))
        layout.addWidget(editor)
        layout.addWidget(buttons)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return None
        return editor.dateTime().toString(QT_SEND_DATE_FORMAT)


QT_SEND_DATE_FORMAT = "yyyy-MM-dd HH:mm:ss"
"""`limits.SEND_DATE_FORMAT` in Qt's notation."""


def _calendar_icon() -> QtGui.QIcon:
    """A small calendar drawn in the palette's text colour (no image files needed)."""
    pixmap = QtGui.QPixmap(32, 32)
    pixmap.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(pixmap)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    color = QtWidgets.QApplication.palette().color(QtGui.QPalette.ColorRole.Text)
    painter.setPen(QtGui.QPen(color, 2.5))
    painter.drawRoundedRect(QtCore.QRectF(4, 7, 24, 21), 3, 3)
    painter.drawLine(QtCore.QPointF(4, 13), QtCore.QPointF(28, 13))
    painter.drawLine(QtCore.QPointF(11, 3), QtCore.QPointF(11, 9))
    painter.drawLine(QtCore.QPointF(21, 3), QtCore.QPointF(21, 9))
    for x in (10, 16, 22):
        painter.drawPoint(QtCore.QPointF(x, 19))
        painter.drawPoint(QtCore.QPointF(x, 24))
    painter.end()
    return QtGui.QIcon(pixmap)
