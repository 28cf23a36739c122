"""The bulk panel's questions: confirm a start (naming the profile and the count) and where
to export the results."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtWidgets

from ...store.profiles import Profile
from ..i18n import translate
from .recipients_table import csv_filters, dialog_folder
from .words import number


def start_question(profile: Profile, count: int, rate: float | None) -> tuple[str, str]:
    """The confirmation's question and its explanation."""
    if count == 1:
        question = translate("BulkDialogs", "Send this message to {count} recipient with the "
                             "profile “{profile}”?")
    else:
        question = translate("BulkDialogs", "Send this message to {count} recipients with the "
                             "profile “{profile}”?")
    question = question.format(count=number(count), profile=profile.name)
    if rate:
        pace = translate("BulkDialogs", "at most {rate} per second").format(rate=f"{rate:g}")
    else:
        pace = translate("BulkDialogs", "no rate limit")
    if profile.uses_sandbox:
        detail = translate("BulkDialogs", "The Sandbox profile sends to the sandbox built into "
                           "this program: nothing reaches Zalo. Pace: {pace}.")
    else:
        detail = translate("BulkDialogs", "These messages go through eSMS to real Zalo followers, "
                           "and each accepted one is charged to the account. Pace: {pace}.")
    return question, detail.format(pace=pace)


def confirm_start(parent: QtWidgets.QWidget, profile: Profile, count: int,
                  rate: float | None) -> bool:
    """Ask before a bulk send; a real account gets a warning and Cancel as the default."""
    question, detail = start_question(profile, count, rate)
    box = QtWidgets.QMessageBox(parent)
    box.setObjectName("confirmBulkBox")
    box.setWindowTitle(translate("BulkDialogs", "Start the bulk send?"))
    box.setText(question)
    box.setInformativeText(detail)
    box.setIcon(QtWidgets.QMessageBox.Icon.Question if profile.uses_sandbox
                else QtWidgets.QMessageBox.Icon.Warning)
    send = box.addButton(translate("BulkDialogs", "Send to {count}").format(count=number(count)),
                         QtWidgets.QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(send if profile.uses_sandbox else cancel)
    box.exec()
    confirmed = box.clickedButton() is send
    box.deleteLater()
    return confirmed


def ask_export_path(parent: QtWidgets.QWidget) -> Path | None:
    """Where to save the results CSV, or None when cancelled."""
    name, _ = QtWidgets.QFileDialog.getSaveFileName(
        parent, translate("BulkDialogs", "Export results"),
        str(dialog_folder() / "bulk-results.csv"), csv_filters())
    return Path(name) if name else None
