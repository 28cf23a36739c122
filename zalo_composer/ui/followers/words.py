"""How the followers UI says when a user last interacted, and the 7-day warning."""

from __future__ import annotations

from datetime import date

from PySide6 import QtCore

from ...domain.followers import INTERACTION_WINDOW_DAYS
from ...store.recipients import Recipient


def interaction_text(recipient: Recipient | None, today: date) -> str:
    """"interacted 3 days ago", "interacted within the last 7 days", or "" when unknown."""
    days = recipient.days_ago(today) if recipient is not None else None
    if days is None:
        return ""
    fewest, most = days
    if most == 0:
        return QtCore.QCoreApplication.translate("FollowerWords", "interacted today")
    if fewest == most:
        return QtCore.QCoreApplication.translate(
            "FollowerWords", "interacted {days} days ago").format(days=most)
    if fewest == 0:
        return QtCore.QCoreApplication.translate(
            "FollowerWords", "interacted within the last {days} days").format(days=most + 1)
    return QtCore.QCoreApplication.translate(
        "FollowerWords", "interacted {fewest} to {most} days ago").format(fewest=fewest, most=most)


def needs_warning(recipient: Recipient | None, today: date) -> bool:
    """True when the last known interaction is 7 or more days old, or unknown."""
    days = recipient.days_ago(today) if recipient is not None else None
    return days is None or days[1] >= INTERACTION_WINDOW_DAYS


def warning_text(who: str, recipient: Recipient | None, today: date) -> str:
    """The plain warning of the 7-day rule for one recipient."""
    when = interaction_text(recipient, today)
    if when:
        known = QtCore.QCoreApplication.translate(
            "FollowerWords", "last known: {when}").format(when=when)
    else:
        known = QtCore.QCoreApplication.translate(
            "FollowerWords", "no interaction with the OA known")
    return "⚠ " + QtCore.QCoreApplication.translate(
        "FollowerWords",
        "{who}: {known}. Zalo delivers a consultation message only to users who interacted "
        "with the OA in the last 7 days (otherwise error -230). You can still send; it may "
        "fail.").format(who=who, known=known)


def follows_text(follows: bool | None) -> str:
    """Yes, No or — for the follower column."""
    if follows is None:
        return "—"
    if follows:
        return QtCore.QCoreApplication.translate("FollowerWords", "yes")
    return QtCore.QCoreApplication.translate("FollowerWords", "no")
