"""The bulk send panel: a recipients table with variables, draft-level defaults, a check of
every row before sending, and a paced, pausable, resumable send with per-row results."""

from __future__ import annotations

from .model import RecipientsModel, RowStatus
from .panel import BulkPanel
from .pending import PendingBatch, ResumeAnswer, ask_resume, list_pending

__all__ = ["BulkPanel", "PendingBatch", "RecipientsModel", "ResumeAnswer", "RowStatus",
           "ask_resume", "list_pending"]
