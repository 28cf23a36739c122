"""The Retranslatable and FollowsPalette mixins: one changeEvent for every widget."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from pytestqt.qtbot import QtBot

from zalo_composer.ui.i18n import install_language
from zalo_composer.ui.retranslate import FollowsPalette, Retranslatable

UI = Path(__file__).resolve().parents[2] / "zalo_composer" / "ui"
# QObjects, not widgets: they follow the language through event() (no changeEvent).
NOT_YET: set[str] = set()


class _Probe(Retranslatable, FollowsPalette, QtWidgets.QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def _retranslate_ui(self) -> None:
        self.calls.append("texts")

    def _apply_palette(self) -> None:
        self.calls.append("palette")


def test_the_mixins_call_their_hooks_on_their_events(
    qapp: QtWidgets.QApplication, qtbot: QtBot
) -> None:
    probe = _Probe()
    qtbot.addWidget(probe)
    QtWidgets.QApplication.sendEvent(probe, QtCore.QEvent(QtCore.QEvent.Type.LanguageChange))
    QtWidgets.QApplication.sendEvent(probe, QtCore.QEvent(QtCore.QEvent.Type.FontChange))
    assert probe.calls == ["texts"]
    # A real switch of the application palette (light ↔ dark), as apply_theme does.
    before = QtGui.QPalette(qapp.palette())
    dark = QtGui.QPalette(before)
    dark.setColor(QtGui.QPalette.ColorRole.Window, QtGui.QColor("#202020"))
    try:
        qapp.setPalette(dark)
        qtbot.waitUntil(lambda: "palette" in probe.calls)
    finally:
        qapp.setPalette(before)


def test_the_mixins_pass_the_event_on_to_the_qt_class(qtbot: QtBot) -> None:
    # QWidget.changeEvent updates the widget on EnabledChange; the mixins must not swallow it.
    probe = _Probe()
    qtbot.addWidget(probe)
    probe.setEnabled(False)
    assert not probe.isEnabled() and probe.calls == []


def test_installing_a_language_reaches_a_mixin_widget(
    qapp: QtWidgets.QApplication, qtbot: QtBot
) -> None:
    probe = _Probe()
    qtbot.addWidget(probe)
    if install_language(qapp, "vi") != "vi":
        install_language(qapp, "en")
        pytest.fail("the Vietnamese translation is not built: run `make qm`")
    try:
        qtbot.waitUntil(lambda: "texts" in probe.calls)
    finally:
        install_language(qapp, "en")
        qtbot.wait(1)


def test_no_widget_checks_for_language_change_by_itself() -> None:
    offenders = [
        str(path.relative_to(UI)) for path in sorted(UI.rglob("*.py"))
        if path.name != "retranslate.py" and str(path.relative_to(UI)) not in NOT_YET
        and re.search(r"^\s+(el)?if event\.type\(\) ==.*LanguageChange", path.read_text(), re.M)
        and "def changeEvent" in path.read_text()
    ]
    assert offenders == []
