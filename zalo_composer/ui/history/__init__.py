"""The History window: every send recorded in the history database, filtered, reopened,
resent, exported and pruned."""

from __future__ import annotations

from .model import HistoryModel
from .retention import RETENTION_KEY, apply_saved_retention
from .view import HistoryWindow

__all__ = ["RETENTION_KEY", "HistoryModel", "HistoryWindow", "apply_saved_retention"]
