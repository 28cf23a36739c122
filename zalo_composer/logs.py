"""The program's log: a rotating file in the user log folder, with secrets redacted.

Every record passes a filter that masks ApiKey/SecretKey values written as JSON
(``"ApiKey": "…"``) or as query parameters (``ApiKey=…``), and any secret value the
program has handled this session (registered by the keyring store and the CLI), wherever
it appears in the text. Nothing reaches the file unfiltered.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from .domain.body import redact_text
from .store.paths import log_dir

LOG_FILE = "zalo-composer.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

class RedactingFilter(logging.Filter):
    """Masks secrets in a record's message (and its formatted exception)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact_text(message)
        if clean != message:
            record.msg, record.args = clean, ()
        if record.exc_info:
            text = logging.Formatter().formatException(record.exc_info)
            record.exc_info, record.exc_text = None, redact_text(text)
        return True


def configure_logging(level: int = logging.INFO, folder: Path | None = None) -> Path:
    """Send the program's log records to the rotating file; returns its path. Called once
    by the entry point; calling again replaces the handler."""
    path = (folder or log_dir()) / LOG_FILE
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactingFilter())
    handler.set_name("zalo-composer-file")
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == "zalo-composer-file"]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level) if root.handlers[:-1] else level)
    # httpx logs each request at INFO with its URL; keep that, redacted, at DEBUG only.
    logging.getLogger("httpx").setLevel(max(level, logging.WARNING))
    logging.getLogger("httpcore").setLevel(max(level, logging.WARNING))
    return path
