"""The history retention setting (days to keep, 0 = forever), kept in QSettings."""

from __future__ import annotations

import logging

from PySide6 import QtCore

from ...store.history import History

RETENTION_KEY = "history/retention_days"
MAX_RETENTION_DAYS = 3650

log = logging.getLogger(__name__)


def retention_days(settings: QtCore.QSettings | None = None) -> int:
    """The saved number of days to keep history; 0 (keep everything) when unset or unreadable."""
    settings = settings if settings is not None else QtCore.QSettings()
    value = settings.value(RETENTION_KEY, 0)
    try:
        days = int(str(value))
    except ValueError:
        log.warning("Ignoring the unreadable %s setting %r", RETENTION_KEY, value)
        return 0
    return min(max(days, 0), MAX_RETENTION_DAYS)


def save_retention_days(days: int, settings: QtCore.QSettings | None = None) -> None:
    """Save *days* (0 = keep everything) as the retention setting."""
    settings = settings if settings is not None else QtCore.QSettings()
    settings.setValue(RETENTION_KEY, min(max(days, 0), MAX_RETENTION_DAYS))
    settings.sync()


def apply_saved_retention(history: History, settings: QtCore.QSettings | None = None) -> int:
    """Delete the sends older than the saved retention (the app calls this at start);
    returns how many were deleted."""
    days = retention_days(settings)
    deleted = history.apply_retention(days)
    if deleted:
        log.info("Deleted %d sends older than %d days from the history", deleted, days)
    return deleted
