"""The questions and messages a window puts to the user, in one replaceable object.

Widgets that need to ask or tell (files, import, Copy as cURL, sends) get a `Dialogs`
through their constructor instead of calling the window's private methods; tests replace
its methods to answer without a modal box.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6 import QtCore, QtWidgets

if TYPE_CHECKING:
    from ..app.double_send import EarlierSend

SaveAnswer = Literal["save", "discard", "cancel"]
ConflictAnswer = Literal["copy", "theirs", "overwrite", "cancel"]
SendAgainAnswer = Literal["send", "cancel", "check"]


class Dialogs(QtCore.QObject):
    """Message boxes and file dialogs, parented to one window."""

    def __init__(self, window: QtWidgets.QWidget) -> None:
        super().__init__(window)
        self._window = window

    def file_filters(self) -> str:
        """The filters of the Open and Save dialogs, in the UI's language."""
        return self.tr("Zalo Composer drafts (*.zalo.json);;JSON files (*.json);;All files (*)")

    def show_error(self, title: str, text: str) -> None:
        """Tell the user something failed (the work is kept)."""
        QtWidgets.QMessageBox.critical(self._window, title, text)

    def show_notices(self, title: str, notices: tuple[str, ...]) -> None:
        """Tell the user a few things worth knowing (one paragraph each)."""
        QtWidgets.QMessageBox.information(self._window, title, "\n\n".join(notices))

    def confirm(self, title: str, text: str) -> bool:
        """A yes/no question; True for yes."""
        answer = QtWidgets.QMessageBox.question(self._window, title, text)
        return answer == QtWidgets.QMessageBox.StandardButton.Yes

    def ask_save_changes(self, name: str) -> SaveAnswer:
        """Before unsaved work of *name* is replaced: save, discard or cancel."""
        buttons = QtWidgets.QMessageBox.StandardButton
        answer = QtWidgets.QMessageBox.warning(
            self._window, self.tr("Unsaved changes"),
            self.tr("Save the changes to {name} first?").format(name=name),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save,
        )
        if answer == buttons.Save:
            return "save"
        return "discard" if answer == buttons.Discard else "cancel"

    def ask_save_conflict(self, name: str) -> ConflictAnswer:
        """*name* was changed on disk by someone else since it was opened: keep mine as a
        copy, take theirs, overwrite theirs, or cancel."""
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning, self.tr("The file changed on disk"),
            self.tr("Someone else saved {name} after you opened it. Saving now would "
                    "overwrite their changes.").format(name=name),
            QtWidgets.QMessageBox.StandardButton.NoButton, self._window)
        role = QtWidgets.QMessageBox.ButtonRole
        answers: dict[QtWidgets.QAbstractButton, ConflictAnswer] = {
            box.addButton(self.tr("Keep mine as a &copy"), role.AcceptRole): "copy",
            box.addButton(self.tr("Take &theirs"), role.DestructiveRole): "theirs",
            box.addButton(self.tr("&Overwrite"), role.DestructiveRole): "overwrite"}
        box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        box.exec()
        return answers.get(box.clickedButton(), "cancel")

    def ask_send_again(self, earlier: Sequence[EarlierSend]) -> SendAgainAnswer:
        """The same text went to the same follower(s) minutes ago: send again, don't, or
        (when an outcome is unknown) check its status first."""
        lines = []
        for sent in earlier:
            when = sent.row.created_at.astimezone()
            minutes = max(0, round((datetime.now().astimezone() - when).total_seconds() / 60))
            args = {"recipient": sent.row.recipient, "time": when.strftime("%H:%M:%S"),
                    "minutes": minutes}
            lines.append(self.tr(
                "To {recipient} at {time} ({minutes} min ago): its outcome is unknown, eSMS "
                "may have it. Check before sending again.").format(**args) if sent.unknown
                else self.tr("To {recipient} at {time} ({minutes} min ago), accepted by "
                             "eSMS.").format(**args))
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning, self.tr("Send the same message again?"),
            self.tr("This text was already sent:") + "\n\n" + "\n".join(lines) + "\n\n"
            + self.tr("Send it again? The follower would get it twice."),
            QtWidgets.QMessageBox.StandardButton.NoButton, self._window)
        box.setObjectName("sendAgainQuestion")
        role = QtWidgets.QMessageBox.ButtonRole
        answers: dict[QtWidgets.QAbstractButton, SendAgainAnswer] = {
            box.addButton(self.tr("Send &again"), role.AcceptRole): "send"}
        if any(sent.unknown for sent in earlier):
            answers[box.addButton(self.tr("Check &status"), role.ActionRole)] = "check"
        dont = box.addButton(self.tr("&Don't send"), role.RejectRole)
        box.setDefaultButton(dont)
        box.exec()
        return answers.get(box.clickedButton(), "cancel")

    def ask_open_path(self, folder: Path) -> Path | None:
        """A draft file to open, or None."""
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            self._window, self.tr("Open draft"), str(folder), self.file_filters())
        return Path(name) if name else None

    def ask_save_path(self, suggested: Path) -> Path | None:
        """Where to save the draft, or None."""
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self._window, self.tr("Save draft"), str(suggested), self.file_filters())
        return Path(name) if name else None
