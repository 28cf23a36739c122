"""What the dry run found, in a few lines: how many rows can be sent, the problems of the
whole batch, and the worst case per counter ("Longest text: 1,987 / 2000 (row 12)")."""

from __future__ import annotations

import re

from PySide6 import QtCore, QtWidgets

from ...domain.model import TITLE_FIELD, Message
from ...domain.variables import BulkCheck, Worst, placeholders_by_field
from .. import theme
from ..i18n import QT_TRANSLATE_NOOP, domain_text, problem_text, translate
from ..inline_problems import problem_mark
from ..retranslate import Retranslatable
from .words import number

NOT_CHECKED_TEXT = QT_TRANSLATE_NOOP(
    "CheckSummary", "Not checked yet: press Check all to see which rows can be sent.")
STALE_TEXT = QT_TRANSLATE_NOOP("CheckSummary",
                               "Changed since the last check: press Check all again.")
_BUTTON_FIELD = re.compile(r"buttons\[(\d+)\]\.(\w+)")


def field_label(message: Message, where: str) -> str:
    """``text`` → ``text``; ``buttons[0].title`` → ``button 1 title``, with the field's
    label as the editor shows it (``button 2 SMS text``)."""
    match = _BUTTON_FIELD.fullmatch(where)
    if match is None:
        return translate("CheckSummary", "text") if where == "text" else where
    index, name = int(match.group(1)), match.group(2)
    label = name
    if index < len(message.buttons):
        for spec in (TITLE_FIELD, *message.buttons[index].FIELDS):
            if spec.name == name:
                label = _lower_first(domain_text(spec.label))
    return translate("CheckSummary", "button {number} {field}").format(number=index + 1,
                                                                        field=label)


def _lower_first(label: str) -> str:
    """``Title`` → ``title``; an acronym (``URL``, ``SMS text``) stays as it is."""
    if not label or (len(label) > 1 and label[1].isupper()):
        return label
    return label[0].lower() + label[1:]


def worst_line(message: Message, where: str, worst: Worst) -> str:
    """``Longest text: 1,987 / 2000 (row 12)``; rows count from 1, as the table shows."""
    values = {"field": field_label(message, where), "length": number(worst.length),
              "limit": worst.limit, "row": worst.row + 1}
    if worst.length > worst.limit:
        text = translate("CheckSummary",
                         "Longest {field}: {length} / {limit} (row {row}) — too long")
    else:
        text = translate("CheckSummary", "Longest {field}: {length} / {limit} (row {row})")
    return text.format(**values)


def worst_lines(message: Message, check: BulkCheck) -> list[str]:
    """The worst case of the text, and of each counted field whose length varies by row
    (one with a placeholder in it); fields without one are the same in every row."""
    varying = set(placeholders_by_field(message)) | {"text"}
    return [worst_line(message, where, worst) for where, worst in check.worst.items()
            if where in varying]


def headline(check: BulkCheck) -> str:
    """``187 of 200 rows can be sent; 13 blocked.`` or why none can."""
    total = len(check.rows)
    sendable = len(check.sendable_rows)
    if not total:
        return translate("CheckSummary", "No recipients: paste ids or import a CSV.")
    if check.blocked_by_general:
        return "✖ " + translate("CheckSummary", "None of the {total} rows can be sent (see below)."
                                ).format(total=number(total))
    if not sendable:
        return "✖ " + translate("CheckSummary", "None of the {total} rows can be sent: each one is "
                                "blocked.").format(total=number(total))
    blocked = total - sendable
    values = {"sendable": number(sendable), "total": number(total), "blocked": number(blocked)}
    if blocked:
        text = translate("CheckSummary", "{sendable} of {total} rows can be sent; {blocked} "
                         "blocked (hover a row to see why).")
    elif total == 1:
        text = translate("CheckSummary", "{sendable} of {total} row can be sent.")
    else:
        text = translate("CheckSummary", "{sendable} of {total} rows can be sent.")
    return "✔ " + text.format(**values)


class CheckSummary(Retranslatable, QtWidgets.QWidget):
    """The dry run's verdict beside the recipients table."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkCheckSummary")
        self._title = QtWidgets.QLabel(self)
        self._title.setObjectName("bulkCheckTitle")
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._headline = self._label("bulkCheckHeadline")
        self._details = self._label("bulkCheckDetails")
        self._color = ""
        self._shown: tuple[BulkCheck | None, Message, bool] = (None, Message(), False)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title)
        layout.addWidget(self._headline)
        layout.addWidget(self._details)
        self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        self._title.setText(self.tr("Check before sending"))
        check, message, stale = self._shown
        self.show_check(check, message, stale=stale)

    def _label(self, name: str) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAlignment(QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignTop)
        return label

    def headline_text(self) -> str:
        """The first line as shown."""
        return self._headline.text()

    def details_text(self) -> str:
        """The worst cases and the batch-wide problems, one per line."""
        return self._details.text()

    def show_check(self, check: BulkCheck | None, message: Message, *,
                   stale: bool = False) -> None:
        """Show *check* of *message*; None before the first check, or *stale* after a change."""
        self._shown = (check, message, stale)
        if check is None:
            self._headline.setText(
                translate("CheckSummary", STALE_TEXT if stale else NOT_CHECKED_TEXT))
            self._details.clear()
            self._details.hide()
            self._set_color("")
            return
        self._headline.setText(headline(check))
        lines = [f"{problem_mark(p)} {problem_text(p)}" for p in check.general]
        lines += worst_lines(message, check)
        self._details.setText("\n".join(lines))
        self._details.setVisible(bool(lines))
        self._set_color("" if check.can_send else
                        theme.tone_color(self.palette(), "error").name())

    def _set_color(self, color: str) -> None:
        if color != self._color:
            self._color = color
            self._headline.setStyleSheet(f"color: {color}" if color else "")
