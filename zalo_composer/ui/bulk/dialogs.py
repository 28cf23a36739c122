"""The bulk panel's questions: confirm a start (naming the profile and the count) and where
to export the results."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtWidgets

from ...store.profiles import Profile
from .recipients_table import CSV_FILTERS, dialog_folder


def start_question(profile: Profile, count: int, rate: float | None) -> tuple[str, str]:
    """The confirmation's question and its explanation."""
    noun = "recipient" if count == 1 else "recipients"
    question = f"Send this message to {count:,} {noun} with the profile “{profile.name}”?"
    pace = f"at most {rate:g} per second" if rate else "no rate limit"
    if profile.uses_sandbox:
        detail = ("The Sandbox profile sends to the sandbox built into this program: nothing "
                  f"reaches Zalo. Pace: {pace}.")
    else:
        detail = ("These messages go through eSMS to real Zalo followers, and each accepted "
                  f"one is charged to the account. Pace: {pace}.")
    return question, detail


def confirm_start(parent: QtWidgets.QWidget, profile: Profile, count: int,
                  rate: float | None) -> bool:
    """Ask before a bulk send; a real account gets a warning and Cancel as the default."""
    question, detail = start_question(profile, count, rate)
    box = QtWidgets.QMessageBox(parent)
    box.setObjectName("confirmBulkBox")
    box.setWindowTitle("Start the bulk send?")
    box.setText(question)
    box.setInformativeText(detail)
    box.setIcon(QtWidgets.QMessageBox.Icon.Question if profile.uses_sandbox
                else QtWidgets.QMessageBox.Icon.Warning)
    send = box.addButton(f"Send to {count:,}", QtWidgets.QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(send if profile.uses_sandbox else cancel)
    box.exec()
    confirmed = box.clickedButton() is send
    box.deleteLater()
    return confirmed


def ask_export_path(parent: QtWidgets.QWidget) -> Path | None:
    """Where to save the results CSV, or None when cancelled."""
    name, _ = QtWidgets.QFileDialog.getSaveFileName(
        parent, "Export results", str(dialog_folder() / "bulk-results.csv"), CSV_FILTERS)
    return Path(name) if name else None
