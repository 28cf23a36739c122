"""Fetch my OAs in the profile dialog, and Check status in the History window, over real
loopback HTTP against the sandbox."""

from __future__ import annotations

from functools import partial

from PySide6 import QtWidgets

from zalo_composer.app.services import fetch_official_accounts
from zalo_composer.domain.demo import DEMO_OAIDS
from zalo_composer.store.profiles import Profile
from zalo_composer.ui.main_window import MainWindow
from zalo_composer.ui.profiles.dialog import ProfileDialog

from .samples import five_button_draft


def test_fetch_my_oas_fills_the_oaid(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    services = window.services()
    dialog = ProfileDialog(services.book, services.secrets, services.book.get("Sandbox"), window,
                           fetch_oas=partial(fetch_official_accounts, services))
    qtbot.addWidget(dialog)
    oaid = dialog.findChild(QtWidgets.QLineEdit, "profileOaid")
    oaid.setText("")
    task = dialog.fetch_oas()
    assert task is not None
    qtbot.waitUntil(task.done, timeout=10_000)
    assert oaid.text() == next(iter(DEMO_OAIDS))


def test_fetch_with_wrong_keys_says_why(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    services = window.services()
    services.sandbox.base_url()
    assert services.sandbox.running is not None
    dialog = ProfileDialog(services.book, services.secrets, None, window,
                           fetch_oas=partial(fetch_official_accounts, services))
    qtbot.addWidget(dialog)
    dialog.findChild(QtWidgets.QLineEdit, "profileName").setText("Shop")
    dialog.findChild(QtWidgets.QLineEdit, "profileEndpoint").setText(
        services.sandbox.running.base_url)
    dialog.findChild(QtWidgets.QLineEdit, "profileApiKey").setText("wrong-key")
    dialog.findChild(QtWidgets.QLineEdit, "profileSecretKey").setText("wrong-secret")
    task = dialog.fetch_oas()
    assert task is not None
    qtbot.waitUntil(task.done, timeout=10_000)
    error = dialog.findChild(QtWidgets.QLabel, "oaidError")
    assert error.isVisibleTo(dialog) and "101" in error.text()


def test_check_status_from_the_history_window(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.load_draft(five_button_draft())
    window.view.send_button.click()
    qtbot.waitUntil(lambda: not window.activity.sends.busy, timeout=10_000)
    history = window.activity.show_history()
    qtbot.addWidget(history)
    history.select_row(0)
    button = history.findChild(QtWidgets.QPushButton, "historyCheckStatusButton")
    button.click()
    # The lifecycle's words (issue #11)
    qtbot.waitUntil(lambda: "waiting for Zalo" in history.status_text()
                    or "sent by Zalo" in history.status_text(), timeout=10_000)
    assert history.status_text().startswith("Status of ")


def test_a_profile_without_the_fetcher_offers_nothing(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    dialog = ProfileDialog(services.book, services.secrets, Profile("X", "1"))
    qtbot.addWidget(dialog)
    assert dialog.fetch_oas() is None
