"""The results log: one row per send this session, with its request and eSMS's answer."""

from __future__ import annotations

from .log import ResultsLog
from .model import RETRYABLE_FAILURES, ResultsModel, is_retryable, status_text

__all__ = ["RETRYABLE_FAILURES", "ResultsLog", "ResultsModel", "is_retryable", "status_text"]
