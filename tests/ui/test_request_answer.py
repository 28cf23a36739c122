"""The request/answer pane shared by the results log and the History window."""

from __future__ import annotations

import json

from PySide6 import QtWidgets
from pytestqt.qtbot import QtBot

from zalo_composer.ui.request_answer import RequestAnswerPane, pretty_body


def test_pretty_body_masks_keys_from_a_mapping_or_stored_text() -> None:
    body = {"ApiKey": "real-api-key", "OAID": "42"}
    for given in (body, json.dumps(body)):
        shown = pretty_body(given)
        assert shown is not None and "real-api-key" not in shown and '"OAID": "42"' in shown
    assert pretty_body({}) is None
    assert pretty_body("") is None
    assert pretty_body("not json") == "not json"
    assert pretty_body("{}") == "{}"


def test_the_pane_shows_both_sides_and_says_why_an_answer_is_missing(qtbot: QtBot) -> None:
    pane = RequestAnswerPane("tabs", "requestView", "responseView")
    qtbot.addWidget(pane)
    assert pane.findChild(QtWidgets.QPlainTextEdit, "requestView") is not None
    assert [pane.tabText(i) for i in range(2)] == ["Request body (keys masked)", "Raw response"]
    pane.show_exchange({"SecretKey": "s3cret"}, '{"CodeResult":"100"}', "ignored")
    assert "s3cret" not in pane.request_text()
    assert pane.response_text() == '{"CodeResult":"100"}'
    pane.show_exchange({}, "", "could not connect")
    assert pane.request_text() == "(no request body)"
    assert pane.response_text() == "(no response: could not connect)"
    pane.clear_exchange()
    assert pane.request_text() == pane.response_text() == ""
