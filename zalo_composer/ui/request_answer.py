"""The request/answer pane: a send's request body (secrets masked, JSON coloured) and eSMS's
raw answer, in two tabs. The results log and the History window both show one."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from PySide6 import QtGui, QtWidgets

from ..domain.body import mask_secrets
from .preview.json_highlighter import JsonHighlighter
from .retranslate import FollowsPalette, Retranslatable

RequestBody = Mapping[str, Any] | str
"""A request body as sent (a mapping) or as stored in the history (its JSON text)."""


def pretty_body(body: RequestBody) -> str | None:
    """*body* as indented JSON, secrets masked (again: belt and braces); stored text that is
    not JSON as it is; None when there is no body at all."""
    if isinstance(body, str):
        try:
            data: Any = json.loads(body)
        except ValueError:
            return body or None
    else:
        data = body
    if not data and not isinstance(body, str):
        return None
    return json.dumps(mask_secrets(data), ensure_ascii=False, indent=2)


class RequestAnswerPane(Retranslatable, FollowsPalette, QtWidgets.QTabWidget):
    """Tabs “Request body (keys masked)” and “Raw response”, read-only and monospaced.

    The object names of the tabs and of both text views are given by the owner, so tests
    and style sheets find them where they always were."""

    def __init__(
        self, name: str, request_name: str, response_name: str,
        parent: QtWidgets.QWidget | None = None, *, min_lines: int = 0,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._request_view = self._text_view(request_name, min_lines)
        self._response_view = self._text_view(response_name, min_lines)
        self._highlighter = JsonHighlighter(self._request_view.document(),
                                            self._request_view.palette())
        self._shown: tuple[RequestBody, str, str] | None = None
        self.addTab(self._request_view, "")
        self.addTab(self._response_view, "")
        self._retranslate_ui()

    def show_exchange(self, body: RequestBody, raw_response: str, no_answer: str) -> None:
        """Show *body* and *raw_response*; without an answer, say why (*no_answer*)."""
        self._shown = (body, raw_response, no_answer)
        self._request_view.setPlainText(
            pretty_body(body) or self.tr("(no request body)"))
        self._response_view.setPlainText(
            raw_response or self.tr("(no response: {reason})").format(reason=no_answer))

    def clear_exchange(self) -> None:
        """Show nothing (no send selected, or its answer is still to come)."""
        self._shown = None
        self._request_view.setPlainText("")
        self._response_view.setPlainText("")

    def request_text(self) -> str:
        """The request body as shown."""
        return self._request_view.toPlainText()

    def response_text(self) -> str:
        """The raw response as shown."""
        return self._response_view.toPlainText()

    def _retranslate_ui(self) -> None:
        self.setTabText(0, self.tr("Request body (keys masked)"))
        self.setTabText(1, self.tr("Raw response"))
        if self._shown is not None:
            self.show_exchange(*self._shown)

    def _apply_palette(self) -> None:
        self._highlighter.set_palette(self._request_view.palette())

    @staticmethod
    def _text_view(name: str, min_lines: int) -> QtWidgets.QPlainTextEdit:
        view = QtWidgets.QPlainTextEdit()
        view.setObjectName(name)
        view.setReadOnly(True)
        view.setFont(QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont))
        view.setLineWrapMode(QtWidgets.QPlainTextEdit.LineWrapMode.WidgetWidth)
        if min_lines:
            view.setMinimumHeight(view.fontMetrics().lineSpacing() * min_lines + 12)
        return view
