"""Batches a dead program left unfinished: what to tell the user about each, and the
question the window asks at start ("Resume the unsent rows?").

The window asks; the panel does the work (`BulkPanel.resume_batch`, `BulkPanel.discard`).
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from typing import Literal

from PySide6 import QtWidgets

from ...app.bulk import resume_plan
from ...store.batches import BatchManifest, pending_batches
from ...store.history import History
from ..i18n import translate
from .words import number

logger = logging.getLogger(__name__)

ResumeAnswer = Literal["resume", "discard", "later"]
"""Resume the unsent rows now; forget the batch; or ask again at the next start."""


@dataclass(frozen=True)
class PendingBatch:
    """An interrupted batch and how far it got."""

    manifest: BatchManifest
    accepted: int
    """Recipients the history shows as accepted (never sent again)."""

    @property
    def recipients(self) -> int:
        """Rows in the batch's table."""
        return len(self.manifest.table.rows)

    @property
    def question(self) -> str:
        """``A bulk send to 300 recipients was interrupted (52 accepted). Resume the unsent
        rows?``"""
        if self.recipients == 1:
            text = translate("ResumeQuestion", "A bulk send to {count} recipient was interrupted "
                             "({accepted} accepted). Resume the unsent rows?")
        else:
            text = translate("ResumeQuestion", "A bulk send to {count} recipients was interrupted "
                             "({accepted} accepted). Resume the unsent rows?")
        return text.format(count=number(self.recipients), accepted=number(self.accepted))

    @property
    def details(self) -> str:
        """When it started, with which profile, and what resuming does."""
        started = self.manifest.created_at.strftime("%Y-%m-%d %H:%M")
        return translate(
            "ResumeQuestion", "Started {when} with the profile “{profile}”. Resuming sends only "
            "the rows that were not accepted; rows whose request was under way when the program "
            "stopped are listed as “unknown” and not sent again.").format(
                when=started, profile=self.manifest.profile)


def list_pending(history: History) -> list[PendingBatch]:
    """The interrupted batches, oldest first, with their accepted counts."""
    found = []
    for manifest in pending_batches():
        try:
            accepted = len(resume_plan(history, manifest.batch_id).accepted)
        except sqlite3.Error as exc:
            logger.warning("Could not read the history of batch %s: %s", manifest.batch_id, exc)
            accepted = 0
        found.append(PendingBatch(manifest, accepted))
    return found


def ask_resume(parent: QtWidgets.QWidget | None, pending: PendingBatch) -> ResumeAnswer:
    """Ask whether to resume *pending*: Resume, Discard, or Later (ask at the next start)."""
    box = QtWidgets.QMessageBox(parent)
    box.setObjectName("resumeBatchBox")
    box.setIcon(QtWidgets.QMessageBox.Icon.Question)
    box.setWindowTitle(translate("ResumeQuestion", "Resume the bulk send?"))
    box.setText(pending.question)
    box.setInformativeText(pending.details)
    resume = box.addButton(translate("ResumeQuestion", "Resume"),
                           QtWidgets.QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("ResumeQuestion", "Discard"),
                            QtWidgets.QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(translate("ResumeQuestion", "Later"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(resume)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is resume:
        return "resume"
    if clicked is discard:
        return "discard"
    return "later"
