"""eSMS's own test mode and the profile dialog's notes about what comes after "accepted": the
option adds "Sandbox": "1" through the one body builder, is off by default, says it is
documented for eSMS's other send APIs only, and shows in the switcher and each result row;
the CallbackUrl note; the Sandbox profile's test followers."""

from __future__ import annotations

import dataclasses
import json

from PySide6 import QtWidgets
from pytestqt.qtbot import QtBot

from zalo_composer.app.services import AppServices
from zalo_composer.domain.demo import DEMO_RECIPIENTS
from zalo_composer.store.profiles import DEFAULT_STATUS_URL, Profile
from zalo_composer.ui.main_window import MainWindow
from zalo_composer.ui.profiles import ProfileDialog
from zalo_composer.ui.results.model import MEANING

from .samples import five_button_draft


def test_a_profile_in_test_mode_sends_sandbox_1_and_says_so(
    services: AppServices, qtbot: QtBot
) -> None:
    # GIVEN the Sandbox profile (test mode off by default), then switched on
    window = MainWindow(services=services)
    qtbot.addWidget(window)
    window.load_draft(five_button_draft())
    combo = window.profile_switcher().findChild(QtWidgets.QComboBox, "profileCombo")
    assert "test mode" not in combo.currentText()
    window.flush_preview()
    assert "Sandbox" not in json.loads(window.preview_text())
    sandbox = services.book.get("Sandbox")
    assert sandbox.esms_test_mode is False
    services.book.put(dataclasses.replace(sandbox, esms_test_mode=True), replacing="Sandbox")
    window.profile_switcher().reload(services.book)
    window.use_profile(services.book.get("Sandbox"))
    # THEN the switcher and the preview show it
    assert combo.currentText().endswith(" · eSMS test mode")
    window.flush_preview()
    assert json.loads(window.preview_text())["Sandbox"] == "1"
    # WHEN it sends, THEN the request carries it and the row says so
    window.send()
    qtbot.waitUntil(lambda: not window.activity.sends.busy, timeout=10000)
    running = services.sandbox.running
    assert running is not None
    [request] = [r for r in running.requests if "SendZalo" in r.path]
    assert request.body["Sandbox"] == "1"
    model = window.activity.results_log.results_model()
    assert model.index(0, MEANING).data().endswith(" · eSMS test mode")


def test_the_dialog_explains_callback_and_test_mode_and_keeps_the_status_url(
    qtbot: QtBot, services: AppServices
) -> None:
    shop = Profile("Shop", "1234567890", status_url="https://status.example.vn/GetCallback")
    services.book.put(shop)
    dialog = ProfileDialog(services.book, services.secrets, shop)
    qtbot.addWidget(dialog)
    note = dialog.findChild(QtWidgets.QLabel, "callbackUrlNote")
    assert "Without a CallbackUrl" in note.text() and "Zalo's reason" in note.text()
    box = dialog.findChild(QtWidgets.QCheckBox, "esmsTestMode")
    assert not box.isChecked()
    mode_note = dialog.findChild(QtWidgets.QLabel, "esmsTestModeNote").text()
    assert "other send APIs" in mode_note and "not for consultation messages" in mode_note
    assert dialog.findChild(QtWidgets.QGroupBox, "sandboxTestFollowers").isHidden()
    box.setChecked(True)
    edited = dialog.profile()
    assert edited.esms_test_mode is True
    assert edited.status_url == "https://status.example.vn/GetCallback", "kept"
    assert Profile("New", "1").status_url == DEFAULT_STATUS_URL


def test_the_sandbox_profile_lists_its_test_followers(
    qtbot: QtBot, services: AppServices
) -> None:
    dialog = ProfileDialog(services.book, services.secrets, services.book.get("Sandbox"))
    qtbot.addWidget(dialog)
    assert not dialog.findChild(QtWidgets.QGroupBox, "sandboxTestFollowers").isHidden()
    listed = dialog.findChild(QtWidgets.QLabel, "sandboxTestFollowersList").text()
    for recipient in DEMO_RECIPIENTS:
        assert recipient.user_id in listed
    assert "-230" in listed and "outcome unknown" in listed
