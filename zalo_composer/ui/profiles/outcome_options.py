"""The profile dialog's part about what comes after "accepted": why a CallbackUrl matters,
eSMS's own test mode, and (for the Sandbox profile) the sandbox's test followers, one per
outcome a newcomer can try. `demo_recipients_text` also fills Help → Sandbox test followers."""

from __future__ import annotations

import html

from PySide6 import QtCore, QtWidgets

from ...domain.demo import DEMO_RECIPIENTS
from ..i18n import domain_text, translate


def callback_note_text() -> str:
    """Why a CallbackUrl matters, in one sentence, in the UI's language."""
    return translate("OutcomeOptions",
                     "Without a CallbackUrl, eSMS reports a failed message without Zalo's "
                     "reason (such as -230); with one, the program asks eSMS for it.")


def test_mode_note_text() -> str:
    """What eSMS's test mode does and why it may not, in the UI's language."""
    return translate("OutcomeOptions",
                     "Adds \"Sandbox\": \"1\" to each request: eSMS neither stores, charges "
                     "nor delivers it. eSMS documents this for its other send APIs, not for "
                     "consultation messages, so it may be ignored here.")


def demo_recipients_text() -> str:
    """The sandbox's test followers and what each one's messages come to, as rich text."""
    intro = translate("OutcomeOptions",
                      "With the Sandbox profile, send to these user ids to see each outcome; "
                      "any other id is accepted, then sent by Zalo.")
    rows = "".join(
        f"<tr><td><tt>{r.user_id}</tt></td><td>&nbsp;{html.escape(domain_text(r.outcome))}"
        "</td></tr>" for r in DEMO_RECIPIENTS)
    return f"<p>{html.escape(intro)}</p><table>{rows}</table>"


class OutcomeOptions(QtCore.QObject):
    """The widgets the profile dialog places: the CallbackUrl note, the test-mode check box
    with its note, and the test followers (shown for the Sandbox profile only)."""

    def __init__(self, parent: QtWidgets.QWidget, *, sandbox: bool, test_mode: bool) -> None:
        super().__init__(parent)
        self.callback_note = self._note("callbackUrlNote", callback_note_text())
        self.test_mode = QtWidgets.QCheckBox(translate("OutcomeOptions",
                                                       "eSMS test &mode (\"Sandbox\": \"1\")"))
        self.test_mode.setObjectName("esmsTestMode")
        self.test_mode.setChecked(test_mode)
        self.test_mode_note = self._note("esmsTestModeNote", test_mode_note_text())
        self.test_followers = QtWidgets.QGroupBox(translate("OutcomeOptions",
                                                            "Test followers"))
        self.test_followers.setObjectName("sandboxTestFollowers")
        label = QtWidgets.QLabel(demo_recipients_text())
        label.setObjectName("sandboxTestFollowersList")
        label.setWordWrap(True)
        label.setTextFormat(QtCore.Qt.TextFormat.RichText)
        label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        QtWidgets.QVBoxLayout(self.test_followers).addWidget(label)
        self.test_followers.setVisible(sandbox)

    @staticmethod
    def _note(name: str, text: str) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setEnabled(False)  # drawn as a quiet hint under its field
        return label
